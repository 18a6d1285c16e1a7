# BINARY_OP_SET: set algebra sites that warm up on sets, then see frozensets,
# lists, instances with the dunders, and in-place forms that must mutate the
# left set (aliases see it) as CPython does.


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __sub__(self, other):
        return "Bag.__sub__"

    def __rsub__(self, other):
        return "Bag.__rsub__"

    def __or__(self, other):
        return "Bag.__or__"

    def __ror__(self, other):
        return "Bag.__ror__"


def show(s):
    return sorted(s) if isinstance(s, (set, frozenset)) else s


def binary_sites():
    a = set(range(0, 30, 2))
    b = set(range(0, 30, 3))
    for i in range(120):
        x, y = a, b
        if i == 100:
            y = frozenset({0, 1, 2})
        elif i == 101:
            x = frozenset({4, 6, 99})
        elif i == 102:
            y = [1, 2]
        elif i == 103:
            y = Bag([1])
        elif i == 104:
            x = Bag([2])
        try:
            r = (x - y, x & y, x | y, x ^ y)
        except TypeError as e:
            print(i, "TypeError:", e)
            continue
        if i % 40 == 0 or 100 <= i <= 105:
            print(i, [(type(t).__name__, show(t)) for t in r])


def inplace_sites():
    seen = set()
    alias = seen
    frozen = frozenset()
    for i in range(150):
        step = {i % 17, (i * 7) % 23}
        if i == 120:
            step = frozenset({1000})
        seen |= step
        frozen |= step
        keep = set(range(0, 40, 3))
        keep &= seen
        drop = set(seen)
        drop -= {0, 3, 6}
        flip = set(range(5))
        flip ^= step
        if i == 130:
            try:
                seen |= [1, 2]
            except TypeError as e:
                print("TypeError:", e)
        if i == 140:
            b = seen
            b -= Bag([])
            print("rebound:", b)
    print(alias is seen, len(seen), show(seen)[-3:])
    print(type(frozen).__name__, len(frozen))
    print(show(keep), len(drop), show(flip))


def words():
    text = "the quick brown fox jumps over the lazy dog again and again".split()
    common = set()
    for n in range(200):
        left = set(text[: n % 11])
        right = set(text[n % 5:])
        common = (left & right) | (common - {"the"})
        if n == 150:
            common = common ^ frozenset({"zebra"})
    print(show(common))


binary_sites()
inplace_sites()
words()
