"""io for quicken: an in-memory StringIO."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    pass


class TextIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        self._buf = initial_value
        self._chunks = None
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _flat(self):
        if self._chunks is not None:
            self._buf = self._buf + ''.join(self._chunks)
            self._chunks = None
        return self._buf

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
        n = len(s)
        if not n:
            return 0
        if self._chunks is not None:
            self._chunks.append(s)
            self._pos += n
            return n
        buf = self._buf
        pos = self._pos
        blen = len(buf)
        if pos == blen:
            self._chunks = [s]
        elif pos > blen:
            self._buf = buf + '\0' * (pos - blen) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._flat()

    def read(self, size=-1):
        self._check()
        buf = self._flat()
        pos = self._pos
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        if pos >= end:
            return ''
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check()
        buf = self._flat()
        pos = self._pos
        if pos >= len(buf):
            return ''
        i = buf.find('\n', pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0 and pos + size < end:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def readlines(self, hint=-1):
        out = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            out.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return out

    def __iter__(self):
        self._check()
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
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position " + str(pos))
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._flat())
        else:
            raise ValueError("Invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check()
        buf = self._flat()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value " + str(size))
        if size < len(buf):
            self._buf = buf[:size]
        return size

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


for _c in (StringIO, IOBase, TextIOBase, UnsupportedOperation):
    _c.__module__ = '_io'
del _c
