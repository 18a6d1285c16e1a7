"""fractions.Fraction: construction (ints, strings, floats), normalization, arithmetic with
ints/floats/complex, comparisons, hashing equal to ints and floats, limit_denominator,
rounding, text forms, errors; numbers ABCs."""
import math
import numbers
from fractions import Fraction as F

print(F(3, 4), repr(F(6, -8)), F(5), F(), F(0, 5), F(-10, 4), F(F(1, 3), F(2, 5)))
for text in ("3/4", " -1.5e3 ", "1_000", ".5", "2.", "1E-2", "-7/21", "+3", " 10/4 ", "1.25e+2"):
    print(repr(text), F(text))
for bad in ("", "1/", "/2", "1.2/3", "abc", "1__0", "3/-4", "1e", "--1", "1_", "1 / 2", "+", ".", "1.5.2", "0x10"):
    try:
        F(bad)
    except ValueError as e:
        print("ValueError:", e)
for args in ((1, 0), (1.5, 2), ("1", 2), (object(),)):
    try:
        F(*args)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(F(0.1), F(2.5), F(-0.375), F.from_float(0.1), F.from_float(3), F(1e20))
for bad in (float("inf"), float("nan")):
    try:
        F(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % a, a ** 2, a ** -2, F(-2, 3) ** -3, 2 ** F(3), 4 ** F(1, 2))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, a + 1j, 1j * a, a ** 0.5, F(9, 4) ** F(1, 2), divmod(F(7, 2), 2), F(7, 2) % 1.5)
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2, 1) == 2, F(1, 2) < 0.6, F(1, 2) > F(1, 3), F(1, 2) <= 1, F(3) >= 3, F(1, 2) == 0.5 + 0j)
print(F(1, 2) < float("inf"), F(1, 2) > float("-inf"), F(1, 2) == float("nan"), F(1, 2) != "x")
print(sorted([F(1, 2), 0.25, 1, F(-1, 3), 0]))
for v in (F(1, 2), F(5), F(-3, 4), F(1, 3), F(10 ** 20, 3)):
    print(v, hash(v) == hash(float(v)) if v.denominator & (v.denominator - 1) == 0 else hash(v))
print(hash(F(5)) == hash(5), hash(F(1, 2)) == hash(0.5), {F(1, 2): "half"}[0.5], len({F(2), 2, 2.0}))
pi = F(math.pi)
print(pi, pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(1000), pi.limit_denominator())
print(F(3, 7).limit_denominator(5), F(1, 2).limit_denominator(1), F(-22, 7).limit_denominator(3))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)
x = F(7, 2)
print(math.floor(x), math.ceil(x), math.trunc(-x), int(-x), round(x), round(F(5, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(1234, 1), -2), float(x))
print(x.numerator, x.denominator, x.as_integer_ratio(), bool(F(0)), bool(x), str(F(4, 2)))
print(isinstance(x, numbers.Rational), isinstance(x, numbers.Real), isinstance(x, numbers.Integral), issubclass(F, numbers.Number))
print(F(1, 10) + F(2, 10) == F(3, 10), sum([F(1, n) for n in range(1, 11)]), F(1, 3) * 3 == 1)
