# asyncio for quicken: asyncio.run() and Runner.
#@visible Runner.close Runner.run Runner._lazy_init run

_R_CREATED = 'created'
_R_INITIALIZED = 'initialized'
_R_CLOSED = 'closed'


class Runner:
    """Runs coroutines in one event loop, which `close()` (or the end of a
    `with` block) shuts down: the tasks left are cancelled and run to
    their end, async generators closed."""
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _R_CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

#@line 65
    def close(self):
        """Shutdown and close event loop."""
        if self._state is not _R_INITIALIZED:
            return
        try:
            loop = self._loop
#@line 71
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _R_CLOSED

    def get_loop(self):
        self._lazy_init()
        return self._loop

#@line 86
    def run(self, coro, *, context=None):
        """Run a coroutine inside the embedded event loop."""
        if not iscoroutine(coro):
#@line 89
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _running_loop is not None:
            # fail fast with short traceback
#@line 93
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        try:
#@line 118
            return self._loop.run_until_complete(task)
        except CancelledError:
            raise

#@line 131
    def _lazy_init(self):
        if self._state is _R_CLOSED:
#@line 133
            raise RuntimeError("Runner is closed")
        if self._state is _R_INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = _R_INITIALIZED


#@line 160
def run(main, *, debug=None):
    """Run a coroutine in a new event loop, closed at the end; its result."""
    if _running_loop is not None:
        # fail fast with short traceback
#@line 186
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")

    with Runner(debug=debug) as runner:
#@line 190
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = [t for t in _all_tasks if t._loop is loop and not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
