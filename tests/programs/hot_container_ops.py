# Set/dict comprehensions, `[*a, *b]`, `(*a, *b)`, `{**a, **b}` and
# `f(*a, **b)` (SET_ADD, MAP_ADD, LIST_EXTEND, LIST_TO_TUPLE, DICT_UPDATE,
# DICT_MERGE in the hot loop), with operands changing type mid-loop and
# errors at iteration N: unhashable items, a __hash__ or __eq__ that
# raises, non-iterables, non-mappings, mappings that are not dicts,
# repeated keywords, self-extension.


class BadHash:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        if self.n == 3:
            raise RuntimeError("hash failed")
        return self.n

    def __eq__(self, other):
        return isinstance(other, BadHash) and self.n == other.n

    def __repr__(self):
        return f"BadHash({self.n})"


class Mapping:
    def keys(self):
        return ["m1", "m2"]

    def __getitem__(self, k):
        return k.upper()


def kw(**k):
    return sorted(k.items())


log = []
sources = [[1, 2], (3, 4), "ab", range(2), [[1]], {5: 0}, 7, [BadHash(1), BadHash(3)], (x for x in (8, 9))]
for i, src in enumerate(sources * 2):
    try:
        log.append(sorted({x for x in src}, key=repr))
    except (TypeError, RuntimeError) as e:
        log.append(f"{type(e).__name__}: {e}")
    try:
        log.append(sorted({x: i for x in src}.items(), key=repr))
    except (TypeError, RuntimeError) as e:
        log.append(f"{type(e).__name__}: {e}")
    try:
        log.append([*src, *src])
        log.append((0, *src))
    except TypeError as e:
        log.append(f"{type(e).__name__}: {e}")
print(log)

merged = []
extras = [{"a": 1}, {"b": 2}, Mapping(), {"a": 9}, {1: 2}, {}, {"c": 3}]
for i, extra in enumerate(extras * 2):
    try:
        merged.append({"x": i, **extra})
    except TypeError as e:
        merged.append(f"TypeError: {e}")
    try:
        merged.append(kw(a=0, **extra) if i % 2 else kw(**{"z": 1}, **extra))
    except TypeError as e:
        merged.append(f"TypeError: {e}")
print(merged)

# A list extended with itself, and `*` of a list mutated meanwhile.
grow = [1, 2]
for _ in range(3):
    grow = [*grow, *grow]
print(len(grow), grow[:4])
