# Guard failures of the membership, str-index, tuple-iteration, closure and
# unary fast paths: each site sees one type long enough to specialize, then
# another, and errors raised from inside the fast paths.


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k


def membership(containers, probes):
    hits = 0
    for c in containers:
        for p in probes:
            if p in c:
                hits += 1
            if p not in c:
                hits -= 1
    return hits


d = {i: i * i for i in range(20)}
s = set(range(0, 40, 2))
print(membership([d] * 30 + [s] * 30 + [list(range(10)), (5, 8), frozenset({1, 2})], [1, 2, 3, 5, 8]))
print(membership([{Key(1): 1, Key(2): 2}] * 40, [Key(1), Key(3)]))
print(membership(["hello"] * 40 + [{"h": 1}], ["h", "x", "ell"]))
for bad in [[1], {2: 3}]:
    try:
        for i in range(60):
            r = bad in s if i < 59 else bad in d
        print("no error")
    except TypeError as e:
        print("TypeError:", e)


def chars(s, idx):
    out = []
    for i in idx:
        out.append(s[i])
    return "".join(out)


print(chars("abcdef", [0, 1, 2, -1, -2] * 20))
print(chars("h\u00e9llo w\u00f6rld", list(range(11)) * 5))
try:
    chars("abc", [0, 1, 2] * 30 + [3])
except IndexError as e:
    print("IndexError:", e)
print(chars(["x", "y", "z"], [0, 1, 2] * 30))
print(chars(("p", "q"), [0, 1] * 30 + [True]))


def iterate(seqs):
    t = 0
    for seq in seqs:
        for x in seq:
            t += x
    return t


def gen(n):
    yield from range(n)


print(iterate([(1, 2, 3)] * 50 + [[4, 5], gen(10), (2**70, 1), range(3)]))


def counter():
    n = 0

    def bump(k):
        nonlocal n
        n += k
        return n

    return bump


b = counter()
for i in range(100):
    b(i)
print(b(0.5))
b2 = counter()
for i in range(70):
    b2(2**62)
print(b2(1))


def late():
    def read():
        return v

    out = []
    for i in range(3):
        try:
            out.append(read())
        except NameError as e:
            out.append(str(e))
        v = i
    return out


print(late())


class Neg:
    def __neg__(self):
        return "negated"

    def __invert__(self):
        return "inverted"


def unary(vals):
    out = []
    for v in vals:
        out.append((-v, not v))
    return out


print(unary([1, -2, 0, 3.5, -0.0, True, False, 2**63 - 1] * 1)[-3:], [not v for v in [None, 0, 1, 0.0, "", "x", [], [1]]])
print(unary([5] * 60 + [-(2**63), 2**64, Neg()])[-3:])
print([~x for x in [0, 1, -1, 2**62, True, 2**65]])
try:
    for v in [1] * 60 + ["s"]:
        -v
except TypeError as e:
    print("TypeError:", e)
