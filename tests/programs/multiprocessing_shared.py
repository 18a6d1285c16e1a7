# Values shared between processes: RawValue/Value seen and changed by children,
# a Lock taken by several processes in turn around a read-modify-write, and the
# same counter read back by the parent after the children are joined.
from multiprocessing import Lock, Process, RawValue, Value


def add_many(counter, lock, times):
    for _ in range(times):
        with lock:
            counter.value += 1


def scale(seed, factor):
    seed.value = seed.value * factor


if __name__ == "__main__":
    seed = RawValue("d", 42.0)
    child = Process(target=scale, args=(seed, 1.5))
    child.start()
    child.join()
    print(seed.value)

    counter = Value("i", 0)
    workers = [Process(target=add_many, args=(counter, counter.get_lock(), 50)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(counter.value, [w.exitcode for w in workers])

    lock = Lock()
    total = RawValue("q", 10 ** 12)
    jobs = [Process(target=add_many, args=(total, lock, 25)) for _ in range(3)]
    for j in jobs:
        j.start()
    for j in jobs:
        j.join()
    print(total.value)
    with counter.get_lock():
        counter.value -= 200
    print(counter.value)
