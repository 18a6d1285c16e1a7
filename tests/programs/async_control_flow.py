# Control flow through async with, async for and try/finally: break,
# continue, return, else, awaits in finally and except blocks.
import asyncio
log = []
class CM:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        await asyncio.sleep(0); log.append(f"enter{self.n}"); return self.n
    async def __aexit__(self, t, e, tb):
        await asyncio.sleep(0); log.append(f"exit{self.n}:{t.__name__ if t else None}"); return False
async def agen(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append(f"agen{n} finally")
async def f1():
    for k in range(3):
        async with CM(k) as c:
            try:
                async for x in agen(3):
                    if x == k:
                        break
                    if x == 1:
                        continue
                    log.append(("x", k, x))
                else:
                    log.append("else")
            finally:
                await asyncio.sleep(0)
                log.append(f"finally{k}")
            if k == 2:
                return "ret"
async def f2():
    try:
        async with CM(9):
            try:
                raise KeyError("a")
            except KeyError:
                await asyncio.sleep(0)
                log.append("handled")
                raise ValueError("b")
    except ValueError as e:
        return repr(e), repr(e.__context__)
async def f3():
    out = []
    async with CM(1) as a, CM(2) as b:
        out.append((a, b))
        async for v in agen(2):
            async with CM(v + 10):
                out.append(v)
    return out
async def main():
    print(await f1())
    print(await f2())
    print(await f3())
    for line in log: print(line)
asyncio.run(main())
