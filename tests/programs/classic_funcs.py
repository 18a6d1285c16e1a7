# Generators pipelines, closures, decorators, argument passing.
import sys


def counter(start=0, step=1):
    n = start
    while True:
        received = yield n
        if received is not None:
            n = received
        else:
            n += step


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def chain(*its):
    for it in its:
        yield from it


def pipeline():
    nums = (i * i for i in range(1, 30))
    evens = (n for n in nums if n % 2 == 0)
    labelled = (f"#{i}:{n}" for i, n in enumerate(evens, 1))
    return list(labelled)


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)


def delegate(results, key):
    while True:
        results[key] = yield from averager()


def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


def gen_with_cleanup(log):
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        log.append("closed")
        raise
    finally:
        log.append("finally")


def memoize(func):
    cache = {}

    def wrapper(*args):
        if args in cache:
            wrapper.hits += 1
            return cache[args]
        result = cache[args] = func(*args)
        return result
    wrapper.hits = 0
    wrapper.cache = cache
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper


def repeat(times):
    def decorate(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


def trace(log):
    def decorate(func):
        def wrapper(*args, **kwargs):
            log.append(f"-> {func.__name__}{args}{sorted(kwargs.items()) if kwargs else ''}")
            try:
                r = func(*args, **kwargs)
            except Exception as e:
                log.append(f"!! {func.__name__} raised {type(e).__name__}")
                raise
            log.append(f"<- {func.__name__} = {r!r}")
            return r
        return wrapper
    return decorate


def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        cls.registered = True
        return cls
    return deco


@memoize
def fib(n):
    """Fibonacci with memoization."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


calls = []


@trace(calls)
def divide(a, b=1, *, rounding=False):
    r = a / b
    return round(r) if rounding else r


@repeat(3)
def greet(name, punct="!"):
    return "hi " + name + punct


REG = {}


@register(REG)
class Plugin:
    pass


@register(REG)
class OtherPlugin(Plugin):
    pass


def make_counters():
    counters = []
    for i in range(3):
        def c(i=i):
            return i * 10
        counters.append(c)
    late = [lambda: i for i in range(3)]
    return [f() for f in counters], [f() for f in late]


def accumulator():
    total = 0

    def add(x):
        nonlocal total
        total += x
        return total

    def get():
        return total
    return add, get


def args_demo(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, sorted(kwargs.items()))


def pos_only(a, b, /, c, *, d):
    return a + b + c + d


g_counter = 0


def bump():
    global g_counter
    g_counter += 1
    return g_counter


if __name__ == "__main__":
    c = counter(5, 2)
    print(next(c), next(c), c.send(100), next(c), next(c))
    print(take(5, counter()), take(3, chain("ab", [1, 2], range(3))))
    print(pipeline())
    results = {}
    group = delegate(results, "a")
    next(group)
    for v in (10, 20, 45):
        print(group.send(v), end=" ")
    group.send(None)
    print(results)
    print(list(flatten([1, [2, [3, (4, 5)], []], [[[6]]], "xy"])))
    log = []
    g = gen_with_cleanup(log)
    print(next(g), next(g), log)
    g.close()
    print(log, list(g))
    g2 = gen_with_cleanup(log)
    print(list(g2), log)
    g3 = counter()
    next(g3)
    try:
        g3.throw(ValueError("injected"))
    except ValueError as e:
        print("thrown:", e)
    try:
        next(g3)
    except StopIteration:
        print("exhausted after throw")
    print(fib(80), fib.hits, len(fib.cache), fib.__name__, fib.__doc__, fib.__wrapped__.__name__)
    print(divide(7, 2), divide(7, b=2, rounding=True), divide(9))
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(calls)
    print(greet("bob"), greet("al", punct="?"))
    print(sorted(REG), OtherPlugin.registered, REG["plugin"] is Plugin)
    print(make_counters())
    add, get = accumulator()
    print(add(5), add(10), get(), add.__name__, add.__qualname__)
    print(args_demo(1, c=3), args_demo(1, 5, 6, 7, c=8, z=9, y=0))
    print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
    try:
        pos_only(1, b=2, c=3, d=4)
    except TypeError as e:
        print("TypeError:", e)
    try:
        args_demo(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        args_demo(1, 2, c=1, a=3)
    except TypeError as e:
        print("TypeError:", e)
    print([bump() for _ in range(3)], g_counter)
    sq = lambda x, *, p=2: x ** p
    print(sq(3), sq(3, p=3), (lambda *a, **k: (a, k))(1, 2, x=3))
    args = (1, 2)
    kw = {"c": 3, "extra": True}
    print(args_demo(*args, **kw), args_demo(*[0], *[1, 2], c=0, **{"q": 1}))
    print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])), list(filter(None, [0, 1, "", "a", None, [], [0]])))
    print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])), dict(zip("abc", range(3))), list(enumerate("xyz", start=10)))
    print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), sum(range(10), 100), min([3, 1, 2], key=lambda x: -x), max([], default="empty"), min("b", "a", "c"))
    print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]), sorted([3, 1, 2], reverse=True), sorted("bca", key=None))
    gen = (x for x in range(3))
    print(type(gen).__name__, list(gen), list(gen), iter(gen) is gen)
    it = iter([1, 2, 3])
    print(next(it), list(it), next(it, "default"))
    sentinel_iter = iter(lambda: bump(), 8)
    print(list(sentinel_iter))
    print((y := 10) + y, [w for v in range(5) if (w := v * v) > 4])
    print(sys.getrecursionlimit() >= 1000, callable(print), repr(print)[:20])
