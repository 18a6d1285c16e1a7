# Async generators: async for, asend/athrow/aclose, anext/aiter, finally
# blocks, errors, and async comprehensions.
import asyncio


async def countdown(n, delay=0):
    while n > 0:
        if delay:
            await asyncio.sleep(delay)
        yield n
        n -= 1


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            if value is None:
                break
            received.append(value)
    except KeyError as e:
        yield f"caught {e!r}"
    finally:
        print("  echo finally, received", received)


class Ticker:
    """A class-based async iterator."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i * 10


async def main():
    print("== async for")
    async for x in countdown(3):
        print(" ", x)
    async for x in countdown(2, delay=0.001):
        print("  slept", x)
    else:
        print("  else runs")
    async for x in countdown(5):
        if x == 4:
            continue
        if x == 2:
            print("  break at", x)
            break
        print(" ", x)
    else:
        print("  not printed")
    async for t in Ticker(3):
        print("  ticker", t)

    print("== types")
    g = countdown(1)
    print(type(g).__name__, g.__name__, g.__qualname__, repr(g).startswith("<async_generator object countdown at 0x"))
    print(g.__aiter__() is g, aiter(g) is g)
    aw = g.__anext__()
    print(type(aw).__name__)
    print(await aw)
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("again StopAsyncIteration")

    print("== asend")
    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    try:
        await e.asend(None)
    except StopAsyncIteration:
        print("  finished")

    print("== athrow")
    e = echo()
    await e.asend(None)
    print(await e.athrow(KeyError("x")))
    try:
        await e.athrow(ValueError("v"))
    except ValueError as err:
        print("  propagated", repr(err))

    print("== aclose")
    e = echo()
    await e.asend(None)
    await e.asend("only")
    print(await e.aclose())
    print(await e.aclose())
    fresh = echo()
    print(await fresh.aclose(), "(never started)")

    async def ignores_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as err:
        print(type(err).__name__, err)

    print("== anext builtin")
    g = countdown(2)
    print(await anext(g), await anext(g), await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("  no default: StopAsyncIteration")
    try:
        anext(5)
    except TypeError as err:
        print(err)
    try:
        aiter(5)
    except TypeError as err:
        print(err)

    print("== awaiting inside the generator")

    async def fetcher(names):
        for name in names:
            await asyncio.sleep(0)
            yield name.upper()

    print([x async for x in fetcher(["a", "b"])])

    print("== async comprehensions")
    print([x * x async for x in countdown(4)])
    print({x % 2 async for x in countdown(4)})
    print({x: -x async for x in countdown(3)})
    print([x async for x in countdown(6) if x % 2 if x > 1])
    print([(x, y) async for x in countdown(2) for y in "ab"])
    print([(x, y) for x in "ab" async for y in countdown(2)] if False else "sync outer skipped")

    async def double(v):
        await asyncio.sleep(0)
        return v * 2

    print([await double(i) for i in range(3)])
    print([await double(x) async for x in countdown(3)])
    print([[await double(y) for y in range(x)] for x in range(3)])
    gen = (x + 1 async for x in countdown(3))
    print(type(gen).__name__, [v async for v in gen])
    gen = (await double(x) for x in range(3))
    print(type(gen).__name__, [v async for v in gen])

    print("== exhausted and running states")
    g = countdown(1)
    first = g.__anext__()
    second = g.__anext__()
    print(await first)
    try:
        await second
    except StopAsyncIteration:
        print("  second sees the end")
    aw = countdown(1).asend(None)
    await aw
    try:
        await aw
    except RuntimeError as err:
        print(err)

    print("== errors inside")

    async def broken():
        yield 1
        raise ValueError("inside")

    try:
        async for v in broken():
            print("  got", v)
    except ValueError as err:
        print("  loop raised", err)

    async def leaks_stop():
        yield 1
        raise StopAsyncIteration

    try:
        async for v in leaks_stop():
            pass
    except RuntimeError as err:
        print(type(err).__name__, err, type(err.__cause__).__name__)


asyncio.run(main())
