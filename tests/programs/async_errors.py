# The errors of the await protocol, in CPython's words.
import asyncio


class ReturnsInt:
    def __await__(self):
        return 5


async def co():
    return 1


class ReturnsCoroutine:
    def __await__(self):
        return co()


class AiterInt:
    def __aiter__(self):
        return 5


class AnextInt:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class AenterInt:
    def __aenter__(self):
        return 5

    def __aexit__(self, *a):
        return 5


class AexitInt:
    async def __aenter__(self):
        return 5

    def __aexit__(self, *a):
        return 5


class OnlyAenter:
    async def __aenter__(self):
        return self


def report(e):
    print(f"  {type(e).__name__}: {e}")


async def try_await(x):
    try:
        await x
    except Exception as e:
        report(e)


async def try_for(x):
    try:
        async for _ in x:
            pass
    except Exception as e:
        report(e)


async def try_with(x):
    try:
        async with x:
            pass
    except Exception as e:
        report(e)


async def main():
    print("await:")
    await try_await(1)
    await try_await(None)
    await try_await(ReturnsInt())
    await try_await(ReturnsCoroutine())
    done = co()
    await done
    await try_await(done)

    async def agen():
        yield 1

    await try_await(agen())
    print("async for:")
    await try_for(1)
    await try_for([1, 2])
    await try_for(AiterInt())
    await try_for(AnextInt())
    print("async with:")
    await try_with(1)
    await try_with(AenterInt())
    await try_with(AexitInt())
    await try_with(OnlyAenter())

    print("being awaited twice:")

    async def slow():
        await asyncio.sleep(0.01)

    shared = slow()
    first = asyncio.ensure_future(shared)
    await asyncio.sleep(0)
    await try_await(shared)
    await first

    print("reentrance:")

    async def reenter():
        me.send(None)

    me = reenter()
    try:
        me.send(None)
    except ValueError as e:
        report(e)

    print("bad yields in a task:")

    class BadYield:
        def __await__(self):
            yield 42

    await try_await(BadYield())

    print("ensure_future / gather of non-awaitables:")
    for bad in (asyncio.ensure_future, asyncio.gather):
        try:
            bad(7)
        except TypeError as e:
            report(e)

    print("generator protocol:")

    def gen():
        yield from co()

    try:
        list(gen())
    except TypeError as e:
        report(e)
    c = co()
    try:
        c.send("x")
    except TypeError as e:
        report(e)
    c.close()
    for fn in (iter, next):
        c = co()
        try:
            fn(c)
        except TypeError as e:
            report(e)
        c.close()


asyncio.run(main())
