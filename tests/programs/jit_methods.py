# jit: method calls on instances inlined into traces. The receiver's class
# and layout are checked at each call; these loops redefine the method
# mid-loop (monkey-patching the class), shadow it on one instance, mix in a
# subclass that overrides it, and raise inside the method at iteration N.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def norm2(self):
        return self.dot(self)


def total_norm(vs):
    t = 0.0
    for v in vs:
        t += v.norm2()
    return t


vs = [Vec(k * 0.5, 1.0 - k) for k in range(400)]
print(total_norm(vs))


class Vec3(Vec):
    def norm2(self):
        return self.dot(self) + 1.0


print(total_norm(vs[:200] + [Vec3(1.0, 2.0)] + vs[200:]))

# One instance shadows the method with an attribute of its own.
odd = Vec(2.0, 3.0)
odd.norm2 = lambda: 1000.0
print(total_norm(vs[:300] + [odd] + vs[300:]))


# The class's method replaced at iteration N.
def patched(vs, n):
    t = 0.0
    k = 0
    for v in vs:
        if k == n:
            Vec.norm2 = lambda self: -1.0
        t += v.norm2()
        k += 1
    return t


original = Vec.norm2
print(patched(vs, 250))
Vec.norm2 = original
print(total_norm(vs))


# A method that raises at iteration N: the traceback runs through it.
class Ratio:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def value(self):
        return self.a / self.b


rs = [Ratio(k, 300 - k) for k in range(400)]


def ratio_sum(rs):
    t = 0.0
    for r in rs:
        t += r.value()
    return t


try:
    ratio_sum(rs)
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ZeroDivisionError", e, lines)


# A method that reads a heap attribute (a list owned by the trace while the
# method runs) and whose guard fails at iteration N: reference counts stay
# exact.
import sys


class Holder:
    def __init__(self, vals):
        self.vals = vals

    def first(self):
        return self.vals[0]


def firsts(hs):
    t = 0.0
    for h in hs:
        t += h.first()
    return t


holders = [Holder([float(k), 1.0]) for k in range(400)]
odd_holder = Holder(["text", 2.0])
probe = holders[0].vals
before = sys.getrefcount(probe)


def firsts_plain(hs):
    t = 0
    last = None
    for h in hs:
        last = h.first()
        t += 1
    return t, last


print(firsts_plain(holders[:250] + [odd_holder] + holders[250:]), firsts(holders))
print(sys.getrefcount(probe) - before, sys.getrefcount(odd_holder.vals) - 1)
