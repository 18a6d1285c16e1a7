# Decorators (with and without arguments), lambdas, higher-order functions, recursion.
import sys

call_log = []


def logged(fn):
    def wrapper(*args, **kwargs):
        call_log.append(fn.__name__)
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args} -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    return wrapper


def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator


def validate_positive(fn):
    def wrapper(x):
        if x < 0:
            raise ValueError(f"{fn.__name__} needs x >= 0, got {x}")
        return fn(x)
    return wrapper


@logged
def add(a, b):
    return a + b


@repeat(3)
def shout(word):
    return word.upper()


@logged
@validate_positive
def root(x):
    return x ** 0.5


print(add(2, 3), add("a", "b"))
print(shout("hey"))
print(root(16))
try:
    root(-4)
except ValueError as e:
    print("ValueError:", e)
print(call_log)

registry = {}


def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco


@register("double")
def double(x):
    return 2 * x


@register("square")
def square(x):
    return x * x


for name in sorted(registry):
    print(name, registry[name](7))


def count_calls(fn):
    def wrapper(*a):
        wrapper.count += 1
        return fn(*a)
    wrapper.count = 0
    return wrapper


@count_calls
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann.count)

ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
for sym in "+-*/":
    print(sym, ops[sym](12, 4))
print(list(map(lambda s: s[::-1], ["abc", "de"])), list(filter(lambda n: n % 3 == 0, range(20))))
print(sorted(["x10", "x9", "x100"], key=lambda s: int(s[1:])), (lambda *a: len(a))(1, 2, 3))
print((lambda x, y=2: x ** y)(5), (lambda: "no args")(), (lambda f: f(f(3)))(lambda v: v + 1))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:7])


def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


print(flatten([1, [2, (3, [4, [5]])], [], 6]))


def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]


print(power_set(["a", "b", "c"]))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500), sys.getrecursionlimit() >= 1000)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(77), is_even(7))


def staticish():
    return "functions are objects"


alias = staticish
print(alias(), alias is staticish, callable(alias), callable(3), alias.__name__)
funcs = [abs, str, len, lambda v: [v]]
print([f(-3) if f is not len else f("abc") for f in funcs])
