"""OO code with __slots__, properties, classmethods, staticmethods, ordering dunders."""
import math
import functools
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter


class Shape:
    __slots__ = ("name", "_id")
    _counter = 0

    def __init__(self, name):
        self.name = name
        Shape._counter += 1
        self._id = Shape._counter

    @property
    def area(self):
        raise NotImplementedError("area of %s" % type(self).__name__)

    @classmethod
    def count(cls):
        return cls._counter

    @staticmethod
    def unit():
        return 1.0

    def __lt__(self, other):
        return self.area < other.area

    def __eq__(self, other):
        return type(self) is type(other) and self.area == other.area

    def __hash__(self):
        return hash((type(self).__name__, round(self.area, 6)))

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area:.3f})"


class Circle(Shape):
    __slots__ = ("r",)

    def __init__(self, r, name="circle"):
        super().__init__(name)
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

    @area.setter
    def area(self, value):
        self.r = math.sqrt(value / math.pi)

    @classmethod
    def from_diameter(cls, d):
        return cls(d / 2, name="d%g" % d)


class Rect(Shape):
    __slots__ = ("w", "h")

    def __init__(self, w, h, name="rect"):
        super(Rect, self).__init__(name)
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    def __format__(self, spec):
        if spec == "dims":
            return "%dx%d" % (self.w, self.h)
        return format(str(self), spec)


class Square(Rect):
    __slots__ = ()

    def __init__(self, s):
        super().__init__(s, s, name="square")


shapes = [Circle(1), Rect(2, 3), Square(2), Circle.from_diameter(3), Rect(1, 4), Square(1)]
print(sorted(shapes))
print(sorted(shapes, key=lambda s: (type(s).__name__, -s.area)))
print(max(shapes), min(shapes, key=lambda s: s.name))
print(Shape.count(), Circle.count(), Shape.unit(), Circle.unit())
print(Rect(2, 2) == Square(2), Square(2) == Square(2), len({Square(2), Square(2), Rect(2, 2)}))
c = Circle(1)
c.area = 4 * math.pi
print(round(c.r, 10), "%.4f" % c.area)
print(f"{Rect(3, 4):dims} [{Square(5)!s:>40}]")
try:
    Shape("x").area
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    c.colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Square(1), Rect), issubclass(Square, Shape), Square.__mro__[1].__name__)

Point = namedtuple("Point", "x y")
Point3 = namedtuple("Point3", ["x", "y", "z"], defaults=[0])
p = Point(1, 2)
print(p, p._replace(x=5), p._asdict(), Point._fields, Point3(1, 2))
print(p + (3,), p.x + p[1], Point._make([7, 8]))

groups = defaultdict(list)
for s in shapes:
    groups[type(s).__name__].append(s.name)
print(dict(groups))
od = OrderedDict()
for k in "hello world":
    od[k] = od.get(k, 0) + 1
od.move_to_end("l")
print(list(od.items()))
print(od.popitem(last=False), od.popitem())
cnt = Counter("abracadabra")
print(cnt.most_common(3), cnt["z"], sorted(cnt.elements())[:5])
dq = deque(maxlen=3)
for i in range(6):
    dq.append(i)
dq.appendleft(-1)
dq.rotate(1)
print(dq, list(reversed(dq)), dq.maxlen)


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.2.10", "1.2.9", "1.10", "1.2", "0.9.9"]]
print(sorted(vs), Version("1.2") >= Version("1.1.9"), Version("1.0") <= Version("0.9"))


def cmp(a, b):
    return (a > b) - (a < b)

print(sorted(["banana", "Apple", "cherry", "apple"], key=functools.cmp_to_key(lambda a, b: cmp(a.lower(), b.lower()) or cmp(a, b))))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info().hits)
print(functools.reduce(lambda a, b: a * b, range(1, 20)))
add3 = functools.partial(lambda a, b, c: a + b + c, 1, c=10)
print(add3(5))
