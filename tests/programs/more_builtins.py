# Less common library features: kept apart so the core programs do not depend on them.
import math
import sys
import time

# str methods beyond the core set
print("Hello World".swapcase(), "CamelCaseString".casefold(), "tab\tsep".expandtabs(4))
print("a-b_c d".translate({ord("-"): "+", ord("_"): None}), "abc".removeprefix("a"), "abc".removesuffix("bc"))
print("x".isidentifier(), "1x".isidentifier(), "_ok".isidentifier())
for t in ["123", "½", "٣", "ABC", "abc", "Ab"]:
    print(repr(t), t.isnumeric(), t.isdecimal(), t.isupper(), t.islower())
print(ascii("ñ"), ascii("héllo 日本 🐍"), ascii([1, "é"]))

# math extras
print(math.tau, math.atan(1), math.asin(1), math.acos(0), math.asin(0.5), math.log2(1024), math.log1p(0))
print(math.trunc(-3.7), math.trunc(3.7), math.isfinite(1.0), math.isfinite(math.inf))
print(math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.pow(2, 10), math.degrees(math.pi), math.radians(180))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))

# float methods
print(3.0.is_integer(), 3.5.is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())

# object introspection
class Thing:
    def __init__(self):
        self.a = 1
        self.b = 2


t = Thing()
t.c = 3
print(sorted(vars(t)), vars(t) is t.__dict__)
delattr(t, "b")
print(hasattr(t, "b"), sorted(vars(t)))


def describe(name, greeting="Hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"


print(describe.__defaults__, describe.__kwdefaults__)

# errno-carrying OSError
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, str(e))

# generator.throw
def gen():
    try:
        yield 1
    except ValueError as err:
        print("generator caught", err)
        yield "recovered"


g = gen()
print(next(g), g.throw(ValueError("boom")))

# sys / time extras
print(sys.version_info[0] == 3, sys.version_info >= (3, 8), time.time() > 1.6e9)
