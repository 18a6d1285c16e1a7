# An exception inside an async generator consumed by async for.
import asyncio


async def rows(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield 100 // (2 - i)


async def main():
    async for r in rows(5):
        print(r)


asyncio.run(main())
