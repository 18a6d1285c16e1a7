# Dict lookups, stores and deletions across key kinds: native keys compared
# without Python code, keys with user __hash__/__eq__ (called in probe order,
# a lookup starting over when __eq__ resizes the dict or removes the compared
# key), deletion churn and insertion order, the dict methods and their errors.


def show(label, d):
    print(label, len(d), list(d.items()))


# -- numeric keys: 1 == 1.0 == True, 0 == -0.0 == False are one key
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
show("one", d)
d = {True: "x"}
d[1] = "y"
show("true-kept", d)
d = {0: "a"}
d[-0.0] = "b"
print(d[False], d.get(0.0), 0 in d, -0.0 in d, False in d, 0.5 in d)
d = {-1: "m1", -2: "m2", 2**61 - 1: "mod", 0: "zero", 2**64: "big", -(2**64): "negbig", 1.5: "f"}
print(d[-1], d[-2], d[2**61 - 1], d[0], d[float(2**64)], d[-float(2**64)], d[3 / 2])
print(2**64 in d, 2**64 + 1 in d, 2.0**64 in d, (2**61 - 1) * 2 in d, 10**30 in d)
nan = float("nan")
d[nan] = "nan"
print(d[nan], nan in d, len(d))
del d[2**64]
print(d.get(2**64, "gone"), d.get(2.0**64, "gone"), len(d))

# -- str keys: equal text in different objects, interned and built at run time
parts = ["ab", "cd", "ef"]
d = {}
for i in range(3):
    for j in range(3):
        k = parts[i] + parts[j]
        d[k] = d.get(k, 0) + 1
for i in range(3):
    for j in range(3):
        k = "".join([parts[i], parts[j]])
        d[k] += 10
show("str", d)
print(d["abab"], "ab" + "ab" in d, "abcdx"[:4] in d, "" in d, d.get("zz"))

# -- tuple keys (numeric equality inside), nested
d = {(1, "a"): 1, (2, (3, 4)): 2, (): 3}
print(d[(1.0, "a")], d[(True, "a")], d[(2, (3.0, 4))], d[()], (1, "b") in d)
d[(1.0, "a")] = "replaced"
show("tuple", d)

# -- counting with get / []
counts = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    counts[w] = counts.get(w, 0) + 1
lengths = {}
for w in counts:
    n = len(w)
    if n in lengths:
        lengths[n] = lengths[n] + 1
    else:
        lengths[n] = 1
show("counts", counts)
show("lengths", lengths)

# -- deletion churn, then insertion order
d = {}
for i in range(200):
    d[i] = i * i
for i in range(0, 200, 2):
    del d[i]
for i in range(0, 50, 2):
    d[i] = -i
for i in range(1, 150, 3):
    d.pop(i, None)
d[1] = "one again"
print(len(d), list(d)[:12], list(d)[-12:])
print(sum(v for v in d.values() if isinstance(v, int)))
s = {}
for r in range(5):
    for i in range(40):
        s["k%d" % i] = r
    for i in range(r, 40, 2):
        del s["k%d" % i]
print(len(s), list(s.items())[:8])
for k in list(s):
    del s[k]
print(len(s), s, s.get("k1"))
s["new"] = 1
print(s)
while d:
    k, v = d.popitem()
    if len(d) < 3:
        print("popitem", k, v)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)

# -- dict methods
d = {"a": 1}
print(d.setdefault("a", 5), d.setdefault("b", 7), d.setdefault("c"), d)
print(d.pop("a"), d.pop("a", "dflt"), d.pop("zz", None), d)
d.update({"x": 1, "b": 2})
d.update([("y", 3), ("x", 4)])
d.update(z=5, b=6)
d.update({})
show("update", d)
print(d.get("y"), d.get("nope"), d.get("nope", 0), dict.get(d, "y"), d.__getitem__("x"))
print(dict.fromkeys(["p", "q", "p"], 0), dict.fromkeys((1, 1.0, 2)))
c = d.copy()
c["copy"] = True
print(len(d), len(c), "copy" in d, c == d, dict(c) == c)
e = {**d, "b": -1, **{"w": 0}}
show("merged", e)
print(d | {"b": 100}, {1: 2} | {1.0: 3})
d.clear()
print(d, len(d), d.get("x"))
d[3] = 3
print(d)

# -- errors and messages
d = {"a": 1, (1, 2): 3}
for key in ["missing", (1, 3), 5, 2.5, None, ("t",)]:
    try:
        d[key]
    except KeyError as exc:
        print("KeyError", repr(exc), exc.args)
for call in [
    lambda: d.pop("nope"),
    lambda: d[[1]],
    lambda: d.get([1]),
    lambda: d.setdefault({}),
    lambda: d.__setitem__([], 1),
    lambda: d.get(),
    lambda: d.get(1, 2, 3),
    lambda: d.get(k=1),
    lambda: d.setdefault(),
    lambda: d.pop(),
    lambda: d.pop(1, 2, 3),
    lambda: dict.get(5, 1),
    lambda: dict.pop([], 1),
    lambda: {}.pop([1]),
    lambda: {1: 2}.pop([1]),
    lambda: [1] in d,
]:
    try:
        print("ok", call())
    except (KeyError, TypeError) as exc:
        print(type(exc).__name__, exc)
try:
    for k in d:
        d["added"] = 1
except RuntimeError as exc:
    print("RuntimeError", exc)
try:
    del d["nope"]
except KeyError as exc:
    print("KeyError", exc)


# -- keys with user __hash__ / __eq__
log = []


class K:
    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h

    def __hash__(self):
        log.append("hash %r" % (self.v,))
        return hash(self.h)

    def __eq__(self, other):
        ov = other.v if isinstance(other, K) else other
        log.append("eq %r %r" % (self.v, ov))
        return self.v == ov

    def __repr__(self):
        return "K(%r)" % (self.v,)


def flush(label):
    print(label, log)
    log.clear()


d = {K(1): "k1", K(2): "k2"}
flush("build")
print(d[K(1)], d.get(K(2)), K(3) in d, d.get(1), 2 in d, d.get(3, "no"))
flush("lookups")
d[1] = "int one"
d[1.0] = "float one"
d[K(2)] = "k2 again"
show("user", d)
flush("stores")
n = {1: "a", 2: "b"}
print(n[K(1)], K(2) in n, n.get(K(5), "miss"))
n[K(1)] = "via K"
show("native stored", n)
flush("native stored")
# Same hash, different values: every equal hash is compared, in probe order.
d = {K("a", 7): 1, K("b", 7): 2, K("c", 7): 3}
flush("collide build")
print(d[K("c", 7)], K("z", 7) in d, d.get(7, "int 7 absent"))
flush("collide lookups")
del d[K("b", 7)]
d[K("d", 7)] = 4
show("collide", d)
flush("collide churn")
print(d.pop(K("a", 7)), d.setdefault(K("e", 7), 5), d.setdefault(K("c", 7), 0))
show("collide methods", d)
flush("collide methods")

# Merging from a dict uses the stored hashes (no __hash__ calls).
src = {K(10): 1, K(11): 2}
flush("src")
m = dict(src)
flush("dict(src)")
m.update(src)
flush("update(src)")
m2 = {**src}
flush("{**src}")
m3 = {0: 0}
m3 |= src
flush("|=")
m4 = {}
m4.update([(K(12), 3)])
flush("update(pairs)")
print(len(m), len(m2), len(m3), len(m4))


def kw(**kwargs):
    return sorted(kwargs)


print(kw(**{"a": 1}, **{"b": 2}))
try:
    kw(**{"a": 1}, **{"a": 2})
except TypeError as exc:
    print("TypeError", str(exc).split("() ")[-1])


# __eq__ that mutates the dict being searched.
class Mut:
    def __init__(self, v, action=None):
        self.v = v
        self.action = action

    def __hash__(self):
        return 42

    def __eq__(self, other):
        log.append("eq %r %r" % (self.v, getattr(other, "v", other)))
        act = self.action
        self.action = None
        if act is not None:
            act()
        return isinstance(other, Mut) and self.v == other.v

    def __repr__(self):
        return "Mut(%r)" % (self.v,)


# Growing the dict from __eq__: the lookup starts over and compares again.
target = {}


def grow():
    for i in range(20):
        target[i] = i


target[Mut("a", grow)] = "a"
print(target[Mut("a")], len(target))
flush("grow")

# Deleting the compared key from __eq__: the lookup starts over and misses.
target = {}
first = Mut("b")


def delete_first():
    del target[first]


first.action = delete_first
target[first] = "b"
print(target.get(Mut("b"), "gone after restart"), len(target))
flush("delete")
target[Mut("b")] = "b2"
show("after delete", target)
flush("reinsert")

# Clearing from __eq__.
target = {Mut("c"): 1, 5: 5}
target[5] = 6


def clear_it():
    target.clear()


probe = Mut("c")
list(target)[0].action = clear_it
print(probe in target, len(target))
flush("clear")

# Inserting without a resize from __eq__: the comparison's answer stands.
target = {}
holder = Mut("d")


def add_one():
    target["extra"] = 1


target[holder] = "d"
holder.action = add_one
print(target[Mut("d")], len(target))
flush("add one")


# __eq__ raising propagates from lookups and stores.
class Boom:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("boom")


d = {Boom(): 1}
for op in [lambda: d[1], lambda: d.get(1), lambda: d.__setitem__(1, 2), lambda: 1 in d, lambda: d.pop(1)]:
    try:
        op()
    except ValueError as exc:
        print("ValueError", exc)
print(len(d))


# Unhashable user class; __hash__ returning a non-int.
class NoHash:
    __hash__ = None


class BadHash:
    def __hash__(self):
        return "x"


for bad in [NoHash(), BadHash()]:
    try:
        {}[bad] = 1
    except TypeError as exc:
        print("TypeError", exc)


# Subclass of dict: __missing__ and the inherited fast paths.
class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "mississippi":
    c[ch] = c[ch] + 1
print(sorted(c.items()), c.get("z", -1), "s" in c, len(c))
