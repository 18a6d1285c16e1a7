# decimal: contexts (getcontext, setcontext, localcontext, Context(...),
# the three templates), flags and traps as signal dicts, the signal classes
# and their hierarchy, what trapped signals raise, and Context methods.
import decimal
from decimal import *

D = Decimal


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e, getattr(e, "args", None))
    else:
        print(label, "->", repr(r))


print("== templates and the current context")
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(getcontext())
print(Context())
print(Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1,
              flags=[Inexact], traps=[DivisionByZero, Underflow]))
print(Context(flags={s: s in (Rounded, Clamped) for s in getcontext().flags}))
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
print(ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)
c = Context(prec=7, Emin=-20, Emax=30)
print(c.Etiny(), c.Etop(), c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)

print("== signals")
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
            Overflow, Underflow, FloatOperation]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]], cls.__module__)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(DivisionUndefined, ZeroDivisionError), issubclass(Overflow, ArithmeticError))

print("== flags")
getcontext().clear_flags()
x = D(1) / D(3)
print(getcontext().flags)
print(getcontext())
print(getcontext().flags[Inexact], getcontext().flags[Overflow], len(getcontext().flags))
print(list(getcontext().flags), Inexact in getcontext().flags)
print(dict(getcontext().flags) == getcontext().flags, getcontext().flags.copy()[Rounded])
getcontext().flags[Overflow] = True
print([s.__name__ for s, v in getcontext().flags.items() if v])
getcontext().clear_flags()
print(getcontext().flags == {s: False for s in getcontext().flags})
show("flags[ConversionSyntax]", lambda: getcontext().flags[ConversionSyntax])
show("flags[3]", lambda: getcontext().flags[3])
show("del flags[Inexact]", lambda: getcontext().flags.__delitem__(Inexact))

print("== traps raising")
for name, setup, f in [
        ("Inexact", {Inexact: True}, lambda c: c.divide(D(1), D(3))),
        ("Rounded", {Rounded: True}, lambda c: c.divide(D(1), D(3))),
        ("Clamped", {Clamped: True}, lambda c: c.create_decimal("1e9999999")),
        ("Underflow", {Underflow: True}, lambda c: c.multiply(D("1e-999999"), D("1e-30"))),
        ("Subnormal", {Subnormal: True}, lambda c: c.multiply(D("1e-999999"), D("0.1"))),
        ("Overflow", {Overflow: True}, lambda c: c.multiply(D("9e999999"), 10)),
        ("DivisionByZero", {DivisionByZero: True}, lambda c: c.divide(1, 0)),
        ("InvalidOperation", {InvalidOperation: True}, lambda c: c.sqrt(D(-1))),
        ("ConversionSyntax", {InvalidOperation: True}, lambda c: c.create_decimal("1x")),
        ("DivisionImpossible", {InvalidOperation: True}, lambda c: c.divide_int(D("1e40"), 3)),
        ("DivisionUndefined", {InvalidOperation: True}, lambda c: c.divide(0, 0)),
        ("divmod by zero", {InvalidOperation: True, DivisionByZero: True}, lambda c: c.divmod(1, 0)),
        ("Inexact and Rounded", {Inexact: True, Rounded: True}, lambda c: c.divide(D(2), D(3)))]:
    c = Context(traps=[])
    for s, v in setup.items():
        c.traps[s] = v
    try:
        r = f(c)
        print(name, "no raise", r)
    except DecimalException as e:
        print(name, "raised", type(e).__name__, e, [s.__name__ for s, v in c.flags.items() if v])
try:
    D(1) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", repr(e))
try:
    D("abc")
except InvalidOperation as e:
    print("caught:", e.args, isinstance(e, ArithmeticError))
try:
    with localcontext() as ctx:
        ctx.traps[FloatOperation] = True
        D(0.5)
except TypeError as e:
    print("FloatOperation is a TypeError:", type(e).__name__, e)

print("== untrapped results set flags")
c = Context(traps=[], prec=5, Emin=-5, Emax=5)
for name, f in [("1/0", lambda: c.divide(1, 0)), ("0/0", lambda: c.divide(0, 0)),
                ("sqrt(-4)", lambda: c.sqrt(-4)), ("overflow", lambda: c.multiply(D("9e5"), 10)),
                ("underflow", lambda: c.multiply(D("1e-5"), D("1.2345e-3"))),
                ("to zero", lambda: c.multiply(D("1e-5"), D("1e-5"))),
                ("clamp", lambda: c.create_decimal("0e20")), ("bad text", lambda: c.create_decimal("x"))]:
    c.clear_flags()
    print(name, repr(f()), c)

print("== setting context attributes")
c = Context()
for attr, value in [("prec", 0), ("prec", "a"), ("prec", 1.5), ("prec", MAX_PREC + 1), ("Emin", 1),
                    ("Emax", -1), ("capitals", 2), ("clamp", -1), ("rounding", "UP"), ("rounding", 3),
                    ("flags", [Inexact]), ("traps", 5), ("foo", 1)]:
    show("%s=%r" % (attr, value), lambda: setattr(c, attr, value))
show("Context(traps=[1])", lambda: Context(traps=[1]))
show("Context(flags={Inexact: True})", lambda: Context(flags={Inexact: True}))
show("Context(flags=[ConversionSyntax])", lambda: Context(flags=[ConversionSyntax]))
show("c.foo", lambda: c.foo)
show("setcontext(1)", lambda: setcontext(1))
show("localcontext(foo=1)", lambda: localcontext(foo=1))
show("localcontext(prec=-1)", lambda: localcontext(prec=-1))
show("localcontext(5)", lambda: localcontext(5))
show("localcontext(traps=5)", lambda: localcontext(traps=5))
c.traps = {s: s is Inexact for s in c.traps}
c.flags = getcontext().flags
print(c)

print("== localcontext and setcontext")
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / 3, getcontext().prec, getcontext() is ctx)
print(getcontext().prec, D(1) / 3)
with localcontext(Context(prec=3), rounding=ROUND_UP) as ctx:
    print(D(2) / 3, ctx.prec, ctx.rounding)
with localcontext(prec=10, traps=[Inexact], flags=[Rounded]) as ctx:
    print(ctx)
try:
    with localcontext(prec=4):
        print(D(22) / 7)
        raise KeyError("inner")
except KeyError:
    pass
print(getcontext().prec)
saved = getcontext()
setcontext(Context(prec=4, rounding=ROUND_DOWN))
print(D(2) / 3, getcontext())
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec, D(2) / 3)
setcontext(saved)
print(getcontext() is saved)

print("== context methods")
c = Context(prec=6, traps=[])
for name, args in [("add", (1, D("2.5"))), ("subtract", (1, 2)), ("multiply", (D("1.5"), 3)),
                   ("divide", (1, 7)), ("divide_int", (17, 5)), ("remainder", (17, 5)),
                   ("remainder_near", (17, 5)), ("divmod", (17, 5)), ("power", (2, 50)),
                   ("power", (D("2"), D("0.5"))), ("sqrt", (2,)), ("exp", (1,)), ("ln", (10,)),
                   ("log10", (2,)), ("abs", (-3,)), ("plus", (D("1.2345678"),)), ("minus", (5,)),
                   ("compare", (1, 2)), ("compare_signal", (1, D("NaN"))), ("compare_total", (D("1.0"), D(1))),
                   ("max", (1, D("NaN"))), ("min", (1, 2)), ("max_mag", (-3, 2)), ("min_mag", (-3, 2)),
                   ("quantize", (D("1.23456"), D("0.01"))), ("normalize", (D("1.200"),)),
                   ("to_integral_value", (D("2.5"),)), ("to_integral_exact", (D("2.5"),)),
                   ("to_sci_string", (D("1E+3"),)), ("to_eng_string", (D("1E+4"),)), ("fma", (2, 3, 4)),
                   ("copy_sign", (3, -1)), ("copy_abs", (-3,)), ("copy_negate", (3,)), ("copy_decimal", (3,)),
                   ("is_zero", (0,)), ("is_signed", (-1,)), ("is_nan", (D("NaN"),)), ("is_finite", (1,)),
                   ("is_normal", (1,)), ("is_subnormal", (D("1e-999999"),)), ("number_class", (D("-0"),)),
                   ("next_plus", (1,)), ("next_minus", (1,)), ("next_toward", (1, 2)), ("logb", (1000,)),
                   ("scaleb", (1, 3)), ("shift", (123, 2)), ("rotate", (123, -1)), ("logical_and", (1100, 1010)),
                   ("logical_or", (1100, 1010)), ("logical_xor", (1100, 1010)), ("logical_invert", (1100,)),
                   ("same_quantum", (D("1.0"), D("2.0"))), ("create_decimal", ("3.14159265",)),
                   ("create_decimal_from_float", (0.1,)), ("radix", ()), ("add", (1.5, 1)), ("add", ("1", 2))]:
        show("%s%r" % (name, args), lambda: getattr(c, name)(*args))
print(c)
print(c.copy() is not c, c.copy().prec, repr(c.copy()) == repr(c))
