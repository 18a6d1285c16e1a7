# `f(*args, **kwargs)` forwarding (CALL_EX run inline for Python functions)
# and keyword calls of functions with `*args`, `**kwargs` or keyword-only
# parameters (CALL_KW_PY_BOUND), with the callee changing mid-loop, binding
# errors at iteration N, non-string keywords, non-tuple star arguments,
# generators, builtins, classes and recursion.
import sys


def target(a, b, c=1, *rest, key=None, **extra):
    return (a, b, c, rest, key, sorted(extra.items()))


def plain(a, b, c=1):
    return a + b + c


def gen(*args, **kwargs):
    yield args
    yield kwargs


class Box:
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs

    def __repr__(self):
        return f"Box{self.args}{sorted(self.kwargs.items())}"


def forward(func, *args, **kwargs):
    return func(*args, **kwargs)


out = []
callees = [target] * 8 + [plain] * 4 + [gen, Box, max, target, "not callable", target]
for i, callee in enumerate(callees):
    try:
        if callee is max:
            r = forward(callee, i, 3, key=abs)
        elif callee is plain:
            r = forward(callee, i, 2, **({"c": 5} if i % 2 else {}))
        else:
            r = forward(callee, i, 2, 3, 4, key=i, z=1)
        out.append(list(r) if callee is gen else r)
    except TypeError as e:
        out.append(f"TypeError: {e}")
print(out)

# Forwarding to bound methods: of a Python function, then of a builtin,
# then a method replaced on the class mid-loop.
class Greeter:
    def hello(self, name, punct="!", **extra):
        return f"hello {name}{punct}{sorted(extra)}"


g = Greeter()
bound = []
meth = g.hello
for i in range(16):
    if i == 6:
        meth = "{}|{}".format
    elif i == 10:
        Greeter.hello = lambda self, name, punct="?", **extra: ("patched", name, punct)
        meth = g.hello
    try:
        bound.append(forward(meth, i, **({"punct": "."} if i % 3 == 0 else {})))
    except (TypeError, IndexError, KeyError) as e:
        bound.append(f"{type(e).__name__}: {e}")
print(bound)

# Binding errors raised by the forwarded call, at iteration N.
errs = []
for i in range(12):
    kw = {"c": 1}
    if i == 5:
        kw = {"a": 1}
    elif i == 7:
        kw = {"nope": 2}
    elif i == 9:
        kw = {1: 2}
    args = (i, 1) if i != 8 else (i,)
    try:
        errs.append(plain(*args, **kw))
    except TypeError as e:
        errs.append(str(e))
print(errs)

# A star argument other than a tuple: list, generator, dict keys.
stars = []
for i in range(9):
    src = [(1, 2), [3, 4], (x for x in (5, 6)), {7: 0, 8: 0}][i % 4]
    stars.append(plain(*src))
print(stars)


# Keyword calls of functions with *args, **kwargs or keyword-only
# parameters; the function is swapped for a plain one, a generator and a
# builtin mid-loop.
def kwonly(a, *, scale=2, shift=0):
    return a * scale + shift


def star(a, *rest, **named):
    return (a, rest, sorted(named.items()))


results = []
fn = kwonly
for i in range(30):
    if i == 10:
        fn = star
    elif i == 18:
        fn = gen
    elif i == 20:
        fn = lambda a, scale=1, shift=0: ("lambda", a, scale, shift)
    elif i == 24:
        fn = dict
    try:
        r = fn(i, scale=3, shift=i)
        results.append(list(r) if fn is gen else r)
    except TypeError as e:
        results.append(f"TypeError: {e}")
    try:
        results.append(kwonly(i, scale=1, bad=2) if i == 27 else kwonly(i, shift=1))
    except TypeError as e:
        results.append(f"TypeError: {e}")
print(results)


# Deep recursion through forwarding wrappers reaches the recursion limit
# with CPython's error.
def down(n, **kw):
    return down(*(n + 1,), **kw)


sys.setrecursionlimit(200)
try:
    down(0, k=1)
except RecursionError as e:
    print("RecursionError", type(e).__name__)


# Reference counts: the callee's parameters hold the forwarded values, the
# caller's stack none.
def count_refs(x, **kw):
    return sys.getrefcount(x)


obj = object()
print(len({count_refs(obj, k=1) for _ in range(20)}), len({count_refs(*(obj,), **{"k": 1}) for _ in range(20)}))


# Exceptions raised inside the forwarded callee propagate with tracebacks
# through the inline frames.
def boom(x, **kw):
    if x == 3:
        raise ValueError(f"boom {x} {kw}")
    return x


caught = []
for i in range(6):
    try:
        caught.append(forward(boom, i, k=i))
    except ValueError as e:
        caught.append(str(e))
print(caught)
forward(boom, 3, k="end")
