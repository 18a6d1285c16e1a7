# asyncio for quicken: Task and the functions that run coroutines together.
#@visible create_task wait wait_for _wait _cancel_and_wait as_completed as_completed.<locals>._wait_for_one __sleep0 sleep ensure_future _ensure_future gather shield
#
# Task is C code in CPython (its frames never show in tracebacks); the
# async functions here are CPython's Python code, whose frames do show: the
# lines that can appear in a traceback are placed at CPython 3.11's line
# numbers (`#@line`).

_task_numbers = [0]
_all_tasks = {}
_current_tasks = {}


def _next_task_number():
    _task_numbers[0] += 1
    return _task_numbers[0]


def current_task(loop=None):
    """The task running now (None outside tasks)."""
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The tasks of the loop that are not done yet."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(_all_tasks) if t._loop is loop and not t.done()}


def _enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task {running!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task {running!r}.')
    del _current_tasks[loop]


class Task(Future):
    """A coroutine running on the event loop: each step sends into it (or
    throws into it) until it yields a future to wait for."""
    __module__ = '_asyncio'

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._name = f'Task-{_next_task_number()}' if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._num_cancels_requested = 0
        self._loop.call_soon(self.__step, context=context)
        _all_tasks[self] = None

    def __repr__(self):
        info = self._repr_info()
        coro = self._coro
        what = getattr(coro, '__qualname__', None) or type(coro).__name__
        state = 'done' if self.done() else 'running'
        info.insert(1, f'name={self._name!r} coro=<{what}() {state}>')
        return f'<{type(self).__name__} {" ".join(info)}>'

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        return []

    def print_stack(self, *, limit=None, file=None):
        pass

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            self.__advance(exc)
        finally:
            _leave_task(self._loop, self)

    def __advance(self, exc):
        # One send (or throw) into the coroutine; what it did is dealt with
        # outside the `except` clauses, so that no exception is being
        # handled meanwhile.
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            kind, value = 'return', stop.value
        except CancelledError as cancelled:
            kind, value = 'cancelled', cancelled
        except (KeyboardInterrupt, SystemExit) as fatal:
            super().set_exception(fatal)
            _all_tasks.pop(self, None)
            raise
        except BaseException as error:
            kind, value = 'error', error
        else:
            kind, value = 'yield', result
        if kind == 'yield':
            self.__wait_on(value)
            return
        _all_tasks.pop(self, None)
        if kind == 'return':
            if self._must_cancel:
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(value)
        elif kind == 'cancelled':
            self._cancelled_exc = value
            super().cancel()
        else:
            super().set_exception(value)

    def __wait_on(self, result):
        loop = self._loop
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result.get_loop() is not loop:
                error = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
            elif not blocking:
                error = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
            elif result is self:
                error = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.__wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel:
                    if result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
                return
        elif result is None:
            # A bare `yield` (sleep(0)): run again at the next iteration.
            loop.call_soon(self.__step, context=self._context)
            return
        elif type(result).__name__ == 'generator':
            error = RuntimeError(f'yield was used instead of yield from for generator in task {self!r} with {result!r}')
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
        loop.call_soon(self.__step, error, context=self._context)

    def __wakeup(self, future):
        if isinstance(future, Future):
            error = future._outcome_error()
        else:
            error = None
            try:
                future.result()
            except BaseException as exc:
                error = exc
        if error is None:
            self.__step()
        else:
            self.__step(error)


_PyTask = Task


def _bind_waiter_release(waiter):
    def release(*args):
        _release_waiter(waiter, *args)
    return release

#@line 366
def create_task(coro, *, name=None, context=None):
    """Schedule the execution of a coroutine object in a spawn task."""
#@line 371
    loop = get_running_loop()
    if context is None:
#@line 374
        task = loop.create_task(coro)
    else:
#@line 376
        task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

#@line 389
async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures or Tasks in fs: (done, pending)."""
    if isfuture(fs) or iscoroutine(fs):
#@line 406
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


#@line 426
async def wait_for(fut, timeout):
    """Wait for a future or coroutine, cancelling it and raising
    TimeoutError when the timeout passes first."""
#@line 439
    loop = get_running_loop()
    if timeout is None:
#@line 442
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
#@line 448
            return fut.result()
#@line 450
        await _cancel_and_wait(fut, loop=loop)
        try:
#@line 452
            return fut.result()
        except CancelledError as exc:
#@line 454
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = _bind_waiter_release(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
#@line 466
            await waiter
        except CancelledError:
            if fut.done():
#@line 469
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                # wait_for() must not return while the task still runs
                # (bpo-32751).
#@line 475
                await _cancel_and_wait(fut, loop=loop)
#@line 476
                raise
        if fut.done():
#@line 479
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            # wait_for() must not return while the task still runs
            # (bpo-32751); its cancellation may end in another exception
#@line 485
            await _cancel_and_wait(fut, loop=loop)
            # (bpo-40607), which is raised.
            try:
#@line 490
                return fut.result()
            except CancelledError as exc:
#@line 492
                raise TimeoutError() from exc
    finally:
#@line 494
        timeout_handle.cancel()


#@line 497
async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
#@line 525
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


#@line 541
async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = _bind_waiter_release(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        # Waiting on *fut* itself would make this uncancellable.
#@line 552
        await waiter
    finally:
        fut.remove_done_callback(cb)


#@line 558
def as_completed(fs, *, timeout=None):
    """An iterator of coroutines giving the results of fs in the order
    they complete."""
    if isfuture(fs) or iscoroutine(fs):
#@line 577
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = _get_event_loop()
    todo = {ensure_future(f, loop=loop): None for f in dict.fromkeys(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

#@line 600
    async def _wait_for_one():
        f = await done.get()
        if f is None:
            # Dummy value from _on_timeout().
            raise TimeoutError
        return f.result()  # May raise f.exception().

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


#@line 616
def __sleep0():
    """Skip one event loop run cycle: a bare `yield`, which Task's step
    takes as "run me again".

    (An iterator awaited through _Sleep0's __await__, as CPython's
    types.coroutine generator.)
    """
#@line 625
    yield
#@line 627
async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _Sleep0()
        return result

    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
#@line 639
        return await future
    finally:
        h.cancel()


#@line 644
def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a future; a future is returned
    as it is."""
#@line 649
    return _ensure_future(coro_or_future, loop=loop)


#@line 652
def _ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                            'the one specified as the loop argument')
        return coro_or_future
    called_wrap_awaitable = False
    if not iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
            called_wrap_awaitable = True
        else:
#@line 664
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')

    if loop is None:
        loop = _get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not called_wrap_awaitable:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    return await awaitable


class _GatheringFuture(Future):
    """The future gather() returns: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


#@line 718
def gather(*coros_or_futures, return_exceptions=False):
    """A future aggregating the results of the coroutines/futures given,
    in their order."""
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception retrieved.
                fut.exception()
            return

        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return

        if nfinished == nfuts:
            results = []
            for fut in children:
                if fut.cancelled():
                    res = CancelledError('' if fut._cancel_message is None else fut._cancel_message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)

            if outer._cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
#@line 817
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


#@line 841
def shield(arg):
    """Wait for a future, shielding it from cancellation."""
#@line 874
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('asyncio.run_coroutine_threadsafe: threads are not supported by quicken')


_sleep0_generator = __sleep0


class _Sleep0:
    def __await__(self):
        return _sleep0_generator()
