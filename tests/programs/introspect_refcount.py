# sys.getrefcount on heap objects: a name and the argument give 2, every
# container slot, attribute, parameter or closure cell holding it one more.
# Immediates (None, bools, ints, floats) are not counted in quicken: a fixed
# large value, tested by relation. sys.getsizeof/__sizeof__ sizes are
# quicken's own (see README), tested by relations.
import sys

rc = sys.getrefcount
x = []
base = rc(x)
print("name + argument:", base)
holder = [x, x]
print("two list slots:", rc(x) - base)
d = {"a": x}
print("dict value:", rc(x) - base - 2)
t = (x,)
print("tuple slot:", rc(x) - base - 3)
del holder, d, t
print("after del:", rc(x) - base)


class Box:
    pass


b = Box()
b.item = x
print("attribute:", rc(x) - base)
b.item = None
print("attribute cleared:", rc(x) - base)
print("fresh object:", rc([]), rc(Box()))


def param(a):
    return rc(a)


def param_kw(a, b=1):
    return rc(a)


def star(*args):
    return rc(args[0])


def gen_param(a):
    yield rc(a)


print("parameter:", param(x) - base, param([]))
print("keyword parameter:", param_kw(x, b=2) - base, param_kw(a=[]))
print("star args:", star([]))
print("generator parameter:", next(gen_param([])))
for i in range(3):
    print("in loop:", param(x) - base, param([]))


class M:
    def method(self, a):
        return rc(self), rc(a)


m = M()
print("method:", m.method(x)[0] - rc(m), m.method([])[1])


def closure():
    cell = []
    before = rc(cell)

    def inner():
        return cell

    return rc(cell) - before


print("closure cell:", closure())
f = lambda: 0
print("function:", rc(f))
s = "".join(["dyn", "amic"])
print("new string:", rc(s))
big = int("1" * 30)
print("big int:", rc(big))
print("None:", rc(None) > 100)
print("immediates:", rc(True) >= 2, rc(7) >= 2, rc(1.5) >= 2)
try:
    rc()
except TypeError as e:
    print("TypeError:", e)

# id(): stable and distinct while objects live.
objs = [[] for _ in range(5)]
ids = [id(o) for o in objs]
print("ids distinct:", len(set(ids)) == 5, [id(o) for o in objs] == ids)
print("id of equal ints:", id(12345) == id(12340 + 5), id(1) == id(2 - 1), id(True) != id(1))
print("id of floats:", id(1.5) == id(3.0 / 2), id(0.0) != id(-0.0), id(0.0) != id(0))
print("id of None:", id(None) == id(None), id(None) != id(0), id(None) != id(False))
print("ints vs objects:", len({id(v) for v in [0, 1, -1, 2 ** 62, -2 ** 62, 0.5, None, False, True, objs[0], "s"]}))

# sys.intern: equal strings become one object; the first one interned stays.
a = "".join(["intern", "me", "!"])
b = "".join(["intern", "me", "!"])
print("distinct before:", a is b, a == b)
ia = sys.intern(a)
print("first interned is itself:", ia is a)
print("second gets the first:", sys.intern(b) is a)
print("same text:", sys.intern("plain_name") is sys.intern("".join(["plain", "_name"])))
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)

# getsizeof / __sizeof__: quicken's sizes, compared by relation.
gs = sys.getsizeof
print("list grows:", gs([]) < gs([1, 2, 3]) < gs(list(range(100))))
print("str grows:", gs("") < gs("a" * 10) < gs("a" * 1000))
print("str by length:", gs("a" * 1000) - gs("a" * 10) == 990)
print("dict grows:", gs({}) < gs({i: i for i in range(100)}))
print("set grows:", gs(set()) < gs(set(range(100))))
print("tuple grows:", gs(()) < gs((1, 2, 3)))
print("bytes grow:", gs(b"") < gs(b"x" * 100))
print("big ints grow:", gs(10 ** 10) <= gs(10 ** 100) < gs(10 ** 1000))
print("positive:", all(gs(v) > 0 for v in [None, 1, 1.5, True, "s", [], {}, set(), (), b"", Box(), f, Box, sys]))
print("sizeof vs getsizeof:", gs([]) >= [].__sizeof__(), gs("abc") >= "abc".__sizeof__(), gs(5) >= (5).__sizeof__())


class Sized:
    def __sizeof__(self):
        return 1000


class BadSize:
    def __sizeof__(self):
        return -1


class WrongSize:
    def __sizeof__(self):
        return "big"


print("user __sizeof__:", gs(Sized()) >= 1000)
for bad in (BadSize(), WrongSize()):
    try:
        gs(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("default:", gs(WrongSize(), "fallback"))


# Frame objects hold no extra references to a running frame's variables; its
# f_locals dict (like CPython's) holds one while it exists.
def with_frame():
    item = []
    frame = sys._getframe()
    plain = rc(item)
    view = frame.f_locals
    with_view = rc(item)
    del view
    return plain, with_view


def caller_keeps():
    kept = []
    peek_at_caller()
    return rc(kept)


def peek_at_caller():
    return sys._getframe(1)


print("with frame objects:", with_frame(), caller_keeps())
