# `s |= t`, `s.update(t)`, `s | t` merge two sets' tables natively while no key
# comparison needs Python code; the first comparison that does (equal hashes, an
# instance key with `__eq__`) hands that key and the rest to the generic add, in
# the same order CPython compares them, so __eq__ calls, results and errors agree.
log = []


class Key:
    def __init__(self, n, bucket, fail=False):
        self.n = n
        self.bucket = bucket
        self.fail = fail

    def __hash__(self):
        return self.bucket

    def __eq__(self, other):
        log.append((self.n, getattr(other, "n", other)))
        if self.fail or getattr(other, "fail", False):
            raise ValueError("eq failed for %r" % (self.n,))
        return isinstance(other, Key) and self.n % 10 == other.n % 10

    def __repr__(self):
        return "K%d" % self.n


def merged(dst, src):
    dst = set(dst)
    dst |= src
    return sorted(dst, key=repr)


def main():
    ints = set(range(0, 200, 3))
    for rnd in range(3):
        seen = set()
        frontier = set(range(rnd, 50, 7))
        for step in range(6):
            seen |= frontier
            frontier = {x * 2 % 97 for x in frontier} - seen
        print(rnd, len(seen), sorted(seen)[:8])
    # instance keys whose hash collides with ints already there (1 == hash)
    a = {1, 2, 3, Key(11, 1)}
    b = {4, Key(21, 1), Key(5, 2), 6}
    print(merged(a, b), log)
    log.clear()
    # an __eq__ that raises partway: the keys before it were added
    c = {Key(1, 7), 100, 200}
    d = set(range(300, 340)) | {Key(2, 7, fail=True)}
    try:
        c |= d
    except ValueError as e:
        print("caught", e, len(c), log)
    log.clear()
    # int, float and bool keys that are equal merge as one
    e = {1, 2.0, "x"}
    e |= {True, 2, 1.0, 3, frozenset({1, 2})}
    print(sorted(map(repr, e)))
    e.update({frozenset({2, 1}), (1, 2)}, [4.0, 4])
    print(sorted(map(repr, e)))
    # the same instance merges by identity without __eq__
    k = Key(9, 3)
    f = {k, 1}
    f |= {k, 2}
    print(sorted(map(repr, f)), log)
    # union operator and a frozenset destination
    print(sorted(map(repr, {Key(3, 4)} | {Key(13, 4), Key(4, 4)})), log)
    print(sorted(frozenset({1, 2}) | {Key(7, 2), 3}, key=repr), log)


main()
