# atexit handlers (run newest first after the program, with arguments; an exception
# in one is reported and the rest still run), the queue module's FIFO, LIFO and
# priority queues as single-threaded work lists use them, and select.select on a pipe.
import atexit
import os
import queue
import select


def goodbye(name, punctuation="."):
    print("goodbye", name + punctuation)


def boom():
    print("boom handler runs last")
    1 / 0


atexit.register(boom)
atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punctuation="!")


@atexit.register
def decorated():
    print("decorated handler runs first")


def unwanted():
    print("never printed")


atexit.register(unwanted)
atexit.unregister(unwanted)

work = queue.Queue()
for job in ["parse", "check", "emit"]:
    work.put(job)
while not work.empty():
    job = work.get()
    print("doing", job)
    work.task_done()
work.join()
print(work.qsize(), work.unfinished_tasks)

lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])

tasks = queue.PriorityQueue()
for priority, name in [(3, "low"), (1, "urgent"), (2, "normal")]:
    tasks.put((priority, name))
print([tasks.get_nowait()[1] for _ in range(3)])

bounded = queue.Queue(maxsize=1)
bounded.put("x")
print(bounded.full())
for action in [lambda: bounded.put_nowait("y"), lambda: queue.Queue().get_nowait(),
               lambda: queue.Queue().get(timeout=0.01), lambda: queue.SimpleQueue().get(block=False)]:
    try:
        action()
    except (queue.Empty, queue.Full) as e:
        print(type(e).__name__)

r, w = os.pipe()
print(select.select([r], [], [], 0))
os.write(w, b"ping")
readable, writable, _ = select.select([r], [w], [], 1.0)
print(readable == [r], writable == [w], os.read(r, 10))
os.close(w)
print(select.select([r], [], [], 0)[0] == [r], os.read(r, 10))
os.close(r)
try:
    select.select([-1], [], [])
except ValueError as e:
    print("ValueError", e)
print("main body done")
