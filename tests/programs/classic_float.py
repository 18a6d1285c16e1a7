from math import sin, cos, sqrt
import math

POINTS = 20000


class Point(object):
    __slots__ = ('x', 'y', 'z')

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    next = points[0]
    for p in points[1:]:
        next = next.maximize(p)
    return next


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


print(benchmark(POINTS))
p = Point(3)
print(p)
print(repr(p.x), str(p.y), p.z)
try:
    p.w = 4
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, '__dict__'), Point.__slots__)

vals = [0.1, 0.5, 1.5, 2.5, -0.5, 1e16, 1.23456789e-7, 123456789.123, 1/3, 2/3, 100.0, 1e22, 1e-5, 0.0001, -0.0, float('inf'), float('nan')]
for v in vals:
    print(repr(v), str(v), "%g" % v, "%.3f" % v, "%e" % v, "%10.4g|" % v, f"{v:.2e}", f"{v:+.1f}", f"{v:>12.5}", f"{v:%}" if v == v and abs(v) < 1e10 else "-")
for v in [0, 1, -7, 255, 123456789, 2**64]:
    print(f"{v:d} {v:x} {v:X} {v:o} {v:b}"[:80], f"{v:,}", f"{v:_}", f"{v:08d}", f"{v:+}", "%5d|%-5d|%05d" % (v, v, v), f"{v:#x}", f"{v:e}", f"{v:.2f}")
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(12345, -2), round(1.25, 1), round(-0.0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), int(-2.7), math.fsum([0.1] * 10), sum([0.1] * 10))
print(divmod(7.5, 2), divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, -7.5 % 2, 2 ** -1, 10 ** 20, 10.0 ** 20)
print(math.hypot(3, 4), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.log(100, 10), math.log10(1000), math.log2(8), math.exp(1))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.gcd(12, 18), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(float('1e300') * 1e10, -float('inf'), float('  3.5  '), float('-1_000.5'), int('  42 '), int('ff', 16), int('0x1f', 0), int('1_000'))
print(1e16, 1e15, 123456789012345678.0, 0.000123, 1.0e-4, 5e-324, 1.7976931348623157e308, 2.0**0.5)
print(3.0.is_integer(), (2.5).as_integer_ratio(), float.fromhex('0x1.8p1'), (1.5).hex(), abs(-3.2), pow(2, 10, 1000), pow(2.0, 3))
print(format(1234567.891, ',.2f'), format(0.000012345, '.3g'), format(12345.6789, '.3g'), format(1e100, 'g'), format(42, '^10'), format('ab', '*^7'), format(3.14159, '010.3f'))
print("%s %r %a" % (1.0, 'x\n', 'é'), "%c%c" % (65, 'b'), "%%", "%(a)s-%(b)05.1f" % {'a': 1, 'b': 2.25})
print("%x %X %o %#o %#x %+d % d" % (255, 255, 8, 8, 255, 5, 5), "%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%10s|%-10s|" % ('hi', 'there'))
