# namedtuple instances are real tuples; subclasses of tuple in general.
from collections import namedtuple
P = namedtuple('P', 'x y')
p = P(1, 2)
print(p, repr(p), str(p), isinstance(p, tuple), type(p).__name__)
print(p[0], p[1], p[-1], p[:1], p[::-1], len(p), list(p), tuple(p))
a, b = p
print(a, b, p.x, p.y)
print(p == (1, 2), (1, 2) == p, p != (1, 2), p < (1, 3), (0, 5) < p, p <= p, p > (1,), p >= (1, 2))
print(hash(p) == hash((1, 2)), p + (3,), (0,) + p, p * 2, 2 * p, p.count(1), p.index(2), 2 in p, 5 in p)
d = {p: 'a'}
print(d[(1, 2)], d[P(1, 2)])
print(sorted([P(3, 1), P(1, 5), P(2, 0)]), max(P(3, 1), P(1, 5)), min([P(3, 1), P(1, 5)]))
print(list(zip(p, P(3, 4))))
print("%s-%s" % p, "%d/%d" % P(7, 8))
print(p._asdict(), p._replace(y=9), P._make([5, 6]), P._fields, P._field_defaults)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[10, 20])
print(Q(1), Q(1, 2), Q(1, 2, 3), Q._field_defaults)
R = namedtuple('R', 'a def a _x', rename=True)
print(R._fields, R(1, 2, 3, 4))
print(bool(P(0, 0)), bool(namedtuple('E', '')()))
for x in p:
    print(x)
print(reversed(p) is not None, list(reversed(p)))
print(sum(P(1, 2)), set(P(1, 1)))
print([q.x for q in sorted([P(2, 1), P(1, 2)], key=lambda q: q.y)])
class T(tuple):
    pass
t = T([1, 2, 3])
print(t, type(t).__name__, len(t), t[1], t + (4,), isinstance(t, tuple), t == (1, 2, 3), T(), hash(t) == hash((1, 2, 3)))
class V(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    @property
    def norm(self):
        return abs(self[0]) + abs(self[1])
    def __add__(self, o):
        return V(self[0] + o[0], self[1] + o[1])
v = V(1, -2)
print(v, v.norm, v + V(3, 4), type(v + V(3, 4)).__name__, tuple(v), v * 2)
t.attr = 5
print(t.attr)
def setx():
    p.x = 3
def setz():
    p.z = 1
def delx():
    del p.x
cases = [setx, setz, delx, lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, y=2, x=3), lambda: P._make([1]),
         lambda: p._replace(z=1), lambda: tuple.__new__(int), lambda: p * "a", lambda: p + [1], lambda: p < [1],
         lambda: p.count(), lambda: p[5], lambda: p.index(7), lambda: T(1), lambda: namedtuple("X", "a a"),
         lambda: namedtuple("X", "_a"), lambda: namedtuple("X", "def"), lambda: namedtuple("X", "1a"),
         lambda: hash(T([[1]])), lambda: {} + p, lambda: p - p, lambda: [1] + p, lambda: p % 3,
         lambda: namedtuple("X", "a b", defaults=[1, 2, 3])]
for f in cases:
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
print({P(1, 2), (1, 2), T((1, 2))}, (1, 2) in {p}, p in {(1, 2): 0})
import copy
P = namedtuple('P', ['x', 'y'])
p = P(3, 4)
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy([p, p]))
print(P.__new__(P, 1, 2), isinstance(p, P), p.__class__.__name__, [c.__name__ for c in P.__mro__])
for x, y in [P(1, 2), (3, 4)]:
    print(x + y)
a, *b = p
print(a, b, f"{p}", "{0.x}+{0.y}".format(p), "%r" % (p,), sorted(p, reverse=True))
print(max([P(1, 9), P(2, 0)], key=lambda q: q.y), list(enumerate(p)), dict(zip(P._fields, p)))
print(p[0:2], type(p[0:2]).__name__, p[1:], type(p + p).__name__, type(p * 1).__name__)
tot = 0
for i in range(2000):
    q = P(i, i + 1)
    tot += q.x * q[1] + len(q)
    u, v = q
    tot -= u
print(tot)
print(str(p), p.__repr__(), P.__doc__)
print(p == P(3, 4), p is not P(3, 4), P(3, 4) in [p], [p].index((3, 4)), (3, 4) in [p])
s = {(3, 4)}
s.add(p)
print(len(s), s)
class Pt(P):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Pt(1, 2).norm(), Pt(1, 2), isinstance(Pt(1, 2), tuple))

# Uncaught: a missing field.
P(1)
