# Operator overloading: a small vector / fraction / matrix library.
import math


class Vector:
    def __init__(self, *components):
        self.c = list(components)

    def __repr__(self):
        return "Vector(" + ", ".join(repr(x) for x in self.c) + ")"

    def __str__(self):
        return "<" + ", ".join(str(x) for x in self.c) + ">"

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(*[a + b for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return Vector(*[a + other for a in self.c])
        return NotImplemented

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return Vector(*[a - b for a, b in zip(self.c, other.c)])

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vector(*[a * k for a in self.c])

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(*[a / k for a in self.c])

    def __neg__(self):
        return Vector(*[-a for a in self.c])

    def __abs__(self):
        return math.sqrt(self * self)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __hash__(self):
        return hash(tuple(self.c))

    def __bool__(self):
        return any(self.c)


u = Vector(1, 2, 3)
v = Vector(4, 5, 6)
print(u + v, u - v, u * 2, 3 * u, u * v, u / 2, -u, abs(Vector(3, 4)))
print(repr(u + 0.5), 10 + u, sum([u, v, Vector(1, 1, 1)]), sum([u, v], Vector(0, 0, 0)))
print(u == Vector(1, 2, 3), u != v, u == [1, 2, 3], len(u), u[0], u[-1], list(u), bool(Vector(0, 0)), bool(u))
print({u: "u", Vector(1, 2, 3): "same"}, len({u, Vector(1, 2, 3), v}))
w = u
w += v
print(w, u, w is u)
try:
    u + "text"
except TypeError as e:
    print("TypeError:", e)
try:
    "text" + u
except TypeError as e:
    print("TypeError:", e)


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(%d, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Fraction) else Fraction(x)

    def __add__(self, other):
        other = Fraction._coerce(other)
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        other = Fraction._coerce(other)
        return Fraction(self.num * other.den - other.num * self.den, self.den * other.den)

    def __rsub__(self, other):
        return Fraction._coerce(other) - self

    def __mul__(self, other):
        other = Fraction._coerce(other)
        return Fraction(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Fraction._coerce(other)
        return Fraction(self.num * other.den, self.den * other.num)

    def __rtruediv__(self, other):
        return Fraction._coerce(other) / self

    def __floordiv__(self, other):
        other = Fraction._coerce(other)
        return (self.num * other.den) // (self.den * other.num)

    def __mod__(self, other):
        other = Fraction._coerce(other)
        return self - other * (self // other)

    def __pow__(self, n):
        if n >= 0:
            return Fraction(self.num ** n, self.den ** n)
        return Fraction(self.den ** -n, self.num ** -n)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __pos__(self):
        return self

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __eq__(self, other):
        other = Fraction._coerce(other)
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = Fraction._coerce(other)
        return self.num * other.den < other.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)


half = Fraction(1, 2)
third = Fraction(1, 3)
print(half + third, half - third, half * third, half / third, half ** 3, third ** -2, -half, +half, abs(-half))
print(1 + half, 1 - half, 2 * third, 1 / third, half + 1, half // third, Fraction(7, 2) % 1, repr(Fraction(6, -4)))
print(half == Fraction(2, 4), half < third, third < half, half <= half, half > third, third >= half, half != third)
print(float(third), int(Fraction(7, 2)), str(Fraction(4, 2)), sorted([half, third, Fraction(3, 4), Fraction(-1, 5)]))
print(max(half, third), min([half, third, Fraction(1, 10)]), sum([Fraction(1, n) for n in range(1, 7)], Fraction(0)))
harmonic = Fraction(0)
for n in range(1, 21):
    harmonic = harmonic + Fraction(1, n)
print("H(20) =", harmonic, float(harmonic))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __mul__(self, other):
        return self @ other

    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        base = self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result

    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)


fibm = Matrix([[1, 1], [1, 0]])
print(fibm ** 10, (fibm ** 90).rows[0][1], fibm @ fibm)


class Comparable:
    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        print(f"  lt({self.key}, {other.key})")
        return self.key < other.key

    def __gt__(self, other):
        print(f"  gt({self.key}, {other.key})")
        return self.key > other.key

    def __eq__(self, other):
        print(f"  eq({self.key}, {other.key})")
        return self.key == other.key


p, q = Comparable(1), Comparable(2)
print(p < q, p > q, q < p, p == q, p != q)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True, 0 <= 5 < 10 != 11)
