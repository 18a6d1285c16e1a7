import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, b, c)
print(b[1] is a[1], c[1] is a[1])

d = {"x": [1], "y": (1, [2])}
dd = copy.deepcopy(d)
d["y"][1].append(3)
print(d, dd)

t = (1, 2, "s")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
print(copy.deepcopy(5), copy.copy("abc"), copy.deepcopy(None))
s = {1, 2, 3}
s2 = copy.copy(s)
s2.add(4)
print(sorted(s), sorted(s2))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"

p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("a")
print(p, q, r, q.tags is p.tags, r.tags is p.tags, type(r).__name__)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(self.v * 10)

print(copy.copy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)

shared = [1, 2]
outer = [shared, shared]
oc = copy.deepcopy(outer)
print(oc, oc[0] is oc[1], oc[0] is shared)

cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)

class Node:
    def __init__(self, val):
        self.val = val
        self.next = None

n1 = Node(1); n2 = Node(2); n1.next = n2; n2.next = n1
m1 = copy.deepcopy(n1)
print(m1.val, m1.next.val, m1.next.next is m1, m1 is not n1)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = 2

sl = Slotted()
sc = copy.deepcopy(sl)
sl.a.append(5)
print(sc.a, sc.b, sl.a)

class MyList(list):
    pass

ml = MyList([1, [2]])
ml.extra = "e"
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.extra, mc[1] is ml[1])
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo)

class WithState:
    def __init__(self):
        self.a = 1
        self.cache = "big"
    def __getstate__(self):
        st = dict(self.__dict__)
        del st["cache"]
        return st
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = None

w = copy.deepcopy(WithState())
print(w.a, w.cache)
print(copy.copy(len) is len, copy.deepcopy(Point) is Point)

from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
from array import array
P = namedtuple("P", "x y")
objs = [deque([1, [2]]), OrderedDict(a=[1]), defaultdict(list, {"k": [1]}), Counter("aab"), P(1, [2]), array('i', [1, 2]),
        {(1, 2): [3]}, frozenset([1, 2]), range(3), [1.5, None, True], ValueError("x")]
for o in objs:
    c = copy.copy(o)
    d = copy.deepcopy(o)
    print(type(c).__name__, type(d).__name__, repr(c), repr(d), c == o, d == o)
dd = copy.deepcopy(defaultdict(list))
dd["z"].append(1)
print(dict(dd))
dq = deque([[1], [2]], maxlen=3)
dq2 = copy.deepcopy(dq)
dq[0].append(9)
print(dq, dq2, dq2.maxlen)

class Reduced:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __reduce__(self):
        return (Reduced, (self.a, self.b))

r = copy.deepcopy(Reduced([1], "s"))
print(type(r).__name__, r.a, r.b, copy.copy(r).a is r.a)
