# decimal as numeric scripts use it: money with quantize, interest loops,
# high-precision series, mixing with ints and floats, sorting, dict keys,
# f-strings, and the errors they run into.
import decimal
import math
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING

print("== money")
CENT = Decimal("0.01")
prices = [Decimal("19.99"), Decimal("5.25"), Decimal("0.10"), Decimal("3")]
subtotal = sum(prices)
print(subtotal, type(subtotal).__name__)
tax = (subtotal * Decimal("0.0825")).quantize(CENT, rounding=ROUND_HALF_UP)
print("tax", tax, "total", subtotal + tax)
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
split = (subtotal / 3).quantize(CENT)
print("split", split, split * 3, subtotal - split * 3)
for r in [ROUND_HALF_UP, ROUND_DOWN, ROUND_FLOOR, ROUND_CEILING, decimal.ROUND_HALF_EVEN]:
    print(r, [str(Decimal(x).quantize(Decimal("0.1"), rounding=r)) for x in ["2.25", "2.35", "-2.25", "-2.37"]])

print("== compound interest loop")
balance = Decimal("1000.00")
rate = Decimal("0.035") / 12
for month in range(120):
    balance += (balance * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    if month % 30 == 29:
        print(month + 1, balance)
print(f"{balance:,.2f}", f"{balance:>15}", f"{balance:.3e}", f"{-balance:+.1f}")

print("== mixed with int")
d = Decimal("2.5")
print(d + 1, 1 + d, d * 4, 4 * d, d - 10, 10 - d, d / 2, 2 / d, d ** 2, 2 ** Decimal(3), d // 1, 7 % Decimal(3))
print(divmod(Decimal(17), 5), divmod(-17, Decimal(5)), -Decimal(17) % 5, Decimal(-17) // 5)
print(sum([Decimal(1), 2, 3]), sum(range(5), Decimal("0.5")), max(Decimal(2), 3, Decimal("2.9")))
print(round(Decimal("2.675"), 2), round(Decimal("-0.5")), round(Decimal("1.5")), round(Decimal("123.456"), -1))
print(int(Decimal("-7.9")), float(Decimal("0.1")), bool(Decimal("0.00")), bool(Decimal("1E-30")))
print(abs(Decimal("-3.10")), -Decimal("0"), +Decimal("-0.0"))

print("== comparisons with float and int")
print(Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Decimal("0.1") < 0.1, Decimal("0.1") > 0.1)
print(Decimal(3) == 3, Decimal("3.000") == 3, Decimal(3) < 3.5, 2.5 < Decimal(3), Decimal("NaN") == Decimal("NaN"))
print(sorted([Decimal("1.5"), 1, 0.75, Decimal("-2"), 3]))
print(min([Decimal("0.3"), 0.25, Decimal("0.2")]))

print("== hashing and dict keys")
print(hash(Decimal(5)) == hash(5), hash(Decimal("5.000")) == hash(5), hash(Decimal("0.5")) == hash(0.5))
print(hash(Decimal(-1)) == hash(-1), hash(Decimal(10 ** 40)) == hash(10 ** 40), hash(Decimal("1E+40")) == hash(10 ** 40))
print(hash(Decimal("-2.25")) == hash(-2.25), hash(Decimal("Inf")) == hash(float("inf")))
table = {1: "int one", Decimal("2.0"): "two"}
table[Decimal("1.00")] = "decimal one"
print(table, table[2], 2.0 in table)
print(len({Decimal(1), 1, 1.0, Decimal("1.0"), Decimal("1.5"), 1.5}))

print("== precision")
print(getcontext().prec, Decimal(1) / Decimal(7))
getcontext().prec = 50
print(Decimal(1) / Decimal(7))
print(Decimal(2).sqrt())
print(Decimal(1).exp())
print(Decimal(10).ln(), Decimal(1000).log10(), Decimal(2).log10())
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 100
    two = Decimal(2).sqrt()
    print(two)
    print(two * two)
print(+two, two.sqrt())
with localcontext(prec=5):
    print(Decimal("3.14159265") + 0, Decimal(22) / 7, Decimal("123456789") * 1)
print(Decimal(22) / 7)

print("== pi by Machin's formula at 60 digits")
def arctan_inv(x, ctx_prec):
    total = term = Decimal(1) / x
    x2 = x * x
    n = 1
    sign = -1
    eps = Decimal(10) ** -(ctx_prec + 2)
    while abs(term) > eps:
        term /= x2
        n += 2
        total += sign * term / n
        sign = -sign
    return total
with localcontext() as ctx:
    ctx.prec = 65
    pi = 4 * (4 * arctan_inv(5, 60) - arctan_inv(239, 60))
    ctx.prec = 60
    print(+pi)

print("== e by series and the golden ratio")
with localcontext(prec=40):
    e = Decimal(0)
    fact = Decimal(1)
    for k in range(1, 40):
        e += 1 / fact
        fact *= k
    print(e, e == Decimal(1).exp())
    phi = (1 + Decimal(5).sqrt()) / 2
    print(phi, phi * phi - phi)

print("== to_integral, as_tuple, normalize")
for t in ["2.5", "3.5", "-2.5", "1E+2", "123.000", "0.000"]:
    x = Decimal(t)
    print(t, x.to_integral(), x.to_integral_value(rounding=ROUND_HALF_UP), x.as_tuple(), x.normalize(), x.as_tuple().exponent)
sign, digits, exp = Decimal("-12.340").as_tuple()
print(sign, digits, exp, Decimal((sign, digits, exp)))

print("== str, repr and format")
for t in ["1E+3", "0.00001", "0.000001", "-0", "1234.5678", "1E-7", "Infinity", "-NaN"]:
    x = Decimal(t)
    print(str(x), repr(x), f"{x}", f"{x:f}", f"{x:g}", f"{x:10.3}", x.to_eng_string())
print("%s %r" % (Decimal("1.10"), Decimal("1.10")), "{:.2%}".format(Decimal("0.1234")), format(Decimal("1234567.891"), ",.2f"))

print("== errors")
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e, "| is ArithmeticError:", isinstance(e, ArithmeticError))
    else:
        print(label, "->", repr(r))
show("format _", lambda: format(Decimal("1234567.891"), "_.2f"))
show("1/0", lambda: Decimal(1) / 0)
show("0/0", lambda: Decimal(0) / 0)
show("1//0", lambda: Decimal(1) // 0)
show("1%0", lambda: Decimal(1) % 0)
show("sqrt(-1)", lambda: Decimal(-1).sqrt())
show("ln(0)", lambda: Decimal(0).ln())
show("ln(-1)", lambda: Decimal(-1).ln())
show("Decimal('abc')", lambda: Decimal("abc"))
show("Decimal('1.2.3')", lambda: Decimal("1.2.3"))
show("Decimal(1) + 1.5", lambda: Decimal(1) + 1.5)
show("1.5 * Decimal(2)", lambda: 1.5 * Decimal(2))
show("Decimal(1) + '1'", lambda: Decimal(1) + "1")
show("Decimal(None)", lambda: Decimal(None))
show("Decimal([1])", lambda: Decimal([1]))
show("quantize too big", lambda: Decimal("123456").quantize(Decimal("1E-25")))
show("int(NaN)", lambda: int(Decimal("NaN")))
show("int(Inf)", lambda: int(Decimal("-Inf")))
show("prec = 0", lambda: setattr(getcontext(), "prec", 0))
show("prec = 'x'", lambda: setattr(getcontext(), "prec", "x"))
show("rounding = 'x'", lambda: setattr(getcontext(), "rounding", "x"))
show("overflow", lambda: Decimal("9E+999999") * 10)
try:
    Decimal(5) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__, e.args)
try:
    Decimal("x")
except decimal.InvalidOperation as e:
    print("caught as InvalidOperation:", type(e).__name__, e.args)
with localcontext() as ctx:
    ctx.traps[decimal.DivisionByZero] = False
    print(Decimal(5) / 0, Decimal(-5) / 0, ctx.flags[decimal.DivisionByZero])

print("== powers that certainly underflow or overflow, under every rounding")
from decimal import Context, ROUND_05UP, ROUND_UP, ROUND_HALF_EVEN, Inexact, Rounded, Subnormal, Underflow, Overflow, Clamped
for mode in [ROUND_05UP, ROUND_CEILING, ROUND_UP, ROUND_FLOOR, ROUND_HALF_EVEN]:
    for base, exponent in [("1.295193499E+15", "-9.2090488492951E+25"), ("0.00017", "7.5861527E+28"),
                           ("-3.9E+25", "-798600001"), ("1.0001", "1E+30"), ("0.9", "-1E+40"), ("7", "1E+20")]:
        ctx = Context(prec=3, rounding=mode, Emax=99, Emin=-99, traps=[])
        r = ctx.power(Decimal(base), Decimal(exponent))
        raised = [s.__name__ for s in (Inexact, Rounded, Subnormal, Underflow, Overflow, Clamped) if ctx.flags[s]]
        print(mode, base, exponent, r, raised)
