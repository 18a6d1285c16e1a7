# Sites of object-oriented code that stay in the hot loop: methods read
# from a class (`Cls.helper(x)`, `Base.method(self)`, `dict.get(d, k)`),
# property loads on instances of several classes, list and tuple
# comparisons, sequence concatenation, keyword calls of classes, partials
# and bound methods, methods read as attributes, and class calls that no
# plain `__init__` takes. Each guard fails mid-loop (a class changed, a
# subclass, an instance shadowing a method, an item whose comparison runs
# Python code, an exception at iteration N); every tier must agree.
import functools
from collections import Counter


# ---- methods read from a class
class K:
    @staticmethod
    def helper(x):
        return x + 1

    @classmethod
    def make(cls, x):
        return (cls.__name__, x)

    def plain(self, x):
        return x * 2


class Sub(K):
    pass


total = 0
names = []
for i in range(400):
    cls = K if i % 3 else Sub                       # two classes at one site
    total += K.helper(i)                            # staticmethod
    names.append(cls.make(i)[0])                    # classmethod binds the caller's class
    total += K.plain(None, i)                       # plain function through the class
    total += dict.get({i: 1}, i, 0)                 # builtin through a builtin class
    if i == 150:
        K.helper = staticmethod(lambda x: x - 1)    # class changed: version guard
    if i == 250:
        K.make = staticmethod(lambda x: ("static", x))
    if i == 300:
        K.plain = lambda self, x: -x
print(total, names.count("K"), names.count("Sub"), names.count("static"))


# ---- property loads at a site meeting several classes
class Shape:
    __slots__ = ()


class Circle(Shape):
    __slots__ = ("r",)

    def __init__(self, r):
        self.r = r

    @property
    def size(self):
        return 3 * self.r * self.r


class Square(Shape):
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s

    @property
    def size(self):
        return self.s * self.s


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.size = w * h                            # a plain slot at the same site

    def grow(self):
        self.__dict__["extra"] = 1                  # materializes the dict


class Tri:
    def __init__(self, b):
        self.b = b

    @property
    def size(self):
        if self.b == 77:
            raise ValueError("degenerate triangle %d" % self.b)
        return self.b // 2


class Hex:
    @property
    def size(self):
        return 6


shapes = []
for i in range(300):
    shapes.append([Circle(i), Square(i), Rect(i, 2), Tri(i), Hex()][i % 5])
shapes[200].grow() if isinstance(shapes[200], Rect) else None
sizes = 0
for n, s in enumerate(shapes):
    try:
        sizes += s.size
    except ValueError as e:
        sizes += 1000
        print("caught", e)
    if n == 220:
        Square.size = property(lambda self: -self.s)  # property replaced mid-loop
print(sizes)


def two_kinds(items):
    out = 0
    for it in items:
        out += it.size
    return out


print(two_kinds([Circle(i) if i % 2 else Square(i) for i in range(200)]))
bad = [Circle(i) if i % 2 else Square(i) for i in range(100)] + [Tri(77)]
try:
    two_kinds(bad)
except ValueError as e:
    print("two kinds:", e)


# ---- list and tuple comparisons
class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq called")
        return isinstance(other, Loud) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


eqs = lts = 0
for i in range(300):
    a = [i % 4, 1]
    b = [3, 1] if i != 200 else [Loud(3), 1]
    if i == 201:
        a = [Loud(3), 1]
    if a == b:
        eqs += 1
    if [i % 3, "x"] < [1, "y"]:
        lts += 1
    if (i, [i, 2.5]) < (i, [i, float("nan")]):
        lts += 1000
    if [[i], [1]] <= [[i], [1, 0]]:
        lts += 1
print(eqs, lts)
nan = float("nan")
print([nan] == [nan], (nan,) == (nan,), [1, 2] < [1, 2, 0], [] < [0], [1] > [0, 9])
try:
    for i in range(60):
        r = [i, 1] < [i, "a" if i == 50 else 2]
except TypeError as e:
    print("at", i, e)


# ---- sequence concatenation
class T(tuple):
    def __add__(self, other):
        return "T+"


acc = ()
lst = []
for i in range(200):
    acc = acc + (i,) if i < 100 else (i,) + acc[:3]
    head = [i] + [i + 1]
    alias = lst
    lst += head                                     # in place: the alias sees it
    if alias is not lst:
        print("alias lost")
    if i == 150:
        print(T((1,)) + (2,), (1,) + T((2,)))
print(acc, len(lst), lst[-4:])
try:
    for i in range(50):
        x = (1,) + ((2,) if i < 40 else [2])
except TypeError as e:
    print(i, e)


# ---- keyword calls of classes, partials, bound methods, callables
class Resp:
    def __init__(self, status=200, body="", **headers):
        self.status, self.body, self.headers = status, body, headers


class Caller:
    def __call__(self, *, x, y=0):
        return x - y


def endpoint(req, *, tag):
    return f"{tag}:{req}"


class Handler:
    def handle(self, req, *, loud=False):
        return req.upper() if loud else req


h = Handler()
out = []
for i in range(300):
    r = Resp(body="b%d" % i, ctype="text")
    p = functools.partial(endpoint, tag="t")
    out.append((r.status, r.body, sorted(r.headers), p(req=i) if i % 2 else p(i, tag="u")))
    out.append(h.handle("q", loud=i % 3 == 0))
    out.append(Caller()(x=i, y=1))
    if i == 200:
        Resp = lambda **kw: Resp0(**kw)                 # the name now holds a function
    if i == 0:
        Resp0 = Resp
print(len(out), out[0], out[-3:])
try:
    for i in range(30):
        target = Resp0 if i < 20 else 42
        target(body="x")
except TypeError as e:
    print(i, e)


# ---- methods read as attributes
class Acc:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n


a = Acc()
got = 0
for i in range(300):
    f = a.add                                       # a bound method each time
    got += f(1)
    if i == 100:
        a.add = lambda k: -1000                     # the instance shadows it
    if i == 200:
        del a.add
        Acc.add = lambda self, k: 7                 # the class changed
print(got, a.n, f.__self__ is a if hasattr(f, "__self__") else "function")


# ---- class calls no plain __init__ takes
class Words(Counter):
    pass


class Pair:
    def __new__(cls, a, b):
        obj = object.__new__(cls)
        obj.ab = (a, b)
        return obj


class Many:
    def __init__(self, *parts):
        self.parts = parts


seen = 0
for i in range(300):
    c = Counter([i % 3, i % 5])
    w = Words("ab" if i % 2 else "abb")
    seen += c[0] + w["b"] + Pair(i, 1).ab[1] + len(Many(1, 2, i).parts)
    if i == 250:
        Many0 = Many
        Many = lambda *p: Many0(*p, 0)              # no longer a class
print(seen)
try:
    for i in range(30):
        k = Pair if i < 25 else Many
        k(1, 2) if i < 25 else Pair(1)
except TypeError as e:
    print(i, e)
