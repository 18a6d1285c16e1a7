# jit: instance attribute loads in traces (LOAD_ATTR_INSTANCE's cache
# guards checked by a helper): instances of another layout, an attribute
# of another type, a class changed mid-loop, a missing attribute at
# iteration N, and reference counts after the loops.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def total(points):
    t = 0.0
    for p in points:
        t += p.x * 2 + p.y
    return t


pts = [Point(float(k), k * 0.5) for k in range(400)]
print(total(pts))

# One instance with an extra attribute (another layout) and one whose x is an int.
odd = Point(1.0, 2.0)
odd.z = 3
pts2 = pts[:200] + [odd, Point(5, 6.0)] + pts[200:]
print(total(pts2))


# The class gains a property for x at iteration N (the class version changes).
def switching(points, n_switch):
    t = 0.0
    k = 0
    for p in points:
        if k == n_switch:
            Point.x = property(lambda self: -1.0)
        t += p.x
        k += 1
    return t


print(switching(pts, 300))
del Point.x
print(total(pts))

# A missing attribute at iteration N.
broken = Point(0.0, 0.0)
del broken.y
try:
    total(pts[:350] + [broken])
except AttributeError as e:
    print("AttributeError", e)

# Heap attributes: lists held by instances.
class Body:
    def __init__(self, k):
        self.pos = [float(k), float(-k)]
        self.mass = 1.0 + k % 4


bodies = [Body(k) for k in range(300)]


def moment(bs):
    m = 0.0
    for b in bs:
        pos = b.pos
        m += pos[0] * b.mass - pos[1]
    return m


print(moment(bodies))
probe = bodies[10].pos
before = sys.getrefcount(probe)
moment(bodies)
moment(bodies)
print(sys.getrefcount(probe) - before)
