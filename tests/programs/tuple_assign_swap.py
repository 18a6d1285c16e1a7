# `a, b = x, y` and `a, b, c = x, y, z` compile without a tuple (a SWAP reorders the
# values, as in CPython 3.11): every value is evaluated before any store, stores run
# left to right, and an error in either half leaves the same state as CPython's.
log = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __setattr__(self, key, value):
        log.append(("set", key, value))
        if value == "boom":
            raise ValueError("cannot store boom")
        object.__setattr__(self, key, value)


class Box(dict):
    def __setitem__(self, key, value):
        log.append(("item", key, value))
        super().__setitem__(key, value)


def val(v):
    log.append(("eval", v))
    if v == "raise":
        raise KeyError(v)
    return v


def swaps(n):
    a, b, c = 1, 2, 3
    for _ in range(n):
        a, b = b, a
        a, b, c = c, a, b
    return a, b, c


def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        a, b = b, a + b
        out.append(a)
    return out


def main():
    print(swaps(10), swaps(11), fib_pairs(15))
    t = Tracked("t")
    box = Box()
    t.x, box["k"] = val(1), val(2)
    box["a"], box["b"], t.y = val("p"), val("q"), val("r")
    print(log)
    log.clear()
    try:
        t.x, t.y = val(10), val("raise")
    except KeyError as e:
        print("caught", repr(e), t.x, t.y, log)
    log.clear()
    try:
        t.x, t.y, t.z = val(20), val("boom"), val(30)
    except ValueError as e:
        print("caught", e, t.x, t.y, hasattr(t, "z"), log)
    # nested, list and starred targets; a one-item tuple; constants
    (p, q), r = (val(1), val(2)), val(3)
    [s, u] = val(4), val(5)
    first, *rest = val(6), val(7), val(8)
    only, = val(9),
    j, k = 1, 2
    print(p, q, r, s, u, first, rest, only, j, k)
    # wrong counts still raise as CPython's
    for code in ("a, b = 1, 2, 3", "a, b, c = x, y", "a, b = (x, y, z)"):
        try:
            exec(code, {"x": 1, "y": 2, "z": 3})
        except ValueError as e:
            print("caught", e)
    # a name that is both read and written on the same line
    m = [1, 2, 3]
    i = 0
    i, m[i] = 2, 99
    print(i, m)
    x = 5
    x, y = x + 1, x * 2
    print(x, y)


main()
# at module level (globals) too
g1, g2 = "left", "right"
g1, g2 = g2, g1
print(g1, g2)
