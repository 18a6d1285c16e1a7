"""contextlib: an exception passing through a @contextmanager generator and an ExitStack keeps
the traceback it was raised with (needs writable __traceback__ objects)."""
from contextlib import contextmanager, ExitStack


@contextmanager
def managed():
    yield


def work():
    with managed():
        raise ValueError("from the body")


try:
    work()
except ValueError as e:
    print("caught", e)

with ExitStack() as stack:
    stack.enter_context(managed())
    work()
