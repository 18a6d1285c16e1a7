# Method loads on sets specialize by type; set and frozenset share a value
# tag, so a frozenset reaching a site specialized for sets (and back) must
# find its own methods (or lack of them), as in CPython.


def grow(s, items):
    for x in items:
        s.add(x)
        if x % 3 == 0:
            s.discard(x - 1)
    return sorted(s)


print(grow(set(), range(20)))
try:
    print(grow(frozenset([1, 2]), range(5)))
except AttributeError as e:
    print("AttributeError:", e)


def unions(sets):
    out = []
    for s in sets:
        out.append(sorted(s.union({100})))
        out.append(s.issubset({1, 2, 3, 100}))
    return out


mixed = [{1, 2}] * 5 + [frozenset({3})] * 5 + [{2}] * 3
print(unions(mixed))
print([type(s.copy()).__name__ for s in mixed])

