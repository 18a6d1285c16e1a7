# decimal: the correctly rounded functions (sqrt, exp, ln, log10, power),
# quantize (with its errors), to_integral*, normalize, next_*, scaleb,
# shift/rotate, logical operations, fma, compare*, min/max and the is_*
# predicates, at several precisions and rounding modes.
from decimal import *

D = Decimal


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))


print("== sqrt, exp, ln, log10 at several precisions")
for prec in [1, 5, 16, 28, 60]:
    with localcontext(prec=prec):
        print(prec, D(2).sqrt(), D(1).exp(), D(2).ln(), D(2).log10())
        print(prec, D("0.5").exp(), D(-1).exp(), D("1E-10").exp(), D("1.000001").ln(), D("123.456").log10())
        print(prec, D("3.7").sqrt(), D("1E+5").sqrt(), D("0.0001").sqrt(), D(10).ln(), D("0.9999").log10())

print("== exact results and special cases")
for t in ["0", "-0", "1", "1.00", "0.0100", "-0.00", "1E+3", "4E+3", "100", "0.25", "Infinity",
          "-Infinity", "NaN", "-1", "sNaN"]:
    x = D(t)
    print(t, end=": ")
    for fname in ["sqrt", "exp", "ln", "log10"]:
        try:
            print(fname, repr(getattr(x, fname)()), end="; ")
        except Exception as e:
            print(fname, type(e).__name__, end="; ")
    print()
for t in ["100", "0.001", "1E+100", "10", "1E-20", "1000000"]:
    print(t, D(t).log10())

print("== rounding modes do not change exp/ln/log10/sqrt; they do change power")
for m in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_05UP]:
    with localcontext(prec=5, rounding=m):
        print(m, D(2).sqrt(), D(1).exp(), D(2).ln(), D(3).log10(), D("1E-10").exp(), D("-1E-10").exp(),
              D(2) ** D("0.5"), D(3) ** -1, D(4) ** D("0.5"), D(2) ** 20, D("1.1") ** 50)

print("== overflow and underflow in functions")
c = Context(traps=[])
for name, f in [("exp(1000000000)", lambda: c.exp(D("1E+9"))), ("exp(-1E+9)", lambda: c.exp(D("-1E+9"))),
                ("exp(2302600)", lambda: c.exp(D(2302600))), ("10**1000000", lambda: c.power(10, 1000000)),
                ("10**-1000000", lambda: c.power(10, -1000000)), ("0.9**1E+10", lambda: c.power(D("0.9"), D("1E+10"))),
                ("2**-1000", lambda: c.power(2, -1000)), ("1.0000001**100000000", lambda: c.power(D("1.0000001"), 100000000)),
                ("ln(1E+999999)", lambda: c.ln(D("1E+999999"))), ("sqrt(1E-999999)", lambda: c.sqrt(D("1E-999999")))]:
    c.clear_flags()
    print(name, repr(f()), [s.__name__ for s, v in c.flags.items() if v])

print("== quantize")
for x, q in [("1.2", "0.01"), ("1.25", "0.1"), ("1.35", "0.1"), ("-1.25", "0.1"), ("123.456", "1"),
             ("123.456", "1E+1"), ("123.456", "1E+3"), ("0", "0.001"), ("-0", "1E+2"), ("9.999", "0.01"),
             ("1.5", "Infinity"), ("Infinity", "Infinity"), ("NaN", "1"), ("1", "NaN"),
             ("123.456", "1E-30"), ("1E+5", "1E-25"), ("1.23", "1E+999999"), ("1.23", "1E-1000030")]:
    show("%s.quantize(%s)" % (x, q), lambda: D(x).quantize(D(q)))
for m in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    print(m, D("7.325").quantize(D("0.01"), m), D("-7.325").quantize(D("0.01"), rounding=m),
          D("7.3").quantize(D("1"), m), D("0.05").quantize(D("0.1"), m))
show("bad rounding", lambda: D(1).quantize(D(1), "UP"))
show("quantize(1)", lambda: D("1.23").quantize(1))
show("quantize(1.5)", lambda: D("1.23").quantize(1.5))
c = Context(prec=3, Emin=-5, traps=[])
for x, q in [("1.23e-6", "1e-7"), ("1.23e-6", "1e-8"), ("1.23", "1e+8"), ("123", "1e+2"), ("999.9", "1")]:
    c.clear_flags()
    print(x, q, repr(c.quantize(D(x), D(q))), [s.__name__ for s, v in c.flags.items() if v])
with localcontext(prec=5, traps=[Inexact]):
    show("trapped inexact quantize", lambda: D("1.23456").quantize(D("0.01")))
    show("exact quantize", lambda: D("1.2300").quantize(D("0.01")))

print("== to_integral, normalize, next_*")
for t in ["12.345", "12.5", "13.5", "-12.5", "1E+2", "-0.5", "0.000", "Infinity", "NaN"]:
    x = D(t)
    print(t, x.to_integral_value(), x.to_integral_value(ROUND_HALF_UP), x.to_integral_exact(ROUND_CEILING),
          x.to_integral(), x.normalize(), x.next_plus(), x.next_minus())
print(D("10").normalize(), D("1.2300E+5").normalize(), D("-0.000").normalize(), D("120.00").normalize(Context(prec=2)))
print(D(1).next_toward(0), D(1).next_toward(2), D(1).next_toward(D("1.0")), D("-0").next_toward(1))

print("== scaleb, shift, rotate, logb, logical")
print(D("0.001").scaleb(2), D("1.5").scaleb(-3), D("Infinity").scaleb(2), D(123).logb(), D("0.001").logb())
print(D(12345).shift(2), D(12345).shift(-2), D(12345).rotate(2), D(12345).rotate(-2))
print(D(1100).logical_and(D(1010)), D(1100).logical_or(1010), D(1100).logical_xor(1010), D(101).logical_invert())
for name, f in [("scaleb(1.5)", lambda: D(1).scaleb(D("1.5"))), ("shift(40)", lambda: D(1).shift(40)),
                ("logical_and(2)", lambda: D(12).logical_and(D(10))), ("logb(0)", lambda: D(0).logb())]:
    show(name, f)

print("== compare, total order, min/max, fma, copies")
for x, y in [("1", "2"), ("1.0", "1.00"), ("-0", "0"), ("NaN", "1"), ("-1.0", "-1.00"), ("Infinity", "1E+999")]:
    a, b = D(x), D(y)
    print(x, y, a.compare(b), a.compare_total(b), a.compare_total_mag(b), a.max(b), a.min(b), a.max_mag(b), a.min_mag(b))
show("compare(sNaN)", lambda: D(1).compare(D("sNaN")))
show("compare_signal(NaN)", lambda: D(1).compare_signal(D("NaN")))
print(D("-NaN").compare_total(D("sNaN")), D("NaN").compare_total(D("Inf")), D("NaN3").compare_total(D("NaN12")))
print(D(2).fma(3, 4), D("1.5").fma(D("2.5"), D("-3.75")), D(2).fma(D("Infinity"), 1))
with localcontext(prec=3):
    print(D("1.11").fma(D("1.11"), D("-1.2321")), D("1.11") * D("1.11") - D("1.2321"))
show("fma(Inf, 0, 1)", lambda: D("Infinity").fma(0, 1))
print(D("1.5").copy_sign(D("-2")), D("-1.5").copy_abs(), D("1.5").copy_negate(), D("NaN").copy_sign(-1))
show("copy_sign(2.5)", lambda: D(1).copy_sign(2.5))

print("== predicates")
for t in ["1.5", "-0", "0", "1E-999999", "1E-1000010", "Infinity", "-Infinity", "NaN", "sNaN"]:
    x = D(t)
    print(t, x.number_class(), x.is_finite(), x.is_infinite(), x.is_nan(), x.is_qnan(), x.is_snan(),
          x.is_signed(), x.is_zero(), x.is_normal(), x.is_subnormal(), x.is_canonical(), x.same_quantum(D("1.0")))
print(D(1).radix(), D(5).canonical(), D(5).conjugate(), D(1).is_normal(Context(Emin=5 - 6, Emax=5)))
