class Lock:
    pass


def main():
    async with Lock():
        pass
