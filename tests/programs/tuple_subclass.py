# Subclasses of tuple with their own __new__/__init__/__iter__/__getitem__/__len__, and namedtuple subclasses.
from collections import namedtuple


class Point(namedtuple('Point', 'x y')):
    __slots__ = ()

    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)


for p in Point(3, 4), Point(14, 5 / 7):
    print(p)
print(repr(Point(1, 2)), Point._make([5, 6]), Point(1, 2)._replace(x=9), type(Point(1, 2)._replace(x=9)).__name__)


class Rev(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)

    def __iter__(self):
        return iter(list(super().__iter__())[::-1])

    def __getitem__(self, i):
        return 'item%d' % i

    def __len__(self):
        return 99


r = Rev(1, 2, 3)
a, b, c = r
print(a, b, c, list(r), r[0], len(r), tuple(r), r == (1, 2, 3), 3 in r, repr(r))


class Pair(tuple):
    def __new__(cls, a, b):
        self = tuple.__new__(cls, (a, b))
        self.extra = a + b
        return self

    def __init__(self, a, b):
        self.total = a * b

    def __repr__(self):
        return 'Pair' + tuple.__repr__(self)


q = Pair(2, 5)
print(q, q.extra, q.total, q[0], q + q, q * 2, sorted([Pair(3, 1), Pair(1, 2)]), isinstance(q, Pair))
print(Pair.__mro__[1] is tuple, issubclass(Pair, tuple), tuple(q) is not q, type(tuple(q)).__name__)
Dflt = namedtuple('Dflt', 'a b c', defaults=(None,))
print(Dflt(1, 2), Dflt._field_defaults, Dflt.__doc__, Dflt(1, 2) == (1, 2, None))
try:
    Dflt(1)
except TypeError as e:
    print(e)
print(namedtuple('Named', ['one', 'two'], module='mymod').__module__)
