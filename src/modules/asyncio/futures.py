# asyncio for quicken: Future. CPython implements it in C (`_asyncio`), so
# none of these frames show in tracebacks.

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for Future-compatible objects (asyncio's duck-typing test)."""
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None and obj._asyncio_future_blocking is not None


class Future:
    """A result that will be available later, awaited by coroutines."""
    __module__ = '_asyncio'

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = 0
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return f'<{type(self).__name__} {" ".join(self._repr_info())}>'

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={self._result!r}')
        if self._callbacks:
            info.append(f'cb=[{", ".join(_callback_name(cb) for cb, _ in self._callbacks)}]')
        return info

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        # The CancelledError a coroutine raised (kept by Task) is raised
        # again, once; otherwise a new one carries the cancel message.
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _outcome_error(self):
        # What awaiting this finished future raises (None: it has a
        # result), with the traceback it had when it was set (the first
        # time only, as CPython's C future does).
        if self._state == _CANCELLED:
            return self._make_cancelled_error()
        if self._state != _FINISHED:
            return InvalidStateError('Result is not set.')
        self._log_traceback = False
        exc = self._exception
        if exc is not None:
            _tb_cut(exc, self._exception_tb)
            self._exception_tb = 0
        return exc

    def result(self):
        if self._state == _PENDING:
            raise InvalidStateError('Result is not set.')
        exc = self._outcome_error()
        if exc is not None:
            raise exc
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = _tb_depth(exception)
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _get_loop(fut):
    return fut.get_loop()


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
