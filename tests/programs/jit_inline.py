# jit: calls of small Python functions inside hot loops are inlined into the
# trace. Every guard inside an inlined function leaves through the call,
# which the interpreter then makes again: these loops make those guards fail
# (argument types changing mid-loop, int overflow into big ints, the
# function rebound, an exception raised inside the callee at iteration N,
# the recursion limit reached) and print what CPython prints.
import sys
import math
import types


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def spectral_row(i, n):
    s = 0.0
    for j in range(n):
        s += eval_a(i, j)
    return s


print(round(spectral_row(3, 500), 12))


def square(x):
    return x * x


def sum_squares(values):
    t = 0
    for v in values:
        t += square(v)
    return t


# Ints, then floats, then big ints through the same inlined call.
print(sum_squares(list(range(300))))
print(sum_squares([0.5 * k for k in range(300)]))
print(sum_squares(list(range(100)) + [3_000_000_000] + list(range(100))))
print(sum_squares([1, 2, 3] * 100 + [2 ** 40, 2 ** 62]))


# Nested inlining, with a pure builtin inside.
def hyp(a, b):
    return math.sqrt(square(a) + square(b))


def norm_sum(n):
    t = 0.0
    for k in range(n):
        t += hyp(k, k + 1.5)
    return t


print(round(norm_sum(400), 9))


# An exception raised inside the inlined callee at iteration N: the
# traceback shows the callee's frame and line.
def inverse(x):
    d = x - 250
    return 10 / d


def inverses(n):
    acc = 0.0
    for k in range(n):
        acc += inverse(k)
    return acc


try:
    inverses(1000)
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("ZeroDivisionError", e, names)


# The function rebound while the loop runs (through a global it calls).
def step(x):
    return x + 1


def rebinding(n):
    global step
    t = 0
    for k in range(n):
        t = step(t)
        if k == n // 2:
            step = lambda x: x + 100
    return t


print(rebinding(600))


# The callee's code replaced by one from another module's globals.
other_globals = {"OFFSET": 7}
shifted = types.FunctionType(compile("def f(x):\n    return x + OFFSET\n", "<other>", "exec").co_consts[0], other_globals, "f")


def apply_all(fn, n):
    t = 0
    for k in range(n):
        t += fn(k)
    return t


print(apply_all(square, 300), apply_all(shifted, 300))
other_globals["OFFSET"] = 1000
print(apply_all(shifted, 300))
other_globals["OFFSET"] = 0.25
print(apply_all(shifted, 300))


# Functions that return different types on different iterations.
def half_or_none(x):
    if x % 3 == 0:
        return None
    return x / 2


def count_halves(n):
    c = 0
    s = 0.0
    for k in range(n):
        h = half_or_none(k)
        if h is None:
            c += 1
        else:
            s += h
    return c, s


print(count_halves(900))


# Calls near the recursion limit: the interpreter's RecursionError, from
# the frame that makes the call.
def leaf(x):
    return x + 1


def loop_at_depth(d):
    if d > 0:
        return loop_at_depth(d - 1)
    t = 0
    for k in range(200):
        t += leaf(k)
    return t


old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
found = None
for d in range(60, 110):
    try:
        loop_at_depth(d)
    except RecursionError as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        found = (tb.tb_frame.f_code.co_name, d >= 90)
        break
sys.setrecursionlimit(old)
print("RecursionError in", found)


# Default arguments and keyword calls are not inlined but still agree.
def scaled(x, k=3):
    return x * k


def use_defaults(n):
    t = 0
    for i in range(n):
        t += scaled(i) + scaled(i, k=2)
    return t


print(use_defaults(500))
