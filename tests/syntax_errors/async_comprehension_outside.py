async def rows():
    yield 1


def collect():
    return [r async for r in rows()]
