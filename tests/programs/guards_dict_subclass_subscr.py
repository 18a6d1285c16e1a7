# Guards of the dict-subclass subscript forms (Counter, defaultdict and
# user subclasses that keep dict's __getitem__/__setitem__): sites warmed on
# one class see missing keys, other classes, exact dicts, and classes whose
# __missing__, __getitem__ or __setitem__ change after the site specialized;
# the last read raises KeyError from a Python __missing__ at iteration 70.
from collections import Counter, defaultdict


def read(d, k):
    return d[k]


def write(d, k, v):
    d[k] = v


def bump(d, k):
    d[k] += 1


def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Plain(dict):
    pass


class Missing(dict):
    def __missing__(self, key):
        return ("missing", key)


class Logged(dict):
    def __setitem__(self, key, value):
        print("  set", key, value)
        dict.__setitem__(self, key, value)


counts = Counter()
for i in range(60):
    bump(counts, "abcde"[i % 5])
    bump(counts, (i % 3, "t"))
print("counter", sorted(counts.items(), key=repr))
groups = defaultdict(list)
for i in range(60):
    read(groups, i % 7).append(i)
print("groups", {k: len(v) for k, v in sorted(groups.items())})

# One site, many receivers: exact dict, other subclasses, a non-dict.
p = Plain(a=1)
m = Missing(a=2)
for i in range(60):
    write(p, i % 4, i)
    write(m, i % 4, -i)
print("plain", sorted(p.items(), key=repr), "missing", read(m, "zz"))
for other in ({"a": 3}, Plain(a=4), m, counts, groups, [10, 20], "text"):
    run("read " + type(other).__name__, lambda: read(other, 1 if isinstance(other, (list, str)) else "a"))
run("read plain missing", lambda: read(p, "nope"))
run("read unhashable", lambda: read(counts, []))
run("write unhashable", lambda: write(counts, [], 1))

# The class changes after the sites specialized.
for i in range(60):
    read(m, i % 4)
Missing.__missing__ = lambda self, key: "patched " + str(key)
print("patched missing", read(m, "q"))
Missing.__getitem__ = lambda self, key: "getitem " + str(key)
print("patched getitem", read(m, 1))
del Missing.__getitem__
print("restored getitem", read(m, 1), read(m, "r"))
lg = Logged()
for i in range(3):
    write(lg, i, i * i)
for i in range(60):
    write(p, i % 4, i * 2)
Plain.__setitem__ = lambda self, key, value: dict.__setitem__(self, key, value * 100)
write(p, 0, 5)
print("patched setitem", p[0])
del Plain.__setitem__
write(p, 0, 5)
print("restored setitem", p[0])

# A subclass of Counter overriding __missing__, through a warmed site.
class Strict(Counter):
    def __missing__(self, key):
        raise KeyError("strict " + str(key))


s = Strict("aab")
for i in range(60):
    bump(counts, "x")
run("bump strict", lambda: bump(s, "z"))
print("counter x", counts["x"], "strict", sorted(s.items()))

# A Python __missing__ raises KeyError at iteration 70 (the traceback shows it).
class Bounded(dict):
    def __missing__(self, key):
        raise KeyError("no " + str(key))


bounded = Bounded({i: i for i in range(70)})
nofactory = defaultdict(None, {1: 1})
run("no factory", lambda: read(nofactory, 2))
total = 0
for i in range(80):
    total += read(bounded, i)
print("unreachable", total)
