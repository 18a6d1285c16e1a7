# min/max stream their iterable (keys run between steps), exception families
# and finalizers of exception classes that gain a __del__ mid-run; every
# site's guard changes at some iteration.
import sys


def noisy(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise RuntimeError(f"stop at {i}")
        print("yield", i)
        yield (i * 7) % 5, i


def key(pair):
    print("key", pair)
    return pair[0]


print(max(noisy(4), key=key))
print(min(noisy(4), key=key))
print(max(noisy(3)))
print(max((x for x in ()), default="empty"))
try:
    max(x for x in ())
except ValueError as e:
    print("ValueError", e)
try:
    max(noisy(5, fail_at=3), key=key)
except RuntimeError as e:
    print("RuntimeError", e, e.__context__)
try:
    max(v for v in [1, 2, "three", 4])
except TypeError as e:
    print("TypeError", e)
try:
    max(7)
except TypeError as e:
    print("TypeError", e)
print(max(iter([3, 9, 2])), min(iter([3, 9, 2])), max({5: 1, 8: 2}), min("hello"))
print(max(range(10), key=lambda v: -abs(v - 4)), min([(2, "b"), (1, "z"), (1, "a")]))


class Tracked(Exception):
    pass


class Leaf(Tracked):
    def __init__(self, n):
        super().__init__(f"leaf {n}")
        self.n = n


deleted = []
total = 0
for i in range(60):
    if i == 20:
        # From now on instances are finalized when they die.
        Tracked.__del__ = lambda self: deleted.append(self.args[0])
    if i == 40:
        del Tracked.__del__
    try:
        try:
            if i % 3 == 0:
                raise Leaf(i)
            elif i % 3 == 1:
                raise Tracked(f"plain {i}")
            else:
                {}[i]
        finally:
            total += 1
    except Leaf as e:
        total += e.n
    except Tracked as e:
        total += len(e.args[0])
    except KeyError as e:
        total += e.args[0] * 2
print("total", total, "finalized", len(deleted), deleted[:3], deleted[-2:])

# Builtin families built over and over, with the class changing at iteration N.
kinds = [StopIteration, OSError, KeyError, ValueError, ImportError, AttributeError, SystemExit]
seen = []
for i in range(40):
    cls = kinds[i % len(kinds)] if i < 30 else FileNotFoundError
    e = cls(2, "No such file") if cls in (OSError, FileNotFoundError) else cls(i)
    fields = [getattr(e, f, "-") for f in ("value", "errno", "strerror", "msg", "name", "code")]
    seen.append((type(e).__name__, e.args, fields))
for row in seen[:8] + seen[-2:]:
    print(row)

# Chaining through generators: close/throw keep __context__ as CPython does.
def worker():
    try:
        while True:
            item = yield
            if item < 0:
                raise ValueError(f"negative {item}")
    except GeneratorExit:
        print("closed")
        raise
    finally:
        print("cleanup")


w = worker()
next(w)
for v in (1, 2, -3):
    try:
        w.send(v)
    except ValueError as e:
        print("caught", e, type(e.__context__).__name__)
w2 = worker()
next(w2)
try:
    w2.throw(KeyError("thrown"))
except KeyError as e:
    print("thrown back", repr(e))
w3 = worker()
next(w3)
w3.close()
try:
    try:
        raise LookupError("first")
    except LookupError as first:
        raise ValueError("second") from first
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
sys.stdout.flush()
