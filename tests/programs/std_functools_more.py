# functools beyond the basics: partial details, partialmethod, lru_cache options,
# cached_property, total_ordering from each root, cmp_to_key, singledispatch, wraps.
import functools
from functools import (partial, partialmethod, lru_cache, cached_property, total_ordering,
                       cmp_to_key, singledispatch, singledispatchmethod, update_wrapper, wraps)
from collections.abc import Sequence, Mapping

print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)


# --- partial ---
def f3(a, b, c=0, *, d=1):
    return (a, b, c, d)

p = partial(f3, 1, d=5)
print(p(2), p(2, 3, d=9), p.args, p.keywords)
print(repr(partial(len)), repr(partial(max, 1, 2, key=abs)))
inner = partial(f3, 1)
outer = partial(inner, 2, d=7)
print(outer.func is f3, outer.args, outer.keywords, outer())
inner.note = "kept"
outer2 = partial(inner, 2)
print(outer2.func is inner, outer2.args, outer2())


class MyPartial(partial):
    pass

mp = MyPartial(partial(f3, 1), 2)
print(repr(MyPartial(max, 3)), mp.func is f3, mp.args, type(mp).__name__, mp())
show("not callable:", lambda: partial(5))
show("no args:", lambda: partial())
kw_only = partial(f3, d=3)
print(kw_only(1, 2), kw_only(1, 2, d=4), kw_only.keywords)
print(sorted(["bb", "a", "ccc"], key=partial(len)))


# --- partialmethod ---
class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, value, note=""):
        self.state = (value, note)
        return self

    on = partialmethod(set_state, True)
    off = partialmethod(set_state, False, note="manual")

    @classmethod
    def make(cls, kind, size):
        return f"{cls.__name__}:{kind}:{size}"

    small = partialmethod(make, "small")

    @staticmethod
    def add(x, y):
        return x + y

    plus10 = partialmethod(add, 10)


c = Cell()
print(c.on().state, c.off().state, c.on(note="x").state)
print(Cell.on(c).state, Cell.small(3), c.small(4), c.plus10(5), Cell.plus10(6))
print(repr(partialmethod(len, 1, k=2)))
show("partialmethod bad:", lambda: partialmethod(5))


# --- lru_cache options ---
calls = []

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(calls, sq.cache_info(), sq.cache_parameters())


@lru_cache(typed=True)
def ident(x):
    calls.append(("t", x))
    return x

ident(1); ident(1.0); ident(1)
print(ident.cache_info().misses, ident.cache_info().hits, ident.cache_parameters())


@lru_cache(maxsize=0)
def never(x):
    return x + 1

never(1); never(1)
print(never.cache_info())


@lru_cache(maxsize=-5)
def neg(x):
    return x

neg(1)
print(neg.cache_info())
show("bad maxsize:", lambda: lru_cache("big"))
print(sq.__wrapped__(7), sq.__name__, functools.cache(lambda: 42)())


@lru_cache
def kwfun(a, b=2):
    return a * b

print(kwfun(3), kwfun(3, b=2), kwfun(a=3), kwfun.cache_info().currsize)


# --- cached_property ---
class Circle:
    computed = 0

    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        """The area."""
        Circle.computed += 1
        return 3 * self.r * self.r



k = Circle(2)
print(k.area, k.area, Circle.computed, "area" in vars(k), Circle.area.__doc__)
k.area = 99
print(k.area, Circle.computed)
del k.area
print(k.area, Circle.computed, type(Circle.__dict__["area"]).__name__)
print(Circle.__dict__["area"].attrname)

try:
    class Bad:
        @cached_property
        def one(self):
            return 1
        two = one
except Exception as e:
    print(type(e).__name__, e.__cause__ if e.__cause__ else e)


class Slotted:
    __slots__ = ("x",)

    def val(self):
        return 5

Slotted.val = cached_property(Slotted.val)
Slotted.val.__set_name__(Slotted, "val")
show("slots:", lambda: Slotted().val)
loose = cached_property(lambda self: 1)
show("unnamed:", lambda: loose.__get__(Circle(1), Circle))


# --- total_ordering from each root ---
def ordered(op):
    class V:
        def __init__(self, n):
            self.n = n

        def __eq__(self, other):
            return isinstance(other, V) and self.n == other.n

        def __repr__(self):
            return f"V{self.n}"

    def root(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return {"__lt__": self.n < other.n, "__le__": self.n <= other.n,
                "__gt__": self.n > other.n, "__ge__": self.n >= other.n}[op]
    setattr(V, op, root)
    return total_ordering(V)


for op in ("__lt__", "__le__", "__gt__", "__ge__"):
    V = ordered(op)
    a, b, a2 = V(1), V(2), V(1)
    row = [a < b, a <= b, a > b, a >= b, b < a, b <= a, b > a, b >= a,
           a < a2, a <= a2, a > a2, a >= a2]
    print(op, "".join("T" if x else "F" for x in row), sorted([V(3), V(1), V(2)]))
    print("  ", V(1).__lt__(5), V(1).__gt__("x"), V(1).__le__(None), V(1).__ge__(0.5))
    show("   mixed:", lambda: V(1) < 3)

try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)


@total_ordering
class Both:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return self.n == o.n

    def __gt__(self, o):
        return self.n > o.n

    def __le__(self, o):
        return self.n <= o.n

print(Both(1) < Both(2), Both(2) >= Both(2), Both(3) >= Both(4))


# --- cmp_to_key ---
def rev_cmp(a, b):
    return (b > a) - (b < a)

K = cmp_to_key(rev_cmp)
print(sorted([3, 1, 2], key=K), K(1) < K(2), K(1) > K(2), K(1) == K(1), K(2) <= K(2), K(1) >= K(3))
print(min([5, 9, 2], key=K), max("hello", key=K))
try:
    hash(K(1))
except TypeError as e:
    print("hash: TypeError", str(e).startswith("unhashable type"))


# --- singledispatch ---
@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register(float)
def _(obj):
    return f"float {obj}"


def for_list(obj, verbose=False):
    return f"list of {len(obj)}" + (" (verbose)" if verbose else "")

describe.register(list, for_list)


@describe.register
def _(obj: str | bytes):
    return f"text {obj!r}"


@describe.register(Sequence)
def _(obj):
    return f"sequence {len(obj)}"


@describe.register(Mapping)
def _(obj):
    return f"mapping {sorted(obj)}"


class MyInt(int):
    pass

print(describe(3), "|", describe(True), "|", describe(MyInt(4)), "|", describe(2.5))
print(describe([1, 2]), "|", describe([1], verbose=True), "|", describe("hi"), "|", describe(b"x"))
print(describe((1, 2, 3)), "|", describe(range(4)), "|", describe({"b": 1, "a": 2}), "|", describe(None))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(list) is for_list)
print(describe.dispatch(object) is describe.__wrapped__, describe.__name__)
print(sorted(k.__name__ for k in describe.registry), type(describe.registry).__name__)
show("no args:", lambda: describe())
show("bad register:", lambda: describe.register(5, for_list))
try:
    describe.register(lambda x: x)
except TypeError as e:
    print("unannotated:", str(e).split(":")[0], str(e).split(">.")[1])


def bad_hint(x: 5):
    return x

show("bad hint:", lambda: describe.register(bad_hint))


class Shapes:
    @singledispatchmethod
    def area(self, shape):
        return "unknown"

    @area.register
    def _(self, shape: int):
        return shape * shape

    @area.register(tuple)
    def _(self, shape):
        return shape[0] * shape[1]

    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return f"{cls.__name__}: other"

    @kind.register(str)
    @classmethod
    def _(cls, arg):
        return f"{cls.__name__}: str {arg}"


s = Shapes()
print(s.area(3), s.area((2, 5)), s.area("x"), Shapes.kind("a"), Shapes.kind(1), s.kind("b"))
print(Shapes.area.__name__)


# --- update_wrapper / wraps ---
def original(x: int) -> int:
    """Doc of original."""
    return x

original.extra = "data"


def shell(*a):
    return original(*a)

update_wrapper(shell, original)
print(shell.__name__, shell.__doc__, shell.__wrapped__ is original, shell.extra, shell.__annotations__)


def bare(*a):
    return 1

update_wrapper(bare, len)
print(bare.__name__, bare.__qualname__, bare.__wrapped__ is len)


@wraps(original, assigned=("__doc__",), updated=())
def only_doc():
    pass

print(only_doc.__name__, only_doc.__doc__, hasattr(only_doc, "extra"), only_doc.__wrapped__ is original)
pw = update_wrapper(partial(original), original)
print(pw.__name__, pw(8))
