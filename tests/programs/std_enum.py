"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API, lookups, reprs, errors."""
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, list(Color), len(Color), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(type(Color), Color, repr(Color), Color.__members__, Color._member_names_, f"{Color.RED}", format(Color.RED, ""), "%s" % Color.RED)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash("RED"), isinstance(Color.RED, Color))
for bad in (lambda: Color(7), lambda: Color["PURPLE"], lambda: Color.RED < Color.BLUE):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
try: Color.RED = 5
except AttributeError as e: print(e)
try: del Color.RED
except AttributeError as e: print(e)
try:
    class More(Color): X = 9
except TypeError as e: print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), Num.ONE + 1, Num.TWO * 2, Num.ONE == 1, Num(2), f"{Num.ONE}", Num.ONE < Num.TWO, isinstance(Num.ONE, int), sorted([Num.TWO, Num.ONE]), str(Num.ONE))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [a.value for a in Auto])
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), rw & Perm.R, ~Perm.R, repr(Perm(0)), str(Perm(0)), bool(Perm(0)), Perm(7), Perm.R ^ Perm.W, rw.value, rw.name)
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(IP.R | IP.W, repr(IP.R | IP.W), IP.R | 8, repr(IP.R | 8), IP.R + 1, str(IP.R), format(IP.W, "03d"), IP(0), repr(IP(0)))
class AF(Flag):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in AF], repr(AF.A | AF.C), AF(3))
class S(StrEnum):
    X = auto()
    Y = "why"
print(S.X, repr(S.X), S.Y == "why", S.X.upper(), f"{S.Y}")
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Sh = Enum("Sh", [("SQ", 4), ("CI", 0)])
print(list(Sh))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.67e-11 * self.mass / self.radius ** 2
print(Planet.EARTH.value, round(Planet.MARS.gravity, 2), repr(Planet.MARS))
class Mood(Enum):
    HAPPY = 1
    SAD = 2
    def describe(self): return f"{self.name} is {self.value}"
    @classmethod
    def default(cls): return cls.HAPPY
    def __str__(self): return "mood:" + self.name
print(Mood.SAD.describe(), Mood.default(), str(Mood.SAD), repr(Mood.SAD))
class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(Missing(99))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
print(Color.RED in Color, {Color.RED: 1})
print(list(Color.__members__.keys()), type(Color.__members__).__name__)
from enum import member, nonmember, EnumMeta


class Ordinal(Enum):
    _order_ = "FIRST SECOND"
    FIRST = "1st"
    SECOND = "2nd"


print(list(Ordinal), EnumMeta is enum.EnumType)
try:
    class BadOrder(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    NORTH = auto()
    SOUTH = auto()


print(list(Lower))


class Shape(Enum):
    SQUARE = 2
    label = nonmember("not a member")
    helper = member(lambda x: x)

    @staticmethod
    def area(side):
        return side * side


print([m.name for m in Shape], Shape.label, Shape.area(3), Shape.SQUARE.value, Shape.helper.value(7))


class Currency(str, Enum):
    USD = "usd"
    EUR = "eur"


print(Currency.USD, repr(Currency.EUR), Currency.USD == "usd", Currency("eur"), Currency.USD.upper(), f"{Currency.USD}")
print([c.name for c in reversed(Color)], Color.GREEN in Color, Perm.R in Perm)
big = Perm.R | Perm.W | Perm.X
print(len(big), [p.name for p in big], Perm(5), bool(Perm.R & Perm.X), Perm.R | Perm.R)
for bad in (lambda: Perm(8), lambda: Color(None), lambda: Perm.R | 1):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Weekday(IntFlag):
    MON = auto()
    TUE = auto()
    WED = auto()
    WEEKDAYS = MON | TUE | WED


print(list(Weekday), Weekday.WEEKDAYS, repr(Weekday.WEEKDAYS), Weekday.MON in Weekday.WEEKDAYS, Weekday.WEEKDAYS.value)
print(isinstance(Weekday.MON, int), Weekday.MON == 1, Weekday(3), repr(Weekday(3)))
print(Color.RED.__class__, type(Color.RED).__mro__, Num.__mro__)
print(sorted(Color.__members__), Color._value2member_map_[2])
