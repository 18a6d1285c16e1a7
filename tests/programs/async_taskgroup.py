# asyncio.TaskGroup: tasks awaited at the end of the block; a failure
# cancels the others and leaves as an ExceptionGroup.
import asyncio


async def work(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(f"  {name} done")
    return name


async def main():
    print("== all succeed")
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.02))
        t2 = tg.create_task(work("b", 0.01), name="bee")
        print("  in block", t2.get_name())
    print(t1.result(), t2.result())

    print("== one fails")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("slow", 0.5))
            tg.create_task(work("bad", 0.01, fail=True))
            tg.create_task(work("quick", 0))
            await asyncio.sleep(1)
            print("  not reached")
    except ExceptionGroup as eg:
        print("caught", type(eg).__name__, [str(e) for e in eg.exceptions])

    print("== two fail")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("x", 0, fail=True))
            tg.create_task(work("y", 0, fail=True))
    except ExceptionGroup as eg:
        print("caught", eg.message, sorted(str(e) for e in eg.exceptions))

    print("== body raises")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("bystander", 0.5))
            await asyncio.sleep(0)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("caught", [repr(e) for e in eg.exceptions])

    tg = asyncio.TaskGroup()
    try:
        tg.create_task(work("early", 0))
    except RuntimeError as e:
        print(e)
    async with tg:
        pass
    coro = work("late", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(e)
    coro.close()


asyncio.run(main())
