# Slice reads and slice assignment on lists of every storage kind (ints,
# floats, bools, None, mixed, objects), with steps, negative steps, bounds
# past the ends, length-changing assignment and self-assignment.


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Box(%r)" % (self.v,)


def sources():
    return [
        ("ints", list(range(10))),
        ("floats", [i * 0.5 for i in range(10)]),
        ("bools", [i % 3 == 0 for i in range(10)]),
        ("nones", [None] * 10),
        ("mixed", [0, 1.5, "two", None, True, (5,), 6, 7.0, [8], 9]),
        ("boxes", [Box(i) for i in range(10)]),
    ]


SLICES = [
    (None, None, None), (2, 7, None), (-3, None, None), (None, -3, None),
    (None, None, 2), (1, None, 3), (None, None, -1), (8, 2, -2), (-1, -11, -1),
    (5, None, -1), (None, 5, -1), (100, None, None), (-100, 100, None),
    (None, None, -3), (3, 3, None), (7, 2, None), (0, 10, 4), (9, -100, -4),
    (2**70, None, -1), (-2**70, 2**70, 3),
]

for name, xs in sources():
    print(name)
    for a, b, c in SLICES:
        print(" ", (a, b, c), xs[a:b:c], xs[slice(a, b, c)] == xs[a:b:c])

# list(...) copies keep equality and independence
for name, xs in sources():
    ys = list(xs)
    zs = xs[:]
    ys.append("end")
    zs[0] = "start"
    print(name, len(xs), ys[-1], zs[0], xs[0] if name != "boxes" else xs[0].v)
print(list(range(5)), list(range(0)), list(range(10, 0, -3)))
r = list(range(4))
r.append(2.5)
r.append("s")
print(r)

# plain slice assignment: same length, shorter, longer, empty
for name, xs in sources():
    for repl in ([100, 200, 300], [1.25, 2.25, 3.25], [True, False, True], ["a", "b", "c"],
                 [], [7], list(range(6)), (9, 8, 7)):
        for a, b in ((2, 5), (0, 0), (8, 100), (-4, -1), (5, 2), (None, None)):
            ys = list(xs)
            ys[a:b] = repl
            print(name, (a, b), repl, "->", ys)

# extended slices: matching sizes, and the error for a mismatch
for name, xs in sources():
    for sl, repl in ((slice(None, None, 2), [-1, -2, -3, -4, -5]),
                     (slice(None, None, -1), [i * 1.5 for i in range(10)]),
                     (slice(8, 1, -3), ["x", "y", "z"]),
                     (slice(1, None, 4), [False, True, None]),
                     (slice(9, None, -4), [Box("a"), Box("b"), Box("c")])):
        ys = list(xs)
        ys[sl] = repl
        print(name, sl, "->", ys)
    ys = list(xs)
    try:
        ys[::2] = [1, 2, 3]
    except ValueError as e:
        print("ValueError:", e)
    try:
        ys[::-1] = ys[:3]
    except ValueError as e:
        print("ValueError:", e)
    print(ys == xs)

# self-assignment and overlapping sources
for name, xs in sources():
    ys = list(xs)
    ys[:] = ys
    print(name, ys == xs)
    ys[::-1] = ys
    print(name, ys)
    ys[2:4] = ys
    print(name, len(ys), ys[:3])
    ys[::2] = ys[1::2]
    print(name, ys)

# the fannkuch idiom: reverse a prefix in place
perm = list(range(8))
perm[3], perm[0] = perm[0], perm[3]
flips = 0
k = perm[0]
while k:
    perm[:k + 1] = perm[k::-1]
    flips += 1
    k = perm[0]
print(perm, flips)

fl = [0.5 * i for i in range(8)]
fl[:5] = fl[4::-1]
print(fl)
fl[1:3] = [1, 2]
print(fl)
fl[::3] = [None, None, None]
print(fl)

# bounds from __index__ and bool, and a tuple or generator source
class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


zs = list(range(10))
print(zs[Idx(2):Idx(8):Idx(2)], zs[True:False:-1])
zs[Idx(1):Idx(3)] = (i * i for i in range(5))
print(zs)
zs[::Idx(-2)] = range(7)
print(zs)
try:
    zs[::0] = []
except ValueError as e:
    print("ValueError:", e)
try:
    print(zs[::0])
except ValueError as e:
    print("ValueError:", e)
try:
    zs[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
del zs[::3]
print(zs)
del zs[-2:]
print(zs)
for bad in (5, None, 2.5):
    for sl in (slice(1, 2), slice(None, None, 2), slice(None, None, 0)):
        try:
            zs[sl] = bad
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)


def noisy_gen():
    print("gen starts")
    yield 1
    yield 2
    raise TypeError("from inside the generator")


class NoisyIdx:
    def __index__(self):
        print("index called")
        return 1


try:
    zs[NoisyIdx():3] = noisy_gen()
except TypeError as e:
    print("TypeError:", e)
print(zs)
gen_ok = (x for x in "ab")
zs[NoisyIdx():NoisyIdx()] = gen_ok
print(zs)
