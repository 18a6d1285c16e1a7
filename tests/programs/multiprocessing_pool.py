# multiprocessing as parallel scripts use it: a Pool mapping a function over
# work items (map, imap, imap_unordered, starmap, apply_async), an initializer
# that sets a worker global, errors raised in workers, Process with a Queue,
# concurrent.futures executors. Output order is deterministic.
import multiprocessing as mp
from multiprocessing import Pool, Process, Queue, cpu_count
from multiprocessing.pool import ThreadPool
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

SEQUENCE = None


def init(seq):
    global SEQUENCE
    SEQUENCE = seq


def count_pattern(pattern):
    return pattern, SEQUENCE.count(pattern)


def fannkuch_chunk(start, n):
    total = 0
    for i in range(start, start + n):
        total += (i * 7919) % 101
    return total


def row_bytes(y):
    return bytes((x * y) % 256 for x in range(8))


def fails_on_five(x):
    if x == 5:
        raise KeyError("item %d" % x)
    return -x


def producer(queue, n):
    for i in range(n):
        queue.put({"index": i, "data": [i] * i, "tag": b"p%d" % i})
    queue.put(None)


if __name__ == "__main__":
    print(cpu_count() >= 1, mp.current_process().name)
    seq = "GGTATTTTAATTTATAGTGGTATTTTAATT" * 20
    with Pool(initializer=init, initargs=(seq,)) as pool:
        for pattern, n in pool.imap(count_pattern, ["GGT", "GGTA", "TTTA", "AATT", "CCC"]):
            print(pattern, n)
        print(sum(pool.starmap(fannkuch_chunk, [(0, 100), (100, 100), (200, 57)])))
        print(b"".join(pool.map(row_bytes, range(6))).hex())
        print(sorted(pool.imap_unordered(abs, [-3, 1, -2])))
        async_result = pool.apply_async(divmod, (100, 7))
        print(async_result.get(), async_result.ready(), async_result.successful())
        print(pool.map(len, []), pool.map(str.upper, ["a", "bc"], chunksize=1))
        try:
            pool.map(fails_on_five, range(10))
        except KeyError as e:
            print("KeyError from worker:", e)
    pool = Pool(2)
    results = pool.map_async(fails_on_five, range(4))
    pool.close()
    pool.join()
    print(results.get())
    try:
        pool.map(abs, [1])
    except ValueError as e:
        print("ValueError", e)

    queue = Queue()
    child = Process(target=producer, args=(queue, 5))
    child.start()
    while (item := queue.get()) is not None:
        print(item)
    child.join()
    print(child.exitcode, child.is_alive())
    print(queue.empty())

    with ThreadPool(3) as tp:
        print(tp.map(lambda v: v * v, range(6)))
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(pow, [2, 3, 4], [10, 3, 2])), ex.submit(sum, [1, 2, 3]).result())
    with ThreadPoolExecutor() as ex:
        future = ex.submit(fails_on_five, 5)
        print(type(future.exception()).__name__, list(ex.map(abs, [-1, -2])))
