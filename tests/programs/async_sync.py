# asyncio's synchronization: Queue (maxsize, join/task_done, nowait
# errors, priority and LIFO), Event, Lock, Semaphore, Condition; the order
# waiters wake up in is CPython's.
import asyncio


async def producer(q, name, items, log):
    for item in items:
        await q.put(f"{name}:{item}")
        log.append(f"put {name}:{item} size={q.qsize()}")
    log.append(f"{name} done")


async def consumer(q, name, log):
    while True:
        item = await q.get()
        log.append(f"{name} got {item}")
        await asyncio.sleep(0)
        q.task_done()


async def queues():
    print("== bounded queue")
    log = []
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), str(q))
    consumers = [asyncio.create_task(consumer(q, f"c{i}", log)) for i in range(2)]
    await asyncio.gather(producer(q, "p", range(5), log), producer(q, "r", "ab", log))
    await q.join()
    log.append("joined")
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    for line in log:
        print("  ", line)

    print("== nowait")
    q = asyncio.Queue(1)
    q.put_nowait("x")
    print(str(q))
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)

    print("== priority and lifo")
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in "xyz":
        await lq.put(item)
    print([await lq.get() for _ in range(3)])

    print("== getters wake in order")
    q = asyncio.Queue()
    got = []

    async def getter(name):
        got.append((name, await q.get()))

    tasks = [asyncio.create_task(getter(n)) for n in "abc"]
    await asyncio.sleep(0)
    for v in (1, 2, 3):
        q.put_nowait(v)
    await asyncio.gather(*tasks)
    print(got)


async def events():
    print("== event")
    ev = asyncio.Event()
    log = []

    async def waiter(name):
        log.append(f"{name} waits")
        await ev.wait()
        log.append(f"{name} woke, set={ev.is_set()}")

    tasks = [asyncio.create_task(waiter(n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.01)
    log.append("setting")
    ev.set()
    await asyncio.gather(*tasks)
    print(await ev.wait(), ev.is_set())
    ev.clear()
    print(ev.is_set())
    for line in log:
        print("  ", line)


async def locks():
    print("== lock")
    lock = asyncio.Lock()
    log = []

    async def critical(name, delay):
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(delay)
            log.append(f"{name} out")

    await asyncio.gather(critical("a", 0.01), critical("b", 0), critical("c", 0.01))
    for line in log:
        print("  ", line)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    print("== semaphore")
    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.01)
            active.remove(i)
        return i

    print(await asyncio.gather(*(limited(i) for i in range(5))), max(peak))
    print(sem.locked())
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

    print("== condition")
    cond = asyncio.Condition()
    items = []
    log = []

    async def consumer_c(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f"{name} took {items.pop(0)}")

    tasks = [asyncio.create_task(consumer_c(n)) for n in ("k1", "k2")]
    await asyncio.sleep(0)
    async with cond:
        items.extend([10, 20])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(log)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)


async def main():
    await queues()
    await events()
    await locks()


asyncio.run(main())
