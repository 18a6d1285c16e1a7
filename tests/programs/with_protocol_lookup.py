# `with` looks __enter__/__exit__ up on the type (CPython 3.11's BEFORE_WITH):
# the site sees several classes, a method replaced mid-loop, __exit__ raising
# or suppressing at iteration N, descriptors, and objects lacking a method.
import contextlib


class Plain:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        return self.tag

    def __exit__(self, et, ev, tb):
        return False


class Suppress(Plain):
    def __exit__(self, et, ev, tb):
        return et is KeyError


class Static:
    __enter__ = staticmethod(lambda: "static")
    __exit__ = classmethod(lambda cls, *a: None)


class Bind:
    """A descriptor object as __enter__: bound through its __get__."""
    def __get__(self, obj, owner):
        return lambda: f"bound to {type(obj).__name__}"


class WithDescriptor:
    __enter__ = Bind()

    def __exit__(self, *a):
        return None


@contextlib.contextmanager
def managed(n):
    yield n * 10


def managers(i):
    if i < 10:
        return Plain(i)
    if i < 14:
        return [Suppress(i), Static(), WithDescriptor(), managed(i), Plain(-i)][i % 5]
    return Suppress(i)


log = []
for i in range(24):
    if i == 17:
        Suppress.__enter__ = lambda self: f"replaced {self.tag}"
    if i == 20:
        del Suppress.__enter__
    m = managers(i)
    try:
        with m as v:
            if i % 6 == 5:
                raise KeyError(i)
            log.append(v)
    except KeyError as e:
        log.append(("escaped", e.args[0]))
print(log)

shadow = Plain("class")
shadow.__enter__ = lambda: "instance"
shadow.__exit__ = None
with shadow as v:
    print("shadowed:", v)


class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *a):
        pass


for obj in (NoExit(), NoEnter(), 42, None):
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)


class Raising:
    def __enter__(self):
        raise ValueError("enter failed")

    def __exit__(self, *a):
        print("never")


try:
    with Raising():
        pass
except ValueError as e:
    print("enter raised:", e, e.__context__)


class ExitRaises(Plain):
    def __exit__(self, et, ev, tb):
        raise RuntimeError(f"exit saw {et.__name__ if et else None}")


for body_raises in (False, True):
    try:
        with ExitRaises("x"):
            if body_raises:
                raise IndexError("body")
    except RuntimeError as e:
        print(e, repr(e.__context__))
