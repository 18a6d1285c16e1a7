"""concurrent.futures for quicken: ProcessPoolExecutor runs work in forked
processes (through multiprocessing.Pool); ThreadPoolExecutor runs it in this
process, as quicken has no threads. Futures are settled when asked for."""

import multiprocessing as _mp

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


class CancelledError(Exception):
    """The Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError


class BrokenExecutor(RuntimeError):
    pass


class Future:
    """The result of a call handed to an executor."""

    def __init__(self, async_result=None):
        self._async = async_result
        self._callbacks = []
        self._cancelled = False

    def cancel(self):
        return False

    def cancelled(self):
        return False

    def running(self):
        return False

    def done(self):
        return True

    def result(self, timeout=None):
        return self._async.get()

    def exception(self, timeout=None):
        try:
            self._async.get()
        except Exception as exc:
            return exc
        return None

    def add_done_callback(self, fn):
        fn(self)


class Executor:
    _pool = None

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        return Future(self._pool.apply_async(fn, args, kwargs))

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        result = self._pool.starmap_async(fn, zip(*iterables))
        return _iterate(result)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        self._pool.close()
        if wait:
            self._pool.join()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown(wait=True)
        return False


def _iterate(result):
    yield from result.get()


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._pool = _mp.Pool(max_workers, initializer, initargs)
        self._shutdown = False


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._pool = _mp.ThreadPool(max_workers, initializer, initargs)
        self._shutdown = False


def as_completed(fs, timeout=None):
    """The futures, each once done (here: in the order given)."""
    yield from list(fs)


class DoneAndNotDoneFutures(tuple):
    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    return DoneAndNotDoneFutures((set(fs), set()))
