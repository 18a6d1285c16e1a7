# sys._getframe and frame objects: f_back chains, f_code, f_lineno (live while
# the frame runs, its last line after it ended), f_locals, f_globals, frames
# seen from code that builtins, generators, properties and operators run.
import sys
import inspect


def who_called():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def caller():
    x = 10
    return who_called()


print("caller:", caller())


def walk():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names


def a():
    return b()


def b():
    return walk()


print("walk:", a())


# f_lineno follows the running frame; after it returned, its last line.
def moving():
    fr = sys._getframe()
    first = fr.f_lineno
    second = fr.f_lineno
    return fr, first, second


fr, first, second = moving()
print("moving:", first, second, fr.f_lineno, fr.f_code.co_name)
print("dead frame's caller:", fr.f_back.f_code.co_name, fr.f_back.f_lineno)
print("dead frame's locals:", sorted(fr.f_locals))


# f_locals: a snapshot dict of the variables, one dict per frame (refreshed
# each time it is read while the frame runs).
def with_locals(p, q=2, *rest, **kw):
    r = p + q

    def inner():
        return r + p

    fr = sys._getframe()
    d1 = fr.f_locals
    late = "set after"
    d2 = fr.f_locals
    return sorted(d1), d1 is d2, d2["late"], inner()


print("f_locals:", with_locals(1, 5, 6, k=7))


def caller_locals():
    secret = [1, 2]
    return peek_caller()


def peek_caller():
    return sorted(sys._getframe(1).f_locals.items())


print("caller's locals:", caller_locals())

# Frames of callers suspended in builtins: print -> __repr__, sorted's key,
# map's function, str.join over a generator.


class Where:
    def __repr__(self):
        f = sys._getframe(1)
        return "Where(%s:%d)" % (f.f_code.co_name, f.f_lineno)


def printer():
    w = Where()
    print("repr through print:", w)
    print("repr through list repr:", [w])
    return repr(w)


print("repr():", printer())


def keyed():
    return sorted([3, 1, 2], key=lambda v: (sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno, v))


print("sorted key:", keyed())
print("map:", list(map(lambda v: sys._getframe(1).f_code.co_name, [1, 2])))


# Generators: the frame that resumed them.
def gen():
    for _ in range(2):
        f = sys._getframe(1)
        yield f.f_code.co_name, f.f_lineno


def consume():
    out = []
    for v in gen():
        out.append(v)
    out.append(next(gen()))
    return out


print("generator resumers:", consume())


# Properties, operators and __init__ run from the instruction that needs them.
class P:
    def __init__(self, v):
        f = sys._getframe(1)
        self.made_at = (f.f_code.co_name, f.f_lineno)
        self.v = v

    @property
    def where(self):
        f = sys._getframe(1)
        return f.f_code.co_name, f.f_lineno

    def __add__(self, other):
        f = sys._getframe(1)
        return f.f_code.co_name, f.f_lineno

    def __radd__(self, other):
        return ("radd", sys._getframe(1).f_code.co_name)

    def __len__(self):
        return sys._getframe(1).f_lineno

    def __eq__(self, other):
        return sys._getframe(1).f_code.co_name == "compare"

    __hash__ = object.__hash__


def use_objects():
    out = []
    for i in range(3):
        p = P(i)
        out.append(p.made_at)
        out.append(p.where)
        out.append(p + p)
        out.append(1 + p)
        out.append(len(p))
    return out


for item in use_objects():
    print("object hook:", item)


def compare():
    return P(1) == P(2), P(1) in [P(2)]


print("compare:", compare())


# Deep recursion: every frame is seen.
def deep(n):
    if n == 0:
        return [f for f in frame_names()]
    return deep(n - 1)


def frame_names():
    f = sys._getframe(1)
    while f:
        yield f.f_code.co_name
        f = f.f_back


print("deep:", deep(4))
print("depth below top:", [sys._getframe(i).f_code.co_name for i in range(1)])
try:
    sys._getframe(10000)
except ValueError as e:
    print("ValueError:", e)

# Identity: one frame object per frame while it lives.
def same_object():
    return sys._getframe() is sys._getframe(), sys._getframe(1) is sys._getframe().f_back


print("identity:", same_object())
top = sys._getframe()
print("module frame:", top.f_code.co_name, top.f_back, top.f_globals is globals(), top.f_locals is globals())
print("builtins:", top.f_builtins["len"] is len, type(top).__name__, top.f_trace)
print("lasti is even:", top.f_lasti % 2 == 0, top.f_lasti >= 0)
print("inspect:", inspect.currentframe() is top, inspect.isframe(top), inspect.iscode(top.f_code), inspect.isframe(1))


def current():
    return inspect.currentframe().f_code.co_name


print("inspect.currentframe:", current())

# Loops that call it many times (specialized call sites).
total = 0
for i in range(200):
    total += who_called()[1]
print("loop:", total)


class Body:
    name = sys._getframe().f_code.co_name
    lines = sys._getframe().f_lineno
    inside = sorted(sys._getframe().f_locals)


print("class body:", Body.name, Body.lines, Body.inside)


# A suspended generator's frame: the line it yielded at, no caller.
def suspended():
    yield sys._getframe()
    yield "second"


sg = suspended()
sf = next(sg)
print("suspended generator:", sf.f_lineno, sf.f_back)
next(sg)
print("after the second yield:", sf.f_lineno, sf.f_code.co_name)


# Frames that ended by raising, in __init__, and in an operator that gave up.
def raiser():
    f = sys._getframe()
    x = 5
    raise ValueError(f)


try:
    raiser()
except ValueError as e:
    ended = e.args[0]
    print("ended by raising:", ended.f_lineno, sorted(ended.f_locals))


class Made:
    def __init__(self):
        self.frame = sys._getframe()
        self.v = 1


made = Made()
print("__init__ frame:", made.frame.f_lineno, made.frame.f_code.co_name, sorted(made.frame.f_locals))


class Left:
    def __add__(self, other):
        global gave_up
        gave_up = sys._getframe()
        return NotImplemented


class Right:
    def __radd__(self, other):
        return "radd", sys._getframe(1).f_lineno


print("reflected:", Left() + Right(), gave_up.f_lineno)


def deep_frames(n):
    if n == 0:
        return sys._getframe()
    return deep_frames(n - 1)


bottom = deep_frames(500)
count = 0
while bottom:
    count += 1
    bottom = bottom.f_back
print("frames counted:", count)
