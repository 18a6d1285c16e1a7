"""io for quicken: the Python half (StringIO is native)."""

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


# The bases and the file classes of open() live with open(), whose module
# needs nothing from this one.
from _fileio import (UnsupportedOperation, IOBase, RawIOBase, BufferedIOBase, TextIOBase,
                     FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper)


# Moved into the native StringIO class by the loader.
def _sio_writelines(self, lines):
    for line in lines:
        self.write(line)


_sio_closed = property(StringIO._isclosed)


class BytesIO(_BytesIO, BufferedIOBase):
    """In-memory binary stream (the buffer and its methods are native)."""
    closed = property(_BytesIO._isclosed)


del _BytesIO


for _c in (BytesIO,):
    _c.__module__ = '_io'
del _c

try:
    open = open
except NameError:
    pass
