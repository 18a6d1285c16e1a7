# Subclasses of the builtin types.
class MyInt(int):
    def double(self):
        return self * 2

class Meters(int):
    def __new__(cls, value, unit="m"):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"Meters({int(self)}{self.unit})"
    def __add__(self, other):
        return Meters(int(self) + int(other), self.unit)
    __radd__ = __add__

a = MyInt(7)
print(a, repr(a), type(a).__name__, a.double(), type(a.double()).__name__, isinstance(a, int), isinstance(a, MyInt))
print(a + 1, 1 + a, a * a, a - 3, a // 2, a % 4, a ** 2, -a, +a, ~a, abs(MyInt(-3)), a << 2, a >> 1, a & 3, a | 8, a ^ 1, a / 2)
print(type(a + 1).__name__, type(-a).__name__, a == 7, a != 7, a < 8, a >= 7, hash(a) == hash(7), {a: 'x'}[7], {7: 'y'}[a])
print(int(a), type(int(a)).__name__, float(a), str(a), f"{a:04d}", "%d|%x" % (a, a), format(a, 'b'), a.bit_length(), a.real, a.imag)
print(list(range(a)), [0, 1, 2, 3, 4, 5, 6, 7, 8][a], "abcdefgh"[a], divmod(a, 3), pow(a, 2), round(a), bool(MyInt(0)), bool(a))
print(sorted([MyInt(3), 1, MyInt(2)]), max(MyInt(3), 5), min([MyInt(9), MyInt(4)]), sum([MyInt(1), MyInt(2)]))
a.label = "seven"
print(a.label, vars(a))
m = Meters(5)
print(m, m + 3, 3 + m, m + m, type(m + 3).__name__, m.unit, Meters(2, "km"))
print(int.__add__(a, 1), MyInt.__add__(a, 1), a.__add__(1), (7).__eq__(a))

class MyFloat(float):
    def half(self):
        return self / 2

f = MyFloat(2.5)
print(f, repr(f), f.half(), f + 1, 1 + f, f * 2, f ** 2, -f, abs(MyFloat(-1.5)), f // 1, f % 1, type(f + 1).__name__)
print(f == 2.5, f < 3, hash(f) == hash(2.5), int(f), float(f), type(float(f)).__name__, f"{f:.3f}", round(f), round(f, 1), f.is_integer())
import math
print(math.floor(f), math.sqrt(MyFloat(16.0)), f.as_integer_ratio(), f.hex(), MyFloat("1.25"), MyFloat(3))

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ada")
print(n, repr(n), n.shout(), n.title(), type(n.upper()).__name__, len(n), n[0], n[1:], n + "x", "x" + n, n * 2, 2 * n)
print(n == "ada", "ada" == n, n in "adam", "d" in n, hash(n) == hash("ada"), {n: 1}["ada"], {"ada": 2}[n], n < "b")
print("-".join([n, Name("bo")]), f"{n:>5}|", "%s and %r" % (n, n), n.split("d"), list(n), sorted([Name("b"), "a"]), str(n), type(str(n)).__name__)
print(n.startswith("a"), "ada".startswith(n), n.replace("a", "o"), n.encode(), n.count("a"), n.find("d"), n.format(), "{}".format(n))
print(int(Name("42")), float(Name("1.5")), Name(12), Name(), isinstance(n, str))

class Blob(bytes):
    pass
b = Blob(b"hi")
print(b, repr(b), len(b), b[0], b[:1], b + b"!", b.upper(), b.decode(), b == b"hi", type(b.upper()).__name__, list(b), Blob([65, 66]))

class Tags(set):
    def add_all(self, *items):
        for it in items:
            self.add(it)
        return self

t = Tags([3, 1])
t.add_all(2, 3)
print(sorted(t), len(t), 2 in t, 9 in t, repr(Tags()), type(t | {5}).__name__, sorted(t | {5}), sorted(t & {1, 2}), sorted(t - {1}))
t.discard(1)
t.update([10])
print(sorted(t), isinstance(t, set), t == {2, 3, 10}, sorted(Tags("ab")), Tags([1]) <= {1, 2}, repr(Tags([1])))
t.attr = 1
print(t.attr)

class Frozen(frozenset):
    pass
fz = Frozen([1, 2, 2])
print(sorted(fz), len(fz), repr(Frozen([5])), repr(Frozen()), hash(fz) == hash(frozenset([1, 2])), {fz: 'k'}[frozenset({1, 2})], type(fz | {3}).__name__)

class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))
p = Pair((1, 2))
print(p, p.swap(), p + (3,), len(p), p[0], hash(p) == hash((1, 2)), p == (1, 2))

class Stack(list):
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.append(3)
print(s, s.peek(), len(s), s + [4], type(s + [4]).__name__, s * 2)

class Counts(dict):
    def __missing__(self, key):
        return 0
c = Counts(a=1)
print(c["a"], c["zzz"], len(c), c, type(c).__name__)

# Overridden dunders are honoured, including __eq__ and __hash__.
class Loose(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), str(other).lower())
    def __hash__(self):
        return hash(self.lower())
    def __str__(self):
        return "<" + self + ">"
lo = Loose("HeLLo")
print(lo == "hello", "hello" == lo, lo != "x", {lo: 1}.get(Loose("HELLO")), str(lo), repr(lo), f"{lo}")

# bool cannot be subclassed.
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError", e)
