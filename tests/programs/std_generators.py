# generators, coroutines, generator expressions, send/throw/close.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)), sum(x for x in itertools.takewhile(lambda v: v < 10**6, fib())))
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print('caught', e)
            continue
        if value is None:
            break
        total += value; count += 1; avg = total / count
    return (count, avg)
g = averager(); next(g)
print([g.send(v) for v in (10, 20, 30)])
print(g.throw(ValueError('bad')))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
def delegator():
    result = yield from averager()
    yield ('done', result)
d = delegator(); next(d)
for v in (1, 2, 3): d.send(v)
print(d.send(None))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
c = closing(); print(next(c)); c.close(); print(list(c))
def pipeline(n):
    nums = (i for i in range(n))
    sq = (x * x for x in nums if x % 3)
    pairs = zip(sq, itertools.count(100))
    return [a + b for a, b in pairs]
print(pipeline(20))
gen = (i for i in range(3))
print(gen.__name__, type(gen).__name__, list(gen), list(gen))
def bad():
    yield 1
    raise RuntimeError('inside')
try:
    list(bad())
except RuntimeError as e:
    print('RuntimeError', e)
def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as e:
    print('RuntimeError', e)
import asyncio
async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done(); break
        await asyncio.sleep(0)
        out.append((name, item * item))
        q.task_done()
async def main():
    q = asyncio.Queue(); out = []
    workers = [asyncio.create_task(worker('w%d' % i, q, out)) for i in range(3)]
    for i in range(10): await q.put(i)
    for _ in workers: await q.put(None)
    await q.join()
    await asyncio.gather(*workers)
    return sorted(v for _, v in out)
print(asyncio.run(main()))
