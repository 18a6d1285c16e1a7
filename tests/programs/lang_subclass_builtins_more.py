import copy

class Namespace:
    """A mapping that is not a dict: the class body writes through it."""
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, key):
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append(key)
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append("del " + key)
        del self.data[key]

class NSMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Namespace()
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns.data))
        cls.log = ns.log
        return cls

class Body(metaclass=NSMeta):
    a = 1
    b = a + 1
    tmp = 5
    del tmp
    def f(self):
        return self.b
    try:
        missing_name
    except NameError as e:
        err = str(e)
print(Body.log, Body().f(), Body.err, hasattr(Body, 'tmp'))

class Sized(type):
    def __dir__(cls):
        return ["zeta", "alpha"]
    def __len__(cls):
        return 3
class S(metaclass=Sized):
    pass
print(dir(S), len(S), callable(S), bool(S), type(S).__name__, S.__class__.__name__, isinstance(S, Sized))

class D:
    def __dir__(self):
        return ["b", "a"]
print(dir(D()))

class Key(str):
    pass
class Obj:
    pass
o = Obj()
setattr(o, Key("attr"), 5)
print(getattr(o, Key("attr")), hasattr(o, Key("attr")), int(Key("ff"), 16), dict(**{Key("k"): 1}))

class Money(float):
    def __new__(cls, amount, currency="EUR"):
        self = super().__new__(cls, amount)
        self.currency = currency
        return self
    def __init__(self, amount, currency="EUR"):
        self.note = "init ran"
    def __repr__(self):
        return f"{float(self):.2f} {self.currency}"

m = Money(3.5, "USD")
print(m, m.note, m * 2, round(m), copy.copy(m), copy.deepcopy([m]), float(m) == 3.5)

class Level(int):
    pass
class SubLevel(Level):
    def __str__(self):
        return "L" + int.__repr__(self)
x = SubLevel(4)
print(x, repr(x), f"{x}", "%s" % x, str(x), isinstance(x, Level), SubLevel.__mro__, x + x, [x] * 2, x.__class__.__name__)
print(copy.copy(Level(9)), type(copy.copy(Level(9))).__name__)

try:
    class Slotted(int):
        __slots__ = ("a",)
    print("slots ok")
except TypeError as e:
    print("TypeError", e)

class Text(str):
    def __new__(cls, value, lang="en"):
        obj = super().__new__(cls, value)
        obj.lang = lang
        return obj
t = Text("bonjour", "fr")
print(t, t.lang, t.capitalize(), Text("x") == "x", sorted([Text("b"), Text("a")]), type(t[0:2]).__name__, t.join(["a", "b"]))

class Counter2(dict):
    def __init__(self, *args):
        super().__init__()
        for a in args:
            self[a] = self.get(a, 0) + 1
print(Counter2("a", "b", "a"), isinstance(Counter2(), dict))

class Vec(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)
    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self, other)))
    def __repr__(self):
        return "Vec" + tuple.__repr__(self)
v = Vec(1, 2) + Vec(3, 4)
print(v, type(v).__name__, v[0], len(v), list(v), v == (4, 6), hash(v) == hash((4, 6)))
try:
    match v:
        case Vec(a, b):
            pass
except TypeError as e:
    print("TypeError", e)
match v:
    case Vec(w) if w is v:
        print("a tuple subclass matches itself", w)
match v:
    case (a, b):
        print("as sequence", a, b)

# Types CPython refuses as bases.

for base in (bool, range, slice, type(None), type(len), type(iter([])), memoryview):
    try:
        class X(base): pass
        print(base.__name__, "ok")
    except TypeError as e:
        print(e)
