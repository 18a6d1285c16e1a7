# `for` over generators (FOR_ITER_GEN) and yields run from the hot loop:
# return values, StopIteration inside a generator, exceptions crossing the
# resume, break with finally, a generator iterating itself, and the loop's
# iterable changing type mid-run.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def bad():
    yield 1
    raise StopIteration("inner")


def raiser(k):
    for i in range(k):
        yield i
    raise KeyError("after %d" % k)


def with_finally(log):
    try:
        for i in range(100):
            yield i
    finally:
        log.append("finally ran")


def total(iterables):
    t = 0
    for it in iterables:
        for x in it:
            t += x
    return t


print(total([count(50)] * 1 + [count(10) for _ in range(20)] + [[1, 2], (3,), range(4), iter([5])]))
try:
    for v in bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
for k in (3, 0):
    try:
        for v in raiser(k):
            last = v
    except KeyError as e:
        print("KeyError:", e)
log = []
for v in with_finally(log):
    if v == 5:
        break
print(v, log)


def selfish():
    yield 1
    for x in me:
        yield x


me = selfish()
try:
    print(list(me))
except ValueError as e:
    print("ValueError:", e)

g = count(5)
print(next(g), [x for x in g], list(g))
print(sum(map(abs, range(-5, 5))), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")))
print(list(zip(count(3), "abc")), max(count(7)))
