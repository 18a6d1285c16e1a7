# The builtin open() for quicken: binary files are the native _File over a
# descriptor (FileIO unbuffered, Buffered* otherwise); text files wrap one
# in TextIOWrapper, which decodes and translates newlines.
#@visible open



class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


# The descriptor open(); the builtin one is defined below.
_os_open = open


class _BinaryFile(_File):
    """What the binary file classes share: the name, the mode, the closed
    flag, writelines and the context manager."""

    @property
    def closed(self):
        return self._isclosed()

    @property
    def mode(self):
        return self._mode

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __enter__(self):
        if self._isclosed():
            raise ValueError('I/O operation on closed file.')
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __repr__(self):
        return '<_io.%s name=%r>' % (type(self).__name__, self.name)

    def __getstate__(self):
        raise TypeError("cannot pickle '_io.%s' instances" % type(self).__name__)


class FileIO(_BinaryFile, RawIOBase):
    def __repr__(self):
        if self.closed:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (self.name, self._mode, self._closefd)


class _Buffered(_BinaryFile, BufferedIOBase):
    @property
    def raw(self):
        """The unbuffered file under this one (sharing its descriptor)."""
        raw = self.__dict__.get('_raw')
        if raw is None:
            raw = self._raw = self._raw_view(FileIO)
            raw.name = self.name
            raw._mode = self._mode
            raw._closefd = self._closefd
        return raw


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


for _c in (UnsupportedOperation, IOBase, RawIOBase, BufferedIOBase, TextIOBase,
           _BinaryFile, _Buffered, FileIO, BufferedReader, BufferedWriter, BufferedRandom):
    _c.__module__ = '_io'
del _c


def _utf8_split(data):
    """data cut before an incomplete UTF-8 sequence at its end: (whole, tail)."""
    n = len(data)
    i = n - 1
    # At most three continuation bytes precede the lead byte.
    while i >= 0 and i >= n - 4:
        b = data[i]
        if b & 0xC0 != 0x80:
            if b >= 0xF0:
                need = 4
            elif b >= 0xE0:
                need = 3
            elif b >= 0xC0:
                need = 2
            else:
                need = 1
            if n - i < need:
                return data[:i], data[i:]
            return data, b''
        i -= 1
    return data, b''


_SINGLE_BYTE = ('latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'ascii', 'us-ascii', 'l1', '8859', 'cp819', 'latin')


def _codec_kind(encoding):
    """'utf8' (decoded in pieces split at whole characters), 'single' (one
    byte a character) or 'whole' (decoded in one piece)."""
    e = encoding.lower().replace('_', '-')
    if e in ('utf-8', 'utf8', 'u8', 'utf'):
        return 'utf8'
    if e in _SINGLE_BYTE:
        return 'single'
    return 'whole'


class TextIOWrapper(TextIOBase):
    """Character and line based layer over a binary buffer."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            if not isinstance(newline, str):
                raise TypeError('TextIOWrapper() argument 4 must be str or None, not %s' % type(newline).__name__)
            raise ValueError('illegal newline value: %s' % newline)
        if encoding is None:
            encoding = 'UTF-8'
        elif not isinstance(encoding, str):
            raise TypeError('TextIOWrapper() argument 2 must be str or None, not %s' % type(encoding).__name__)
        b''.decode(encoding)
        if errors is None:
            errors = 'strict'
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._kind = _codec_kind(encoding)
        self._fast_write = self._kind == 'utf8' and errors == 'strict' and newline in (None, '', '\n') and isinstance(buffer, _File)
        self._text = ''
        self._tpos = 0
        self._tail = b''
        self._eof = False
        self._mode = 'r'

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    newlines = property(lambda self: None)
    name = property(lambda self: self.buffer.name)
    closed = property(lambda self: self.buffer.closed)

    @property
    def mode(self):
        return self._mode

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return '<_io.TextIOWrapper mode=%r encoding=%r>' % (self._mode, self._encoding)
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % (name, self._mode, self._encoding)

    def _check_open(self):
        if self.buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def _check_readable(self):
        self._check_open()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')

    # --- reading ---

    def _decode(self, data, final):
        if self._tail:
            data = self._tail + data
            self._tail = b''
        if not final and self._kind == 'utf8':
            data, self._tail = _utf8_split(data)
        text = data.decode(self._encoding, self._errors)
        if self._newline is None:
            if not final and text.endswith('\r'):
                # Its '\n' may come with the next piece.
                text = text[:-1]
                self._tail = b'\r' + self._tail
            if '\r' in text:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _more(self):
        """Decodes the next piece of the file onto the unread text; False
        at the end of the file."""
        if self._eof:
            return False
        if self._kind == 'whole':
            data = self.buffer.read()
            final = True
        else:
            data = self.buffer.read1(65536)
            final = not data
        if final:
            self._eof = True
        text = self._decode(data, final)
        rest = self._text[self._tpos:]
        self._text = rest + text if rest else text
        self._tpos = 0
        return bool(text) or not final

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if size < 0:
            while self._more():
                pass
            out = self._text[self._tpos:]
            self._text = ''
            self._tpos = 0
            return out
        while len(self._text) - self._tpos < size and self._more():
            pass
        out = self._text[self._tpos:self._tpos + size]
        self._tpos += len(out)
        return out

    def _line_end(self, start):
        """The end of the line starting at start (after its terminator), or
        -1 when the unread text has no terminator yet."""
        text = self._text
        nl = self._newline
        if nl is None or nl == '\n':
            i = text.find('\n', start)
            return i + 1 if i >= 0 else -1
        if nl == '':
            i = text.find('\n', start)
            j = text.find('\r', start, i if i >= 0 else len(text))
            if j < 0:
                return i + 1 if i >= 0 else -1
            if j + 1 < len(text):
                return j + 2 if text[j + 1] == '\n' else j + 1
            return j + 1 if self._eof else -1
        i = text.find(nl, start)
        return i + len(nl) if i >= 0 else -1

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        while True:
            end = self._line_end(self._tpos)
            if end >= 0:
                break
            if size >= 0 and len(self._text) - self._tpos >= size:
                break
            if not self._more():
                end = len(self._text)
                break
        if end < 0:
            end = len(self._text)
        if size >= 0:
            end = min(end, self._tpos + size)
        out = self._text[self._tpos:end]
        self._tpos = end
        return out

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    # --- writing ---

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation('not writable')
        if self._text or self._tail:
            # As CPython's: the text read ahead is dropped, and the write
            # goes where the buffer's reading stopped.
            self._text = ''
            self._tpos = 0
            self._tail = b''
            self._eof = False
        if self._fast_write:
            self.buffer._write_str(s)
        else:
            text = s
            if self._newline not in (None, '', '\n'):
                text = text.replace('\n', self._newline)
            self.buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.buffer.flush()
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    # --- the rest ---

    def flush(self):
        self._check_open()
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.buffer.flush()
            finally:
                self.buffer.close()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def detach(self):
        buffer = self.buffer
        self.flush()
        return buffer

    def tell(self):
        self._check_open()
        pos = self.buffer.tell()
        unread = self._text[self._tpos:]
        if unread:
            pos -= len(unread.encode(self._encoding, self._errors))
        return pos - len(self._tail)

    def seek(self, cookie, whence=0):
        self._check_open()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
        elif whence != 0:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        elif cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self._text = ''
        self._tpos = 0
        self._tail = b''
        self._eof = False
        return self.buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()
        return False


TextIOWrapper.__module__ = '_io'

_O_MODES = {'r': O_RDONLY, 'w': O_WRONLY | O_CREAT | O_TRUNC, 'x': O_WRONLY | O_CREAT | O_EXCL,
            'a': O_WRONLY | O_CREAT | O_APPEND}


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(mode, str):
        raise TypeError('open() argument \'mode\' must be str, not %s' % type(mode).__name__)
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % (mode,))
    binary = 'b' in modes
    if binary and 't' in modes:
        raise ValueError("can't have text and binary mode at once")
    kinds = [c for c in 'rwax' if c in modes]
    if len(kinds) > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if binary:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
    if not kinds:
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    kind = kinds[0]
    plus = '+' in modes
    flags = _O_MODES[kind]
    if plus:
        flags = (flags & ~O_WRONLY) | O_RDWR
    if isinstance(file, int):
        if file < 0:
            raise ValueError('negative file descriptor')
        fd = file
    else:
        if not closefd:
            raise ValueError('Cannot use closefd=False with file name')
        if opener is not None:
            fd = opener(file, flags | O_CLOEXEC)
            if not isinstance(fd, int):
                raise TypeError('expected integer from opener')
            if fd < 0:
                raise ValueError('opener returned %d' % fd)
        else:
            fd = _os_open(file, flags, 0o666)
    try:
        if _isdir(fd):
            raise IsADirectoryError(21, 'Is a directory', file)
        if kind == 'a':
            lseek(fd, 0, 2)
        if not binary:
            if buffering == 0:
                raise ValueError("can't have unbuffered text I/O")
            if newline not in (None, '', '\n', '\r', '\r\n'):
                if not isinstance(newline, str):
                    raise TypeError("open() argument 'newline' must be str or None, not %s" % type(newline).__name__)
                raise ValueError('illegal newline value: %s' % newline)
            if encoding is not None:
                if not isinstance(encoding, str):
                    raise TypeError("open() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
                b''.decode(encoding)
    except BaseException:
        if closefd:
            close(fd)
        raise
    readable = kind == 'r' or plus
    writable = kind != 'r' or plus
    raw_mode = {'r': 'rb', 'w': 'wb', 'x': 'xb', 'a': 'ab'}[kind]
    if plus:
        raw_mode = ('rb+' if kind in 'rw' else raw_mode + '+')
    if binary and buffering == 0:
        f = FileIO(fd, readable, writable, closefd, True)
    elif not readable:
        f = BufferedWriter(fd, readable, writable, closefd, False)
    elif not writable:
        f = BufferedReader(fd, readable, writable, closefd, False)
    else:
        f = BufferedRandom(fd, readable, writable, closefd, False)
    f.name = file
    f._mode = raw_mode
    f._closefd = closefd
    if binary:
        return f
    t = TextIOWrapper(f, encoding, errors, newline, buffering == 1)
    t._mode = mode
    return t


def _fspath(file):
    t = type(file)
    if t is str or t is bytes:
        return file
    if isinstance(file, (str, bytes)):
        return file
    try:
        fspath = t.__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % t.__name__) from None
    result = fspath(file)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (t.__name__, type(result).__name__))
    return result

