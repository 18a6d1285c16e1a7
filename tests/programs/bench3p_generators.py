"""Generator pipelines, itertools, closures."""
import itertools
import heapq
import bisect


def primes():
    D = {}
    q = 2
    while True:
        if q not in D:
            yield q
            D[q * q] = [q]
        else:
            for p in D[q]:
                D.setdefault(p + q, []).append(p)
            del D[q]
        q += 1


def take(n, it):
    return list(itertools.islice(it, n))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def chunked(it, n):
    it = iter(it)
    while True:
        chunk = tuple(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk


def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def running_avg():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count


print(take(15, primes()))
print(take(12, fib()))
print(list(chunked(range(10), 3)))
print(list(flatten([1, [2, [3, (4, 5)], 6], [[[7]]]])))
g = running_avg()
next(g)
print([g.send(v) for v in [10, 20, 30, 40]])
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

print(list(itertools.accumulate([1, 2, 3, 4, 5])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.chain.from_iterable([[1, 2], [3], []])), list(itertools.chain("ab", "cd")))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))])
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations(range(4), 2)))
print(list(itertools.combinations_with_replacement("xy", 2)), len(list(itertools.permutations(range(5), 3))))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), take(5, itertools.cycle("xy")))
print(take(4, itertools.count(10, 5)), list(itertools.repeat("z", 3)), list(itertools.filterfalse(None, [0, 1, "", "a"])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(itertools.pairwise("abcd")))

h = []
for i, w in enumerate("the quick brown fox jumps over the lazy dog".split()):
    heapq.heappush(h, (len(w), -i, w))
print([heapq.heappop(h)[2] for _ in range(4)])
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
data = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(data, 3), bisect.bisect_right(data, 3), bisect.bisect(data, 10))
bisect.insort(data, 4)
print(data)


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(5), c1(10))
adders = [lambda x, i=i: x + i for i in range(4)]
print([f(10) for f in adders])
gen = (x * x for x in range(10) if x % 3)
print(sum(gen), sum(gen))
print(any(x > 5 for x in range(7)), all(x < 5 for x in range(7)))
squares = {x: x * x for x in range(6)}
print(squares, {v % 3 for v in squares.values()})
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))


class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)

    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k


t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), sorted(t, reverse=True), 3 in t)


def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


g = gen_with_finally()
print(next(g))
g.close()
print(list(enumerate("abc", start=1)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, 2, None, 3])), list(reversed(range(0, 10, 3))))
