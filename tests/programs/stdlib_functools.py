# functools and operator in realistic use.
import functools
import math
import operator
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering
from operator import itemgetter, attrgetter, methodcaller


# --- memoized recursion ---
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print("fib(90) =", fib(90))
print(fib.cache_info())
fib.cache_clear()
print("after clear:", fib.cache_info())


@cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))

print("edit distance:", edit_distance("kitten", "sitting"), edit_distance("intention", "execution"))


@lru_cache(maxsize=3)
def slow_square(x):
    return x * x

for v in [1, 2, 3, 1, 4, 1, 2, 5]:
    slow_square(v)
info = slow_square.cache_info()
print(info, info.hits, info.currsize)


@lru_cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)

print("lattice paths 18x18:", count_paths(18, 18), count_paths.__name__)


# --- decorators with wraps ---
def traced(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"  {func.__name__}{args} -> {result!r}")
        return result
    return wrapper


@traced
def area(w, h):
    """Rectangle area."""
    return w * h

area(3, 4)
print(area.__name__, area.__doc__, area.__wrapped__(2, 2))


def retry(times):
    def deco(func):
        @wraps(func)
        def inner(*a):
            for attempt in range(1, times + 1):
                try:
                    return func(*a)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            return None
        return inner
    return deco

state = {"n": 0}

@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("not yet")
    return "done"

print("flaky:", flaky(), flaky.__name__)


# --- partial ---
def log(level, msg, *, sep=": "):
    return level + sep + msg

warn = partial(log, "WARN")
err = partial(log, "ERR", sep=" ! ")
print(warn("disk low"), "|", err("disk full"), "|", warn("x", sep="="))
print(warn.func is log, warn.args, err.keywords)
int2 = partial(int, base=2)
print("binary:", [int2(s) for s in ["101", "1111", "100000"]])
nested = partial(partial(pow, 2), 10)
print("nested partial:", nested(), nested.args)


# --- reduce ---
print("sum:", reduce(operator.add, range(1, 101)))
print("lcm:", reduce(lambda a, b: a * b // math.gcd(a, b), range(1, 21)))
print("flatten:", reduce(operator.concat, [[1, 2], [3], [4, 5]], []))
print("compose:", reduce(lambda f, g: lambda x: g(f(x)), [lambda x: x + 1, lambda x: x * 10, str])(4))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


# --- cmp_to_key and total_ordering ---
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True)[:3])


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") <= Version("1.0"), Version("2.0") >= Version("1.9"), Version("1") > Version("2"))


# --- operator helpers ---
inventory = [("apple", 3, 0.5), ("pear", 1, 0.75), ("fig", 12, 0.2), ("kiwi", 3, 0.3)]
print(sorted(inventory, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), inventory)), itemgetter(2)(inventory[0]))

class Emp:
    def __init__(self, name, city, salary):
        self.name, self.salary = name, salary
        self.addr = type("Addr", (), {})()
        self.addr.city = city
    def describe(self, prefix="-"):
        return prefix + " " + self.name

emps = [Emp("ann", "oslo", 50), Emp("ben", "rome", 70), Emp("cat", "lima", 60)]
print([e.name for e in sorted(emps, key=attrgetter("salary"), reverse=True)])
print(list(map(attrgetter("addr.city"), emps)), attrgetter("name", "salary")(emps[0]))
print(list(map(methodcaller("describe", prefix="*"), emps)), methodcaller("split", ",")("a,b,c"))
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(1, 4), operator.floordiv(-7, 2), operator.mod(-7, 3))
print(operator.neg(5), operator.not_([]), operator.truth("x"), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.ge("b", "a"), operator.eq([1], [1]), operator.ne(1, 1.0))
print(operator.getitem({"k": 9}, "k"), operator.contains("hello", "ell"), operator.index(7), operator.pow(3, 4), operator.abs(-2.5))
acc = [1]
res = operator.iadd(acc, [2, 3])
print(acc, res is acc, operator.iadd(5, 5), operator.isub(5, 1), operator.imul(3, 3))
d = {}
operator.setitem(d, "a", 1)
print(d, list(map(operator.mul, [1, 2, 3], [4, 5, 6])), reduce(operator.xor, [5, 3, 7]))
