# Generator functions: lazy evaluation, send, yield from, return values, recursion.


def countdown(n):
    print("start countdown", n)
    while n > 0:
        yield n
        n -= 1
    print("countdown done")


for v in countdown(3):
    print("got", v)
g = countdown(2)
print(type(g).__name__, next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "exhausted"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for x in fib():
    if x > 500:
        break
    out.append(x)
print(out)


def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


print(list(take(5, fib())), list(take(10, "abc")))


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(next(acc))
for v in [5, 10, -3]:
    print("sent", v, "->", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)


def inner(tag):
    yield tag + "1"
    yield tag + "2"
    return tag.upper()


def outer():
    r1 = yield from inner("a")
    print("inner returned", r1)
    r2 = yield from inner("b")
    print("inner returned", r2)
    yield from range(3)
    return r1 + r2


gen = outer()
print(list(gen))
gen = outer()
items = []
while True:
    try:
        items.append(next(gen))
    except StopIteration as stop:
        print("outer returned", stop.value)
        break
print(items)


def walk(tree, depth=0):
    if isinstance(tree, list):
        for child in tree:
            yield from walk(child, depth + 1)
    else:
        yield depth, tree


print(list(walk([1, [2, [3, 4], 5], [[6]], 7])))


def permutations(seq):
    if len(seq) <= 1:
        yield list(seq)
        return
    for i in range(len(seq)):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            yield [seq[i]] + rest


print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(5)))))


def inorder(node):
    if node is not None:
        left, value, right = node
        yield from inorder(left)
        yield value
        yield from inorder(right)


tree = ((None, 1, None), 2, ((None, 3, None), 4, (None, 5, None)))
print(list(inorder(tree)))


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo closing with", received)


e = echo()
next(e)
e.send("a")
e.send("b")
e.close()
print("closed")


def pipeline():
    nums = (i for i in range(1, 30))
    evens = (n for n in nums if n % 2 == 0)
    squared = (n * n for n in evens)
    return [s for s in squared if s % 3 == 1]


print(pipeline())
gen = (x for x in range(3))
print(iter(gen) is gen, list(zip(gen, "abcdef")))


def chunked(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


print(list(chunked(list(range(11)), 4)), list(chunked("abcdefg", 3)))


def unique(iterable):
    seen = set()
    for item in iterable:
        if item not in seen:
            seen.add(item)
            yield item


print(list(unique([3, 1, 3, 2, 1, 4])), "".join(unique("mississippi")))
