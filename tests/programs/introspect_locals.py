# locals(), vars() and dir() inside functions and class bodies (CPython 3.11:
# a snapshot dict of the variables; writing to it does not change them), and
# eval()/exec() without namespaces running in the caller's.
import sys


def simple(a, b=2, *args, **kw):
    c = a + b
    snapshot = locals()
    return snapshot


print("simple:", simple(1, 5, 6, k=7))


def order(first, second):
    x = 1
    def inner():
        return first + x
    y = inner()
    return list(locals())


print("order:", order(1, 2))


def unbound_skipped():
    before = locals().copy()
    later = 5
    after = locals()
    return sorted(before), sorted(after)


print("unbound skipped:", unbound_skipped())


def writes_ignored():
    v = 1
    locals()["v"] = 99
    locals()["new"] = 5
    return v, "new" in dir()


print("writes ignored:", writes_ignored())


def free_vars():
    outer_value = 10

    def inner():
        local_value = 20
        return sorted(locals().items())

    return inner()


print("free vars:", free_vars())


def with_vars_dir(p):
    q = p * 2
    return sorted(vars().items()), dir()


print("vars/dir:", with_vars_dir(3))
print("vars(obj):", vars(type("T", (), {"a": 1}))["a"])


class Obj:
    def __init__(self):
        self.x = 1
        self.y = 2


print("vars(instance):", vars(Obj()))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)


class Body:
    first = 1
    names = sorted(locals())
    listing = dir()


print("class body:", Body.names, Body.listing)
print("comprehension:", [sorted(locals()) for item in range(1)])
print("module level:", locals() is globals(), vars() is globals(), "simple" in dir())


# eval()/exec() with no namespaces use the caller's globals and a snapshot
# of its locals.
def evaluator(n):
    m = n + 1
    total = eval("n * 10 + m")
    exec("m = 1000\nextra = m + n")
    loc = {}
    exec("z = n", globals(), loc)
    return total, m, "extra" in locals(), loc


try:
    print("eval/exec:", evaluator(4))
except NameError as e:
    print("NameError:", e)


def exec_sees_snapshot(k):
    ns_before = locals()
    exec("k = k + 1; seen = k")
    return k, sorted(ns_before)


print("exec snapshot:", exec_sees_snapshot(5))


def closure_eval():
    captured = 7

    def inner():
        return eval("captured * 2")

    return inner()


try:
    print("closure eval:", closure_eval())
except NameError as e:
    print("NameError:", e)


class EvalBody:
    base = 3
    doubled = eval("base * 2")
    exec("tripled = base * 3")


print("class body eval:", EvalBody.doubled, EvalBody.tripled)

# exec() with separate globals and locals dicts; compile() code objects.
g = {"shared": 1}
loc = {"own": 2}
exec("made = shared + own\nshared_seen = shared", g, loc)
print("separate:", sorted(loc), "made" in g, loc["made"])
code = compile("result = value * 3", "<calc>", "exec")
for value in (1, 2):
    ns = {"value": value}
    exec(code, ns)
    print("compiled exec:", ns["result"])
expr = compile("value + 100", "<expr>", "eval")
print("compiled eval:", eval(expr, {"value": 5}), eval(expr, {}, {"value": 6}))
single = compile("answer = 42", "<single>", "single")
ns = {}
exec(single, ns)
print("single:", ns["answer"])
glob_only = {}
exec("def f():\n    return sorted(locals())\nout = f()", glob_only)
print("function in exec:", glob_only["out"])


def func_code():
    return 5


print("function code:", eval(func_code.__code__))
print("globals():", globals() is sys._getframe().f_globals)
