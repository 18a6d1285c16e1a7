# asyncio for quicken: callback handles and the current event loop.

class Handle:
    """A callback scheduled by call_soon()."""

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._context = context

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        return f'<{type(self).__name__}{state} {_callback_name(self._callback)}>'

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            failure = exc
        else:
            return
        self._loop.call_exception_handler({
            'message': f'Exception in callback {_callback_name(self._callback)}',
            'exception': failure,
            'handle': self,
        })


def _callback_name(cb):
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None)
    return f'{name}()' if name else repr(cb)


class TimerHandle(Handle):
    """A callback scheduled by call_later() or call_at(). Timers due at
    the same time run in the order they were scheduled."""

    def __init__(self, when, seq, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._seq = seq
        self._scheduled = False

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)

    def __le__(self, other):
        return (self._when, self._seq) <= (other._when, other._seq)

    def __gt__(self, other):
        return (self._when, self._seq) > (other._when, other._seq)

    def __ge__(self, other):
        return (self._when, self._seq) >= (other._when, other._seq)

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


class AbstractEventLoop:
    """The interface event loops implement."""


_running_loop = None
_current_loop = None
_current_loop_set = False


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """The running event loop; RuntimeError when none is running."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    """The running event loop, else the current one (made on first use)."""
    if _running_loop is not None:
        return _running_loop
    global _current_loop, _current_loop_set
    if _current_loop is None and not _current_loop_set:
        _current_loop = new_event_loop()
        _current_loop_set = True
    if _current_loop is None:
        raise RuntimeError('There is no current event loop in thread %r.' % 'MainThread')
    return _current_loop


_get_event_loop = get_event_loop


def set_event_loop(loop):
    global _current_loop, _current_loop_set
    _current_loop_set = True
    _current_loop = loop


def new_event_loop():
    return _UnixSelectorEventLoop()
