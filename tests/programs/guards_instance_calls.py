# Calls of instances whose class has a Python `__call__` (CALL_PY_INSTANCE,
# and `obj(*args, **kwargs)`), with the guard failing mid-loop: `__call__`
# replaced on the class, a subclass overriding it, an instance attribute
# named `__call__` (ignored, as special methods are looked up on the type),
# a generator `__call__`, `*args`/`**kwargs` signatures, errors at iteration N.
import functools


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, y=0):
        return x + y + self.n


class Loud(Adder):
    def __call__(self, x, y=0):
        return ("loud", x, y)


class Star:
    def __call__(self, *args, **kwargs):
        return (len(args), sorted(kwargs))


out = []
obj = Adder(100)
for i in range(40):
    if i == 10:
        obj = Loud(1)
    elif i == 15:
        obj = Adder(5)
        obj.__call__ = lambda x, y=0: "instance attribute"
    elif i == 20:
        Adder.__call__ = lambda self, x, y=0: ("patched", x, y)
    elif i == 25:
        obj = Star()
    elif i == 30:
        def gen_call(self, x, y=0):
            yield x
        Adder.__call__ = gen_call
        obj = Adder(0)
    elif i == 35:
        obj = len
    try:
        r = obj(i)
        out.append(list(r) if hasattr(r, "__next__") else r)
    except TypeError as e:
        out.append(f"TypeError: {e}")
print(out)

# Binding errors raised from the instance call.
errs = []
for i in range(10):
    try:
        errs.append(Star()(i, k=i) if i != 4 else Loud(0)(1, 2, 3))
    except TypeError as e:
        errs.append(str(e))
print(errs)

# Forwarding through partial objects (instances with `*args, **kwargs`
# `__call__`) and calls through `obj(*args, **kwargs)`.
def mul(a, b, *, scale=1):
    return a * b * scale


p = functools.partial(mul, 3)
q = functools.partial(p, scale=2)
acc = []
for i in range(20):
    acc.append(p(i) + q(i) + q(*(i,), **{"scale": 3}) + Adder.__call__.__code__.co_argcount)
print(acc)


# An exception inside `__call__` propagates through the inline frame.
class Fails:
    def __call__(self, x):
        if x == 6:
            raise KeyError(x)
        return x


f = Fails()
res = []
for i in range(10):
    try:
        res.append(f(i))
    except KeyError as e:
        res.append(repr(e))
print(res)
f(6)
