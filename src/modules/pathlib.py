"""Object-oriented filesystem paths (pathlib for quicken, POSIX paths).

PurePath and PurePosixPath compute with paths without touching the file
system; Path and PosixPath add the operations on files."""

import fnmatch
import io
import os
import re
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

# Errors that mean "no such file" for exists() and the is_*() tests.
_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _ignore_error(e):
    return getattr(e, 'errno', None) in _IGNORED_ERRNOS


def _split_root(text):
    """(root, components) of one path string: '//' for exactly two leading
    slashes (POSIX leaves their meaning to the system), '/' for others; the
    components without the empty and '.' ones."""
    root = ''
    if text[:1] == '/':
        stripped = text.lstrip('/')
        root = '//' if len(text) - len(stripped) == 2 else '/'
        text = stripped
    return root, [c for c in text.split('/') if c and c != '.']


def _parse(args):
    """(root, components) of the joined arguments."""
    root = ''
    tail = []
    for a in args:
        if isinstance(a, PurePath):
            a_root, a_tail = a._root, a._tail
        else:
            if not isinstance(a, str):
                a = os.fspath(a)
                if not isinstance(a, str):
                    raise TypeError("argument should be a str object or an os.PathLike "
                                    "object returning str, not %r" % (type(a),))
            a_root, a_tail = _split_root(a)
        if a_root:
            root = a_root
            tail = list(a_tail)
        else:
            tail.extend(a_tail)
    return root, tail


def _quote_uri(path):
    """path percent-encoded as in a file URI ('/' kept)."""
    safe = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/'
    return ''.join(chr(b) if b in safe else '%%%02X' % b for b in os.fsencode(path))


class _PathParents:
    """The sequence of a path's logical ancestors (path.parents)."""

    def __init__(self, path):
        self._path = path
        self._len = len(path._tail)

    def __len__(self):
        return self._len

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(self._len)[idx])
        if idx >= self._len or idx < -self._len:
            raise IndexError(idx)
        if idx < 0:
            idx += self._len
        p = self._path
        return p._with_parts(p._root, p._tail[:self._len - idx - 1])

    def __iter__(self):
        for i in range(self._len):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """Base class for manipulating paths without I/O.

    PurePath represents a filesystem path and offers operations which
    don't imply any actual filesystem I/O."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root, tail = _parse(args)
        return cls._from_root_tail(root, tail)

    @classmethod
    def _from_root_tail(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = tuple(tail)
        self._str = None
        return self

    def _with_parts(self, root, tail):
        return self._from_root_tail(root, tail)

    def _child(self, name):
        return self._from_root_tail(self._root, self._tail + (name,))

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        s = self._str
        if s is None:
            s = self._str = (self._root + '/'.join(self._tail)) or '.'
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/)
        slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + _quote_uri(str(self))

    # Comparisons: by the parts, between paths of the same flavour only.

    def _key(self):
        return [self._root, *self._tail] if self._root else list(self._tail)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._root == other._root and self._tail == other._tail

    def __hash__(self):
        return hash((self._root, self._tail))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    # Parts.

    drive = property(lambda self: '', doc="The drive prefix (letter or UNC path), if any.")
    root = property(lambda self: self._root, doc="The root of the path, if any.")
    anchor = property(lambda self: self._root, doc="The concatenation of the drive and root, or ''.")

    @property
    def parts(self):
        """An object providing sequence-like access to the
        components in the filesystem path."""
        if self._root:
            return (self._root,) + self._tail
        return self._tail

    @property
    def name(self):
        """The final path component, if any."""
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        """The final component's last suffix, if any.

        This includes the leading period. For example: '.txt'"""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any.

        These include the leading periods. For example: ['.tar', '.gz']"""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._tail:
            return self
        return self._with_parts(self._root, self._tail[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, tail = _split_root(name) if isinstance(name, str) else ('x', ())
        if not name or name[-1] == '/' or root or len(tail) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._with_parts(self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed.  If the path
        has no suffix, add given suffix.  If the given suffix is an empty
        string, remove the suffix from the path."""
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._with_parts(self._root, self._tail[:-1] + (name,))

    def relative_to(self, *other):
        """Return the relative path to another path identified by the passed
        arguments.  If the operation is not possible (because this is not
        a subpath of the other path), raise ValueError."""
        if not other:
            raise TypeError("need at least one argument")
        mine = ['', self._root, *self._tail] if self._root else list(self._tail)
        o_root, o_tail = _parse(other)
        theirs = ['', o_root, *o_tail] if o_root else list(o_tail)
        n = len(theirs)
        if (bool(self._root) if n == 0 else mine[:n] != theirs):
            shown = o_root + '/'.join(o_tail)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), shown))
        return self._with_parts('', mine[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """Combine this path with one or several arguments, and return a
        new path representing either a subpath (if all arguments are relative
        paths) or a totally different path (if one of the arguments is
        anchored)."""
        return self._from_args((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_args((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args((key, self))
        except TypeError:
            return NotImplemented

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable,
        a drive)."""
        return bool(self._root)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved
        by the system, if any."""
        return False

    def match(self, path_pattern):
        """Return True if this path matches the given pattern."""
        root, pattern = _split_root(path_pattern)
        if not root and not pattern:
            raise ValueError("empty pattern")
        if root and root != self._root:
            return False
        parts = self.parts
        if root:
            if len(pattern) + 1 != len(parts):
                return False
        elif len(pattern) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pattern)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems.

    On a POSIX system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system."""


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems (not available in quicken)."""

    def __new__(cls, *args):
        raise NotImplementedError("pathlib.PureWindowsPath (Windows path syntax) is not supported by quicken")


# --- globbing ----------------------------------------------------------------

def _is_wildcard(pattern):
    return '*' in pattern or '?' in pattern or '[' in pattern


def _scan(path):
    try:
        with os.scandir(path) as it:
            return list(it)
    except PermissionError:
        return []


def _select(path, parts, dirs_only_last):
    """The paths under `path` matching the pattern components `parts`."""
    if not parts:
        yield path
        return
    pat, rest = parts[0], parts[1:]
    dirs_only = bool(rest)
    if pat == '**':
        seen = set()
        for d in _walk_dirs(path):
            for p in _select(d, rest, dirs_only_last):
                if p not in seen:
                    seen.add(p)
                    yield p
    elif '**' in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    elif _is_wildcard(pat):
        match = re.compile(fnmatch.translate(pat)).fullmatch
        for entry in _scan(path):
            if dirs_only:
                try:
                    if not entry.is_dir():
                        continue
                except OSError:
                    continue
            name = entry.name
            if match(name):
                yield from _select(path._child(name), rest, dirs_only_last)
    else:
        child = path._child(pat) if pat else path
        if (child.is_dir() if dirs_only else child.exists()):
            yield from _select(child, rest, dirs_only_last)


def _walk_dirs(path):
    """path, then every directory below it (links to directories are not
    entered), depth first."""
    yield path
    for entry in _scan(path):
        try:
            if entry.is_dir() and not entry.is_symlink():
                yield from _walk_dirs(path._child(entry.name))
        except PermissionError:
            pass


def _pattern_parts(pattern):
    if not pattern:
        raise ValueError("Unacceptable pattern: {!r}".format(pattern))
    root, parts = _split_root(pattern)
    if root:
        raise NotImplementedError("Non-relative patterns are unsupported")
    if pattern[-1] == '/':
        parts.append('')
    return parts


class Path(PurePath):
    """PurePath subclass that can make system calls.

    Path represents a filesystem path but unlike PurePath, also offers
    methods to do system calls on path objects. Depending on your system,
    instantiating a Path will return either a PosixPath or a WindowsPath
    object. You can also instantiate a PosixPath or WindowsPath directly,
    but cannot instantiate a WindowsPath on a POSIX system or vice versa."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory
        (as returned by os.getcwd())."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory (as
        returned by os.path.expanduser('~'))."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file
        (as returned by os.path.samefile())."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """Yield path objects of the directory contents.

        The children are yielded in arbitrary order, and the
        special entries '.' and '..' are not included."""
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern."""
        parts = _pattern_parts(pattern)
        if self.is_dir():
            yield from _select(self, parts, False)

    def rglob(self, pattern):
        """Recursively yield all existing files (of any kind, including
        directories) matching the given relative pattern, anywhere in
        this subtree."""
        parts = _pattern_parts(pattern)
        if self.is_dir():
            yield from _select(self, ['**'] + parts, False)

    def absolute(self):
        """Return an absolute version of this path by prepending the current
        working directory. No normalization or symlink resolution is performed."""
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        """Make the path absolute, resolving all symlinks on the way and also
        normalizing it."""
        return self._from_args((os.path.realpath(self, strict=strict),))

    def stat(self, *, follow_symlinks=True):
        """Return the result of the stat() system call on this path, like
        os.stat() does."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """Like stat(), except if the path points to a symlink, the symlink's
        status information is returned, rather than its target's."""
        return os.lstat(self)

    def owner(self):
        """Return the login name of the file owner."""
        return _name_of(self.stat().st_uid, '/etc/passwd', 'uid')

    def group(self):
        """Return the group name of the file gid."""
        return _name_of(self.stat().st_gid, '/etc/group', 'gid')

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file pointed by this path and return a file object, as
        the built-in open() function does."""
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Open the file in bytes mode, read it, and close the file."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Open the file in text mode, read it, and close the file."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Open the file in bytes mode, write to it, and close the file."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write to it, and close the file."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """Return the path to which the symbolic link points."""
        return self._from_args((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions of the path, like os.chmod()."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """Like chmod(), except if the path points to a symlink, the symlink's
        permissions are changed, rather than its target's."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or link.
        If the path is a directory, use rmdir() instead."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this directory.  The directory must be empty."""
        os.rmdir(self)

    def rename(self, target):
        """Rename this path to the target path, and return a new Path
        instance pointing to the target path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename this path to the target path, overwriting if that path
        exists, and return a new Path instance pointing to the target path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symlink pointing to the target path."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link pointing to the same file as *target*."""
        os.link(target, self)

    def link_to(self, target):
        """Make the target path a hard link pointing to this path (deprecated)."""
        os.link(self, target)

    # Tests on the file's kind.

    def _mode(self, follow=True):
        """The file's type bits; 0 when it does not exist."""
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return 0
        except ValueError:
            return 0
        return st.st_mode & 0o170000

    def exists(self):
        """Whether this path exists."""
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        """Whether this path is a directory."""
        return self._mode() == 0o040000

    def is_file(self):
        """Whether this path is a regular file (also True for symlinks pointing
        to regular files)."""
        return self._mode() == 0o100000

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        return self._mode(False) == 0o120000

    def is_socket(self):
        """Whether this path is a socket."""
        return self._mode() == 0o140000

    def is_fifo(self):
        """Whether this path is a FIFO."""
        return self._mode() == 0o010000

    def is_block_device(self):
        """Whether this path is a block device."""
        return self._mode() == 0o060000

    def is_char_device(self):
        """Whether this path is a character device."""
        return self._mode() == 0o020000

    def is_mount(self):
        """Check if this path is a POSIX mount point"""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        st = self.stat()
        if st.st_dev != parent_dev:
            return True
        return st.st_ino == self.parent.stat().st_ino

    def expanduser(self):
        """ Return a new path with expanded ~ and ~user constructs
        (as returned by os.path.expanduser)"""
        if not self._root and self._tail and self._tail[0][:1] == '~':
            home = os.path.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return self._from_args((home,) + self._tail[1:])
        return self


def _name_of(number, table, what):
    """The name with id `number` in /etc/passwd or /etc/group."""
    try:
        with open(table) as f:
            for line in f:
                fields = line.split(':')
                if len(fields) > 2 and fields[2] == str(number):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpw%sid(): %s not found: %d' % ('' if what == 'uid' else 'gr', what, number))


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems.

    On a POSIX system, instantiating a Path should return this object."""


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems."""

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
