# Guards failing inside functions and methods a trace inlined (conformance
# runs the jit tier with --jit-threshold=2): the exit rebuilds the callee
# frames and the interpreter finishes the calls, after the callee's own
# effects (attribute and list stores) already ran natively. Also instance
# attribute stores in traces whose guards fail mid-loop.
import traceback


def scale(a, b):
    c = a * b
    if a > 250:          # flips at iteration 126 of the loop below
        c = c - 1.5
    return c + 1


def middle(x, i):
    y = x * 2
    z = scale(y, i) + 3  # two levels deep
    if i % 100 == 99:    # a branch the trace saw go one way
        z = z + y * 0.5
    return z


def nested_calls(n):
    total = 0
    for i in range(n):
        total += middle(i, i)
    return total


class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v
        self.hits = 0

    def step(self, dt, wall):
        self.x = self.x + self.v * dt   # stored before the guards below
        if self.x > wall:
            self.x = wall - (self.x - wall)
            self.v = -self.v
            self.hits += 1
        return self.x


def particles(n):
    ps = [Particle(i * 0.5, 1.0 + (i % 7) * 0.25) for i in range(20)]
    s = 0.0
    for k in range(n):
        p = ps[k % 20]
        s += p.step(0.1, 9.5)
    return round(s, 6), sum(p.hits for p in ps), [round(p.x, 6) for p in ps[:4]]


class Counter:
    def __init__(self):
        self.count = 0
        self.total = 0

    def add(self, v):
        self.count = self.count + 1
        self.total = self.total + v   # int, then float at iteration 300, then a big int
        return self.count


def attr_type_changes(n):
    c = Counter()
    for i in range(n):
        v = i
        if i == 300:
            v = 0.25
        if i == 600:
            v = 2 ** 80
        c.add(v)
    return c.count, c.total


def write_slot(lst, i, v):
    lst[i] = v                 # the effect, then a guard that fails at i == 150
    if v > 300:
        return -v
    return v


def list_effects(n):
    lst = [0] * n
    acc = 0
    for i in range(n):
        acc += write_slot(lst, i, i * 2)
    return acc, sum(lst), lst[140:160:5]


def divide(a, b):
    q = a * 2
    return q // b             # ZeroDivisionError when b reaches 0


def error_inside(n):
    acc = 0
    for i in range(n):
        acc += divide(i, n - 3 - i)
    return acc


def guarded_lookup(seq, i):
    t = i + 1
    try:
        return seq[t]          # IndexError past the end, caught in the callee
    except IndexError:
        return -1


def caught_in_callee(n):
    seq = list(range(n))
    s = 0
    for i in range(n + 20):
        s += guarded_lookup(seq, i)
    return s


def reraise(a):
    if a == 77:
        raise ValueError("bad value %d" % a)
    return a + 1


def outer(a):
    try:
        return reraise(a) * 2
    except ValueError as e:
        return len(str(e))


def caught_in_middle(n):
    s = 0
    for i in range(n):
        s += outer(i)
    return s


class Shape:
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w


def redefined_method(n):
    shapes = [Shape(i % 5 + 1) for i in range(10)]
    s = 0
    for i in range(n):
        if i == 150:
            Shape.area = lambda self: -self.w
        s += shapes[i % 10].area()
    return s


def added_attribute(n):
    shapes = [Shape(i % 5 + 1) for i in range(10)]
    s = 0
    for i in range(n):
        sh = shapes[i % 10]
        sh.w = sh.w + 1
        if i == 120:
            shapes[3].extra = 1      # one instance changes layout
        s += sh.w
    return s


print(nested_calls(400))
print(particles(600))
print(attr_type_changes(900))
print(list_effects(300))
print(caught_in_callee(200))
print(caught_in_middle(200))
print(redefined_method(300))
print(added_attribute(300))
try:
    print(error_inside(200))
except ZeroDivisionError:
    traceback.print_exc()
print(error_inside(200))
