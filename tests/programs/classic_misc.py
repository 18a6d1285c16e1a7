import sys
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Singleton(1); b = Singleton(2)
print(a is b, a.v)
class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if isinstance(k, slice): return ("slice", k.start, k.stop, k.step)
        if isinstance(k, tuple): return ("tuple", k)
        return self.d.get(k, 0)
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
g = Grid()
g[1, 2] = 5; g["a"] = 1
print(g[1:2], g[::3], g[1, 2], g[(1, 2)], (1, 2) in g, g[:, 1] if False else 0)
del g["a"]
print(g.d)
class It:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(It(3)), sum(It(4)), sorted(It(3), reverse=True), dict.fromkeys(It(2)))
print(str(Grid)[:15], repr(int), repr(len), type(None), type(sys), type(1.0), repr(type))
print("a", "b", sep="-", end="!\n")
print(file=sys.stdout)
sys.stdout.write("written\n")
print(*[1, 2, 3], sep=", ")
print("%-*d|%*s" % (5, 42, 4, "x"), "{a}{b}".format_map({"a": 1, "b": 2}))
print(0o17, 0b101, 0xFF, hex(-255), oct(-8), bin(-5), 1_000_000, round(1234, -2), round(1250, -2), round(1350, -2), round(-1.5), round(2.5))
print(int(True), float(False), int(-3.9), int("-0b11", 0), float("inf"), float("-nan"), 10**-2, 2**0.5, (-8) ** (1/3) if False else 0)
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g2():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
    return i
print(g2())
x = [1, 2]; x.append(x); print(x)
d = {}; d["self"] = d; print(d)
l = list(range(10)); del l[::2]; print(l); del l[1]; print(l)
l2 = list(range(10)); l2[::3] = ["a"] * 4; print(l2); l2[1:3] = []; print(l2)
try:
    l2[::2] = [1]
except ValueError as e:
    print(e)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), min([Cmp(4), Cmp(2)]))
print(Cmp(1) > Cmp(0))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(e)
class H:
    def __eq__(self, o): return True
try:
    hash(H())
except TypeError as e:
    print(e)
class H2(H):
    __hash__ = object.__hash__
print(type(hash(H2())).__name__)
print(vars(Cmp(3)), Cmp.__dict__["__lt__"].__name__, Cmp(2).__dict__, Cmp.__module__, Cmp.__name__)
print(isinstance(True, int), type(True) is bool, True + True, True * 3.0, -True, abs(-False))
print([i for i in range(3)] == list(range(3)), (1, 2) == [1, 2], {1: 2} == {1: 2.0}, 1 == 1.0, "1" == 1)
print(max(1, 2.0), max(2.0, 2), min(0, -0.0), sum([1.5, 2]), divmod(-7.0, 2), pow(3, -1, 7), pow(-2, 3), 7 // -2, 7.0 // -2)
