# round(), formatting of floats and float errors caught by the program.
import math

for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 123.456, -123.456, 1e20]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), type(round(x)).__name__)

print(round(3.14159, 3), round(2.5, 0), round(1234.5678, -2), round(-0.45, 1), round(5e-324, 5))
print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(2 / 3, 15), round(1e300, 2))

for x in [3.14159265, -2.0, 0.000012345, 123456789.123, 1e-10, 1.5e22]:
    print("%.3f|%10.4f|%-10.2f|%e|%.2e|%g|%.3g|%G" % (x, x, x, x, x, x, x, x))
    print(f"{x:.3f}|{x:10.4f}|{x:<10.2f}|{x:e}|{x:.2e}|{x:g}|{x:.3g}|{x:+.1f}|{x:.2%}")

print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(1e-7, "f"), format(2.5, ".0f"))
print(format(float("inf"), ".2f"), format(float("nan"), "f"), format(-0.0, ".1f"), format(1.0, "g"))
print(str(1e16), str(1.0e-5), "%s %r" % (0.1, 0.1), "%d" % 3.99, "%i" % -3.99)

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("caught:", type(e).__name__, e)
        return None

print(safe_div(1.0, 0.0), safe_div(1, 0), safe_div(0.0, 0), safe_div(5, 2))
for expr in ["1.0 // 0", "1 % 0", "1.5 % 0.0", "divmod(1, 0)"]:
    try:
        eval_result = {"1.0 // 0": lambda: 1.0 // 0, "1 % 0": lambda: 1 % 0,
                       "1.5 % 0.0": lambda: 1.5 % 0.0, "divmod(1, 0)": lambda: divmod(1, 0)}[expr]()
        print(expr, "->", eval_result)
    except ZeroDivisionError as e:
        print(expr, "raised", repr(e))

for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

try:
    math.sqrt(-1)
except ValueError as e:
    print("sqrt(-1):", e)
try:
    math.log(0)
except ValueError as e:
    print("log(0):", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("overflow:", type(e).__name__)
try:
    float("abc")
except ValueError as e:
    print(e)
print(10 ** 400 > 1e308)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(math.isinf(1e308 * 10), math.isnan(float("inf") - float("inf")), math.isinf(-math.inf))
