# An uncaught TimeoutError from wait_for, chained from the cancellation of
# the coroutine it waited on.
import asyncio


async def slow():
    await asyncio.sleep(5)


async def main():
    await asyncio.wait_for(slow(), timeout=0.01)


asyncio.run(main())
