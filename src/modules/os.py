# os for quicken: the Python half. The system calls (stat, listdir, mkdir,
# open/read/write on descriptors, putenv, ...) are native functions already
# in this namespace (os.rs); here are the parts CPython writes in Python
# (environ, walk, makedirs, ...) and the result types of the native calls.
# The functions CPython has in its os.py show in tracebacks, on its line
# numbers (the #@line directives).
#@visible makedirs removedirs renames walk _walk getenv fdopen fsencode fsdecode get_exec_path
#@visible _Environ.__getitem__ _Environ.__setitem__ _Environ.__delitem__ _Environ.__iter__
#@visible _Environ.__len__ _Environ.__repr__ _Environ.copy _Environ.setdefault
#@visible _Environ.__ior__ _Environ.__or__ _Environ.__ror__ _createenviron.<locals>.encode
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
    `n_sequence_fields` fields are the items, the others attributes only."""
    _fields = ()
    n_sequence_fields = 0

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n, total = cls.n_sequence_fields, len(cls._fields)
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
    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0
    columns = _field(0)
    lines = _field(1)


del _field, _extra_field


# The functions below stand where CPython's os.py has them (the #@line
# directives), so that tracebacks through them show CPython's frames.

def _split_dir(p):
    """p's parent and last component, a trailing slash ignored."""
    parent, leaf = path.split(p)
    if leaf:
        return parent, leaf
    return path.split(parent)


#@line 200
def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    # Missing parents are made first, by recursion; an existing one made
    # meanwhile by another process is no error.
#@line 210
    parent, leaf = _split_dir(name)
    if parent and leaf and not path.exists(parent):
        try:
#@line 215
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if leaf in ('.', b'.'):
            return  # "new/." exists now that "new" does
    # Any error (not only EEXIST: EACCES or EROFS may come first) is
    # forgiven when the directory is there and that was allowed.
    try:
#@line 225
        mkdir(name, mode)
    except OSError:
        if not (exist_ok and path.isdir(name)):
            raise


#@line 232
def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    # Parents are removed while they are empty: the first failure ends it.
#@line 243
    rmdir(name)
    parent, leaf = _split_dir(name)
    while parent and leaf:
        try:
            rmdir(parent)
        except OSError:
            return
        parent, leaf = path.split(parent)


#@line 254
def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left empty."""
#@line 269
    new_dir, new_leaf = path.split(new)
    if new_dir and new_leaf and not path.exists(new_dir):
        makedirs(new_dir)
    rename(old, new)
    old_dir, old_leaf = path.split(old)
    if not (old_dir and old_leaf):
        return
    try:
        removedirs(old_dir)
    except OSError:
        pass  # a directory left that is not empty


#@line 282
def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: for each directory under top (top included),
    yields a 3-tuple dirpath, dirnames, filenames."""
#@line 343
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    # The listing is read whole before anything is yielded; errors go to
    # onerror and end this directory's walk.
    try:
#@line 358
        listing = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, files, below = _classify(listing, topdown, followlinks)
    if topdown:
        yield top, dirs, files
        # dirs as the caller left it: it may have pruned or reordered it.
#@line 412
        for d in dirs:
            sub = path.join(top, d)
            if followlinks or not path.islink(sub):
#@line 419
                yield from _walk(sub, True, onerror, followlinks)
    else:
#@line 422
        for sub in below:
            yield from _walk(sub, False, onerror, followlinks)
        yield top, dirs, files


def _classify(listing, topdown, followlinks):
    """The directory names, the other names, and (bottom-up, where the
    caller cannot prune) the directory paths to descend into."""
    dirs, files, below = [], [], []
    for entry in listing:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        (dirs if is_dir else files).append(entry.name)
        if is_dir and not topdown:
            try:
                into = followlinks or not entry.is_symlink()
            except OSError:
                into = False
            if into:
                below.append(entry.path)
    return dirs, files, below


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


def get_exec_path(env=None):
    """The directories searched for an executable (PATH, or os.defpath)."""
    found = (environ if env is None else env).get('PATH')
    return (defpath if found is None else found).split(pathsep)


# --- environ ---------------------------------------------------------------

# os.environ: a mapping of the process environment; assignments and
# deletions change the environment itself (putenv/unsetenv). Names and
# values are kept as str (quicken keeps the environment decoded).
#@line 666
class _Environ(_MutableMapping):

    def __init__(self, items, check):
        self._vars = dict(items)
        self._check = check

    def __getitem__(self, key):
        try:
#@line 676
            return self._vars[self._check(key)]
        except KeyError:
            pass
        raise KeyError(key) from None

#@line 682
    def __setitem__(self, key, value):
        name = self._check(key)
        text = self._check(value)
        putenv(name, text)
        self._vars[name] = text

#@line 688
    def __delitem__(self, key):
        name = self._check(key)
        unsetenv(name)
        if name not in self._vars:
#@line 695
            raise KeyError(key) from None
        del self._vars[name]

    def __iter__(self):
        # Over a snapshot: the loop body may change the environment.
        yield from list(self._vars)

    def __len__(self):
        return len(self._vars)

    def __repr__(self):
        shown = ', '.join('%r: %r' % pair for pair in self._vars.items())
        return 'environ({%s})' % shown

    def copy(self):
        return dict(self._vars)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _Mapping):
            return {**self._vars, **other}
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _Mapping):
            return {**other, **self._vars}
        return NotImplemented


#@line 739
def _createenviron():
#@line 756
    def encode(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value
    return _Environ(_environ_items(), encode)


environ = _createenviron()
del _createenviron, _environ_items


#@line 773
def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to bytes."""
    name = fspath(filename)
    return name.encode('utf-8', 'surrogateescape') if isinstance(name, str) else name


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) to str."""
    name = fspath(filename)
    return name.decode('utf-8', 'surrogateescape') if isinstance(name, bytes) else name


#@line 1025
def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if type(fd) is not int and not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


#@line 1072
class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is not PathLike:
            return NotImplemented
        return hasattr(subclass, '__fspath__')


import posixpath as path
sys.modules['os.path'] = path
