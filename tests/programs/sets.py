# set and frozenset.

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection([1, 3, 99])), sorted(a.difference({1})), sorted(a.symmetric_difference(b)))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}))
print(len(a), 3 in a, 7 in a, 7 not in a, a == {4, 3, 2, 1}, set() == set(), {1, 2} == frozenset({1, 2}))
s = set()
for ch in "mississippi":
    s.add(ch)
print(sorted(s), len(s))
s.discard("m")
s.discard("zzz")
s.remove("p")
print(sorted(s))
try:
    s.remove("zzz")
except KeyError as e:
    print("KeyError:", e)
popped = {42}.pop()
print(popped)
s.update("xyz", [1, 2])
print(len(s), "x" in s, 1 in s, 1.0 in s, True in s)
s.clear()
print(s, len(s), bool(s))
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4, 5}
c -= {3}
c ^= {4, 10}
print(sorted(c))
evens = {n for n in range(20) if n % 2 == 0}
mod3 = {n % 3 for n in range(100)}
print(sorted(evens), sorted(mod3), len({x * x % 7 for x in range(50)}))
fs = frozenset([3, 1, 2, 3])
print(sorted(fs), len(fs), 2 in fs, type(fs | {9}).__name__, type({9} | fs).__name__, sorted(fs & {1, 5}))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset() == set())
groups = {frozenset(["a", "b"]): 1, frozenset(["b", "a"]): 2}
print(len(groups), list(groups.values()))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
print(set([1, 1, 2]) == {1, 2}, sorted(set("hello")), sorted(set((3, 1, 3))), sorted(set({"k": 1, "j": 2})))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({5})))
seen = set()
dupes = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dupes.append(x)
    seen.add(x)
print(dupes, sorted(seen))


def connected_components(edges, n):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in edges:
        parent[find(u)] = find(v)
    comps = {}
    for node in range(n):
        comps.setdefault(find(node), set()).add(node)
    return sorted(sorted(c) for c in comps.values())


print(connected_components([(0, 1), (2, 3), (1, 4), (5, 6), (6, 7), (3, 8)], 10))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
print(sorted({(x, y) for x in range(3) for y in range(3) if x != y}))
