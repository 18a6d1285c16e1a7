# FOR_ITER over native iterators (FOR_ITER_ITER), membership in lists,
# tuples and strs (CONTAINS_OP_SEQ), list comprehensions, closures and
# iter() run in the hot loop; each site then sees other types.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Bag:
    def __contains__(self, x):
        return x == "magic"


class Loud:
    def __eq__(self, other):
        return other == 3


def walk(iterables):
    out = []
    for it in iterables:
        for x in it:
            out.append(x)
    return out


d = {"a": 1, "b": 2}
print(walk([enumerate("xy")] * 1 + [zip([1, 2], "ab") for _ in range(30)][:2] + [d.items(), d.keys(), map(abs, [-1, -2]), Countdown(3), [7], (8,), "s", range(2)]))


def member(containers, probes):
    hits = []
    for c in containers:
        hits.append(sum(1 for p in probes if p in c))
    return hits


print(member([[1, 2, 3]] * 30 + [(3, 4), {3: 0}, {4}, Bag(), [Loud()], range(5)], [3, "a", "magic", 4]) + member(["abc", "magic"] * 20, ["a", "z", "magic", ""]))
try:
    for c in [[1]] * 40 + [5]:
        1 in c
except TypeError as e:
    print("TypeError:", e)


def comp(n):
    k = n

    def scale(v):
        return v * k

    return [scale(i) for i in range(n) if i % 2], [[j for j in range(i)] for i in range(3)]


print(comp(7))
for bad in [[1, 2], 5]:
    try:
        print([x for x in bad])
    except TypeError as e:
        print("TypeError:", e)


def stop_inside():
    def gen():
        yield 1
        yield 2

    it = map(lambda v: 10 // (2 - v), gen())
    out = []
    try:
        for v in it:
            out.append(v)
    except ZeroDivisionError as e:
        out.append(str(e))
    return out


print(stop_inside())
