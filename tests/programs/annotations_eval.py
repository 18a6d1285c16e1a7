"""Annotations evaluated at run time (no __future__ import), recorded as CPython does."""


def trace(label, value):
    print("eval", label)
    return value


def f(a: trace("a", int), /, b: trace("b", str) = "x", *c: trace("c", tuple), d: trace("d", float), **e: trace("e", dict)) -> trace("ret", None):
    return a


print(f.__annotations__)
print(f.__annotations__ is f.__annotations__)


def g(x, y=1):
    z: int = 5          # a local's annotation is never evaluated
    w: undefined_name
    return z


print(g.__annotations__, g(1))
g.__annotations__ = {"x": 1}
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
print((lambda q: q).__annotations__)


class Point:
    """A point."""
    x: int
    y: float = 0.5
    if True:
        label: trace("label", str) = "p"
    for _i in range(1):
        tag: bytes
    try:
        extra: list
    except Exception:
        pass

    def norm(self, scale: float = 1.0) -> float:
        return scale


print(Point.__annotations__)
print(Point.y, Point.label, hasattr(Point, "x"))
print(Point.norm.__annotations__)
print([k for k in Point.__dict__ if k != "__qualname__"][:4])


class Empty:
    def m(self): pass


print(Empty.__dict__.get("__annotations__", "absent"))


class Obj:
    pass


o = Obj()
o.attr: trace("attr-ann", int) = 3
d = {}
d[trace("key", "k")]: trace("sub-ann", int) = 4
print(o.attr, d)
(paren): trace("paren", int) = 7
print(paren)
print(__annotations__)
module_level: trace("module", "annotation") = 1
print(__annotations__)


def outer():
    class Inner:
        v: trace("inner", int)
    return Inner


print(outer().__annotations__)
try:
    bad: undefined_thing = 1
except NameError as e:
    print("NameError:", e)


def kw(a: int, b: "B" = 2, *, c: str = "dflt", d: float = 1.5, **rest: int) -> None:
    return a, b, c, d


print(kw(1), kw.__defaults__, kw.__kwdefaults__, kw.__annotations__)


class Base:
    b: int


class Sub(Base):
    pass


class Plain:
    pass


print(Sub.__annotations__, "__annotations__" in Sub.__dict__, Base.__annotations__, Plain.__annotations__)
print(Sub().__annotations__)
import string
print(string.__annotations__, "__annotations__" in string.__dict__)
