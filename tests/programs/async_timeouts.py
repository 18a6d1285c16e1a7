# Timeouts and waiting on several things: wait_for, asyncio.timeout,
# wait (FIRST_COMPLETED, FIRST_EXCEPTION, timeout), as_completed.
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


async def main():
    print("== wait_for")
    print(await asyncio.wait_for(job("quick", 0.01), timeout=1))
    print(await asyncio.wait_for(job("no timeout", 0), timeout=None))
    try:
        await asyncio.wait_for(job("slow", 1), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(job("zero", 1), timeout=0)
    except TimeoutError:
        print("timeout=0 times out")
    try:
        await asyncio.wait_for(job("boom", 0, fail=True), timeout=1)
    except RuntimeError as e:
        print("inner error:", e)

    print("== asyncio.timeout")
    try:
        async with asyncio.timeout(0.02) as cm:
            await job("in block", 1)
    except TimeoutError:
        print("block timed out", cm.expired())
    async with asyncio.timeout(1) as cm:
        await job("fast", 0)
    print("no timeout", cm.expired())
    async with asyncio.timeout(None):
        await asyncio.sleep(0)
    print("timeout(None) fine")

    print("== wait")
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("a", 0.05), ("b", 0.01), ("c", 0.3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(pending, timeout=0.15)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), len(pending))
    tasks = [asyncio.create_task(job("x", 0.01, fail=True)), asyncio.create_task(job("y", 0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    coro = job("c", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print(e)
    coro.close()

    print("== as_completed")
    coros = [job("slowest", 0.09), job("fastest", 0.01), job("middle", 0.05)]
    for next_done in asyncio.as_completed(coros):
        print("  finished:", await next_done)
    try:
        for next_done in asyncio.as_completed([job("late", 1)], timeout=0.01):
            await next_done
    except TimeoutError:
        print("as_completed timed out")
    await asyncio.sleep(0)

    print("== shield")
    inner = asyncio.create_task(job("shielded", 0.06))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.01)
    except TimeoutError:
        print("outer timed out; inner done?", inner.done())
    print(await inner)

    print("== sleep result")
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(0.001, result="later"))


asyncio.run(main())
