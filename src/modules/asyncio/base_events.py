# asyncio for quicken: the event loop.
#@visible BaseEventLoop.run_until_complete BaseEventLoop.create_task BaseEventLoop._check_closed BaseEventLoop._check_running
#
# Each iteration of the loop runs, in order, the callbacks that were ready
# when it started (timers that came due are appended to them first), as
# CPython's BaseEventLoop._run_once does: tasks interleave in the same
# order as in CPython. Waiting for the next timer is a plain sleep (there
# is no I/O to select on).

import time as _time
import heapq as _heapq
from collections import deque as _deque


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._ready = _deque()
        self._scheduled = []
        self._timer_seq = 0
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._asyncgens_shutdown_called = False
        self._clock_resolution = 1e-09

    def __repr__(self):
        return f'<{type(self).__name__} running={self.is_running()} closed={self.is_closed()} debug={self.get_debug()}>'

    def create_future(self):
        return Future(loop=self)


#@line 429
    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object; the task."""
#@line 434
        self._check_closed()
#@line 436
        return Task(coro, loop=self, name=name, context=context)

#@line 517
    def _check_closed(self):
        if self._closed:
#@line 519
            raise RuntimeError('Event loop is closed')

#@line 586
    def _check_running(self):
        if self.is_running():
#@line 588
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
#@line 590
            raise RuntimeError('Cannot run the event loop while another loop is running')

#@line 617
    def run_until_complete(self, future):
        """Run until the Future is done; its result, or raise its exception."""
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
#@line 651
            raise RuntimeError('Event loop stopped before Future completed.')

        return future.result()

    def _asyncgen_finalizer_hook(self, agen):
        # An async generator dropped while suspended: closed by a task, as
        # CPython's loop does.
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        closing = _take_tracked_agens()
        if not closing:
            return
        results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        pass

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._running = True
        outer = _running_loop
        _set_running_loop(self)
        hooks = _set_asyncgen_hooks(_track_agen, self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            _set_asyncgen_hooks(*hooks)
            self._stopping = False
            self._running = False
            _set_running_loop(outer)

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        return _time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        self._timer_seq += 1
        timer = TimerHandle(when, self._timer_seq, callback, args, self, context)
        _heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        exc = context.get('exception')
        if exc is not None:
            lines.append(f'{type(exc).__name__}: {exc}' if str(exc) else type(exc).__name__)
        _sys.stderr.write('\n'.join(lines) + '\n')

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    def _run_once(self):
        scheduled = self._scheduled
        if len(scheduled) > 100 and self._timer_cancelled_count * 2 > len(scheduled):
            # Mostly cancelled timers (wait_for() cancels its timer when the
            # wait ends early): rebuild the heap without them.
            live = []
            for timer in scheduled:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    live.append(timer)
            _heapq.heapify(live)
            self._scheduled = scheduled = live
            self._timer_cancelled_count = 0
        while scheduled and scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            _heapq.heappop(scheduled)._scheduled = False
        if not self._ready and not self._stopping:
            if scheduled:
                delay = scheduled[0]._when - self.time()
                if delay > 0:
                    _time.sleep(delay)
            else:
                # Nothing can ever happen: CPython's loop waits forever here.
                while True:
                    _time.sleep(3600)
        end_time = self.time() + self._clock_resolution
        while scheduled and scheduled[0]._when < end_time:
            timer = _heapq.heappop(scheduled)
            timer._scheduled = False
            self._ready.append(timer)
        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


import sys as _sys
