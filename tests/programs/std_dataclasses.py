"""dataclasses: generated methods, fields, defaults, factories, frozen, order, hash,
kw_only, slots, InitVar, __post_init__, asdict/astuple/replace/fields, errors."""
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, make_dataclass, MISSING)
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(1, 3), p == (1, 2, []))
print(Point.__doc__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__annotations__)
print([(f.name, f.type, f.default is MISSING, f.default_factory is MISSING) for f in fields(Point)])
print(asdict(p), astuple(p), replace(p, y=5), p.tags is Point(0).tags)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1), is_dataclass(int))
print(Point.__dataclass_params__, Point.__match_args__, Point.__hash__)
print(Point.y, hasattr(Point, "x"), hasattr(Point, "tags"))
for args in ((), (1, 2, 3, 4)):
    try:
        Point(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Point(1, z=2)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v = Version(1, 2)
for action in ("assign", "delete", "new"):
    try:
        if action == "assign":
            v.major = 3
        elif action == "delete":
            del v.minor
        else:
            v.other = 1
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(hash(v) == hash((1, 2)), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
print(sorted([Version(3), Version(1, 5, "b"), Version(1, 5, "a"), Version(0, 1)]))
print(Version(1, 5, "x") == Version(1, 5, "y"), Version.__doc__)
print(Version(1).__lt__(3))
try:
    Version(1) < 3
except TypeError as e:
    print("TypeError:", e)


@dataclass(eq=False)
class Plain:
    a: int


print(Plain(1) == Plain(1), Plain.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashed(5)) == hash((5,)))


@dataclass
class Unhashable:
    a: int


try:
    hash(Unhashable(1))
except TypeError as e:
    print("TypeError:", e)


@dataclass
class WithPost:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    c: ClassVar[int] = 100

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(w)], WithPost.c)
print(repr(WithPost.__dataclass_fields__["scale"].type), WithPost.__dataclass_fields__["scale"]._field_type)
print(replace(w, a=4, scale=1))


@dataclass(kw_only=True)
class Options:
    verbose: bool
    level: int = 1


print(Options(verbose=True), Options(level=2, verbose=False))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 5
    d: int = field(default=7, kw_only=False)


print(Mixed(1, 2, b=3), Mixed.__match_args__, Mixed.__doc__)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 3


s = Slotted(1)
print(s, Slotted.__slots__, "__dict__" in dir(s))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)


@dataclass
class Base:
    a: int
    b: str = "base"


@dataclass
class Derived(Base):
    c: float = 1.0
    b: str = "derived"


print(Derived(1), [f.name for f in fields(Derived)], Derived.__doc__)


@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
print(astuple(root))
root.children.append(root)
print(root)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5)

errors = {
    "non-default": "@dataclass\nclass Bad:\n    x: int = 0\n    y: int\n",
    "mutable": "@dataclass\nclass Bad:\n    x: list = []\n",
    "dict default": "@dataclass\nclass Bad:\n    x: dict = {}\n",
    "both defaults": "@dataclass\nclass Bad:\n    x: int = field(default=1, default_factory=int)\n",
    "order without eq": "@dataclass(order=True, eq=False)\nclass Bad:\n    x: int\n",
    "lt defined": "@dataclass(order=True)\nclass Bad:\n    x: int\n    def __lt__(self, o): return True\n",
    "frozen from plain": "@dataclass\nclass A:\n    x: int\n@dataclass(frozen=True)\nclass Bad(A):\n    y: int = 0\n",
    "plain from frozen": "@dataclass(frozen=True)\nclass A:\n    x: int\n@dataclass\nclass Bad(A):\n    y: int = 0\n",
    "no annotation": "@dataclass\nclass Bad:\n    x = field(default=1)\n",
    "classvar factory": "@dataclass\nclass Bad:\n    x: ClassVar[list] = field(default_factory=list)\n",
    "two KW_ONLY": "@dataclass\nclass Bad:\n    a: KW_ONLY\n    b: KW_ONLY\n",
    "hash override": "@dataclass(unsafe_hash=True)\nclass Bad:\n    x: int\n    def __hash__(self): return 1\n",
}
for label, src in errors.items():
    try:
        exec(src, globals())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

for call in (lambda: fields(1), lambda: asdict(Point), lambda: astuple(3), lambda: replace(5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    replace(w, b=3)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class NeedsInitVar:
    x: int
    factor: InitVar[int]

    def __post_init__(self, factor):
        self.x *= factor


try:
    replace(NeedsInitVar(1, 2), x=2)
except ValueError as e:
    print("ValueError:", e)

Made = make_dataclass("Made", [("a", int), "b", ("c", str, field(default="q"))], order=True)
print(Made(1, 2), Made(1, 2) < Made(1, 3), [f.type for f in fields(Made)], Made.__qualname__)
f = field(default=3, metadata={"unit": "m"}, repr=False)
print(f.metadata, f.metadata["unit"], f.repr, f.default)


@dataclass
class Meta:
    distance: float = field(default=0.0, metadata={"unit": "km"})
    secret: str = field(default="", repr=False)


print(Meta(2.5, "x"), fields(Meta)[0].metadata)


@dataclass
class SelfField:
    self: int
    other: int = 2


print(SelfField(1), SelfField(self=5))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty), Empty.__doc__)
