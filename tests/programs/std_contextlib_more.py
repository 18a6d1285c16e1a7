# contextlib: generator managers that misbehave (no yield, two yields,
# re-entry), StopIteration through a generator, decorators reused, nested
# and reentrant redirects, ExitStack chains of exceptions and suppression.
import io
import sys
from contextlib import contextmanager, suppress, redirect_stdout, ExitStack, nullcontext, closing


@contextmanager
def empty():
    if False:
        yield


@contextmanager
def twice():
    yield 1
    yield 2


@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")


@contextmanager
def passthrough():
    yield "p"


for factory in (empty, twice):
    try:
        with factory() as got:
            print("entered", got)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    with converting():
        1 / 0
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)
for exc in (StopIteration("body"), KeyError("k"), GeneratorExit()):
    try:
        with passthrough():
            raise exc
    except BaseException as e:
        print(type(e).__name__, e is exc)
cm = passthrough()
with cm:
    pass
try:
    cm.__enter__()
except AttributeError as e:
    print("AttributeError on re-entry")
print(passthrough.__name__, passthrough().__doc__ is None or "doc")


@contextmanager
def documented():
    """Says hello."""
    yield


print(documented().__doc__)


@passthrough()
def decorated(x):
    return x * 2


print(decorated(2), decorated(3), decorated.__name__)


@contextmanager
def refusing():
    try:
        yield
    except KeyError:
        pass
    raise RuntimeError("refused")


try:
    with refusing():
        raise KeyError("x")
except RuntimeError as e:
    print("RuntimeError:", e)

outer, inner = io.StringIO(), io.StringIO()
redirect = redirect_stdout(outer)
with redirect:
    print("one")
    with redirect_stdout(inner) as target:
        print("two", target is inner)
    with redirect:
        print("three")
    print("four")
print(repr(outer.getvalue()), repr(inner.getvalue()), sys.stdout is sys.__stdout__)

with suppress():
    pass
try:
    with suppress():
        raise ValueError("not listed")
except ValueError as e:
    print("ValueError:", e)
with suppress(LookupError, TypeError):
    {}["missing"]
print(suppress(KeyError).__exit__(None, None, None), suppress(KeyError).__exit__(IndexError, IndexError(), None))

log = []
with ExitStack() as stack:
    stack.callback(log.append, "callback")
    stack.push(lambda *exc: log.append(("push", exc[0])))
    print(stack.enter_context(nullcontext(5)), stack.enter_context(closing(io.StringIO())).closed)
    moved = stack.pop_all()
print(log)
moved.close()
print(log)


def raiser(kind):
    def exit_callback(*exc):
        log.append((kind.__name__, exc[0].__name__ if exc[0] else None))
        raise kind(kind.__name__)
    return exit_callback


log.clear()
try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError))
        stack.push(lambda *exc: None)
        stack.push(raiser(TypeError))
        raise ValueError("body")
except KeyError as e:
    chain = []
    link = e
    while link is not None:
        chain.append(type(link).__name__)
        link = link.__context__
    print("KeyError chain", chain, log)

with ExitStack() as stack:
    stack.push(lambda *exc: exc[0] is ValueError)
    raise ValueError("suppressed by a callback")
print("after suppression")
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)
print(ExitStack().__exit__(None, None, None), ExitStack().__enter__().__class__.__name__)
