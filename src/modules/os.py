# os for quicken: the Python half. The system calls (stat, listdir, mkdir,
# open/read/write on descriptors, putenv, ...) are native functions already
# in this namespace (os.rs); here are the parts CPython writes in Python
# (environ, walk, makedirs, ...) and the result types of the native calls.
#@visible makedirs removedirs renames walk getenv fdopen fsencode fsdecode get_exec_path
#@visible _Environ.__getitem__ _Environ.__setitem__ _Environ.__delitem__ _Environ.__iter__
#@visible _Environ.__len__ _Environ.__repr__ _Environ.copy _Environ.setdefault _Environ._check
#@visible PathLike.__subclasshook__

import sys
import abc as _abc
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError


class _StructSeq(tuple):
    """A tuple with named fields, as CPython's struct sequences: the first
    `_n_sequence` fields are the items, the others attributes only."""
    _fields = ()
    _n_sequence = 0

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n, total = cls._n_sequence, len(cls._fields)
        if len(seq) < n:
            raise TypeError('%s() takes an at least %d-sequence (%d-sequence given)' % (cls._qual, n, len(seq)))
        if len(seq) > total:
            raise TypeError('%s() takes an at most %d-sequence (%d-sequence given)' % (cls._qual, total, len(seq)))
        self = tuple.__new__(cls, seq[:n])
        self._extra = seq[n:] + (None,) * (total - len(seq))
        return self

    def __repr__(self):
        shown = ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self))
        return '%s(%s)' % (self._qual, shown)

    def __reduce__(self):
        return (type(self), (tuple(self) + self._extra,))


def _field(i):
    return property(lambda self: self[i])


def _extra_field(i, fallback=None):
    def get(self):
        v = self._extra[i]
        if v is None and fallback is not None:
            return self[fallback]
        return v
    return property(get)


class stat_result(_StructSeq):
    """stat_result: Result from stat, fstat, or lstat."""
    _qual = 'os.stat_result'
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime', 'st_atime_float', 'st_mtime_float',
               'st_ctime_float', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
               'st_blksize', 'st_blocks', 'st_rdev')
    _n_sequence = 10
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    st_mode = _field(0)
    st_ino = _field(1)
    st_dev = _field(2)
    st_nlink = _field(3)
    st_uid = _field(4)
    st_gid = _field(5)
    st_size = _field(6)
    # The attributes are the float times; the items 7..9 are whole seconds.
    st_atime = _extra_field(0, 7)
    st_mtime = _extra_field(1, 8)
    st_ctime = _extra_field(2, 9)
    st_atime_ns = _extra_field(3)
    st_mtime_ns = _extra_field(4)
    st_ctime_ns = _extra_field(5)
    st_blksize = _extra_field(6)
    st_blocks = _extra_field(7)
    st_rdev = _extra_field(8)


class terminal_size(_StructSeq):
    """A tuple of (columns, lines) for holding terminal window size"""
    _qual = 'os.terminal_size'
    _fields = ('columns', 'lines')
    _n_sequence = 2
    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0
    columns = _field(0)
    lines = _field(1)


del _field, _extra_field


# --- environ ---------------------------------------------------------------

class _Environ(_MutableMapping):
    """os.environ: a mapping of the process environment; assignments and
    deletions change the environment itself (putenv/unsetenv)."""

    def __init__(self, items):
        self._data = dict(items)

    @staticmethod
    def _check(value):
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        return value

    def __getitem__(self, key):
        try:
            return self._data[self._check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._check(key)
        self._check(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        self._check(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        # A snapshot: the loop body may change the environment.
        keys = list(self._data)
        for key in keys:
            yield key

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __repr__(self):
        items = ', '.join('%r: %r' % (k, v) for k, v in self._data.items())
        return 'environ({%s})' % items

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(_environ_items())
del _environ_items


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The directories searched for an executable (PATH, or os.defpath)."""
    if env is None:
        env = environ
    path = env.get('PATH')
    if path is None:
        path = defpath
    return path.split(pathsep)


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to bytes."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) to str."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


# --- scandir ---------------------------------------------------------------

class DirEntry:
    """An entry of os.scandir(): the name, the path, and the type the
    directory listing gave (a stat is made only when needed)."""

    def __new__(cls, *args):
        if not args or args[0] is not _token:
            raise TypeError("cannot create 'posix.DirEntry' instances")
        return object.__new__(cls)

    def __init__(self, token, top, name, kind):
        self.name = name
        if isinstance(name, bytes):
            self.path = top + name if top.endswith(b'/') else top + b'/' + name
        else:
            self.path = top + name if top.endswith('/') else top + '/' + name
        self._kind = kind
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self.is_symlink():
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _test(self, kind, mode_bits, follow_symlinks):
        if self._kind == '?' or (follow_symlinks and self._kind == 'l'):
            try:
                st = self.stat(follow_symlinks=follow_symlinks)
            except FileNotFoundError:
                return False
            return st.st_mode & 0o170000 == mode_bits
        return self._kind == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._test('d', 0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._test('f', 0o100000, follow_symlinks)

    def is_symlink(self):
        if self._kind == '?':
            try:
                return self.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000
            except FileNotFoundError:
                return False
        return self._kind == 'l'

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_token = object()


class ScandirIterator:
    """The iterator os.scandir() returns (also a context manager)."""

    def __init__(self, top, items):
        self._top = top
        self._items = items
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._items is None or self._i >= len(self._items):
            raise StopIteration
        name, kind = self._items[self._i]
        self._i += 1
        return DirEntry(_token, self._top, name, kind)

    def close(self):
        self._items = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


DirEntry.__module__ = 'posix'
ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    items = _scandir(path)
    if path is None:
        top = '.'
    else:
        top = fspath(path)
    return ScandirIterator(top, items)


# --- trees -----------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Another process may have made it meanwhile.
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: for each directory under top (top included),
    yields a 3-tuple dirpath, dirnames, filenames."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    subdirs = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
        else:
            nondirs.append(entry.name)
        if not topdown and is_dir:
            # Bottom-up: the decision to descend is taken now (walk into
            # links only when asked), as the caller cannot prune.
            if followlinks:
                walk_into = True
            else:
                try:
                    walk_into = not entry.is_symlink()
                except OSError:
                    walk_into = False
            if walk_into:
                subdirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        # The caller may have pruned dirs.
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in subdirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    """A file object over descriptor fd (see open())."""
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd).__name__)
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


import posixpath as path
sys.modules['os.path'] = path
