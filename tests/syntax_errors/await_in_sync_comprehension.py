async def f():
    return 1


def g():
    return [await f() for _ in range(3)]
