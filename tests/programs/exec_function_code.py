# exec()/eval() of a function's code object: run as a call with no arguments.
def f():
    x = 40
    print("in f", x + two)
    return x + two
two = 2
exec(f.__code__)
print(eval(f.__code__, {"two": 5, "print": print}))
def g(a): return a
try:
    exec(g.__code__)
except TypeError as e:
    print("TypeError", e)
def outer():
    y = 1
    def inner():
        return y
    return inner
try:
    exec(outer().__code__)
except TypeError as e:
    print(e)
def gen():
    yield 1
    yield 2
print(list(eval(gen.__code__)))
def kw(*, k): pass
try:
    exec(kw.__code__)
except TypeError as e:
    print(e)
def va(*a, **k):
    print("va", a, k)
exec(va.__code__)
def cells():
    z = 3
    def inner():
        return z
    return inner()
print(eval(cells.__code__))
