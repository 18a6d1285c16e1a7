# Calls that run in frames of the eval loop itself, and how they end: returns
# of every completion kind, errors raised at the caller's call instruction,
# unwinding through several inline frames, finalizers at return, recursion
# limits, and callees rebound mid-loop. Both tiers must agree with CPython.
import sys


class Bad:
    def __init__(self, n):
        self.n = n
        if n % 3 == 2:
            return n          # TypeError at the call, in the caller


made = 0
errors = 0
for i in range(30):
    try:
        Bad(i)
        made += 1
    except TypeError as e:
        errors += 1
        last = str(e)
print(made, errors, last)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if other == 13:
            raise ValueError("unlucky")
        return NotImplemented

    def __radd__(self, other):
        return Num(other * 100 + self.v)


acc = []
for i in range(20):
    try:
        r = Num(i) + Num(1)          # dunder returns a value
        s = i + Num(2)               # reflected dunder
        t = Num(3) + i               # NotImplemented, then int.__radd__ fails
    except TypeError as e:
        acc.append(("T", r.v, s.v))
    except ValueError as e:
        acc.append(("V", str(e)))
print(acc[:3], acc[13], len(acc))


def leaf(n):
    if n == 0:
        raise KeyError("bottom")
    return leaf(n - 1) + 1


def middle(n):
    try:
        return leaf(n)
    finally:
        log.append(n)


log = []
caught = 0
for i in range(10):
    try:
        middle(i % 4)
    except KeyError:
        caught += 1
print(caught, log)


def gen():
    try:
        yield 1
        yield 2
    finally:
        events.append("closed")


def take_one():
    g = gen()
    v = next(g)
    return v * 10            # g dies here: its finally runs now


events = []
total = 0
for i in range(5):
    total += take_one()
    events.append(i)
print(total, events)


def deep(n):
    return deep(n + 1) if n < 10 ** 9 else n


sys.setrecursionlimit(200)
for attempt in range(3):
    try:
        deep(0)
    except RecursionError as e:
        print("recursion", attempt, str(e)[:30])


class P:
    def __init__(self, x):
        self._x = x

    @property
    def x(self):
        if self._x < 0:
            raise AttributeError("negative")
        return self._x * 2


vals = []
for i in range(-3, 12):
    try:
        vals.append(P(i).x)
    except AttributeError as e:
        vals.append(str(e))
print(vals)


def f(x):
    return x + 1


def g(x):
    return x * 3


out = []
for i in range(40):
    out.append(f(i))
    if i == 25:
        f = g                # the call site's function changes mid-loop
print(out[20:30], sum(out))
