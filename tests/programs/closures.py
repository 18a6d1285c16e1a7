# Closures, nonlocal, global, nested scopes.

counter_total = 0


def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset


inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
inc2, _ = make_counter()
print(inc2(), inc2(), inc(), inc2())


def bump_global(n):
    global counter_total
    for _ in range(n):
        counter_total += 1
    return counter_total


print(bump_global(3), bump_global(4), counter_total)


def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 5)]


print([m(10) for m in make_multipliers()])


def make_adders():
    adders = []
    for k in range(3):
        def add(x):
            return x + k
        adders.append(add)
    return adders


print([a(100) for a in make_adders()])


def outer():
    x = "outer x"

    def middle():
        y = "middle y"

        def inner():
            return x + " / " + y

        return inner

    return middle()


print(outer()())


def memoize(fn):
    cache = {}
    calls = [0]

    def wrapper(n):
        calls[0] += 1
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    wrapper.calls = calls
    return wrapper


@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


print(slow_fib(60), len(slow_fib.cache), slow_fib.calls[0])


def running_average():
    total = 0.0
    count = 0

    def add(value):
        nonlocal total, count
        total += value
        count += 1
        return total / count

    return add


avg = running_average()
print([avg(v) for v in [10, 20, 30, 0, 5]])

x = "global"


def read_global():
    return x


def shadow():
    x = "local"
    return x, read_global()


print(shadow(), x)


def nested_nonlocal():
    level = 0

    def one():
        nonlocal level
        level += 1

        def two():
            nonlocal level
            level += 10
            return level

        return two()

    one()
    one()
    return level


print(nested_nonlocal())


def compose(*fns):
    def composed(value):
        for fn in reversed(fns):
            value = fn(value)
        return value
    return composed


pipeline = compose(str, lambda v: v * 2, abs)
print(repr(pipeline(-21)))


def set_global_later():
    global late_defined
    late_defined = "now defined"


set_global_later()
print(late_defined)


def cell_after_def():
    def get():
        return value
    value = 42
    return get()


print(cell_after_def())
gen_closure = [(lambda: n * 2)() for n in range(3)]
print(gen_closure)


class Account:
    rate = 0.05

    def __init__(self):
        self.balance = 100

    def interest_fn(self):
        def compute(years):
            return self.balance * (1 + Account.rate) ** years
        return compute


f = Account().interest_fn()
print(round(f(10), 4))
