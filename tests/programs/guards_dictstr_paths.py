# The native fast paths for str searching, set algebra, tuple keys, int
# parsing/formatting, deque collecting and long non-ASCII indexing, each
# driven hot and then made to leave its fast path mid-loop (a key whose
# __eq__ is Python code, a subclass, a raising __eq__, non-ASCII text, an
# unusual int literal). Every tier must agree with CPython.
from collections import deque


class Loud:
    """A set/dict key whose equality is Python code (counted)."""
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Loud.calls += 1
        return isinstance(other, Loud) and self.v == other.v or other == self.v


# str.replace / split / partition / find / count / in: one-byte and longer
# needles, ASCII and not, matches at the edges, then a str subclass.
texts = ["a&b<c>d", "&&", "", "no match here", "é&é<ü>", "x<>y<>z", "€uro & €uro"]
needles = ["&", "<>", "é", "€uro", "zz", "o"]
for i in range(40):
    t = texts[i % len(texts)]
    n = needles[i % len(needles)]
    print(t.replace(n, "[" + n + "]"), t.replace(n, "", 1), t.split(n), t.split(n, 1),
          t.partition(n), t.rpartition(n), t.find(n), t.rfind(n), t.count(n), n in t)


class S(str):
    pass


s = S("a,b,,c")
print(s.split(","), type(s.replace("z", "y")).__name__, s.replace("z", "y") is s, s.partition(","))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".partition(1)
except TypeError as e:
    print("TypeError", e)
try:
    "abc".replace("a", "b", extra=1)
except TypeError as e:
    print("TypeError", e)

# Set & and - between sets: native keys, then a key with Python __eq__ in
# either operand at iteration N (the in-place tables give way to comparing
# in probe order, as CPython, calling __eq__).
for n in range(12):
    a = set(range(n, n + 30))
    b = set(range(0, 40, 3))
    if n == 7:
        b.add(Loud(20))
    if n == 9:
        a.add(Loud(39))
    inter = a & b
    diff = a - b
    print(n, len(inter), len(diff), sorted(x if isinstance(x, int) else -x.v for x in inter),
          sum(x if isinstance(x, int) else 0 for x in diff))
print("eq calls", Loud.calls > 0)
words = [{"w%d" % (i * j % 17) for j in range(12)} for i in range(10)]
print([len(words[i] & words[i + 1]) for i in range(9)], [len(words[i] - words[0]) for i in range(10)])
print(sorted(frozenset("abcde") & {"b", "e", "z"}), sorted({"b", "e", "z"} - frozenset("abcde")))

# Set iteration over sparse tables (empty and deleted slots).
s = set(range(100))
for k in range(0, 100, 3):
    s.discard(k)
print(sum(s), len(list(iter(s))))

# Tuple keys: ints and strs, then a float, None and a nested tuple, then an
# unhashable item at iteration N.
memo = {}
for i in range(30):
    key = (i % 5, "k%d" % (i % 3))
    if i == 20:
        key = (1.0, "k1", None, (2, "x"))
    memo[key] = memo.get(key, 0) + 1
print(sorted(memo.items(), key=repr))
print((1, "k1") in memo, (1.0, "k1") in memo, hash((1, "a")) == hash((1.0, "a")))
for i in range(6):
    try:
        k = (i, [i]) if i == 4 else (i, str(i))
        memo[k] = i
    except TypeError as e:
        print("TypeError", e)

# x in tuple: identity, equal, then an __eq__ that raises at iteration N.
class Boom:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if self.n == 3:
            raise RuntimeError("boom")
        return False


for n in range(5):
    try:
        print(n, 2 in (1, 2, 3), "b" in ("a", "b"), Boom(n) in (1, 2), 5 in (Boom(n),))
    except RuntimeError as e:
        print(n, "RuntimeError", e)

# int(str) in base 10: the short decimal path, then what it must refuse.
samples = ["42", " -17 ", "+0", "007", "123456789012345678", "1234567890123456789012",
           "1_000", "\u0663\u0664", "\t9\n", "-", "", "12a", "0x10", " 1 2"]
for t in samples:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), "ValueError", e)
print(int("0x10", 0), int("ff", 16), int("-0b101", 0))

# Int format specs without a BigInt, then big ints and odd specs.
for v in [0, 7, -7, 255, 10 ** 17, -(2 ** 63), 2 ** 70]:
    print(f"{v:05d}|{v:>8}|{v:<6x}|{v:#o}|{v:,}|{v:_b}|{v:+}|{v: }|{v:^9}|{v:e}|{v:%}")
for spec in ["c", ".2", "z"]:
    try:
        print(format(65, spec))
    except ValueError as e:
        print(spec, "ValueError", e)

# tuple/list/sorted of a deque: the exact type copies its items; then the
# argument changes type (a list, a generator, an iterator over the deque);
# mutation during iteration still raises.
d = deque([3, 1, 2], maxlen=3)
for i in range(6):
    d.append(i)
    src = d if i < 3 else [d, (x * 2 for x in d), iter(d)][i - 3]
    print(tuple(d), list(d), sorted(d), tuple(src) if i < 5 else list(src))
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)

# Indexing a long non-ASCII string forwards, backwards and at random (the
# remembered position must never be trusted past where it is valid).
text = ("é" + "abc" * 7 + "€") * 40
fwd = "".join(text[i] for i in range(len(text)))
back = "".join(text[i] for i in range(len(text) - 1, -1, -1))
jumps = "".join(text[(i * 37) % len(text)] for i in range(len(text)))
print(fwd == text, back == text[::-1], jumps.count("é"), jumps.count("€"), text[5:40], text[-3:], text[100:133])
try:
    text[len(text)]
except IndexError as e:
    print("IndexError", e)

# d[k] on dict subclasses that keep dict.__getitem__ (Counter, defaultdict,
# a plain subclass with __missing__), then a class that gains its own
# __getitem__ at iteration N, and one whose __missing__ raises.
from collections import Counter, defaultdict


class Miss(dict):
    def __missing__(self, key):
        return "missing-" + str(key)


c = Counter("abracadabra")
dd = defaultdict(list)
m = Miss(a=1)
for i in range(8):
    if i == 5:
        Miss.__getitem__ = lambda self, key: "patched-" + str(key)
    dd["k%d" % (i % 3)].append(i)
    print(i, c["a"], c["z"], m["a"], m[i], len(dd["k0"]), dd["new%d" % i])
del Miss.__getitem__
print(m["a"], m["q"], sorted(dd))


class Strict(dict):
    def __missing__(self, key):
        raise LookupError("no " + repr(key))


try:
    Strict(x=1)["y"]
except LookupError as e:
    print("LookupError", e)
try:
    {}["absent"]
except KeyError as e:
    print("KeyError", e)

# min/max over ints natively, then a float, a bool, a big int, a str (which
# raises) and key=/default= at iteration N.
vals = [5, -3, 9, 9, 0]
for i in range(8):
    if i == 3:
        vals.append(2.5)
    if i == 4:
        vals.append(True)
    if i == 5:
        vals.append(10 ** 30)
    print(i, min(vals), max(vals), min(*vals), max(3, 3, 1), min(vals, key=lambda v: -v), max([], default="none"))
try:
    max(1, "a")
except TypeError as e:
    print("TypeError", e)
try:
    min([])
except ValueError as e:
    print("ValueError", e)

# Sorting and max by tuple keys (compared natively), then keys whose items
# are NaN, mixed int/float, None against an int (raises) and an instance
# with its own ordering, at iteration N.
class Rank:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __gt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v


rows = [(i % 4, "r%d" % (i % 5), i) for i in range(12)]
for n in range(6):
    if n == 2:
        rows.append((1, "r1", float("nan")))
    if n == 3:
        rows.append((2.0, "r0", -1))
    keyed = sorted(rows, key=lambda r: (r[0], r[1]))
    print(n, keyed[:3], max(rows, key=lambda r: (r[1], r[0]))[:2], min((r[0], r[2]) for r in rows if r[2] == r[2]))
print(sorted([(Rank(3), 1), (Rank(5), 0), (Rank(3), 0)], key=lambda t: t)[0][0].v)
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print("TypeError", e)
nan = float("nan")
print(max([(1, nan), (1, 2.0)]), max([(1, 2.0), (1, nan)]), min([(1, nan), (1, 2.0)]), min([(0, 1), (0, 1.5), (0, True)]))
