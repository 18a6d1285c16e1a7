# Every specialization family driven through its guard failure mid-loop:
# the adaptive tier must give the same answers as the base tier (and CPython).
import math


def arith():
    vals = [1, 2, 3] * 40 + [1.5, 2.5] * 40 + [2**62, 2**63, -2**63] * 20 + ["x"] * 5
    acc = []
    for i, v in enumerate(vals):
        try:
            acc.append(v + v)
            acc.append(v * 3)
            acc.append(v - 1)
        except TypeError as e:
            acc.append(str(e))
    print(len(acc), acc[-12:], acc[100:110])
    # i64 overflow into big ints and back
    x = 1
    for i in range(200):
        x = x * 3 if i < 100 else x // 3
    print(x)
    big = 2**63 - 5
    seq = []
    for i in range(10):
        big = big + 1
        seq.append(big)
    print(seq[-3:], seq[-1] - 2**63)
    # floor division, modulo signs, zero divisors
    out = []
    for d in [3, -3, 7, 0, 2.5, -2.5, 0.0] * 20:
        try:
            out.append((17 // d, -17 % d, 17 / d))
        except ZeroDivisionError as e:
            out.append(str(e))
    print(out[:7], len(out))
    # shifts and bit ops overflow
    r = []
    for s in list(range(0, 70, 3)) * 5:
        r.append((1 << s) | 5)
        r.append(-(1 << s) >> 3)
    print(r[-4:])
    # float power to complex-free and overflow paths
    p = []
    for b in [2.0, 0.5, -2.0, 10.0] * 30:
        try:
            p.append(b ** 1.5 if b > 0 else b ** 2)
        except OverflowError as e:
            p.append(str(e))
    print(p[:4], len(p))
    try:
        print(10.0 ** 400)
    except OverflowError as e:
        print("OverflowError", e)


def compares():
    items = list(range(50)) + [x / 3 for x in range(50)] + ["a", "b", "c"] * 10 + [2**70, -2**70]
    lt = 0
    for a in items:
        try:
            if a < 10:
                lt += 1
        except TypeError:
            lt -= 1000
    print(lt)
    s = 0
    for a, b in zip(["abc", "abd", "b", "B"] * 30, ["abd", "abc", "a", "b"] * 30):
        s += (a < b) + 2 * (a == b) + 4 * (a >= b)
    print(s)


def subscripts():
    cs = [[1, 2, 3]] * 60 + [(4, 5, 6)] * 60 + [{0: "a", 1: "b", -1: "z"}] * 60 + ["xyz"] * 60
    out = []
    for c in cs:
        out.append(c[0])
        out.append(c[-1])
        try:
            out.append(c[5])
        except (IndexError, KeyError) as e:
            out.append(type(e).__name__)
    print(len(out), out[::37])
    lst = [0] * 10
    d = {}
    for i in range(300):
        target = lst if i % 100 < 60 else d
        target[i % 10] = i
        try:
            lst[i - 150] = -i
        except IndexError:
            pass
    print(lst, d)


def iteration():
    def gen(n):
        for i in range(n):
            yield i * i

    total = 0
    for src in [range(50), list(range(50)), (1, 2, 3), gen(20), "abc", {1: 2}] * 10:
        for x in src:
            total += x % 7 if isinstance(x, int) else len(x)
    print(total)
    pairs = [(1, 2)] * 50 + [[3, 4]] * 50 + [(5, 6, 7)] * 3
    acc = 0
    for p in pairs:
        try:
            a, b = p
            acc += a * b
        except ValueError as e:
            acc += 1000
            last = str(e)
    print(acc, last)


counter = 0


def bump():
    return 1


def globals_and_builtins():
    global counter, bump
    total = 0
    for i in range(300):
        total += bump() + len("ab")
        if i == 100:
            def bump():
                return 10
        if i == 150:
            import builtins
            saved = builtins.len
            builtins.len = lambda s: 100
        if i == 200:
            import builtins
            del builtins.len
            builtins.len = saved
        if i == 250:
            globals()["len"] = lambda s: -5
    del globals()["len"]
    print(total, len("abc"))
    # module attribute rebound mid-loop
    real = math.sqrt
    r = 0.0
    for i in range(200):
        r += math.sqrt(4.0)
        if i == 120:
            math.sqrt = lambda x: 0.0
    math.sqrt = real
    print(r, math.sqrt(16.0))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


class Point3(Point):
    def norm(self):
        return -1


def attributes():
    pts = [Point(i, i + 1) for i in range(200)]
    total = 0
    for i, p in enumerate(pts):
        total += p.norm() + p.x
        if i == 50:
            Point.norm = lambda self: 7               # monkey-patched on the class
        if i == 80:
            p2 = pts[81]
            p2.norm = lambda: 1000                    # shadowed on one instance
        if i == 100:
            del pts[102].x                            # deleted ...
        if i == 101:
            pts[102].x = 5                            # ... and re-added
        if i == 120:
            pts[121].z = 3                            # layout change
        if i == 140:
            Point.x = property(lambda self: 42)       # data descriptor now wins
    print(total)
    del Point.x
    objs = [Point(1, 2)] * 50 + [Point3(1, 2)] * 50
    print(sum(o.norm() for o in objs))
    # __init__ replaced mid-loop; __dict__ materialized mid-loop
    made = []
    for i in range(150):
        q = Point(i, i)
        if i == 70:
            def init(self, x, y):
                self.x = -x
                self.y = y
            Point.__init__ = init
        if i == 90:
            q.__dict__["y"] = 99
        made.append(q.x + q.y)
    print(made[60:100:5])


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a
        self.b = a * 2


def slots():
    s = 0
    for i in range(200):
        o = Slotted(i)
        s += o.a + o.b
        if i == 100:
            try:
                o.c = 1
            except AttributeError as e:
                print(e)
    print(s)


def calls():
    def f(a, b):
        return a - b

    def g(a, b=10):
        return a * b

    out = 0
    fn = f
    for i in range(300):
        out += fn(i, 1)
        if i == 100:
            fn = g
        if i == 200:
            fn = max
    print(out)
    def h(a, b=2, c=3):
        return a * b + c

    s = 0
    for i in range(200):
        s += h(i) + h(i, 1) + h(i, 1, 1)               # defaults fill the missing parameters
        if i == 100:
            h.__defaults__ = (5, 7)                     # ... until they change
        if i == 150:
            h = lambda a, b=1, *rest: a + b + len(rest)  # varargs now
    print(s)
    L = []
    app = L.append
    for i in range(200):
        L.append(i)
        if i == 150:
            L = []
    print(len(L), sum(L))


def builtin_methods_and_classes():
    class Fake:
        def append(self, x):
            self.got = x

        def upper(self):
            return "fake"

    lst, fake = [], Fake()
    out = []
    for i in range(200):
        target = lst if i < 100 or i > 150 else fake      # list.append, then a Python method
        target.append(i)
        s = "abc" if i % 50 else Fake()                  # str.upper, now and then not a str
        out.append(s.upper())
        t = (1, 2) if i % 70 else [3, 2, 1]              # tuple.index vs list.index
        out.append(t.index(2))
    print(len(lst), fake.got, out[:6], out.count("fake"))
    conv = int
    tot = 0
    for i in range(200):
        tot += conv(i * 1.5)                              # builtin class, then another, then a lambda
        if i == 120:
            conv = float
        if i == 160:
            conv = lambda v: 7
    print(tot)
    class MyRange:
        def __init__(self, n):
            self.n = n

        def __len__(self):
            return 100

    r = 0
    rng = range
    for i in range(150):
        r += len(rng(i % 7))
        if i == 100:
            rng = MyRange                                  # a user class at the same call site
    print(r)


def dict_keys():
    class K:
        def __init__(self, v):
            self.v = v

        def __hash__(self):
            return self.v % 3

        def __eq__(self, o):
            if self.v == 13:
                raise ValueError("eq13")
            return isinstance(o, K) and o.v == self.v

    d = {K(i): i for i in range(10)}
    tot = 0
    for i in range(40):
        k = K(i) if i != 25 else [1]
        try:
            tot += d[k]                                   # user __hash__/__eq__ in the hot path
            d[k] = tot
        except KeyError:
            tot += 1000
            try:
                d[k] = i                                  # a stored K(13) makes later probes raise
            except ValueError as e:
                print("store", e)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    print(tot, len(d))


class Config:
    SCALE = 2
    NAMES = ("a", "b")

    def __init__(self):
        self.k = 1


class SubConfig(Config):
    pass


class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32


def properties():
    ts = [Temp(i) for i in range(10)]
    tot = 0.0
    for i in range(300):
        t = ts[i % 10]
        try:
            tot += t.f
        except ZeroDivisionError as e:
            tot += 1000
        if i == 100:
            Temp.f = property(lambda self: self.c / (self.c - 3))   # a new getter, raising for c == 3
        if i == 200:
            del Temp.f
            Temp.f = 7                                               # a plain class attribute now
    print(tot)


def class_attributes():
    objs = [Config() for _ in range(5)] + [SubConfig() for _ in range(5)]
    tot = 0
    for i in range(300):
        o = objs[i % 10]
        try:
            tot += o.SCALE * len(o.NAMES) + Config.SCALE + SubConfig.SCALE
        except AttributeError as e:
            tot += 100000
            print(e)
        if i == 100:
            Config.SCALE = 3                      # rebound on the class
        if i == 140:
            objs[3].SCALE = 50                    # shadowed on one instance
        if i == 180:
            SubConfig.SCALE = 7                   # overridden in the subclass
        if i == 220:
            del Config.SCALE                      # gone from the base
        if i == 230:
            del SubConfig.SCALE
        if i == 260:
            Config.SCALE = 1.5                    # back, as a float
    print(tot)


arith()
compares()
subscripts()
iteration()
globals_and_builtins()
attributes()
slots()
calls()
builtin_methods_and_classes()
dict_keys()
class_attributes()
properties()
