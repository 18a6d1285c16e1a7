"""Forwarding calls: functools.partial (native construction and call), wrappers passing
*args/**kwargs on, keyword binding errors through wrappers, and call sites whose callee
changes kind mid-loop (a function, then a partial, a bound method, a class, a builtin)."""
import functools
import pickle
import traceback


def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def target(a, b=2, *rest, c=3, **extra):
    return (a, b, rest, c, sorted(extra.items()))


# construction, attributes, repr
p = functools.partial(target, 1, c=5)
print(p.func is target, p.args, p.keywords)
print(repr(p).startswith("functools.partial(<function target at "), repr(p).endswith(", 1, c=5)"))
print(p(), p(7), p(7, 8, c=9), p(d=4, c=1))
show(functools.partial)
show(functools.partial, 3)
show(functools.partial(target), c=1)

# a partial of a partial flattens; one with attributes of its own does not
q = functools.partial(p, 10, d=6)
print(q.func is target, q.args, q.keywords)
p.tag = "x"
r = functools.partial(p, 11)
print(r.func is p, r.args, r.keywords, r())

# keyword order: stored first (updated in place), then the new ones
def kw_order(**kw):
    return list(kw)
k = functools.partial(kw_order, b=1, a=2)
print(k(c=3, b=4), k(), k(a=0))

# wrong keywords through a partial and through a wrapper carry CPython's messages
def two(x, y):
    return x + y
show(functools.partial(two, 1), z=2)
show(functools.partial(two, 1), 2, 3)
show(functools.partial(two, y=1), 1, y=2, x=3)
show(functools.partial(two, 1, 2), y=5)

def wraps_all(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

w = wraps_all(two)
show(w, 1, 2)
show(w, 1, q=2)
show(w, 1)
show(w, 1, 2, 3)
show(w, *"ab")
show(w, 1, **{"y": 2})
try:
    w(1, **{1: 2})
except TypeError as e:
    print("TypeError:", e)
print(w.__name__, w.__wrapped__ is two)

# subclasses of partial
class Tagged(functools.partial):
    def __call__(self, *a, **k):
        return ("tagged", super().__call__(*a, **k))

t = Tagged(two, 5)
print(t(1), type(t).__name__, repr(t).startswith("Tagged(<function two"))
print(functools.partial(t, 2).func is t)

class NewOverride(functools.partial):
    def __new__(cls, *a, **k):
        self = super().__new__(cls, *a, **k)
        self.extra = 1
        return self

n = NewOverride(two, 1)
print(n(2), n.extra, n.args)

# pickling round trip
pk = pickle.loads(pickle.dumps(functools.partial(max, 3, key=abs)))
print(pk(-7, 2), pk.args, pk.keywords)

# an exception raised through a partial and a wrapper, traceback shape
def fails(x, *, limit):
    if x > limit:
        raise ValueError(f"{x} over {limit}")
    return x

checked = wraps_all(functools.partial(fails, limit=3))
try:
    checked(5)
except ValueError:
    lines = traceback.format_exc().splitlines()
    print([l.strip() for l in lines if l.strip().startswith(("return", "raise", "checked"))])


# a call site whose callee changes kind mid-loop
class Box:
    def __init__(self, v, w=0):
        self.v = v + w

    def get(self, w=0):
        return self.v + w

    def __call__(self, w=0):
        return self.v * 10 + w


def plain(v, w=0):
    return v - w


box = Box(4)
callees = [plain] * 6 + [functools.partial(plain, 100)] * 6 + [box.get] * 3 + [Box] * 3 + [box] * 3 + [max] * 3
total = 0
for i, f in enumerate(callees):
    args = (i,) if f is not callees[6] else ()
    kwargs = {"w": i} if f is not max else {}
    try:
        out = f(*args, **kwargs)
    except TypeError as e:
        out = str(e)
    total_item = out.v if isinstance(out, Box) else out
    print(i, total_item)

# forwarding wrapper: guards failing mid-loop (int overflow, type change, an exception at iteration N)
def forward(f):
    def inner(*args, **kwargs):
        return f(*args, **kwargs)
    return inner

mul = forward(lambda a, b=1, **kw: a * b + len(kw))
acc = 1
for i in range(40):
    if i == 20:
        acc = 2 ** 62
    if i == 30:
        acc = 1.5
    try:
        acc = mul(acc, b=3 if i != 35 else "x", extra=i)
    except TypeError as e:
        print("at", i, e)
        acc = 1
print(acc)

# closures: cells rebound in a loop and read by the nested function
def counter():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump

b = counter()
for i in range(25):
    b(i if i != 13 else 2 ** 64)
print(b())

# a lone **m: mappings that are not dicts, a dict subclass, None, repeated keys
class Mapping:
    def __init__(self, keys):
        self._keys = keys

    def keys(self):
        return self._keys

    def __getitem__(self, k):
        return k.upper()


class LoudDict(dict):
    def keys(self):
        return ["y"]

    def __getitem__(self, k):
        return "loud-" + k


def kwsink(x=0, **kw):
    return x, sorted(kw.items())


for m in [{"x": 1}, Mapping(["x", "z"]), LoudDict(x=5, y=6), None, 3, Mapping(["a", "a"]), {1: 2}, {"x": 1}]:
    try:
        print(kwsink(**m))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(forward(kwsink)(*[], **m))
    except TypeError as e:
        print("TypeError:", e)


# one call site, callees of changing kinds: *args functions, a generator function,
# keyword-only parameters, a class, a binding error at iteration N
def star(*a):
    return len(a)


def gen(*a):
    yield sum(a)


def kwo(a, *, k=5):
    return a + k


class Made:
    def __init__(self, *a):
        self.n = len(a)


sites = [star] * 5 + [gen] * 2 + [kwo] * 4 + [Made] * 2 + [star] * 3 + [kwo]
for i, fn in enumerate(sites):
    try:
        if i == len(sites) - 1:
            out = fn(1, 2)
        else:
            out = fn(i)
        if hasattr(out, "__next__"):
            out = next(out)
        elif isinstance(out, Made):
            out = ("made", out.n)
        print(i, out)
    except TypeError as e:
        print(i, "TypeError:", e)

# partial.__new__ of a class that is no partial
show(functools.partial.__new__, int, max)
show(functools.partial.__new__, Tagged, max, 1)
show(functools.partial.__new__, 3, max)
