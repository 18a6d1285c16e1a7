async def rows():
    yield 1


def main():
    async for r in rows():
        print(r)
