"""contextlib: generator managers, suppress, redirects, closing, nullcontext, ExitStack."""
import contextlib
import io
import sys
from contextlib import contextmanager, suppress, redirect_stdout, redirect_stderr, ExitStack, nullcontext, closing


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e


try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


@contextmanager
def stop_inside():
    yield


try:
    with stop_inside():
        raise StopIteration("body")
except StopIteration as e:
    print("StopIteration kept:", e)


# A generator manager as a decorator: each call gets a fresh generator.
@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2


print(decorated(1), decorated(2))
print(tag.__name__, tag.__wrapped__.__name__)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)
with suppress():
    pass

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("to buffer")
    print(target is buf)
print("captured:", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr buffer", file=sys.stderr)
print("captured err:", repr(err.getvalue()))
# Reentrant use of one redirect object.
outer_buf = io.StringIO()
r = redirect_stdout(outer_buf)
with r:
    print("one")
    with r:
        print("two")
print(repr(outer_buf.getvalue()))


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("r1")) as res:
    print("using", res.name)

with nullcontext(42) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)


class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(Managed(n)) for n in "xyz"]
    stack.callback(print, "callback", "args", sep="-")
    print("names", names)

with ExitStack() as stack:
    stack.enter_context(Managed("outer", suppress=True))
    stack.enter_context(Managed("inner"))
    raise RuntimeError("suppressed by outer")
print("after suppression")

try:
    with ExitStack() as stack:
        stack.enter_context(5)
except TypeError as e:
    print("TypeError:", e)


def failing_callback():
    raise KeyError("from callback")


try:
    with ExitStack() as stack:
        stack.callback(failing_callback)
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

stack = ExitStack()
stack.enter_context(Managed("held"))
moved = stack.pop_all()
stack.close()
print("closing moved")
moved.close()


def exit_fn(typ, exc, tb):
    print("pushed exit saw", typ.__name__)
    return True


with ExitStack() as stack:
    stack.push(exit_fn)
    stack.push(Managed("pushed-cm"))
    raise IndexError
print("done", contextlib.AbstractContextManager.__enter__(stack) is stack)


class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print("deco enter")

    def __exit__(self, *exc):
        print("deco exit")


@Deco()
def work():
    print("working")


work()
