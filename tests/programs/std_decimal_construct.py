# decimal: constructing Decimals (int, str, float, tuple, list, Decimal),
# the literal syntax CPython accepts, from_float, as_tuple/as_integer_ratio,
# and the text forms (str, repr, to_eng_string, capitals).
import decimal
from decimal import Decimal, Context, getcontext, localcontext, InvalidOperation


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


print("== from int")
for i in [0, 1, -1, 7, -123456789, 10 ** 30, -(2 ** 100), True, False]:
    show(i, lambda: Decimal(i))

print("== from str")
texts = ["0", "-0", "+0.00", "1.5", "-1.50", ".5", "5.", "1e5", "1E+5", "1e-5", "-1.23E-7",
         "123.456e2", "0e10", "-0E-3", "1_000", "1_0.0_1", "_1", "1_", "1__0", "1e_1",
         "  12  ", "\t3.25\n", "\u0661\u0662\u0663", "\uff11\uff12", "NaN", "nan", "-NaN",
         "NaN123", "-nan0042", "sNaN", "-sNaN12", "SNAN0", "Inf", "inf", "-Infinity",
         "+INFINITY", "1" * 60, "0." + "0" * 40 + "1", "1e999999999", "9.99e-999999999"]
for t in texts:
    show(repr(t), lambda: Decimal(t))

print("== invalid strings")
for t in ["", " ", ".", "e1", "1e", "1e+", "1.2.3", "--1", "+-1", "1 2", "abc", "infinit",
          "nana", "NaN1.5", "1e1.5", "0x10", "1,000", "\u00b2"]:
    show(repr(t), lambda: Decimal(t))
for t in ["1E+1000000000000000000", "1E-2000000000000000000"]:
    show(t, lambda: Decimal(t))

print("== invalid strings without the trap")
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(repr(Decimal("junk")), ctx.flags[InvalidOperation])

print("== from float (exact values)")
for f in [0.1, 0.5, -0.0, 1.0, 2.5e-10, 1e22, 1e300, -123.456, float("inf"), float("-inf"), float("nan")]:
    show(f, lambda: Decimal(f))
print("FloatOperation flag:", getcontext().flags[decimal.FloatOperation])
getcontext().clear_flags()
show("from_float(0.1)", lambda: Decimal.from_float(0.1))
show("from_float(7)", lambda: Decimal.from_float(7))
show("from_float('1')", lambda: Decimal.from_float("1"))
print("FloatOperation flag after from_float:", getcontext().flags[decimal.FloatOperation])
with localcontext() as ctx:
    ctx.traps[decimal.FloatOperation] = True
    show("trapped Decimal(1.5)", lambda: Decimal(1.5))
    show("trapped from_float(1.5)", lambda: Decimal.from_float(1.5))

print("== from tuples and lists")
for tup in [(0, (1, 4, 1, 4), -3), (1, (0,), 0), (0, (), 0), (1, (), "F"), (0, (1, 2), "n"),
            (1, (0, 0, 1, 2), "N"), (0, [1, 2], 1), [0, (5,), -1], (2, (1,), 0), (0, (10,), 0),
            (0, (1,), 1.5), (0, (1,), "x"), (0, (1,)), (0, "12", 0), (-1, (1,), 0)]:
    show(tup, lambda: Decimal(tup))

print("== from Decimal, other types, context argument")
d = Decimal("3.14")
print(Decimal(d) is d, Decimal(d))
for v in [None, b"1", 1j, [1, 2], object]:
    show(type(v).__name__, lambda: Decimal(v))
show("context arg", lambda: Decimal("1.23456789", Context(prec=3)))
show("bad context arg", lambda: Decimal("1", 5))

print("== as_tuple, as_integer_ratio, adjusted")
for t in ["-1.50", "0", "1E+3", "-Inf", "NaN", "sNaN12", "123.456"]:
    x = Decimal(t)
    print(t, x.as_tuple(), x.adjusted())
t = Decimal("-1.50").as_tuple()
print(t.sign, t.digits, t.exponent, type(t).__name__)
for t in ["1.5", "-0.25E3", "0.125", "0", "1E-20", "Inf", "NaN"]:
    show(t, lambda: Decimal(t).as_integer_ratio())

print("== str, repr, to_eng_string")
for t in ["123", "-123", "1.23E+3", "123E+6", "1.23E-8", "0.000001", "0.0000001", "1E-7",
          "12345E-12", "100E-1", "1E+2", "10E+1", "0E+4", "0E-7", "0E+1", "0E+2", "0E+3",
          "-0E-9", "5E+0", "0.00", "1234567890123456789012345678901234567890", "NaN7", "-sNaN",
          "-Infinity", "1.000E-6", "0.1E-5"]:
    x = Decimal(t)
    print(t, str(x), repr(x), x.to_eng_string())
getcontext().capitals = 0
print(str(Decimal("1E+10")), repr(Decimal("-1.5E-9")), Decimal("1E+10").to_eng_string())
getcontext().capitals = 1
print(Decimal("1E+10").to_eng_string(Context(capitals=0)))

print("== huge coefficients")
big = Decimal("7" * 5000)
print(len(str(big)), str(big)[:10], big.adjusted())
print(str(Decimal(10 ** 4500 + 1))[-5:], Decimal(2 ** 20000).adjusted())
