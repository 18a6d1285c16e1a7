"""io for quicken: the Python half (StringIO is native)."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    pass


class TextIOBase(IOBase):
    pass


# Moved into the native StringIO class by the loader.
def _sio_writelines(self, lines):
    for line in lines:
        self.write(line)


_sio_closed = property(StringIO._isclosed)


class BufferedIOBase(IOBase):
    pass


def _index(v):
    if isinstance(v, int):
        return int(v)
    raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")


def _size(v):
    if v is None:
        return -1
    if isinstance(v, int):
        return int(v)
    raise TypeError(f"argument should be integer or None, not '{type(v).__name__}'")


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


class BytesIO(BufferedIOBase):
    """In-memory binary stream (a bytearray and a position)."""

    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(_bytes_like(initial_bytes)) if initial_bytes is not None else bytearray()
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def write(self, b):
        self._check()
        b = _bytes_like(b)
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf.extend(bytes(pos - len(buf)))
        buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _size(size)
        buf = self._buf
        pos = self._pos
        end = len(buf)
        if pos >= end:
            return b''
        if size >= 0 and pos + size < end:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _size(size)
        buf = self._buf
        pos = self._pos
        n = len(buf)
        if pos >= n:
            return b''
        nl = buf.find(b'\n', pos)
        end = n if nl < 0 else nl + 1
        if size >= 0 and pos + size < end:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def readlines(self, hint=None):
        self._check()
        if hint is None:
            hint = -1
        elif not isinstance(hint, int):
            raise TypeError(f"integer argument expected, got '{type(hint).__name__}'")
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def readinto(self, b):
        self._check()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _size(size)
            if size < 0:
                raise ValueError(f'negative size value {size}')
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def readable(self):
        self._check()
        return True

    writable = readable
    seekable = readable

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


for _c in (IOBase, BufferedIOBase, TextIOBase, UnsupportedOperation, BytesIO):
    _c.__module__ = '_io'
del _c

try:
    open = open
except NameError:
    pass
