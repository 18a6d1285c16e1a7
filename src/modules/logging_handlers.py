"""logging.handlers for quicken: rotating files, buffering and memory handlers, queue
handlers (CPython 3.11's behaviour). Handlers that need sockets, threads or file-system
status report NotImplementedError when created."""

import io
import logging


def _os():
    # Rotation renames and removes files; quicken's os module provides that when present.
    import os
    return os


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may switch to a fresh file before writing a record."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        if not callable(self.rotator):
            os = _os()
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Starts a new file when the current one would exceed maxBytes, keeping
    backupCount old files as NAME.1 (newest) ... NAME.N."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        if 'b' not in mode and hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            os = _os()
            for i in range(self.backupCount - 1, 0, -1):
                source = self.rotation_filename('%s.%d' % (self.baseFilename, i))
                dest = self.rotation_filename('%s.%d' % (self.baseFilename, i + 1))
                if os.path.exists(source):
                    if os.path.exists(dest):
                        os.remove(dest)
                    os.rename(source, dest)
            dest = self.rotation_filename(self.baseFilename + '.1')
            if os.path.exists(dest):
                os.remove(dest)
            self.rotate(self.baseFilename, dest)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if self.maxBytes <= 0:
            if self.stream is None:
                self.stream = self._open()
            return False
        os = _os()
        # Only regular files roll over (not /dev/null or a pipe).
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        msg = '%s\n' % self.format(record)
        self.stream.seek(0, 2)
        return self.stream.tell() + len(msg) >= self.maxBytes


class BufferingHandler(logging.Handler):
    """Keeps records in a list; flush() (when shouldFlush says so) empties it."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when the buffer is full or a
    record at flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.acquire()
        try:
            self.target = target
        finally:
            self.release()

    def flush(self):
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()


class QueueHandler(logging.Handler):
    """Puts formatted records on a queue (anything with put_nowait)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        # The record leaves with its final text and without unpicklable parts.
        msg = self.format(record)
        import copy
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
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
