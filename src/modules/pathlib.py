"""Object-oriented filesystem paths (pathlib for quicken, POSIX paths).

PurePath and PurePosixPath compute with paths without touching the file
system; Path and PosixPath add the operations on files."""

import fnmatch
import io
import os
import re
import sys
import errno

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

# Errors that mean "no such file" for exists() and the is_*() tests.
_IGNORED_ERRNOS = frozenset((errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP))


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
        if isinstance(a, PurePath):  # already parsed
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
        if type(idx) is slice:
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
    """A file system path as a value: parsing, joining and taking apart,
    with no system calls."""

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
        path = object.__new__(cls)
        path._root = root
        path._tail = tuple(tail)
        path._str = None
        return path

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
        """The path as a string with '/' separators."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def as_uri(self):
        """The path as a 'file:' URI (absolute paths only)."""
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + _quote_uri(str(self))

    # Comparisons: by the parts, between paths of the same flavour only.

    def _key(self):
        return [self._root, *self._tail] if self._root else list(self._tail)

    def __eq__(self, other):
        if isinstance(other, PurePath):
            return self._root == other._root and self._tail == other._tail
        return NotImplemented

    def __hash__(self):
        return hash((self._root, self._tail))

    def _ordered(self, other, before):
        """Orders paths by their parts; `before` is the comparison of the keys."""
        if isinstance(other, PurePath):
            return before(self._key(), other._key())
        return NotImplemented

    __lt__ = lambda self, other: self._ordered(other, list.__lt__)
    __le__ = lambda self, other: self._ordered(other, list.__le__)
    __gt__ = lambda self, other: self._ordered(other, list.__gt__)
    __ge__ = lambda self, other: self._ordered(other, list.__ge__)

    # Parts.

    drive = property(lambda self: '', doc="The drive prefix (letter or UNC path), if any.")
    root = property(lambda self: self._root, doc="The root of the path, if any.")
    anchor = property(lambda self: self._root, doc="The concatenation of the drive and root, or ''.")

    @property
    def parts(self):
        """The root (if any) and then each component, as a tuple."""
        if self._root:
            return (self._root,) + self._tail
        return self._tail

    @property
    def name(self):
        """The last component ('' for a root or '.')."""
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        """The last component's extension with its dot, such as '.txt'; ''
        when it has none."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """Every extension of the last component, such as ['.tar', '.gz']."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The last component without its extension."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        """The path without its last component (a root is its own parent)."""
        if not self._tail:
            return self
        return self._with_parts(self._root, self._tail[:-1])

    @property
    def parents(self):
        """The ancestors, nearest first, as a sequence."""
        return _PathParents(self)

    def with_name(self, name):
        """This path with its last component replaced by name."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        root, tail = _split_root(name) if isinstance(name, str) else ('x', ())
        if not name or name[-1] == '/' or root or len(tail) != 1:
            raise ValueError("Invalid name %r" % (name,))
        return self._with_parts(self._root, self._tail[:-1] + (name,))

    def with_stem(self, stem):
        """This path with its stem replaced (the extension kept)."""
        return self.with_name(''.join((stem, self.suffix)))

    def with_suffix(self, suffix):
        """This path with its extension replaced by suffix (added when there
        is none; '' removes it)."""
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix == '.' or (suffix and suffix[0] != '.'):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._with_parts(self._root, self._tail[:-1] + (name,))

    def relative_to(self, *other):
        """This path relative to the path the arguments join into; ValueError
        when it does not lie under it."""
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
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """This path joined with each argument (an absolute one restarts it)."""
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
        """Whether the path starts at a root."""
        return bool(self._root)

    def is_reserved(self):
        """Whether the system reserves the name (never on POSIX)."""
        return False

    def match(self, path_pattern):
        """Whether the path's last components match the glob pattern (all of
        them for an absolute pattern)."""
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
        return all(fnmatch.fnmatchcase(part, pat)
                   for part, pat in zip(reversed(parts), reversed(pattern)))


class PurePosixPath(PurePath):
    """The pure path of POSIX systems (what PurePath() makes here)."""


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
    """A path on which system calls can be made: stat, open, listing,
    making and removing. Path() makes a PosixPath here."""

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
        """The current working directory as a path."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory as a path."""
        return cls(os.path.expanduser('~'))

    def samefile(self, other_path):
        """Whether this path and other_path name the same file."""
        mine = self.stat()
        other = other_path if hasattr(other_path, 'stat') else type(self)(other_path)
        return os.path.samestat(mine, other.stat())

    def iterdir(self):
        """The paths of the directory's entries ('.' and '..' excepted), in
        the order the system lists them."""
        yield from map(self._child, os.listdir(self))

    def glob(self, pattern):
        """The existing paths under this one matching the relative glob
        pattern."""
        parts = _pattern_parts(pattern)
        if self.is_dir():
            yield from _select(self, parts, False)

    def rglob(self, pattern):
        """glob() with the pattern looked for at every depth ('**/' prefixed)."""
        parts = _pattern_parts(pattern)
        if self.is_dir():
            yield from _select(self, ['**'] + parts, False)

    def absolute(self):
        """This path prefixed by the current directory when relative (no
        normalization, links kept)."""
        if self.is_absolute():
            return self
        return self._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        """The absolute path with links followed and ".." resolved."""
        return self._from_args((os.path.realpath(self, strict=strict),))

    def stat(self, *, follow_symlinks=True):
        """os.stat() of this path."""
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of this path: a link itself, not its target."""
        return os.lstat(self)

    def owner(self):
        """The name of the file's owner."""
        return _name_of(self.stat().st_uid, '/etc/passwd', 'uid')

    def group(self):
        """The name of the file's group."""
        return _name_of(self.stat().st_gid, '/etc/group', 'gid')

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """The file opened as the built-in open() does."""
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The whole content as bytes."""
        with io.open(str(self), 'rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The whole content as str."""
        with self.open('r', -1, encoding, errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replaces the content with data (bytes-like); returns its length."""
        view = memoryview(data)
        with io.open(str(self), 'wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replaces the content with the str data; returns its length."""
        if isinstance(data, str):
            with self.open('w', -1, encoding, errors, newline) as f:
                return f.write(data)
        raise TypeError('data must be str, not %s' % data.__class__.__name__)

    def readlink(self):
        """The path a symbolic link points to."""
        return self._from_args((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Makes the file if missing (FileExistsError with exist_ok=False),
        else sets its times to now."""
        if exist_ok:
            try:
                return os.utime(self, None)
            except OSError:
                pass  # missing (or not ours): made below
        exclusive = 0 if exist_ok else os.O_EXCL
        os.close(os.open(self, os.O_WRONLY | os.O_CREAT | exclusive, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Makes the directory (and its missing parents with parents=True)."""
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            if not parents or not self._tail:
                raise
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        # A parent is missing: made first (by whoever comes first), then
        # this one once more.
        self.parent.mkdir(0o777, True, True)
        self.mkdir(mode, False, exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        """Sets the permission bits, as os.chmod()."""
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() of a link itself."""
        os.chmod(str(self), mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Removes the file or link (not a directory)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Removes the directory, which must be empty."""
        os.rmdir(self)

    def rename(self, target):
        """Renames the file to target; returns the new path."""
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        """Renames the file to target, replacing what is there; returns the
        new path."""
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        """Makes this path a symbolic link to target."""
        os.symlink(target, str(self), target_is_directory)

    def hardlink_to(self, target):
        """Makes this path a hard link to the file target."""
        os.link(target, self)

    def link_to(self, target):
        """Makes target a hard link to this file (deprecated)."""
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
        """Whether this path is a regular file (links followed)."""
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
        """Whether this path is a mount point (another device than its
        parent, or the root)."""
        if not self.is_dir():
            return False
        try:
            above = self.parent.stat()
        except OSError:
            return False
        here = self.stat()
        return here.st_dev != above.st_dev or here.st_ino == above.st_ino

    def expanduser(self):
        """This path with a leading ~ or ~user replaced by the home directory."""
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
    """The concrete path of POSIX systems (what Path() makes here)."""


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems."""

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
