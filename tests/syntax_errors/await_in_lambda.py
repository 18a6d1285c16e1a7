async def main():
    handler = lambda: await main()
