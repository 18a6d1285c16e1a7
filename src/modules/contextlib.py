"""contextlib for quicken: context managers built from generators, and the
small managers of CPython's module (suppress, redirect_stdout/stderr, closing,
nullcontext, ExitStack)."""

import sys
import functools

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]


def _protocol_error(cm):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                     f"the context manager protocol")


class AbstractContextManager:
    """A base whose __enter__ returns the manager itself."""

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace):
        return None  # exceptions propagate


class ContextDecorator:
    """Lets a context manager decorate a function: each call runs inside it."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def run_inside(*args, **kwargs):
            with self._recreate_cm():
                return func(*args, **kwargs)
        return functools.wraps(func)(run_inside)


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The manager `@contextmanager` returns: code before the generator's
    single yield is the entry, code after it the exit."""

    def __init__(self, func, args, kwds):
        generator = func(*args, **kwds)
        self.gen = generator
        # Kept until entry, for _recreate_cm.
        self.func = func
        self.args = args
        self.kwds = kwds
        # The factory's docstring describes the managers it makes.
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # Each decorated call needs a fresh generator.
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # Only a decorator needs these (to make fresh generators); a manager
        # used in a with statement drops them.
        for name in ("args", "kwds", "func"):
            delattr(self, name)
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, trace):
        if typ is None:
            return self._run_to_end()
        return self._deliver(typ, typ() if value is None else value)

    def _run_to_end(self):
        """No exception: the generator must finish after its one yield."""
        for _ in self.gen:
            raise RuntimeError("generator didn't stop")
        return False

    def _deliver(self, typ, value):
        """Raises `value` at the yield; True when the generator suppressed it.

        Passing through the generator adds its frames to the exception's
        traceback; an exception that comes back out leaves with the
        traceback it came in with."""
        arrived_with = value.__traceback__
        try:
            self.gen.throw(typ, value, arrived_with)
        except StopIteration as finished:
            # Suppressed, unless the StopIteration is the exception itself
            # coming back out.
            return finished is not value
        except BaseException as came_out:
            if came_out is value:
                came_out.__traceback__ = arrived_with
                return False
            # A StopIteration raised in the body returns as the cause of the
            # RuntimeError the generator turned it into (PEP 479).
            if (isinstance(came_out, RuntimeError) and isinstance(value, StopIteration)
                    and came_out.__cause__ is value):
                value.__traceback__ = arrived_with
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Makes a generator function (one `yield`) into a context manager factory."""
    def make_manager(*args, **kwargs):
        return _GeneratorContextManager(func, args, kwargs)
    return functools.wraps(func)(make_manager)


class closing(AbstractContextManager):
    """Calls `thing.close()` on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exception):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """Does nothing; `with nullcontext(x) as y` binds x."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exception):
        pass


class _Swap(AbstractContextManager):
    """Replaces some global setting for the block and puts it back after.
    Reentrant and reusable: each entry saves what it replaced on a stack.
    Subclasses say how to read and write the setting."""

    def _read(self):
        raise NotImplementedError

    def _write(self, value):
        raise NotImplementedError

    def _swap_in(self, value):
        self._saved.append(self._read())
        self._write(value)

    def __exit__(self, *exception):
        self._write(self._saved.pop())


class _RedirectStream(_Swap):
    _stream = None  # the name of the sys attribute

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []

    def _read(self):
        return getattr(sys, self._stream)

    def _write(self, value):
        setattr(sys, self._stream, value)

    def __enter__(self):
        self._swap_in(self._new_target)
        return self._new_target


class redirect_stdout(_RedirectStream):
    """Sends `sys.stdout` to another file-like object for the block."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends `sys.stderr` to another file-like object for the block."""
    _stream = "stderr"


class chdir(_Swap):
    """Changes the working directory for the block."""

    def __init__(self, path):
        self.path = path
        self._saved = []

    def _read(self):
        import os
        return os.getcwd()

    def _write(self, value):
        import os
        os.chdir(value)

    def __enter__(self):
        self._swap_in(self.path)


class suppress(AbstractContextManager):
    """Silences the listed exception classes (and their subclasses)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, kind, error, trace):
        # Subclasses of the listed classes are silenced too.
        return kind is not None and issubclass(kind, self._exceptions)


def _rechain(raised, replaced, frontier):
    """Makes `raised` (an exception an exit callback raised) point back at
    `replaced` (the one it took over from): the end of `raised`'s own
    context chain gets `replaced` as its context. The chain is not followed
    past `frontier`, the exception handled around the with statement."""
    link = raised
    while True:
        before = link.__context__
        if before is None or before is replaced:
            return
        if before is frontier:
            break
        link = before
    link.__context__ = replaced


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks, run last-in first-out when the stack closes,
    each seeing the exception the previous ones left."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves the callbacks to a new stack (this one is left empty)."""
        successor = type(self)()
        successor._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return successor

    def push(self, exit):
        """Adds a context manager's __exit__, or a callable with its signature."""
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, method)
        return exit

    def enter_context(self, cm):
        """Enters a context manager and pushes its __exit__; returns __enter__'s result."""
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise _protocol_error(cm) from None
        entered = enter(cm)
        self._push_cm_exit(cm, leave)
        return entered

    def callback(self, callback, /, *args, **kwds):
        """Registers `callback(*args, **kwds)` to run on exit (it cannot suppress)."""
        def call_ignoring_exception(exc_type, exc, tb):
            callback(*args, **kwds)
        call_ignoring_exception.__wrapped__ = callback
        self._exit_callbacks.append(call_ignoring_exception)
        return callback

    def _push_cm_exit(self, cm, unbound_exit):
        def bound_exit(kind, error, trace):
            return unbound_exit(cm, kind, error, trace)
        bound_exit.__self__ = cm
        self._exit_callbacks.append(bound_exit)

    def close(self):
        """Runs the callbacks now."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        frontier = sys.exc_info()[1]
        suppressed = False
        raised_here = False
        current = exc_details
        callbacks = self._exit_callbacks
        while callbacks:
            exit_callback = callbacks.pop()
            try:
                swallowed = exit_callback(*current)
            except BaseException as fresh:
                _rechain(fresh, current[1], frontier)
                raised_here = True
                current = (type(fresh), fresh, fresh.__traceback__)
                continue
            if swallowed:
                suppressed, raised_here = True, False
                current = (None, None, None)
        if raised_here:
            _reraise_keeping_context(current[1])
        return had_exception and suppressed


def _reraise_keeping_context(exc):
    # Raising from inside __exit__ would set the exception's context to the
    # one being handled; put back the context the callbacks left it.
    kept = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = kept
        raise
