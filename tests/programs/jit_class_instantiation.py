# Instances of plain classes created in hot loops (the jit inlines __init__
# with `self` the new instance), with guards that fail mid-loop: __init__
# redefined, the class rebound, attributes of another type, exceptions
# raised inside __init__, subclass instances at the same site.
import sys


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


class Empty:
    pass


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def plain(n):
    t = 0.0
    for i in range(n):
        p = P(i, i * 0.5)
        t += p.x + p.y + p.total()
    return t


def without_init(n):
    count = 0
    for i in range(n):
        e = Empty()
        e.v = i
        count += e.v
    return count


def slotted(n):
    t = 0
    for i in range(n):
        s = Slotted(i, 2)
        t += s.a * s.b
    return t


def redefined_init(n):
    t = 0
    for i in range(n):
        if i == n // 2:
            def other_init(self, x, y):
                self.x = x * 10
                self.y = -y
            P.__init__ = other_init
        p = P(i, 1)
        t += p.x + p.y
    P.__init__ = original_init
    return t


original_init = P.__init__


class Q:
    def __init__(self, x, y):
        self.x = x + 1000
        self.y = y


def rebound_class(n):
    global P
    saved = P
    t = 0
    for i in range(n):
        if i == n // 3:
            P = Q
        p = P(i, 2)
        t += p.x + p.y
    P = saved
    return t


def attribute_types(n):
    out = []
    for i in range(n):
        if i < n // 2:
            p = P(i, 1)
        elif i < 3 * n // 4:
            p = P(i * 0.25, "s")
        else:
            p = P([i], None)
        out.append(p.x)
    return out[0], out[n // 2], out[-1], len(out)


class Picky:
    def __init__(self, v, limit):
        self.v = v
        if v == limit:
            raise ValueError("bad value %d" % v)
        self.w = v * 2


def caught_in_init(n):
    made = 0
    failed = 0
    for i in range(n):
        try:
            p = Picky(i, n // 2)
            made += p.w
        except ValueError as e:
            failed += 1
            print("caught:", e)
    return made, failed


class Base:
    def __init__(self, k):
        self.k = k
        self.tag = "base"

    def describe(self):
        return self.k


class Derived(Base):
    def describe(self):
        return -self.k


def subclass_at_site(n):
    t = 0
    cls = Base
    for i in range(n):
        if i == n // 2:
            cls = Derived
        obj = cls(i)
        t += obj.describe()
    return t


class Returner:
    def __init__(self, v, bad):
        self.v = v
        if v == bad:
            return v


def init_returning(n):
    t = 0
    for i in range(n):
        try:
            t += Returner(i, n - 3).v
        except TypeError as e:
            print("TypeError:", e)
    return t


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


class Ray:
    def __init__(self, ox, d):
        self.origin = Vec(ox, 0.0, 0.0)
        self.direction = d


def nested(n):
    d = Vec(0.0, 1.0, 0.0)
    t = 0.0
    for i in range(n):
        r = Ray(i * 1.5, d)
        t += r.origin.dot(r.direction) + r.origin.x
    return t


class WithDefaults:
    def __init__(self, a, b=10, c=None):
        self.a = a
        self.b = b
        self.c = c


def defaults(n):
    t = 0
    for i in range(n):
        w = WithDefaults(i)
        t += w.a + w.b
        if i == n // 2:
            WithDefaults.__init__.__defaults__ = (100, None)
    return t


class Shape:
    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size


class Square(Shape):
    def area(self):
        return self.size * self.size


class Triangle(Shape):
    def __init__(self, size):
        self.size = size
        self.half = size // 2

    def area(self):
        return self.half


def polymorphic_sites(n):
    kinds = [Shape, Square]
    t = 0
    for i in range(n):
        cls = kinds[i % 2] if i < n - 10 else Triangle
        s = cls(i)
        t += s.area() + s.size
    return t


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt


anchor = Node(0, None)


def relink(i, limit):
    n = Node(i, anchor)
    m = n
    n = Node(i + 1, m)
    t = n.v + m.v
    n = m
    if i == limit:
        n = Node(-1000, n)
    return t + n.v + (n.next.v if n.next is not None else 0)


def rebinding_locals(n):
    before = sys.getrefcount(anchor)
    t = 0
    for i in range(n):
        t += relink(i, n - 6)
    return t, sys.getrefcount(anchor) - before


shared = object()


class Holder:
    def __init__(self, ref, i):
        self.ref = ref
        self.i = i


def refcounts(n):
    before = sys.getrefcount(shared)
    kept = []
    for i in range(n):
        h = Holder(shared, i)
        if i % 100 == 0:
            kept.append(h)
    during = sys.getrefcount(shared)
    del h
    kept.clear()
    after = sys.getrefcount(shared)
    return during - before, after - before


print(plain(3000))
print(without_init(3000))
print(slotted(3000))
print(redefined_init(3000))
print(rebound_class(3000))
print(attribute_types(3000))
print(caught_in_init(3000))
print(subclass_at_site(3000))
print(init_returning(3000))
print(nested(3000))
print(defaults(3000))
print(refcounts(3000))
print(polymorphic_sites(3000))
print(rebinding_locals(3000))


def uncaught(n):
    t = 0
    for i in range(n):
        t += Picky(i, n - 5).w
    return t


print(uncaught(3000))
