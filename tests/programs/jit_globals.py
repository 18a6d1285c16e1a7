# Loops that read globals, builtins and module attributes, and call builtins
# without effects, while those change under them: every guard of the jit tier's
# global reads and builtin calls fails at some point, and the output must stay
# CPython's.
import math
import types
from math import sqrt, floor

SCALE = 2
LIMIT = 40


def scaled(n):
    s = 0
    for i in range(n):
        s += i * SCALE
    return s


# The global changes type and value between runs of the same loop.
for k in range(7):
    print("scaled", k, scaled(LIMIT))
    if k == 1:
        SCALE = 3
    elif k == 2:
        SCALE = 2.5
    elif k == 3:
        SCALE = 10 ** 30
    elif k == 4:
        SCALE = True
    elif k == 5:
        del SCALE
        try:
            scaled(LIMIT)
        except NameError as e:
            print("NameError:", e)
        SCALE = -1


def norms(n):
    total = 0.0
    for i in range(n):
        total += math.sqrt(i) + sqrt(i * 0.25) + abs(i - 7) + max(i, 3) + min(i * 0.5, 9)
    return total


print("norms", norms(30))
# A builtin shadowed by a global of the same name, then unshadowed.
abs = lambda x: -1000
print("norms shadowed", norms(30))
del abs
print("norms restored", norms(30))
# The module attribute replaced (monkey-patched) and restored.
real_sqrt = math.sqrt
math.sqrt = lambda x: 1.0
print("norms patched", norms(30))
math.sqrt = real_sqrt
print("norms unpatched", norms(30))
# A name imported from the module rebound in the globals.
sqrt = math.cos
print("norms rebound", norms(30))
sqrt = real_sqrt


def roots_down(n):
    out = 0.0
    for i in range(n):
        out += math.sqrt(20 - i)
    return out


# math.sqrt of a negative number at iteration 21: ValueError from the loop.
try:
    print(roots_down(30))
except ValueError as e:
    print("ValueError:", e)


def growth(n):
    acc = 0.0
    for i in range(n):
        acc += math.exp(i * 40)
    return acc


# math.exp overflows at iteration 18.
try:
    print(growth(30))
except OverflowError as e:
    print("OverflowError:", e)


def floors(n, x):
    s = 0
    for i in range(n):
        s += floor(x * i) + round(x * i) + math.gcd(i, 12)
    return s


print("floors", floors(25, 1.75))
# The float result of floor() no longer fits a machine int: a big int.
print("floors big", floors(25, 1e300))
print("floors float", floors(25, 0.5))
print("floors int", floors(25, 3))


def pows(n):
    s = 0.0
    for i in range(n):
        s += pow(i, 2) + math.pow(1.5, i % 5) + math.hypot(i, 4) + math.atan2(i, 3.0)
    return s


print("pows", round(pows(40), 9))

# The same code run with other globals: the trace of the first must not be used.
def scaled_fixed():
    s = 0
    for i in range(LIMIT):
        s += i * SCALE
    print("fixed", s)


SCALE = 1
scaled_fixed()
exec(scaled_fixed.__code__, {"SCALE": 100, "LIMIT": 40, "range": range, "print": print})
scaled_fixed()
