# Chained comparisons used as conditions (`if 0 <= x < n`, `while a < b <= c`, with
# `not`, `and`, `or`): each link jumps on its own result, so each result's truth is
# asked once, and the middle operand is evaluated once, as in CPython.
calls = []


class Truth:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __bool__(self):
        calls.append(self.tag)
        if self.v == "raise":
            raise RuntimeError("bool of " + self.tag)
        return self.v


class Num:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return Truth(self.n < other.n, "%d<%d" % (self.n, other.n))

    def __le__(self, other):
        if other.n == 99:
            return Truth("raise", "%d<=99" % self.n)
        return Truth(self.n <= other.n, "%d<=%d" % (self.n, other.n))


def middle(v, log):
    log.append(v)
    return v


def in_bounds(n, points):
    inside = 0
    for x, y in points:
        if 0 <= x < n and 0 <= y < n:
            inside += 1
        if not (0 <= x < n):
            inside -= 100
        if x < y < n or y < x < n:
            inside += 1000
    return inside


def main():
    pts = [(x % 7 - 1, (x * 3) % 9 - 2) for x in range(60)]
    for _ in range(3):
        print(in_bounds(5, pts))
    # ints become floats, then big ints, then strs (a TypeError at iteration N)
    mixed = [1, 2.5, 10**30, -(10**25), 3, "s"]
    for v in mixed:
        try:
            if 0 <= v < 10**20:
                print("in", v)
            else:
                print("out", v)
        except TypeError as e:
            print("caught", e)
    # the middle operand is evaluated once per chain, the last one lazily
    log = []
    for v in range(5):
        if 1 < middle(v, log) <= middle(3, log) < 4:
            log.append("yes")
    print(log)
    # rich comparisons returning objects: truth asked once per link
    a, b, c = Num(1), Num(2), Num(3)
    if a < b < c:
        print("a<b<c")
    if not (a < c < b):
        print("not a<c<b")
    while a < b <= c:
        print("loop once")
        break
    if c < b < a:
        print("unreachable")
    if a < b <= Num(0):
        print("unreachable")
    print(calls)
    calls.clear()
    try:
        if a <= b <= Num(99):
            print("no")
    except RuntimeError as e:
        print("caught", e, calls)
    # identity and membership links
    xs = [1, 2, 3]
    ys = xs
    if 2 in xs is ys:
        print("2 in xs is ys")
    if None is not xs in [xs] == True:
        print("never")
    else:
        print("else branch")
    # in comprehensions and conditional expressions
    print([v for v in range(-3, 12) if 0 < v <= 9 if not 3 < v < 6])
    print(["mid" if 2 < v < 5 else "edge" for v in range(7)])
    # the value of a chain is still its last result (or the first false one)
    print(1 < 2 < 3, 1 < 3 < 2, (a < b < c).tag, (c < b < a).tag)


main()
