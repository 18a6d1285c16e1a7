# types.FunctionType: a function from a code object and globals.
import types


def f(a, b=2):
    return a + b + X


X = 1
for args in [(1, {}), (f.__code__, 1), (f.__code__, {}, 3), (f.__code__, {}, None, 5), (f.__code__, {}, None, None, (1,))]:
    try:
        types.FunctionType(*args)
    except Exception as e:
        print(type(e).__name__, e)
g = types.FunctionType(f.__code__, {"X": 10}, "gg", (5,))
print(g.__name__, g.__qualname__, g(1), g.__defaults__, g.__module__, f(1))


def outer():
    y = 1

    def inner():
        return y

    return inner


i = outer()
try:
    types.FunctionType(i.__code__, {})
except Exception as e:
    print(type(e).__name__, e)
h = types.FunctionType(i.__code__, {}, None, None, i.__closure__)
print(h(), h.__name__, [c.cell_contents for c in h.__closure__], f.__closure__)
k = types.FunctionType(code=f.__code__, globals={"X": 1, "__name__": "mod"}, name="k")
print(k.__module__, k(1, 1))
try:
    k(1)
except TypeError as e:
    print("TypeError:", e)


# The same loop's code under two globals (the jit tier's trace belongs to one).
def scaled(n):
    s = 0
    for i in range(n):
        s += i * SCALE
    return s


SCALE = 2
alias = types.FunctionType(scaled.__code__, {"SCALE": 100, "range": range})
print(scaled(40), alias(40), scaled(40), alias(40))
