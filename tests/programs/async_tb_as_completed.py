# A failing task met through as_completed.
import asyncio


async def fetch(key, delay):
    await asyncio.sleep(delay)
    if key == "bad":
        raise KeyError(key)
    return key


async def main():
    for fut in asyncio.as_completed([fetch("ok", 0.01), fetch("bad", 0.03)]):
        print(await fut)


asyncio.run(main())
