"""logging.handlers for quicken: rotating files, buffering and memory handlers, queue
handlers (CPython 3.11's behaviour). Handlers that need sockets, threads or file-system
status report NotImplementedError when created."""

import io
import logging


_NO_LOCK = logging._NoLock()


def _os():
    # Rotation renames and removes files; quicken's os module provides that when present.
    import os
    return os


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may switch to a fresh file before writing a record."""

    namer = None     # callable: the name a backup file gets (default: unchanged)
    rotator = None   # callable(source, dest): moves the full file (default: rename)

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        super().__init__(filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.mode, self.encoding, self.errors = mode, encoding, errors

    def emit(self, record):
        """Rolls over first when shouldRollover says so, then writes the record."""
        try:
            rollover_due = self.shouldRollover(record)
            if rollover_due:
                self.doRollover()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """The name a backup file gets: namer(default_name) when a namer is set."""
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        """Moves the full file `source` to `dest` (rotator(source, dest) when set)."""
        move = self.rotator if callable(self.rotator) else _rename_if_present
        move(source, dest)


def _rename_if_present(source, dest):
    os = _os()
    if os.path.exists(source):
        os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would exceed maxBytes, keeping
    backupCount old files as NAME.1 (newest) ... NAME.N."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        # Rolling over only makes sense when appending.
        mode = 'a' if maxBytes > 0 else mode
        text_mode = 'b' not in mode
        if text_mode and hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)  # the default, with its warning
        super().__init__(filename, mode, encoding=encoding, delay=delay, errors=errors)
        self.maxBytes, self.backupCount = maxBytes, backupCount

    def _backup_name(self, number):
        return self.rotation_filename('%s.%d' % (self.baseFilename, number))

    def doRollover(self):
        """Closes the file, shifts NAME.k to NAME.k+1 (dropping the oldest), moves
        the file to NAME.1 and opens a fresh one."""
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            os = _os()
            for number in reversed(range(1, self.backupCount)):
                older, newer = self._backup_name(number), self._backup_name(number + 1)
                if not os.path.exists(older):
                    continue
                if os.path.exists(newer):
                    os.remove(newer)
                os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + '.1')
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self._ensure_open()

    def _ensure_open(self):
        if self.stream is None:
            self.stream = self._open()

    def shouldRollover(self, record):
        """Whether writing `record` would take the file to maxBytes or beyond."""
        if self.maxBytes <= 0:
            self._ensure_open()
            return False
        os = _os()
        # Only regular files roll over (not /dev/null or a pipe).
        name = self.baseFilename
        if os.path.exists(name) and not os.path.isfile(name):
            return False
        self._ensure_open()
        text = self.format(record) + '\n'
        self.stream.seek(0, 2)
        return self.stream.tell() + len(text) >= self.maxBytes


class BufferingHandler(logging.Handler):
    """Keeps records in a list; flush() (when shouldFlush says so) empties it."""

    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        """Whether the buffer is full."""
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        """Keeps the record, flushing when shouldFlush says so."""
        self.buffer += [record]
        full = self.shouldFlush(record)
        if full:
            self.flush()

    def flush(self):
        """Empties the buffer (subclasses send the records somewhere first)."""
        with self.lock or _NO_LOCK:
            del self.buffer[:]

    def close(self):
        """Flushes, then closes."""
        try:
            self.flush()
        finally:
            super().close()


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when the buffer is full or a
    record at flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        super().__init__(capacity)
        self.flushLevel, self.target, self.flushOnClose = flushLevel, target, flushOnClose

    def shouldFlush(self, record):
        """Whether the buffer is full or `record` is at flushLevel or above."""
        return record.levelno >= self.flushLevel or BufferingHandler.shouldFlush(self, record)

    def setTarget(self, target):
        """The handler that receives the buffered records."""
        with self.lock or _NO_LOCK:
            self.target = target

    def flush(self):
        """Hands the buffered records to the target (kept while there is none)."""
        with self.lock or _NO_LOCK:
            if not self.target:
                return
            pending, self.buffer[:] = list(self.buffer), []
            deliver = self.target.handle
            for record in pending:
                deliver(record)

    def close(self):
        """Flushes to the target (when flushOnClose), then lets go of it."""
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock or _NO_LOCK:
                self.target = None
                super().close()


class QueueHandler(logging.Handler):
    """Puts formatted records on a queue (anything with put_nowait)."""

    def __init__(self, queue):
        super().__init__()
        self.queue = queue

    def enqueue(self, record):
        """Puts the prepared record on the queue without blocking."""
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of `record` carrying its final text and none of the parts that
        cannot cross a process boundary (arguments, exception)."""
        import copy
        text = self.format(record)
        ready = copy.copy(record)
        ready.message = ready.msg = text
        ready.args = ready.exc_info = ready.exc_text = None
        return ready

    def emit(self, record):
        """Queues a prepared copy of the record."""
        try:
            prepared = self.prepare(record)
            self.enqueue(prepared)
        except Exception:
            self.handleError(record)


def _unsupported(name, needs):
    class Unsupported(logging.Handler):
        def __init__(self, *args, **kwargs):
            raise NotImplementedError('logging.handlers.%s is not supported by quicken (it needs %s)'
                                      % (name, needs))
    Unsupported.__name__ = Unsupported.__qualname__ = name
    return Unsupported


TimedRotatingFileHandler = _unsupported('TimedRotatingFileHandler', 'file times and local-time arithmetic')
WatchedFileHandler = _unsupported('WatchedFileHandler', 'os.stat')
QueueListener = _unsupported('QueueListener', 'threads')
SocketHandler = _unsupported('SocketHandler', 'sockets')
DatagramHandler = _unsupported('DatagramHandler', 'sockets')
SysLogHandler = _unsupported('SysLogHandler', 'sockets')
SMTPHandler = _unsupported('SMTPHandler', 'sockets')
HTTPHandler = _unsupported('HTTPHandler', 'sockets')
NTEventLogHandler = _unsupported('NTEventLogHandler', 'Windows')

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514
