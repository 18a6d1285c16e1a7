# dataclasses: how annotations become fields (ClassVar/InitVar as objects
# and as strings), the checks on field() options, replace() rules, slots.
import dataclasses
import typing
from dataclasses import dataclass, field, InitVar, KW_ONLY, replace, fields
from typing import ClassVar


@dataclass
class Point:
    x: int
    y: int = 0
    scale: ClassVar[int] = 10
    label: "ClassVar[str]" = "pt"
    note: "typing.ClassVar[int]" = 1
    seed: InitVar[int] = 5
    hidden: int = field(default=3, init=False)
    _: KW_ONLY
    tag: str = "t"

    def __post_init__(self, seed):
        self.hidden = seed * 2


p = Point(1, 2, 7, tag="q")
print(p, [f.name for f in fields(p)], [(f.name, f._field_type) for f in Point.__dataclass_fields__.values()])
print([(f.name, f.kw_only) for f in fields(Point)], Point.scale, Point.label)
print(replace(p, x=9, seed=1), replace(p, tag="z", seed=0))
for bad in (lambda: replace(p, hidden=1), lambda: replace(p), lambda: replace(5), lambda: replace(Point, x=1)):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


@dataclass
class Defaults:
    a: int = 1
    b: InitVar[int] = 2
    c: list = field(default_factory=list)


print(replace(Defaults(), a=5), Defaults(b=9))
cases = {
    "classvar factory": "class C:\n    x: ClassVar[list] = field(default_factory=list)",
    "initvar factory": "class C:\n    x: InitVar[list] = field(default_factory=list)",
    "classvar kw_only": "class C:\n    x: ClassVar[int] = field(default=1, kw_only=True)",
    "mutable list": "class C:\n    x: list = []",
    "mutable dict": "class C:\n    x: dict = {}",
    "mutable set": "class C:\n    x: set = set()",
    "both defaults": "class C:\n    x: int = field(default=1, default_factory=int)",
    "order": "class C:\n    x: int = 1\n    y: int",
    "classvar list ok": "class C:\n    x: ClassVar[list] = []",
    "string initvar": "class C:\n    x: 'InitVar[int]' = 1\n    def __post_init__(self, x):\n        print('post', x)",
    "string dataclasses.InitVar": "class C:\n    x: 'dataclasses.InitVar[int]' = 4\n    def __post_init__(self, x):\n        print('post', x)",
}
for name, source in cases.items():
    namespace = {"__name__": "__main__", "ClassVar": ClassVar, "InitVar": InitVar, "field": field, "dataclasses": dataclasses, "typing": typing}
    try:
        exec(source, namespace)
        made = dataclass(namespace["C"])
        print(name, "->", [f.name for f in fields(made)], made())
    except (TypeError, ValueError) as e:
        print(name, "->", type(e).__name__ + ":", e)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "s"


s = Slotted(1)
print(s, Slotted.__slots__, replace(s, b="t"), hasattr(s, "__dict__"))


@dataclass(slots=True)
class Child(Slotted):
    c: float = 1.5


print(Child(2), [f.name for f in fields(Child)], Child.__slots__)
