# Tasks on the event loop: the order CPython's FIFO scheduling runs them
# in, gather, results and exceptions, cancellation, names, current_task.
import asyncio

order = []


async def worker(name, steps, delay=0):
    for i in range(steps):
        order.append(f"{name}{i}")
        await asyncio.sleep(delay)
    return name * steps


async def fails(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def scheduling():
    print("== create_task interleaving")
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    order.append("main")
    print(t1.done(), t1.get_name().startswith("Task-"))
    r1 = await t1
    r2 = await t2
    print(order, r1, r2)
    order.clear()

    print("== gather keeps argument order")
    results = await asyncio.gather(worker("x", 2, 0.02), worker("y", 1, 0.01), worker("z", 3))
    print(results, order)
    order.clear()

    print("== sleep order by delay")

    async def sleeper(d):
        await asyncio.sleep(d)
        order.append(d)

    await asyncio.gather(*(sleeper(d) for d in (0.05, 0.01, 0.03, 0.02, 0.04)))
    print(order)
    order.clear()

    print("== gather with exceptions")
    try:
        await asyncio.gather(worker("p", 1), fails("bad"), worker("q", 2))
    except ValueError as e:
        print("raised", e)
    await asyncio.sleep(0.01)
    print(order)
    order.clear()
    res = await asyncio.gather(fails("one"), worker("r", 1), fails("two", 0.01), return_exceptions=True)
    print([repr(r) for r in res])
    print(await asyncio.gather())

    print("== task state")

    async def value_later():
        await asyncio.sleep(0.01)
        return "v"

    t = asyncio.create_task(value_later(), name="named")
    print(t.get_name(), t.done(), t.cancelled())
    await asyncio.sleep(0.02)
    print(t.done(), t.result(), t.exception())
    t.set_name("renamed")
    print(t.get_name())
    bad = asyncio.create_task(fails("stored"))
    await asyncio.sleep(0.01)
    print(bad.done(), repr(bad.exception()))
    try:
        bad.result()
    except ValueError as e:
        print("result() raises", e)
    try:
        await bad
    except ValueError as e:
        print("await raises", e)

    print("== futures")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    loop.call_soon(fut.set_result, 99)
    print(await fut, repr(fut))
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_exception, KeyError("late"))
    try:
        await fut
    except KeyError as e:
        print("future exception", repr(e))
    fut = loop.create_future()
    fut.add_done_callback(lambda f: order.append(("callback", f.result())))
    fut.set_result(5)
    print(order)
    await asyncio.sleep(0)
    print(order)
    order.clear()
    try:
        fut.set_result(6)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__)
    try:
        loop.create_future().result()
    except asyncio.InvalidStateError as e:
        print(e)

    print("== current_task and all_tasks")
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks())

    async def who():
        return asyncio.current_task() is not me

    print(await asyncio.create_task(who()))


async def cancellation():
    print("== cancel a sleeping task")

    async def long_job():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            print("  job sees", repr(e))
            raise
        finally:
            print("  job cleanup")

    t = asyncio.create_task(long_job())
    await asyncio.sleep(0.01)
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", repr(e))
    print(t.cancelled(), t.done(), t.cancel())

    print("== cancel with a message")
    t = asyncio.create_task(long_job())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    print("== cancel before it starts")
    t = asyncio.create_task(worker("never", 1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start; order", order)

    print("== task that swallows cancellation")

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("  ignoring cancel")
        return "survived"

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    print("== cancel gather")
    g = asyncio.gather(asyncio.sleep(10), asyncio.sleep(10))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")

    print("== CancelledError is a BaseException")
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    print(asyncio.CancelledError.__module__, asyncio.TimeoutError is TimeoutError)

    print("== background task cancelled by asyncio.run at exit")

    async def forever():
        try:
            while True:
                await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("  forever cancelled at shutdown")
            raise

    asyncio.create_task(forever())
    await asyncio.sleep(0)


async def main():
    await scheduling()
    await cancellation()
    return "main done"


print(asyncio.run(main()))
print("== run twice, get_event_loop")
print(asyncio.run(worker("again", 1)))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker("loop", 2)), loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.run(5)
except ValueError as e:
    print(e)


async def nested():
    try:
        asyncio.run(worker("inner", 1))
    except RuntimeError as e:
        print(e)


asyncio.run(nested())
