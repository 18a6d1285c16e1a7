# Properties, class/static methods, super() chains, descriptors, slots and dunders.


class Descriptor:
    def __init__(self, name, default=None):
        self.default = default
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name} must be non-negative, got {value!r}")
        setattr(obj, self.private, value)


class Typed:
    def __init__(self, name, kind):
        self.kind = kind
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value


class Base:
    registry = []
    count = 0

    def __init__(self, name):
        self.name = name
        type(self).count += 1

    def describe(self):
        return f"Base({self.name})"

    @classmethod
    def create(cls, *args):
        return cls(*args)

    @staticmethod
    def helper(x):
        return x * 2

    def __repr__(self):
        return f"{self.__class__.__name__}({self.name!r})"


class Left(Base):
    def describe(self):
        return "Left>" + super().describe()


class Right(Base):
    def describe(self):
        return "Right>" + super().describe()


class Diamond(Left, Right):
    size = Descriptor("size", 10)
    label = Typed("label", str)

    def __init__(self, name, size=None):
        super().__init__(name)
        if size is not None:
            self.size = size
        self.label = name.upper()

    def describe(self):
        return "Diamond>" + super().describe()

    @property
    def area(self):
        return self.size ** 2

    @area.setter
    def area(self, value):
        self.size = int(value ** 0.5)

    @area.deleter
    def area(self):
        self.size = 0


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __format__(self, spec):
        if spec.endswith("p"):
            return f"({format(self.x, spec[:-1])}; {format(self.y, spec[:-1])})"
        return str(self)

    def __add__(self, o):
        if isinstance(o, Vector):
            return Vector(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vector(self.x + o, self.y + o)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vector(self.x // k, self.y // k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __invert__(self):
        return Vector(self.y, self.x)

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __le__(self, o):
        return abs(self) <= abs(o)

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __pow__(self, n, mod=None):
        return Vector(self.x ** n, self.y ** n)

    def __mod__(self, n):
        return Vector(self.x % n, self.y % n)

    def __lshift__(self, n):
        return Vector(self.x << n, self.y << n)

    def __and__(self, o):
        return Vector(self.x & o.x, self.y & o.y)

    def __or__(self, o):
        return Vector(self.x | o.x, self.y | o.y)

    def __xor__(self, o):
        return Vector(self.x ^ o.x, self.y ^ o.y)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __repr__(self):
        return "Money(%d.%02d)" % divmod(self.cents, 100)

    __hash__ = None


class Lazy:
    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        self.calls.append(name)
        return lambda *a: f"{name}{a}"

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)

    def __call__(self, *args, **kwargs):
        return sorted(kwargs.items()), args

    def __contains__(self, item):
        return item in self.calls


class Seq:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


if __name__ == "__main__":
    d = Diamond("gem", 3)
    print(d, d.describe(), d.size, d.area, d.label)
    d.area = 50
    print(d.size, d.area)
    del d.area
    print(d.size, Diamond.size.name, Diamond.size.default, type(Diamond.__dict__["area"]).__name__)
    print([c.__name__ for c in Diamond.__mro__])
    print(Base.registry, Diamond.count, Base.count, Left.count)
    e = Diamond.create("x")
    print(e.size, e.helper(21), Diamond.helper(4), Diamond.count)
    try:
        d.size = -1
    except ValueError as ex:
        print("ValueError:", ex)
    try:
        d.label = 5
    except TypeError as ex:
        print("TypeError:", ex)
    try:
        d.area2
    except AttributeError as ex:
        print("AttributeError:", ex)
    print(sorted(vars(d).items()))

    a, b = Vector(3, 4), Vector(1, 2)
    print(a + b, a - b, a * 2, 2 * a, a * b, a / 2, a // 2, -a, +a, abs(a), ~a)
    print(a + 1, 1 + a, a @ b, a ** 2, a % 3, a << 2, a & b, a | b, a ^ b)
    print(repr(a), str(a), f"{a}", f"{a:.2fp}", "{:>5p}".format(b), [a, b], (a,), {"k": a})
    print(a == Vector(3, 4), a != b, a < b, a <= b, a > b, a >= b, bool(Vector()), len(a), list(a), a[1], tuple(b))
    x, y = a
    print(x, y, sorted([a, b, Vector(0, 1)]), max([a, b]), min(b, a), sum([a, b], Vector()))
    c = a
    c += b
    print(a, c, a is c, {a, Vector(4, 6), b} == {b, a}, hash(a) == hash(Vector(4, 6)))
    try:
        a.z = 1
    except AttributeError as ex:
        print("AttributeError:", ex)
    try:
        a + "s"
    except TypeError as ex:
        print("TypeError:", ex)
    try:
        "s" - a
    except TypeError as ex:
        print("TypeError:", ex)

    m1, m2 = Money(150), Money(99)
    print(m1 == m2, m1 != m2, m1 > m2, m1 < m2, sorted([m1, m2, Money(5)]), m1 == 150, m1 != "x")
    try:
        hash(m1)
    except TypeError as ex:
        print("TypeError:", ex)
    try:
        m1 <= m2
    except TypeError as ex:
        print("TypeError:", ex)
    try:
        m1 < 3
    except TypeError as ex:
        print("TypeError:", ex)

    lz = Lazy()
    print(lz.foo(1, 2), lz.bar(), "foo" in lz, "baz" in lz, lz(3, b=2, a=1))
    lz.real = 5
    print(lz.real, lz.calls, hasattr(lz, "_private"), getattr(lz, "_x", "dflt"))
    s = Seq(5)
    print(list(s), 9 in s, 10 in s, [v for v in s if v % 2], list(reversed([1, 2, 3])))
    it = iter(s)
    print(next(it), next(it), list(it))
    print(isinstance(d, Left), isinstance(d, (int, Right)), issubclass(Diamond, Base), issubclass(bool, int))
    print(callable(lz), callable(s), callable(Vector), type(d).__name__, type(type(d)).__name__, Diamond.__name__, Diamond.__qualname__)
    print(getattr(Diamond, "describe")(d), Diamond.describe.__name__, Diamond.create.__self__.__name__)
