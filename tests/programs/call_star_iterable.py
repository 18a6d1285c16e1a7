# f(*it): the iterable goes to the call as it is (a tuple unchanged, anything
# else collected), with keywords and ** merged; CPython's error messages.

def f(a, b=0, *rest, c=1, **kw):
    return (a, b, rest, c, sorted(kw.items()))

def gen(n):
    for i in range(n):
        yield i * 10

total = 0
for i in range(300):
    r = f(*gen(i % 5 + 1))
    total += r[0] + r[1] + sum(r[2])
print("generator", total)

t = (1, 2, 3)
acc = []
for i in range(200):
    acc.append(f(*t, c=i % 3, d=i % 2))
print("tuple+kw", acc[0], acc[-1], len(acc))
print("tuple unchanged", t)

lst = [4, 5]
print("list", f(*lst), f(*lst, **{"z": 1, "c": 2}))
print("str", f(*"xy"), f(*range(3)), f(*{7: 0}))
print("empty-ish", f(*[9]), f(*(), a=3))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i + 100

print("sequence protocol", f(*Seq()))

class MyTuple(tuple):
    pass

print("tuple subclass", f(*MyTuple((5, 6, 7))))

def consumed_first():
    log = []
    def g():
        for i in range(3):
            log.append(i)
            yield i
    def h(*args):
        log.append("called")
        return args
    print("order", h(*g()), log)

consumed_first()

def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: f(*5))
show(lambda: f(*None, c=1))
show(lambda: print(*3))
show(lambda: [*7])
show(lambda: f(1, *8))
def failing():
    yield 1
    raise ValueError("inside the generator")
show(lambda: f(*failing()))
show(lambda: f(*(1,), **{"c": 1}, **{"c": 2}))
show(lambda: f(*(1,), **5))
show(lambda: f(*(1,), **{1: 2}))
show(lambda: f(*(1, 2), a=3))
show(lambda: f(*()))
show(lambda: len(*[1, 2]))

# The same site with a tuple, then a list, then a generator (the jit's loop too).
out = []
for i in range(60):
    src = (i, i + 1) if i % 3 == 0 else ([i, i + 2] if i % 3 == 1 else (x for x in (i, i + 3)))
    out.append(f(*src)[1] - i)
print("mixed site", sum(out), out[:6])
