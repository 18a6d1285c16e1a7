# Coroutine objects driven by hand and by asyncio.run: send/throw/close,
# await chains, custom awaitables, reprs, introspection.
import asyncio


class Ticket:
    """An awaitable yielding a value to whoever drives the coroutine."""

    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield self.label
        return f"{self.label}->{reply}"


async def leaf(n):
    got = await Ticket(f"leaf{n}")
    return got.upper()


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]


async def plain():
    return 42


def drive(coro, replies):
    """Sends replies into coro until it returns; prints each yield."""
    value = None
    try:
        while True:
            label = coro.send(value)
            print("  yielded", label)
            value = replies.pop(0)
    except StopIteration as stop:
        print("  returned", stop.value)


print("== send")
c = middle()
print(type(c).__name__, c.__name__, c.__qualname__, repr(c).startswith("<coroutine object middle at 0x"))
drive(c, ["x", "y"])
try:
    c.send(None)
except RuntimeError as e:
    print("reuse:", e)

print("== plain coroutine")
c = plain()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value, e.args)

print("== send non-None first")
c = plain()
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
c.close()

print("== throw")


async def guarded():
    try:
        await Ticket("wait")
    except KeyError as e:
        print("  caught", repr(e))
        got = await Ticket("again")
        return got
    return "unreached"


c = guarded()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    c.send("ok")
except StopIteration as e:
    print("result", e.value)

print("== throw through await chain")


async def inner_catch():
    try:
        await Ticket("deep")
    except ValueError as e:
        return f"inner handled {e}"


async def outer_chain():
    r = await inner_catch()
    return "outer got: " + r


c = outer_chain()
print(c.send(None))
try:
    c.throw(ValueError, "boom")
except StopIteration as e:
    print(e.value)

print("== close")


async def closing():
    try:
        await Ticket("hold")
    finally:
        print("  finally runs on close")


c = closing()
c.send(None)
c.close()
c.close()
print("closed twice fine")


async def stubborn():
    try:
        await Ticket("hold")
    except GeneratorExit:
        await Ticket("refuse")


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)

print("== __await__ and the wrapper")
c = leaf(7)
w = c.__await__()
print(type(w).__name__, next(w))
try:
    w.send("z")
except StopIteration as e:
    print("wrapper result", e.value)
print(iter(w) is w)

print("== introspection")
print(asyncio.iscoroutinefunction(leaf), asyncio.iscoroutinefunction(drive))
c = leaf(1)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(leaf))
c.close()
print(hex(leaf.__code__.co_flags & 0x80), hex(drive.__code__.co_flags & 0x80))


class Service:
    async def fetch(self, x):
        await asyncio.sleep(0)
        return x * 2


print(asyncio.iscoroutinefunction(Service().fetch), asyncio.iscoroutinefunction(Service.fetch))
print(Service.fetch.__qualname__)

print("== asyncio.run")


async def main():
    r1 = await Service().fetch(21)
    r2 = await plain()
    return r1 + r2


print(asyncio.run(main()))


async def not_awaited():
    pass


async def nested_await():
    # awaiting a coroutine object stored in a variable
    pending = plain()
    values = [await pending]
    values.append(await plain())
    return values


print(asyncio.run(nested_await()))


async def lambda_user():
    f = lambda: plain()
    return await f()


print(asyncio.run(lambda_user()))

# a coroutine is not iterable, nor an iterator
c = plain()
for what, fn in [("iter", iter), ("next", next), ("list", list)]:
    try:
        fn(c)
    except TypeError as e:
        print(what, "->", e)
c.close()

print("== running and awaiting attributes")


async def observed():
    print("  inside, running:", me.cr_running)
    await Ticket("pause")


me = observed()
print(me.cr_running, me.cr_await)
me.send(None)
print(me.cr_running, type(me.cr_await).__name__)
me.close()
print(me.cr_await)


def plain_gen():
    yield from range(2)


g = plain_gen()
print(g.gi_running, g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__)


async def agen():
    yield 1


a = agen()
print(a.ag_running, a.ag_await)
