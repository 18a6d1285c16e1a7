# asyncio for quicken: synchronization primitives (Python code in CPython
# too: the lines a traceback can show are at CPython's numbers).
#@visible _ContextManagerMixin.__aenter__ Lock.acquire Lock.release Event.wait Condition.wait Condition.wait_for Condition.notify Semaphore.__init__ Semaphore.acquire BoundedSemaphore.release

from collections import deque as _locks_deque


class _ContextManagerMixin:
#@line 14
    async def __aenter__(self):
        await self.acquire()
        # `async with lock as x` binds None.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """A lock for coroutines: acquire() waits until it is released."""
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        return self._locked

#@line 93
    async def acquire(self):
        """Acquire the lock, waiting until it is free."""
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _locks_deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        # The waiter leaves the queue before a cancellation is handled, so
        # that the next waiter (not itself) is woken.
        try:
            try:
#@line 114
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

#@line 125
    def release(self):
        """Release the lock, waking the first waiter."""
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
#@line 140
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        # A done waiter will wake up and take the lock, or hit this again.
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBoundMixin):
    """A flag coroutines can wait for."""
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = _locks_deque()
        self._value = False

    def __repr__(self):
        res = super().__repr__()
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

#@line 200
    async def wait(self):
        """Wait until the flag is set (True)."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
#@line 213
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """A condition variable for coroutines (over a Lock)."""
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _locks_deque()

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

#@line 248
    async def wait(self):
        """Release the lock, wait to be notified, take the lock again."""
        if not self.locked():
#@line 260
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
#@line 267
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
#@line 277
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
#@line 283
                raise CancelledError

#@line 285
    async def wait_for(self, predicate):
        """Wait until predicate() is true; its value."""
        result = predicate()
        while not result:
#@line 294
            await self.wait()
            result = predicate()
        return result

#@line 298
    def notify(self, n=1):
        """Wake up to n waiters."""
        if not self.locked():
#@line 311
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A counter coroutines acquire (waiting at zero) and release."""
    __module__ = 'asyncio.locks'

#@line 346
    def __init__(self, value=1):
        if value < 0:
#@line 348
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        res = super().__repr__()
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{res[1:-1]} [{extra}]>'

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

#@line 364
    async def acquire(self):
        """Take one from the counter, waiting while it is zero."""
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _locks_deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        # The waiter leaves the queue before a cancellation is handled, so
        # that _wake_up_next() does not pick it.
        try:
            try:
#@line 387
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

#@line 400
    def release(self):
        """Give one back, waking a waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore that cannot be released above its initial value."""
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

#@line 432
    def release(self):
        if self._value >= self._bound_value:
#@line 434
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
