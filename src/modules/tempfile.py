"""Temporary files and directories (tempfile for quicken).

mkstemp() and mkdtemp() make a file or directory of a new name that only
the user can use; TemporaryFile, NamedTemporaryFile and TemporaryDirectory
remove theirs when closed (or at the end of a with block)."""

import os
import io
import shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = 'tmp'
# The directory of the temporary files; found by gettempdir() when None.
tempdir = None

_TEXT_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
_BIN_OPEN_FLAGS = _TEXT_OPEN_FLAGS

_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _random_name():
    """Eight random characters of [a-z0-9_]."""
    return ''.join(_NAME_CHARS[b % len(_NAME_CHARS)] for b in os.urandom(8))


def _candidate_dirs():
    for var in ('TMPDIR', 'TEMP', 'TMP'):
        d = os.getenv(var)
        if d:
            yield d
    yield from ('/tmp', '/var/tmp', '/usr/tmp')
    try:
        here = os.getcwd()
    except OSError:
        here = os.curdir
    yield here


def _default_tempdir():
    """The first candidate directory where a file can be made and written."""
    tried = []
    for d in _candidate_dirs():
        if d != os.curdir:
            d = os.path.abspath(d)
        for _ in range(100):
            name = os.path.join(d, _random_name())
            try:
                fd = os.open(name, _BIN_OPEN_FLAGS, 0o600)
                try:
                    os.write(fd, b'blat')
                finally:
                    os.close(fd)
                    os.unlink(name)
                return d
            except FileExistsError:
                pass
            except PermissionError:
                break
            except OSError:
                break
        tried.append(d)
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % tried)


def gettempdir():
    """The directory of temporary files (tempfile.tempdir, found on first
    use), as str."""
    global tempdir
    if tempdir is None:
        tempdir = _default_tempdir()
    return os.fsdecode(tempdir)


def gettempdirb():
    """gettempdir() as bytes."""
    return os.fsencode(gettempdir())


def gettempprefix():
    """The prefix of temporary names ('tmp'), as str."""
    return os.fsdecode(template)


def gettempprefixb():
    """gettempprefix() as bytes."""
    return os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    """The arguments with their defaults, all str or all bytes."""
    kinds = {type(x) for x in (prefix, suffix, dir) if x is not None}
    if len(kinds) > 1:
        if any(isinstance(x, os.PathLike) for x in (prefix, suffix, dir)):
            kinds = {type(os.fspath(x)) for x in (prefix, suffix, dir) if x is not None}
        if len(kinds) > 1:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
    use_bytes = bytes in kinds
    if suffix is None:
        suffix = b'' if use_bytes else ''
    if prefix is None:
        prefix = gettempprefixb() if use_bytes else template
    if dir is None:
        dir = gettempdirb() if use_bytes else gettempdir()
    return prefix, suffix, dir, use_bytes


def _names(prefix, suffix, dir, use_bytes):
    for _ in range(TMP_MAX):
        name = _random_name()
        if use_bytes:
            name = os.fsencode(name)
        yield os.path.join(dir, prefix + name + suffix)


def _mkstemp(dir, prefix, suffix, flags, use_bytes):
    for file in _names(prefix, suffix, dir, use_bytes):
        try:
            fd = os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Makes a new file that only the user can read and write, of a unique
    name prefix + random + suffix in dir; returns (descriptor, absolute path).
    The caller removes it."""
    prefix, suffix, dir, use_bytes = _sanitize(prefix, suffix, dir)
    flags = _TEXT_OPEN_FLAGS if text else _BIN_OPEN_FLAGS
    return _mkstemp(dir, prefix, suffix, flags, use_bytes)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new directory that only the user can use, as mkstemp()
    names files; returns its path. The caller removes it."""
    prefix, suffix, dir, use_bytes = _sanitize(prefix, suffix, dir)
    for file in _names(prefix, suffix, dir, use_bytes):
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has yet (none is made: another process may take it
    first, hence deprecated)."""
    if dir is None:
        dir = gettempdir()
    for file in _names(prefix, suffix, dir, False):
        if not os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a name on disk, removed when closed if `delete`
    (attributes are the file's)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, attr):
        # Only what the wrapper lacks (__dict__ avoids recursion before __init__).
        return getattr(self.__dict__['file'], attr)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc_info):
        try:
            return self.file.__exit__(*exc_info)
        finally:
            self.close()

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """Create and return a temporary file with a name on disk (its .name);
    removed when closed if delete is true."""
    prefix, suffix, dir, use_bytes = _sanitize(prefix, suffix, dir)
    fd, name = _mkstemp(dir, prefix, suffix, _BIN_OPEN_FLAGS, use_bytes)
    try:
        file = io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                       errors=errors)
        # The file shows the path as its name, not the descriptor.
        getattr(file, 'buffer', file).name = name
        return _TemporaryFileWrapper(file, name, delete=delete)
    except BaseException:
        os.unlink(name)
        os.close(fd)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """Create and return a temporary file without a name on disk (removed
    at once; its .name is the descriptor)."""
    prefix, suffix, dir, use_bytes = _sanitize(prefix, suffix, dir)
    fd, name = _mkstemp(dir, prefix, suffix, _BIN_OPEN_FLAGS, use_bytes)
    try:
        os.unlink(name)
        return io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                       errors=errors)
    except BaseException:
        os.close(fd)
        raise


class SpooledTemporaryFile(io.IOBase):
    """A temporary file kept in memory (BytesIO or StringIO) until it grows
    past max_size or its descriptor is asked for; then a TemporaryFile."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        self._file = io.BytesIO() if 'b' in mode else io.StringIO(newline='\n')
        self._max_size = max_size
        self._rolled = False
        # The arguments of the TemporaryFile made at the rollover.
        self._args = dict(mode=mode, buffering=buffering, encoding=encoding, newline=newline,
                          suffix=suffix, prefix=prefix, dir=dir, errors=errors)

    def rollover(self):
        """Moves the content to a real temporary file (once)."""
        if self._rolled:
            return
        memory = self._file
        self._file = TemporaryFile(**self._args)
        self._file.write(memory.getvalue())
        self._file.seek(memory.tell())
        self._rolled = True

    def _grown(self, result):
        if not self._rolled and self._max_size and self._file.tell() > self._max_size:
            self.rollover()
        return result

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, *exc_info):
        self._file.close()

    closed = property(lambda self: self._file.closed)
    name = property(lambda self: getattr(self._file, 'name', None))

    @property
    def mode(self):
        return self._file.mode if self._rolled else self._args['mode']

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        return self._grown(self._file.write(s))

    def writelines(self, iterable):
        return self._grown(self._file.writelines(iterable))


def _forwarded(method):
    """A SpooledTemporaryFile method that is the current file's."""
    def forward(self, *args):
        return getattr(self._file, method)(*args)
    forward.__name__ = method
    return forward


for _method in ('__iter__', 'close', 'flush', 'read', 'readline', 'readlines', 'seek', 'tell'):
    setattr(SpooledTemporaryFile, _method, _forwarded(_method))
del _method


class TemporaryDirectory:
    """Create and return a temporary directory; its name is .name, and the
    with statement gives it. On leaving the context (or cleanup()), the
    directory and everything in it are removed."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self._lenient = ignore_cleanup_errors
        self.name = mkdtemp(suffix, prefix, dir)

    def __repr__(self):
        return '<%s %r>' % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        self.cleanup()

    def cleanup(self):
        if os.path.exists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._lenient)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
