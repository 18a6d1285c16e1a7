"""sys.exc_info() and sys.exception() in and out of handlers; generator.throw(type, value)."""
import sys

print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), sys.exception() is v)
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0], sys.exception())
    print(sys.exc_info()[0])
print(sys.exc_info(), sys.exception())


def handler():
    return sys.exc_info()[1]


try:
    1 / 0
except ZeroDivisionError as e:
    print(handler() is e)


def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("gen got", type(e).__name__, e.args)


g = gen()
next(g)
err = KeyError("same")
g.throw(KeyError, err)
g.throw(ValueError, ("a", 1))
g.throw(ValueError, "one")
g.throw(ValueError)
g.throw(IndexError("inst"))
try:
    g.throw(IndexError("inst"), "extra")
except TypeError as e:
    print("TypeError:", e)
