# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__
# and suppressed or not, several items, return/break/continue through it.
import asyncio

log = []


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        log.append(f"enter {self.name}")
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None} {exc!r}")
        return self.suppress


class FailingExit:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        raise KeyError("from aexit")


class SyncExit:
    """__aexit__ returning a non-awaitable."""

    async def __aenter__(self):
        return self

    def __aexit__(self, *args):
        return False


def flush(title):
    print(title)
    for line in log:
        print("   ", line)
    log.clear()


async def returns_inside():
    async with Resource("r") as r:
        return f"returned {r}"


async def loop_through():
    out = []
    for i in range(4):
        async with Resource(f"l{i}"):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out


async def main():
    async with Resource("a") as a, Resource("b") as b:
        log.append(f"body {a} {b}")
    flush("two items")

    try:
        async with Resource("c"):
            raise ValueError("body failed")
    except ValueError as e:
        log.append(f"propagated {e!r}")
    flush("not suppressed")

    async with Resource("d", suppress=True):
        raise ValueError("swallowed")
    log.append("after suppressed")
    flush("suppressed")

    log.append(await returns_inside())
    flush("return inside")

    log.append(await loop_through())
    flush("continue and break")

    try:
        async with FailingExit():
            pass
    except KeyError as e:
        log.append(f"aexit error {e!r}")
    try:
        async with FailingExit():
            raise ValueError("original")
    except KeyError as e:
        log.append(f"aexit error {e!r} context {e.__context__!r}")
    flush("failing __aexit__")

    try:
        async with SyncExit():
            pass
    except TypeError as e:
        log.append(f"{e}")
    try:
        async with Resource("sync"):
            with Resource("x"):
                pass
    except (TypeError, AttributeError) as e:
        log.append(f"{type(e).__name__}")
    flush("protocol errors")

    lock = asyncio.Lock()
    async with lock as held:
        log.append(f"lock held {lock.locked()} {held}")
    log.append(f"lock free {lock.locked()}")
    flush("asyncio.Lock")


asyncio.run(main())
