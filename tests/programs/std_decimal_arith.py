# decimal: arithmetic in the current context (+ - * / // % divmod ** unary
# abs), mixing with ints, precision changes, the eight rounding modes,
# comparisons with ints/floats/Fractions, hashing, and conversions.
import math
from fractions import Fraction
from decimal import *

D = Decimal


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


print("== basic operators")
a, b = D("7.25"), D("-2.5")
for name, f in [("a+b", lambda: a + b), ("a-b", lambda: a - b), ("a*b", lambda: a * b),
                ("a/b", lambda: a / b), ("a//b", lambda: a // b), ("a%b", lambda: a % b),
                ("divmod", lambda: divmod(a, b)), ("-a", lambda: -a), ("+b", lambda: +b),
                ("abs(b)", lambda: abs(b)), ("a**2", lambda: a ** 2), ("b**3", lambda: b ** 3),
                ("a+1", lambda: a + 1), ("1-a", lambda: 1 - a), ("3*a", lambda: 3 * a),
                ("10/a", lambda: 10 / a), ("7//D(2)", lambda: 7 // D(2)), ("-7//D(2)", lambda: -7 // D(2)),
                ("-7%D(2)", lambda: -7 % D(2)), ("7%D(-3)", lambda: 7 % D(-3)),
                ("divmod(-7.5, 2)", lambda: divmod(D("-7.5"), 2)), ("2**D(10)", lambda: 2 ** D(10)),
                ("a+True", lambda: a + True)]:
    show(name, f)

print("== ideal exponents and exact results")
for x, y in [("1.00", "0.1"), ("100", "1E+1"), ("0", "1E+1"), ("-0.00", "5"), ("1", "3"),
             ("2", "3"), ("1", "8"), ("12.34", "2"), ("1E+3", "4"), ("6.0", "2.000")]:
    print(x, "/", y, "=", D(x) / D(y), "|", D(x) * D(y), D(x) + D(y), D(x) - D(y))
print(D("1.1") + D("2.2"), D("1.30") + D("1.2"), D("-0") + D("-0"), D("-0") + D("0"), D(1) - D(1))
print(D("1e100") + D("1e-100"), D("1E+999999") - D("1E-999999"), D("5") - D("5E-60"))

print("== integer and Decimal powers")
for x, y in [("2", 10), ("2", -2), ("4", -1), ("0.5", -2), ("10", -2), ("1.1", 2), ("10", 30),
             ("2", 100), ("1.1", 100), ("-1.1", 101), ("-1", 10 ** 30), ("3", -1), ("7", -2),
             ("2", "0.5"), ("4", "0.5"), ("2.5", "2.5"), ("10", "0.5"), ("9", "0.5"), ("2", "1E+1"),
             ("2.0", "2.0"), ("8", "0.333333333333333333333333333333333"), ("1E-5", "0.5"),
             ("1E+5", "-0.2"), ("0", "0"), ("0", "-1"), ("-0", "3"), ("-0", "-3"), ("-2", "0.5"),
             ("Infinity", "-1"), ("-Infinity", "3"), ("-Infinity", "2"), ("-1", "Infinity"),
             ("1", "Infinity"), ("0.5", "Infinity"), ("2", "-Infinity"), ("1.00", "2"), ("1.0", "1E+30")]:
    show("%s ** %s" % (x, y), lambda: D(x) ** (D(y) if isinstance(y, str) else y))
show("pow(D(3), 4, 5)", lambda: pow(D(3), 4, 5))
show("pow(D(-3), 3, D(7))", lambda: pow(D(-3), 3, D(7)))
show("pow(D('1.5'), 2, 5)", lambda: pow(D("1.5"), 2, 5))
show("pow(D(2), 3, 5.0)", lambda: pow(D(2), 3, 5.0))

print("== errors and traps in operators")
for name, f in [("1/0", lambda: D(1) / 0), ("0/0", lambda: D(0) / 0), ("1//0", lambda: D(1) // 0),
                ("1%0", lambda: D(1) % 0), ("0%0", lambda: D(0) % 0), ("divmod(1,0)", lambda: divmod(D(1), 0)),
                ("divmod(0,0)", lambda: divmod(D(0), 0)), ("inf-inf", lambda: D("Inf") - D("Inf")),
                ("inf*0", lambda: D("Inf") * 0), ("1e30//3", lambda: D("1e30") // 3),
                ("1e999999*10", lambda: D("1e999999") * 10), ("sNaN+1", lambda: D("sNaN") + 1),
                ("NaN+1", lambda: D("NaN") + 1), ("D+1.5", lambda: D(1) + 1.5), ("1.5*D", lambda: 1.5 * D(1)),
                ("D+'a'", lambda: D(1) + "a"), ("D**1.5", lambda: D(2) ** 1.5), ("-sNaN", lambda: -D("sNaN")),
                ("Inf//3", lambda: D("Inf") // 3), ("3//Inf", lambda: 3 // D("Inf")), ("Inf%3", lambda: D("Inf") % 3),
                ("3%-Inf", lambda: 3 % D("-Inf")), ("divmod(Inf,3)", lambda: divmod(D("Inf"), 3))]:
    show(name, f)

print("== precision changes")
for p in [1, 3, 5, 9, 28, 50]:
    getcontext().prec = p
    print(p, D(1) / D(7), D(2).sqrt(), D("123456.789") * D("1.5"), D(10) ** 20 + 1, +D("9.87654321"))
getcontext().prec = 28

print("== rounding modes")
values = ["1.25", "1.35", "-1.25", "-1.35", "2.5", "-2.5", "1.2501", "0.05", "-0.05", "9.95", "1.051"]
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
print("value".ljust(8), " ".join(m[6:].ljust(9) for m in modes))
for v in values:
    row = [str(D(v).quantize(D("0.1"), rounding=m)).ljust(9) for m in modes]
    print(v.ljust(8), " ".join(row))
for m in modes:
    with localcontext(prec=3, rounding=m):
        print(m.ljust(16), D(2) / D(3), D(-2) / D(3), D("1.005") * 1, D(12345) + 0, D("-0.0") + D("0.0"))

print("== comparisons")
for x, y in [(D("1.0"), D("1.00")), (D(2), 2), (D("2.5"), 2), (D("0.1"), 0.1), (D("0.5"), 0.5),
             (D("1.5"), Fraction(3, 2)), (D("0.3333"), Fraction(1, 3)), (D("-Inf"), -10 ** 100),
             (D("Inf"), float("inf")), (D(1), 1 + 0j), (D(-0), 0)]:
    print(repr(x), repr(y), x == y, x != y, x < y if not isinstance(y, complex) else "-",
          x >= y if not isinstance(y, complex) else "-")
print(sorted([D("1.5"), 1, D("-2"), 0.25, Fraction(1, 3), D("1.50")]))
print(max(D(1), D("1.0")), min(D(3), D(2), D(5)))
show("D(1) < 'a'", lambda: D(1) < "a")
show("D(1) == 'a'", lambda: D(1) == "a")
show("D(1) < 1j", lambda: D(1) < 1j)
show("D(1) == 1j", lambda: D(1) == 1j)
show("NaN == NaN", lambda: D("NaN") == D("NaN"))
show("NaN != 1", lambda: D("NaN") != 1)
show("NaN < 1", lambda: D("NaN") < 1)
show("sNaN == 1", lambda: D("sNaN") == 1)
getcontext().clear_flags()
print(D(1) == 1.0, getcontext().flags[FloatOperation])
with localcontext() as ctx:
    ctx.traps[FloatOperation] = True
    show("trapped ==", lambda: D(1) == 1.0)
    show("trapped <", lambda: D(1) < 1.5)

print("== hashing")
for x, y in [(D(5), 5), (D("-1"), -1), (D("1.5"), 1.5), (D("0.25"), Fraction(1, 4)), (D("1e100"), 10 ** 100),
             (D("1.000"), 1), (D("-0"), 0), (D("Inf"), float("inf")), (D("-Inf"), float("-inf")),
             (D("1E-30"), Fraction(1, 10 ** 30)), (D("123456789.125"), 123456789.125)]:
    print(repr(x), hash(x) == hash(y), hash(x))
print(hash(D("0.1")), hash(D("-12345.678")))
show("hash(sNaN)", lambda: hash(D("sNaN")))
print(len({D(1), D("1.0"), 1, 1.0, D("1.00")}), {D("0.5"): "half"}[0.5])

print("== conversions")
for t in ["1.9", "-1.9", "2.5", "3.5", "-2.5", "0.5", "1E+3", "123456789012345678901234567890.7"]:
    x = D(t)
    print(t, int(x), math.floor(x), math.ceil(x), round(x), math.trunc(x), float(x))
for t in ["1.2345", "123.456", "-0.5"]:
    print(t, round(D(t), 2), round(D(t), 0), round(D(t), -1))
for name, f in [("int(NaN)", lambda: int(D("NaN"))), ("int(-Inf)", lambda: int(D("-Inf"))),
                ("float(sNaN)", lambda: float(D("sNaN"))), ("float(-NaN)", lambda: float(D("-NaN"))),
                ("float(1e400)", lambda: float(D("1e400"))), ("round(NaN)", lambda: round(D("NaN"))),
                ("round(Inf)", lambda: round(D("Inf"))), ("round(x, 'a')", lambda: round(D("1.5"), "a")),
                ("round(1.2, 40)", lambda: round(D("1.2"), 40)), ("complex", lambda: complex(D("1.5"))),
                ("real", lambda: D("1.5").real), ("imag", lambda: D("1.5").imag), ("bool(NaN)", lambda: bool(D("NaN"))),
                ("bool(0.0)", lambda: bool(D("0.0")))]:
    show(name, f)

print("== a loop of sums")
total = D(0)
for i in range(1, 2001):
    total += D(i) / D(8)
print(total, sum([D("0.1")] * 10), sum(D(k) for k in range(100)) / 3)
