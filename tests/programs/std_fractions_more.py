# fractions: mixed-type operators both ways (bool, int subclasses, floats,
# complex, other objects), powers and reflected powers, rounding,
# hashing at the edges, copies and subclasses, method names.
import copy
import math
import operator
from fractions import Fraction as F


class Ratio(F):
    pass


class Half:
    """A Rational-like object that Fraction does not know."""
    def __radd__(self, other):
        return "Half.__radd__"


a, b = F(7, 12), F(-5, 18)
ops = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod, divmod]
for op in ops:
    row = [op(a, b), op(b, a), op(a, 3), op(3, a), op(a, True), op(a, 2.5), op(2.5, a)]
    print(op.__name__, row)
    print("  ", op(a, 1 + 2j) if op not in (operator.floordiv, operator.mod, divmod) else "-", type(op(a, 4)).__name__, type(op(4, a)).__name__)
print(F.__add__.__name__, F.__radd__.__name__, F.__truediv__.__name__, F.__rdivmod__.__name__)
print(a + Half() if False else (Half().__radd__(a)), F(1, 2).__add__("x"), F(1, 2).__radd__("x"), F(1, 2).__lt__("x"))
for bad in (lambda: a + "x", lambda: "x" * a, lambda: a < "x", lambda: a // 0, lambda: a % 0, lambda: 1 / F(0), lambda: divmod(a, F(0))):
    try:
        bad()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)

for base in (F(2, 3), F(-2, 3), F(0), F(5)):
    for exp in (0, 1, 3, -1, -2, F(2), F(-3), 0.5, F(1, 2)):
        try:
            r = base ** exp
            print(base, exp, r if not isinstance(r, complex) else "complex", type(r).__name__)
        except ZeroDivisionError as e:
            print(base, exp, "ZeroDivisionError:", e)
for base in (2, -8, 2.0, 0, True):
    for exp in (F(3), F(-2), F(1, 3), F(0)):
        try:
            r = base ** exp
            print(repr(base), exp, r if not isinstance(r, complex) else "complex")
        except (ZeroDivisionError, TypeError) as e:
            print(repr(base), exp, type(e).__name__ + ":", e)

for v in (F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-2, 3), F(17, 6), F(0)):
    print(v, round(v), round(v, 0), round(v, 1), round(v, -1), math.floor(v), math.ceil(v), math.trunc(v), int(v))
print(round(F(12345, 7), -2), round(F(-12345, 7), 3), round(F(25, 1), -1), round(F(35, 1), -1))

P = 2 ** 61 - 1
for v in (F(1, P), F(3, 2 * P), F(-1, P), F(P, 3), F(-1), F(-2), F(1, 2) ** 70, F(-(10 ** 30), 7)):
    print(hash(v))
print(hash(F(-1)) == hash(-1), hash(F(-2)) == hash(-2), hash(F(3, 8)) == hash(0.375), hash(F(P + 1, 1)) == hash(P + 1))

print(F.from_decimal(5), F.from_float(-2.75), F(True), F(F(3, 4)))
for bad in (lambda: F.from_float("1"), lambda: F.from_decimal(1.5), lambda: F(1, 2.0), lambda: F(1.5, 1), lambda: F([]), lambda: F(float("nan")), lambda: F(float("-inf"))):
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(F(3, 4) == F(6, 8), F(2) == 2.0, F(2) == complex(2, 0), F(2) == complex(2, 1), F(0) == float("nan"), F(0) != float("inf"))
print(F(1, 2) < float("nan"), F(1, 2) > float("nan"), F(10 ** 400) < float("inf"), F(-10 ** 400) < float("-inf"), F(1, 3) <= 1 / 3, F(1, 3) >= 1 / 3)
print(F(1, 2) < 1, F(1, 2) > True, F(1, 2) <= F(2, 4), F(1, 2) >= F(3, 4), max(F(1, 3), 0.3, F(2, 7)), min(2, F(5, 2)))

r = Ratio(6, 4)
print(type(r).__name__, r, repr(r), type(r + 1).__name__, type(-r).__name__, type(abs(r)).__name__, type(+r).__name__)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.copy(a) is a, copy.deepcopy([a])[0] is a, type(copy.copy(r)).__name__)
print((lambda cls, args: cls(*args))(*a.__reduce__()) == a, r.__reduce__(), a.__reduce__())
print(Ratio.from_float(0.5), type(Ratio.from_float(0.5)).__name__, type(Ratio("1/3")).__name__, Ratio(F(1, 3)))
print(F(10 ** 30 + 1, 10 ** 30).limit_denominator(10 ** 6), F(355, 113).limit_denominator(112), F(-355, 113).limit_denominator(7), F(1, 2).limit_denominator(2))
print(F(123456789, 1000000007).limit_denominator(1000), F(2, 3).limit_denominator(10 ** 9) is not None)
total = F(0)
for n in range(1, 30):
    total += F((-1) ** n, n * n)
    total *= F(n + 1, n)
print(total, float(total), total.as_integer_ratio()[1] % 97, bool(total), F(0).__bool__())
