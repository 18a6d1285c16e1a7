# A coroutine handling an exception suspends in its except block; another
# task runs meanwhile; the new exception it raises after resuming carries
# the handled one as its context.
import asyncio


async def other():
    try:
        raise KeyError("other's own")
    except KeyError:
        await asyncio.sleep(0)
    print("other done")


async def main():
    t = asyncio.create_task(other())
    try:
        {}["missing"]
    except KeyError:
        await asyncio.sleep(0.01)
        raise ValueError("while handling")


asyncio.run(main())
