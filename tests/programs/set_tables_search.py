# Set tables under search-style workloads: growth through many resizes, deletions
# that leave dummies, merges into empty and non-empty sets, set algebra on large
# int sets, and copies. Int iteration order is printed (CPython's table order).
# Guards fail mid-loop: keys that turn into instances with __eq__/__hash__,
# ints that overflow into big ints, an unhashable key at iteration N.


class Key:
    """Hashes like an int, so it probes the same slots as the int keys."""

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return hash(self.n)

    def __eq__(self, other):
        return self.n == (other.n if isinstance(other, Key) else other)

    def __repr__(self):
        return f"Key({self.n})"


def order(s):
    return [x if isinstance(x, int) else repr(x) for x in s]


def growth_and_dummies():
    s = set()
    for i in range(0, 4000, 7):
        s.add(i * 37 % 1009)
    print("grown", len(s), order(s)[:12])
    for i in range(0, 1009, 3):
        s.discard(i)
    print("after discards", len(s), order(s)[:12])
    for i in range(2000, 2300):
        s.add(i)
        s.discard(i - 150)
    print("churned", len(s), order(s)[:8], order(s)[-8:])
    t = s.copy()
    t.add(-1)
    print("copy", len(t), order(t)[:6], len(s))


def frontier_closure(edges, start, limit):
    seen = frozenset([start])
    frontier = {start}
    rounds = 0
    while frontier and rounds < limit:
        grown = set()
        for u in sorted(frontier):
            grown.update(edges.get(u, ()))
        frontier = grown.difference(seen)
        seen = seen.union(frontier)
        rounds += 1
    return seen, rounds


def algebra():
    edges = {}
    x = 1
    for u in range(600):
        for _ in range(3):
            x = (x * 48271) % 2147483647
            edges.setdefault(u, set()).add(x % 600)
    seen, rounds = frontier_closure(edges, 0, 50)
    print("closure", len(seen), rounds, type(seen).__name__, order(seen)[:10])
    evens = set(range(0, 600, 2))
    odds = {n for n in range(600) if n % 2}
    both = evens | odds
    print("union", len(both), order(both)[:6])
    inter = seen & evens
    print("inter", len(inter), order(inter)[:8])
    diff = evens - seen
    print("diff", len(diff), order(diff)[:8])
    sym = seen ^ odds
    print("sym", len(sym), order(sym)[:8])
    acc = set()
    for u in range(0, 600, 5):
        acc |= edges[u]
        acc -= {u}
    print("acc", len(acc), order(acc)[:8])
    small = {3, 5, 7}
    small &= seen
    print("iand", order(small), small <= seen, seen >= small, small.isdisjoint(odds - small))


def guards():
    # Keys change kind mid-loop: ints, then instances equal to those ints, then big ints.
    s = set()
    hits = 0
    for i in range(300):
        if i < 200:
            k = i % 50
        elif i < 250:
            k = Key(i % 60)
        else:
            k = (1 << 64) + i % 7
        if k in s:
            hits += 1
        s.add(k)
    print("mixed keys", len(s), hits)
    u = set(range(40)) | {Key(5), Key(45)}
    print("merge with instance", len(u), sorted(x if isinstance(x, int) else x.n for x in u)[-3:])
    big = {(1 << 70) + i for i in range(20)}
    print("big", len(big | set(range(10))), len(big - {(1 << 70) + 3}))
    acc = set()
    try:
        for i in range(100):
            acc.add([i] if i == 60 else i * 3)
    except TypeError as e:
        print("TypeError", e, len(acc))
    try:
        acc.remove(-5)
    except KeyError as e:
        print("KeyError", e)
    nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
    print("frozen keys", len(nested), frozenset({1, 2}) in nested, {1, 2} in nested)


growth_and_dummies()
algebra()
guards()


def tuple_keys():
    # `in` on sets and dicts of coordinate tuples, decided natively until the
    # keys stop being flat int/str tuples: floats and bools equal to ints,
    # nested tuples, an instance whose __eq__ runs, an unhashable item.
    seen = {(r, c) for r in range(8) for c in range(8) if (r * c) % 3}
    cost = {(r, "c%d" % c): r + c for r in range(5) for c in range(5)}
    found = 0
    log = []
    for i in range(60):
        if i < 30:
            key = (i % 9, i % 7)
        elif i < 40:
            key = (float(i % 9), i % 7)
        elif i < 45:
            key = (True, 2)
        elif i < 50:
            key = ((i % 3, 1), i % 4)
        elif i < 55:
            key = (Key(i % 8), 2)
        else:
            key = (i % 5, [i])
        try:
            if key in seen:
                found += 1
            if (i % 5, "c%d" % (i % 6)) in cost:
                found += 100
        except TypeError as e:
            log.append(str(e))
    print("tuple keys", found, log[:1], len(log))
    pairs = {(1, 2), (2.0, 1), ("a", 1)}
    print((1.0, 2) in pairs, (2, 1) in pairs, ("a", True) in pairs, (Key(1), 2) in pairs)
    print(cost.get((3, "c4")), cost.get((3.0, "c4")), (3, "c9") in cost)


tuple_keys()
