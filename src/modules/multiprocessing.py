"""multiprocessing for quicken: real worker processes made with os.fork.

The work goes to child processes that are copies of the interpreter at the
moment the work is handed out, and results come back pickled through pipes.
What is here: Pool (map, starmap, imap, imap_unordered, apply, the *_async
forms, close/terminate/join, `with`), ThreadPool (the same calls, run in this
process), Process, Queue / SimpleQueue (pickles through a pipe), Lock
(a token in a pipe), cpu_count, current_process, active_children.

Differences from CPython's: a Pool forks its workers for each batch of work
rather than once (so they see the program's state when the work is handed
out); imap and imap_unordered give results in order; shared memory
(Value, Array, RawValue, Manager) is not available and says so.
"""

import os as _os
import sys as _sys
import pickle as _pickle
import atexit as _atexit
import queue as _queue


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    """Returns the number of CPUs in the system."""
    n = _os.cpu_count()
    if n is None:
        raise NotImplementedError("cannot determine number of cpus")
    return n


def _flush_std_streams():
    for stream in (_sys.stdout, _sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError, OSError):
            pass


def _write_all(fd, data):
    while data:
        written = _os.write(fd, data)
        data = data[written:]


def _read_exact(fd, n):
    parts = []
    while n > 0:
        chunk = _os.read(fd, min(n, 1 << 16))
        if not chunk:
            raise EOFError
        parts.append(chunk)
        n -= len(chunk)
    return b"".join(parts)


def _read_to_end(fd):
    parts = []
    while True:
        chunk = _os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)


class RemoteError(Exception):
    """An exception of a worker that could not be sent back as itself."""


def _outcome_bytes(ok, value):
    try:
        return _pickle.dumps((ok, value))
    except Exception as exc:
        if ok:
            value = exc
        return _pickle.dumps((False, RemoteError("%s: %s" % (type(value).__name__, value))))


def _fork_worker(body):
    """Starts a child running body(); returns (pid, fd) to read its pickled (ok, value) from."""
    read_fd, write_fd = _os.pipe()
    _flush_std_streams()
    pid = _os.fork()
    if pid == 0:
        status = 0
        try:
            _os.close(read_fd)
            try:
                data = _outcome_bytes(True, body())
            except BaseException as exc:
                data = _outcome_bytes(False, exc)
            _write_all(write_fd, data)
        except BaseException:
            status = 1
        finally:
            _flush_std_streams()
            _os._exit(status)
    _os.close(write_fd)
    return pid, read_fd


def _reap(pid, fd):
    """The (ok, value) a child sent; waits for it to end."""
    try:
        data = _read_to_end(fd)
    finally:
        _os.close(fd)
        _os.waitpid(pid, 0)
    if not data:
        return False, ProcessError("a worker process ended without sending its result")
    return _pickle.loads(data)


# -- current process ----------------------------------------------------------

class _MainProcess:
    name = "MainProcess"
    daemon = False
    exitcode = None
    _identity = ()

    @property
    def pid(self):
        return _os.getpid()

    ident = pid

    def is_alive(self):
        return True

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_current = _MainProcess()
_children = []
_process_counter = [0]


def current_process():
    """The Process object of the running process."""
    return _current


def parent_process():
    return None if isinstance(_current, _MainProcess) else _current._parent


def active_children():
    """The children started by this process that are still running."""
    return [p for p in list(_children) if p.is_alive()]


class Process:
    """A child process running target(*args, **kwargs) (or run()), made with os.fork."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, "group argument must be None for now"
        _process_counter[0] += 1
        self._identity = (_process_counter[0],)
        self._name = name if name is not None else "Process-%d" % _process_counter[0]
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._daemon = bool(daemon) if daemon is not None else False
        self._pid = None
        self._exitcode = None
        self._parent = _current

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._pid is not None:
            raise AssertionError("cannot start a process twice")
        _flush_std_streams()
        pid = _os.fork()
        if pid == 0:
            self._bootstrap()
        self._pid = pid
        _children.append(self)

    def _bootstrap(self):
        global _current
        status = 0
        try:
            _current = self
            del _children[:]
            _atexit._clear()
            self.run()
        except SystemExit as exc:
            if exc.code is None:
                status = 0
            elif isinstance(exc.code, int):
                status = exc.code
            else:
                _sys.stderr.write(str(exc.code) + "\n")
                status = 1
        except BaseException:
            status = 1
            _sys.stderr.write("Process %s:\n" % self._name)
            import traceback
            traceback.print_exc()
        finally:
            try:
                _join_children()
            finally:
                _flush_std_streams()
                _os._exit(status)

    def _wait(self, options):
        if self._exitcode is None and self._pid is not None:
            pid, status = _os.waitpid(self._pid, options)
            if pid != 0:
                self._exitcode = _os.waitstatus_to_exitcode(status)
                if self in _children:
                    _children.remove(self)
        return self._exitcode

    def join(self, timeout=None):
        if self._pid is None:
            raise AssertionError("can only join a started process")
        self._wait(0)

    def is_alive(self):
        if self._pid is None:
            return False
        return self._wait(_os.WNOHANG) is None

    def terminate(self):
        if self._pid is not None and self._exitcode is None:
            _os.kill(self._pid, 15)

    def kill(self):
        if self._pid is not None and self._exitcode is None:
            _os.kill(self._pid, 9)

    def close(self):
        if self.is_alive():
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        if self._pid is not None:
            raise AssertionError("process has already started")
        self._daemon = bool(value)

    @property
    def pid(self):
        return self._pid

    ident = pid

    @property
    def exitcode(self):
        if self._pid is not None:
            self._wait(_os.WNOHANG)
        return self._exitcode

    def __repr__(self):
        if self._pid is None:
            state = "initial"
        elif self._exitcode is None:
            state = "started"
        else:
            state = "stopped exitcode=%s" % self._exitcode
        return "<Process name=%r %s%s>" % (self._name, state, " daemon" if self._daemon else "")


def _join_children():
    """At exit, as CPython's multiprocessing: daemon children are terminated, the others joined."""
    for child in list(_children):
        if child._daemon:
            child.terminate()
    for child in list(_children):
        child.join()


_atexit.register(_join_children)


# -- pipes, queues and locks between processes -----------------------------------

class _Channel:
    """Length-prefixed pickles through one pipe (both ends kept, so any process may use
    either). Readers take turns, and so do writers, so that messages never interleave
    when several processes share the channel."""

    def __init__(self):
        self._read_fd, self._write_fd = _os.pipe()
        self._read_lock = Lock()
        self._write_lock = Lock()

    def send(self, obj):
        data = _pickle.dumps(obj)
        with self._write_lock:
            _write_all(self._write_fd, len(data).to_bytes(8, "little") + data)

    def recv(self, block=True, timeout=None):
        """The next message; with block false or a timeout, queue.Empty when none comes in time."""
        if not self._read_lock.acquire(block, timeout):
            raise _queue.Empty
        try:
            if (not block or timeout is not None) and not _readable(self._read_fd, timeout if block else 0):
                raise _queue.Empty
            size = int.from_bytes(_read_exact(self._read_fd, 8), "little")
            data = _read_exact(self._read_fd, size)
        finally:
            self._read_lock.release()
        return _pickle.loads(data)

    def empty(self):
        return not _readable(self._read_fd, 0)


def _readable(fd, timeout):
    import select
    return bool(select.select([fd], [], [], max(timeout, 0) if timeout is not None else None)[0])


class Queue:
    """A FIFO between processes: put() pickles into a pipe, get() unpickles from it.

    put() blocks when the pipe is full until another process reads."""

    def __init__(self, maxsize=0):
        self._channel = _Channel()
        self._maxsize = maxsize

    def put(self, obj, block=True, timeout=None):
        self._channel.send(obj)

    def put_nowait(self, obj):
        self.put(obj, False)

    def get(self, block=True, timeout=None):
        return self._channel.recv(block, timeout)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return self._channel.empty()

    def close(self):
        pass

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


SimpleQueue = Queue


class JoinableQueue(Queue):
    def task_done(self):
        pass

    def join(self):
        pass


class Lock:
    """A lock shared with child processes: one token byte in a pipe."""

    def __init__(self):
        self._read_fd, self._write_fd = _os.pipe()
        _os.write(self._write_fd, b"\0")

    def acquire(self, block=True, timeout=None):
        if not block or timeout is not None:
            # Another process may take the token between the wait and the read;
            # the read then waits for its release (a short critical section).
            if not _readable(self._read_fd, timeout if block else 0):
                return False
        _read_exact(self._read_fd, 1)
        return True

    def release(self):
        _os.write(self._write_fd, b"\0")

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


RLock = Lock


def _no_shared_memory(name):
    def unavailable(*args, **kwargs):
        raise NotImplementedError(
            "multiprocessing.%s (memory shared between processes) is not available in quicken" % name)
    unavailable.__name__ = name
    return unavailable


class _SharedCell:
    """A struct-packed value in a shared memory file (tmpfs): every process that
    inherits the descriptor reads and writes the same bytes."""

    _count = [0]

    def __init__(self, typecode, value):
        import struct
        if not isinstance(typecode, str):
            raise NotImplementedError(
                "multiprocessing shared values take array typecodes ('i', 'd', ...) in quicken, "
                "not ctypes types")
        self._format = "=" + typecode
        self._size = struct.calcsize(self._format)
        _SharedCell._count[0] += 1
        path = "/dev/shm/quicken-mp-%d-%d" % (_os.getpid(), _SharedCell._count[0])
        self._fd = _os.open(path, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
        _os.unlink(path)
        self.value = value

    @property
    def value(self):
        import struct
        return struct.unpack(self._format, _os.pread(self._fd, self._size, 0))[0]

    @value.setter
    def value(self, value):
        import struct
        _os.pwrite(self._fd, struct.pack(self._format, value), 0)

    def __repr__(self):
        return "<Synchronized wrapper for c_%s(%r)>" % (self._format[1:], self.value)


class _SynchronizedCell(_SharedCell):
    def __init__(self, typecode, value, lock):
        _SharedCell.__init__(self, typecode, value)
        self._lock = Lock() if lock is True else lock

    def get_lock(self):
        return self._lock

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)


def RawValue(typecode_or_type, *args):
    """A value in memory shared with child processes, without a lock."""
    return _SharedCell(typecode_or_type, args[0] if args else 0)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A value in memory shared with child processes, with a lock (get_lock())."""
    value = args[0] if args else 0
    if lock is False:
        return _SharedCell(typecode_or_type, value)
    return _SynchronizedCell(typecode_or_type, value, lock)


Array = _no_shared_memory("Array")
RawArray = _no_shared_memory("RawArray")
Manager = _no_shared_memory("Manager")
Condition = _no_shared_memory("Condition")
Event = _no_shared_memory("Event")
Semaphore = _no_shared_memory("Semaphore")
BoundedSemaphore = _no_shared_memory("BoundedSemaphore")
Barrier = _no_shared_memory("Barrier")


def Pipe(duplex=True):
    raise NotImplementedError("multiprocessing.Pipe is not available in quicken")


# -- pools ------------------------------------------------------------------

class AsyncResult:
    """The result of work handed to a pool: ready when every worker has answered."""

    def __init__(self, batch, single, callback, error_callback):
        self._batch = batch
        self._single = single
        self._callback = callback
        self._error_callback = error_callback
        self._outcome = None

    def _settle(self):
        if self._outcome is None:
            values = []
            failure = None
            for ok, value in self._batch.outcomes():
                if not ok:
                    failure = value
                    break
                values.extend(value)
            if failure is not None:
                self._outcome = (False, failure)
                if self._error_callback is not None:
                    self._error_callback(failure)
            else:
                result = values[0] if self._single else values
                self._outcome = (True, result)
                if self._callback is not None:
                    self._callback(result)
        return self._outcome

    def ready(self):
        return self._batch.done()

    def successful(self):
        if not self.ready():
            raise ValueError("%r not ready" % self)
        return self._settle()[0]

    def wait(self, timeout=None):
        self._settle()

    def get(self, timeout=None):
        ok, value = self._settle()
        if ok:
            return value
        raise value


ApplyResult = AsyncResult
MapResult = AsyncResult


class _Batch:
    """Chunks of work, each run by a forked worker (or here, for a ThreadPool)."""

    def __init__(self, pool, func, chunks, star):
        self._outcomes = None
        self._workers = []
        if pool._in_process:
            self._outcomes = [pool._run_chunk(func, chunk, star) for chunk in chunks]
        else:
            for chunk in chunks:
                self._workers.append(_fork_worker(lambda chunk=chunk: pool._run_chunk(func, chunk, star)))

    def done(self):
        return self._outcomes is not None

    def outcomes(self):
        """Each chunk's (True, results) or (False, exception), in order."""
        if self._outcomes is None:
            outcomes = []
            for pid, fd in self._workers:
                ok, value = _reap(pid, fd)
                outcomes.append(value if ok else (False, value))
            self._workers = []
            self._outcomes = outcomes
        return self._outcomes

    def kill(self):
        for pid, fd in self._workers:
            try:
                _os.kill(pid, 15)
            except OSError:
                pass
            _os.close(fd)
            _os.waitpid(pid, 0)
        self._workers = []
        self._outcomes = [(False, ValueError("Pool was terminated"))]


class Pool:
    """A pool of worker processes (forked for each batch of work)."""

    _in_process = False

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = _os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._state = "RUN"
        self._pending = []
        self._initialized = False

    def _check_running(self):
        if self._state != "RUN":
            raise ValueError("Pool not running")

    def _run_chunk(self, func, chunk, star):
        """Runs in a worker: (True, results) or (False, the first exception)."""
        if self._initializer is not None and not (self._in_process and self._initialized):
            self._initialized = True
            self._initializer(*self._initargs)
        try:
            if star:
                return True, [func(*args) for args in chunk]
            return True, [func(item) for item in chunk]
        except Exception as exc:
            return False, exc

    def _split(self, items, chunksize):
        if chunksize is not None and chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        workers = min(self._processes, len(items))
        if workers == 0:
            return []
        size, extra = divmod(len(items), workers)
        chunks = []
        start = 0
        for i in range(workers):
            end = start + size + (1 if i < extra else 0)
            chunks.append(items[start:end])
            start = end
        return chunks

    def _submit(self, func, iterable, star, chunksize, single=False, callback=None, error_callback=None):
        self._check_running()
        items = list(iterable)
        batch = _Batch(self, func, self._split(items, chunksize), star)
        result = AsyncResult(batch, single, callback, error_callback)
        self._pending.append(result)
        return result

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        call = lambda: func(*args, **kwds)
        return self._submit(lambda f: f(), [call], False, None, True, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self._submit(func, iterable, False, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._submit(func, iterable, True, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._submit(func, iterable, False, chunksize, False, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._submit(func, iterable, True, chunksize, False, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        result = self._submit(func, iterable, False, chunksize)
        return _imap_results(result)

    imap_unordered = imap

    def close(self):
        if self._state == "RUN":
            self._state = "CLOSE"

    def terminate(self):
        self._state = "TERMINATE"
        for result in self._pending:
            if not result._batch.done():
                result._batch.kill()
        self._pending = []

    def join(self):
        if self._state == "RUN":
            raise ValueError("Pool is still running")
        for result in self._pending:
            result._settle()
        self._pending = []

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return "<%s.%s state=%s pool_size=%d>" % (
            type(self).__module__, type(self).__qualname__, self._state, self._processes)


def _imap_results(result):
    for ok, values in result._batch.outcomes():
        if not ok:
            raise values
        yield from values


class ThreadPool(Pool):
    """The Pool interface run in this process (quicken has no threads): same results, in order."""

    _in_process = True

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)


def get_context(method=None):
    if method not in (None, "fork"):
        raise ValueError("cannot find context for %r" % method)
    import multiprocessing
    return multiprocessing


def get_start_method(allow_none=False):
    return "fork"


def set_start_method(method, force=False):
    if method != "fork":
        raise ValueError("quicken starts processes only with 'fork', not %r" % method)


def get_all_start_methods():
    return ["fork"]


def freeze_support():
    pass
