"""bz2 for quicken: one-shot compress/decompress, BZ2File and open() over the
native BZ2Compressor and BZ2Decompressor (_bz2)."""

__all__ = ['BZ2File', 'BZ2Compressor', 'BZ2Decompressor', 'open', 'compress', 'decompress']

import io
import os
from _bz2 import BZ2Compressor, BZ2Decompressor

_builtin_open = open

# Compressed bytes read from the file at a time, and the most decompressed
# bytes produced per step (bounds memory on highly compressible data).
_READ_SIZE = 8192
_OUT_STEP = 65536

_CLOSED, _READ, _WRITE = 0, 1, 2


def compress(data, compresslevel=9):
    """Compresses a block of data in one piece."""
    comp = BZ2Compressor(compresslevel)
    return comp.compress(data) + comp.flush()


def decompress(data):
    """Decompresses a block of data holding one or more concatenated streams."""
    parts = []
    while data:
        decomp = BZ2Decompressor()
        try:
            part = decomp.decompress(data)
        except OSError:
            # Bytes after the last whole stream that are not a stream: ignored.
            if parts:
                break
            raise
        parts.append(part)
        if not decomp.eof:
            raise ValueError('Compressed data ended before the end-of-stream marker was reached')
        data = decomp.unused_data
    return b''.join(parts)


class BZ2File(io.BufferedIOBase):
    """A file object giving access to a bzip2-compressed file (reading or
    writing, never both)."""

    def __init__(self, filename, mode='r', *, compresslevel=9):
        self._fp = None
        self._owns_fp = False
        self._mode = _CLOSED
        if not (1 <= compresslevel <= 9):
            raise ValueError('compresslevel must be between 1 and 9')
        if mode in ('', 'r', 'rb'):
            mode = 'rb'
            kind = _READ
        elif mode in ('w', 'wb', 'x', 'xb', 'a', 'ab'):
            mode = mode[0] + 'b'
            kind = _WRITE
            self._compressor = BZ2Compressor(compresslevel)
        else:
            raise ValueError('Invalid mode: %r' % (mode,))
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._fp = _builtin_open(filename, mode)
            self._owns_fp = True
        elif hasattr(filename, 'read') or hasattr(filename, 'write'):
            self._fp = filename
        else:
            raise TypeError('filename must be a str, bytes, file or PathLike object')
        self._mode = kind
        self._pos = 0
        if kind == _READ:
            self._rewind_state()

    def _rewind_state(self):
        self._decompressor = BZ2Decompressor()
        self._buffer = b''
        self._offset = 0
        self._at_eof = False
        self._pos = 0

    # --- state checks (CPython's messages) ---

    def _check_open(self):
        if self._mode == _CLOSED:
            raise ValueError('I/O operation on closed file')

    def _check_readable(self):
        self._check_open()
        if self._mode != _READ:
            raise io.UnsupportedOperation('File not open for reading')

    def _check_writable(self):
        self._check_open()
        if self._mode != _WRITE:
            raise io.UnsupportedOperation('File not open for writing')

    @property
    def closed(self):
        return self._mode == _CLOSED

    def readable(self):
        self._check_open()
        return self._mode == _READ

    def writable(self):
        self._check_open()
        return self._mode == _WRITE

    def seekable(self):
        return self.readable() and self._fp.seekable()

    def fileno(self):
        self._check_open()
        return self._fp.fileno()

    def close(self):
        if self._mode == _CLOSED:
            return
        try:
            if self._mode == _WRITE:
                self._fp.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._owns_fp:
                    self._fp.close()
            finally:
                self._fp = None
                self._owns_fp = False
                self._mode = _CLOSED
                self._buffer = b''

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __iter__(self):
        self._check_readable()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # --- reading ---

    def _decompress_more(self):
        """The next piece of decompressed data; b'' at the end of the file."""
        while not self._at_eof:
            decomp = self._decompressor
            if decomp.eof:
                # A stream ended: another may follow (concatenated files).
                raw = decomp.unused_data or self._fp.read(_READ_SIZE)
                if not raw:
                    self._at_eof = True
                    break
                self._decompressor = decomp = BZ2Decompressor()
                try:
                    data = decomp.decompress(raw, _OUT_STEP)
                except OSError:
                    # Trailing bytes that are not a stream end the file.
                    self._at_eof = True
                    break
            else:
                raw = b''
                if decomp.needs_input:
                    raw = self._fp.read(_READ_SIZE)
                    if not raw:
                        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
                data = decomp.decompress(raw, _OUT_STEP)
            if data:
                return data
        return b''

    def _fill(self):
        """Makes the buffer hold unread bytes; False at the end of the file."""
        if self._offset < len(self._buffer):
            return True
        data = self._decompress_more()
        self._buffer = data
        self._offset = 0
        return bool(data)

    def _take(self, n):
        start = self._offset
        chunk = self._buffer[start:start + n]
        self._offset = start + len(chunk)
        self._pos += len(chunk)
        return chunk

    def read(self, size=-1):
        """Reads up to size uncompressed bytes (all of them if size < 0)."""
        self._check_readable()
        if size is None:
            size = -1
        parts = []
        while size != 0 and self._fill():
            chunk = self._take(len(self._buffer) if size < 0 else size)
            parts.append(chunk)
            if size > 0:
                size -= len(chunk)
        return b''.join(parts)

    def read1(self, size=-1):
        """Reads up to size bytes with at most one read from the file."""
        self._check_readable()
        if size == 0 or not self._fill():
            return b''
        if size < 0:
            size = len(self._buffer)
        return self._take(size)

    def readinto(self, b):
        self._check_readable()
        view = memoryview(b)
        data = self.read(len(view))
        b[:len(data)] = data
        return len(data)

    def peek(self, n=0):
        """Buffered bytes ahead of the position, without advancing it."""
        self._check_readable()
        if not self._fill():
            return b''
        return self._buffer[self._offset:]

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        parts = []
        while size != 0 and self._fill():
            end = self._buffer.find(b'\n', self._offset)
            n = len(self._buffer) - self._offset if end < 0 else end + 1 - self._offset
            if size > 0:
                n = min(n, size)
                size -= n
            parts.append(self._take(n))
            if parts[-1].endswith(b'\n'):
                break
        return b''.join(parts)

    def readlines(self, size=-1):
        self._check_readable()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < size <= total:
                break
        return lines

    # --- writing ---

    def write(self, data):
        """Compresses and writes data; returns the number of uncompressed bytes."""
        self._check_writable()
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        self._fp.write(self._compressor.compress(data))
        self._pos += length
        return length

    def writelines(self, seq):
        for data in seq:
            self.write(data)

    def flush(self):
        self._check_open()

    # --- positioning ---

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        """Moves to an uncompressed offset by decompressing (slow: going
        back starts again from the beginning of the file)."""
        self._check_open()
        if self._mode != _READ:
            raise io.UnsupportedOperation('Seeking is only supported on files open for reading')
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            while self._fill():
                self._take(len(self._buffer))
            offset = self._pos + offset
        elif whence != io.SEEK_SET:
            raise ValueError('Invalid value for whence: %r' % (whence,))
        if offset < self._pos:
            self._fp.seek(0)
            self._rewind_state()
        while self._pos < offset and self._fill():
            self._take(offset - self._pos)
        return self._pos


def open(filename, mode='rb', compresslevel=9, encoding=None, errors=None, newline=None):
    """Opens a bzip2-compressed file in binary or text mode."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    binary = BZ2File(filename, mode.replace('t', ''), compresslevel=compresslevel)
    if 't' in mode:
        return io.TextIOWrapper(binary, encoding, errors, newline)
    return binary
