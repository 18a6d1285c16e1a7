# asyncio for quicken: asyncio.timeout() and timeout_at().
#@visible Timeout.reschedule Timeout.__aenter__ Timeout.__aexit__ timeout timeout_at

_T_CREATED = 'created'
_T_ENTERED = 'active'
_T_EXPIRING = 'expiring'
_T_EXPIRED = 'expired'
_T_EXITED = 'finished'


class Timeout:
    """`async with timeout(delay)`: the task is cancelled at the deadline,
    and the CancelledError leaving the block becomes TimeoutError."""
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = _T_CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state is not _T_ENTERED:
#@line 42
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in (_T_EXPIRING, _T_EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state is _T_ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        return f"<Timeout [{self._state}]{' '.join(info)}>"

#@line 72
    async def __aenter__(self):
        self._state = _T_ENTERED
        self._task = current_task()
        if self._task is None:
#@line 76
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

#@line 80
    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _T_EXPIRING:
            self._state = _T_EXPIRED
            if self._task.uncancel() == 0 and exc_type is CancelledError:
#@line 98
                raise TimeoutError
        elif self._state is _T_ENTERED:
            self._state = _T_EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _T_EXPIRING
        self._timeout_handler = None


#@line 112
def timeout(delay):
    """Cancel the enclosed block after delay seconds (None: never)."""
    loop = get_running_loop()
#@line 129
    return Timeout(loop.time() + delay if delay is not None else None)


#@line 132
def timeout_at(when):
    """Like timeout(), with a deadline in loop.time()'s clock."""
#@line 151
    return Timeout(when)
