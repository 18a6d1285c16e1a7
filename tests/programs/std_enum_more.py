# enum: Flag boundaries and pseudo-members (negative, unknown bits,
# inversion), repr/str, the functional API in all its forms, auto() inside
# tuples, _ignore_, reserved _sunder_ names and late _generate_next_value_.
from enum import Enum, IntEnum, Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, nonmember, member


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 4


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Kept(IntFlag):
    A = 1
    B = 2


print(Perm(6), repr(Perm(6)), Perm(0), repr(Perm(0)), Perm(7), list(Perm(7)), len(Perm(5)), Perm(-1), Perm(-3))
print(~Perm.R, ~Perm(0), ~~Perm.W, Perm.R | Perm.W, Perm.R & Perm.W, Perm.R ^ Perm(6), bool(Perm(0)), Perm.R in Perm(5), Perm.W in Perm(5))
print(Perm(6) is Perm(6), Perm(-1) is Perm(7), Perm.R | 1 if False else "-", Perm.R.__or__(1), Perm.R.__and__("x"))
for bad in (lambda: Strict(4), lambda: Strict(-8), lambda: Perm("x"), lambda: 1 in Perm.R, lambda: Perm.R | 1):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(Conform(7), Conform(2), repr(Conform(-1)), Eject(7), type(Eject(7)).__name__, Eject(3))
print(Kept(5), repr(Kept(5)), Kept(8), repr(Kept(-1)), ~Kept.A, Kept.A | 8, Kept(4) | Kept.B, list(Kept(7)), Kept.A + 1)


class Auto(Flag):
    ONE = auto()
    TWO = auto()
    FOUR = auto()
    BOTH = ONE | TWO


print(list(Auto), [m.value for m in Auto], Auto.BOTH, Auto(3) is Auto.BOTH, list(Auto.BOTH), list(reversed(Auto)), len(Auto))

Color = Enum("Color", "RED GREEN, BLUE")
Shape = Enum("Shape", ["CIRCLE", "SQUARE"], start=10)
Size = Enum("Size", [("S", "s"), ("M", "m")])
Mapping = IntEnum("Mapping", {"LOW": 1, "HIGH": 9})
Bits = Flag("Bits", "A B C")
print(list(Color), [c.value for c in Color], list(Shape), [s.value for s in Shape], list(Size), Mapping.HIGH + 1, list(Bits), Bits(5))
print(Color.__module__ == __name__, Enum("Q", "X", module="mymod").__module__, Enum("Q", "X", qualname="Outer.Q").__qualname__)
print(repr(Color), repr(Bits), list(reversed(Color)), len(Shape), Color["GREEN"], Color(3), Color.RED in Color)


class Point(Enum):
    ORIGIN = (0, auto())
    OTHER = (auto(), auto())
    LATER = auto()
    _ignore_ = "scratch"
    scratch = 5
    kept = nonmember(7)
    named = member(lambda: 1)


print([(p.name, p.value) for p in Point if p.name != "named"], Point.named.name, Point.kept, hasattr(Point, "scratch"), callable(Point.named.value))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    A = auto()
    B = auto()


print([m.value for m in Lower])
for source in ("class Bad(Enum):\n    _reserved_ = 1",
               "class Bad(Enum):\n    A = auto()\n    def _generate_next_value_(name, start, count, last_values):\n        return 1",
               "class Bad(Enum):\n    A = 1\n    A = 2",
               "class Bad(Enum):\n    A = 1\n    _ignore_ = ['A']",
               "class Bad(Enum):\n    A = 1\n    def A(self):\n        pass"):
    try:
        exec(source, {"Enum": Enum, "auto": auto})
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
