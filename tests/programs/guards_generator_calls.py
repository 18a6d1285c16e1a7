# Generator-function call sites (CALL_PY_GEN, CALL_METHOD_PY_GEN) and
# MAKE_FUNCTION in the hot loop, with their guards failing mid-loop: the
# callable becomes a plain function, a class, a builtin, a generator taking
# other arguments; defaults change under the site; the method is replaced
# on the class and overridden in a subclass; closures made in a loop keep
# their own cells and attributes.
import sys


def count_up(n, start=0):
    for i in range(start, start + n):
        yield i


def count_plain(n, start=0):
    return list(range(start, start + n))


def gen_varargs(*args):
    yield from args


def gen_two(a, b):
    yield a
    yield b


total = []
count_up_saved = count_up
for i in range(40):
    if i == 10:
        count_up = count_plain
    elif i == 15:
        count_up = gen_two
    elif i == 20:
        count_up = gen_varargs
    elif i == 25:
        count_up = count_up_saved
        count_up.__defaults__ = (100,)
    elif i == 30:
        count_up.__defaults__ = None
    elif i == 35:
        count_up = range
    try:
        total.append(sum(count_up(3, i)))
    except TypeError as e:
        total.append(str(e))
    # The one-argument site: defaults fill `start` until they are removed.
    try:
        total.append(sum(count_up_saved(2)) if i != 12 else sum(count_up(2, 5)))
    except TypeError as e:
        total.append(str(e))
print(total)


class Tree:
    def __init__(self, items):
        self.items = items

    def walk(self, scale=1):
        for x in self.items:
            yield x * scale


class Doubled(Tree):
    def walk(self, scale=1):
        return [x * 2 * scale for x in self.items]


t = Tree([1, 2, 3])
out = []
for i in range(30):
    if i == 10:
        t = Doubled([1, 2, 3])
    elif i == 15:
        t = Tree([4, 5])
    elif i == 20:
        Tree.walk = lambda self, scale=1: iter([scale] * 3)
    elif i == 25:
        t.walk = lambda scale=1: (y for y in (7, scale))
    g = t.walk(i)
    out.append((type(g).__name__, sum(g)))
print(out)


# A generator made at every iteration is a new object with its own frame,
# name and qualname; its frame sees the arguments as they were.
gens = []
for i in range(20):
    g = count_up_saved(2, i)
    gens.append(g)
print([next(g) for g in gens], len({id(g) for g in gens}), gens[0].__name__, gens[0].__qualname__)
print([list(g) for g in gens][:3])


class Holder:
    def numbers(self):
        yield 1
        yield 2


h = Holder()
print([sum(h.numbers()) for _ in range(20)][-1], sys.getrefcount(h))


# Coroutine functions take the same path: a coroutine object, closed unstarted.
async def job(x, y=2):
    return x * y


kinds = []
for i in range(20):
    c = job(i)
    kinds.append(type(c).__name__)
    c.close()
print(set(kinds))


# MAKE_FUNCTION: closures made in a loop keep their own cells and
# attributes; `__closure__` holds the cells; lambdas with and without free
# variables, comprehensions capturing a loop variable.
def closures():
    fns = []
    for i in range(30):
        k = i * 10
        f = lambda x: x + k + i
        f.tag = i
        fns.append(f)
        if i == 20:
            f.__defaults__ = (5,)
    print([f(1) for f in fns[::7]], fns[20](), fns[3].tag, len(fns[3].__closure__), fns[3].__name__, fns[3].__qualname__)
    print(len({id(f) for f in fns}), fns[0].__module__, fns[0].__defaults__)

    rows = []
    for i in range(25):
        rows.append([x * i for x in range(3)] + [sum(y + i for y in range(2))])
        rows.append({x: i for x in range(2)})
    print(rows[-4:])


closures()


def make_adder(n):
    def add(x):
        return x + n
    return add


adders = [make_adder(i) for i in range(30)]
print([a(100) for a in adders[::5]], adders[4].__closure__[0].cell_contents)


# An exception at iteration N inside a generator made by the site.
def risky(n):
    yield 10 // (n - 7)


caught = []
for i in range(12):
    try:
        caught.append(next(risky(i)))
    except ZeroDivisionError as e:
        caught.append(repr(e))
print(caught)
