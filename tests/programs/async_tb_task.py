# An exception raised in a task, through two awaiting coroutines: the
# traceback shows asyncio.run's frames, then each await, then the raise.
import asyncio


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


async def load(texts):
    values = []
    for t in texts:
        values.append(await parse(t))
    return values


async def main():
    task = asyncio.create_task(load(["1", "2", "x"]))
    print("started")
    total = sum(await task)
    print("unreachable", total)


asyncio.run(main())
