# An error inside the coroutine wait_for waits on: wait_for's own frame is
# in the traceback, at CPython's line.
import asyncio


async def compute(n):
    await asyncio.sleep(0.01)
    return 10 // n


async def main():
    print(await asyncio.wait_for(compute(2), timeout=1))
    print(await asyncio.wait_for(compute(0), timeout=1))


asyncio.run(main())
