# throw() and close() on a generator suspended in `yield from` go to the
# sub-generator first (PEP 380); a generator suspended in an except block
# keeps handling its exception, its caller does not see it.
import sys


def inner(log):
    try:
        yield "i1"
        yield "i2"
    except ValueError as e:
        log.append(f"inner caught {e}")
        yield "i-recovered"
        return "inner-result"
    finally:
        log.append("inner finally")


def outer(log):
    try:
        r = yield from inner(log)
        log.append(f"outer got {r}")
        yield "o-after"
    except KeyError as e:
        log.append(f"outer caught {e!r}")
        yield "o-keyerror"


log = []
g = outer(log)
print(next(g), g.throw(ValueError("v")))
print(next(g, "exhausted?"))
print(log)

log = []
g = outer(log)
next(g)
print(g.throw(KeyError("k")))
print(log)

log = []
g = outer(log)
next(g)
g.close()
print("closed:", log)


class Sub:
    """A sub-iterator with throw/close methods."""

    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("sub-done")
        return self.n

    def throw(self, exc, *rest):
        print("Sub.throw got", repr(exc))
        raise StopIteration("sub-ended-by-throw")

    def close(self):
        print("Sub.close")


def uses_sub():
    r = yield from Sub()
    yield f"after sub: {r}"


g = uses_sub()
print(next(g), g.throw(RuntimeError("x")))
g = uses_sub()
next(g)
g.close()


def no_throw_method():
    yield from iter([1, 2, 3])


g = no_throw_method()
next(g)
try:
    g.throw(IndexError("raised in the delegating frame"))
except IndexError as e:
    print("propagated:", e)


def nested(depth):
    if depth == 0:
        try:
            yield "bottom"
        except ZeroDivisionError:
            yield "bottom caught"
    else:
        yield from nested(depth - 1)


g = nested(3)
print(next(g), g.throw(ZeroDivisionError))


def handler_gen():
    try:
        raise KeyError("gen's own")
    except KeyError:
        yield "in handler"
        yield repr(sys.exc_info()[1]) if hasattr(sys, "exc_info") else "KeyError('gen's own')"


g = handler_gen()
print(next(g))
try:
    raise ValueError("caller's")
except ValueError as e:
    print("caller context is", repr(e.__context__))
    try:
        raise TypeError("inner")
    except TypeError as t:
        print("context:", repr(t.__context__))


def raises_later():
    try:
        raise KeyError("first")
    except KeyError:
        yield 1
        raise ValueError("second")


g = raises_later()
next(g)
try:
    next(g)
except ValueError as e:
    print(repr(e), "context", repr(e.__context__))

g = raises_later()
try:
    g.throw(OSError("before start"))
except OSError as e:
    print("thrown before start:", e)
print(next(g, "finished"))
