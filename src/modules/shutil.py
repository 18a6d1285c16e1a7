"""High-level file operations (shutil for quicken): copying files and
trees, removing trees, moving, finding programs."""

import os
import sys
import fnmatch
import collections

__all__ = [
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
    "move", "rmtree", "disk_usage", "chown", "which", "get_terminal_size",
    "ignore_patterns", "Error", "SpecialFileError", "ExecError", "SameFileError",
]

COPY_BUFSIZE = 64 * 1024

_S_IFMT, _S_IFIFO, _S_IFLNK = 0o170000, 0o010000, 0o120000


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """An operation (such as copying) that a special file (such as a
    named pipe) does not allow."""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """A failed change to the archive format registries."""


# --- single files ------------------------------------------------------------

def copyfileobj(fsrc, fdst, length=0):
    """copy data from file-like object fsrc to file-like object fdst"""
    size = length or COPY_BUFSIZE
    chunk = fsrc.read(size)
    while chunk:
        fdst.write(chunk)
        chunk = fsrc.read(size)


def _stat_or_none(p, stat=os.stat):
    """p's stat (entries of scandir use their own), None if it fails."""
    try:
        return p.stat() if isinstance(p, os.DirEntry) else stat(p)
    except OSError:
        return None


def _same_file(src, dst):
    a, b = _stat_or_none(src), _stat_or_none(dst)
    return a is not None and b is not None and os.path.samestat(a, b)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src into dst (made or truncated); return dst.

    Without follow_symlinks, a link src is copied as a new link."""
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for end in (src, dst):
        st = _stat_or_none(end)
        if st is not None and st.st_mode & _S_IFMT == _S_IFIFO:
            raise SpecialFileError("`%s` is a named pipe" % os.fspath(end))
    if not follow_symlinks and os.path.islink(src):
        target = os.readlink(src)
        os.symlink(target, dst)
        return dst
    with open(src, 'rb') as reader:
        try:
            writer = open(dst, 'wb')
        except IsADirectoryError as e:
            # "dir/" where dir is missing says IsADirectoryError: CPython
            # names the real problem.
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from e
        with writer:
            copyfileobj(reader, writer)
    return dst


def _source_stat(src, follow_symlinks, dst):
    """The stat whose metadata is copied, or None when both ends are links
    and links are not followed (Linux cannot change a link's mode)."""
    if follow_symlinks:
        return os.stat(src)
    if os.path.islink(src) and os.path.islink(dst):
        return None
    return os.lstat(src)


def copymode(src, dst, *, follow_symlinks=True):
    """Copy mode bits from src to dst."""
    st = _source_stat(src, follow_symlinks, dst)
    if st is not None:
        os.chmod(dst, st.st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy file metadata: the permission bits, last access time and last
    modification time."""
    st = _source_stat(src, follow_symlinks, dst)
    if st is not None:
        os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
        os.chmod(dst, st.st_mode & 0o7777)


def _copy_with(metadata, src, dst, follow_symlinks):
    """The file's data, then `metadata` (copymode or copystat); into the
    directory dst when it is one."""
    target = os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst
    copyfile(src, target, follow_symlinks=follow_symlinks)
    metadata(src, target, follow_symlinks=follow_symlinks)
    return target


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"). Return the file's destination.

    The destination may be a directory."""
    return _copy_with(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata. Return the file's destination.

    The destination may be a directory."""
    return _copy_with(copystat, src, dst, follow_symlinks)


# --- trees -------------------------------------------------------------------

def ignore_patterns(*patterns):
    """An ignore function for copytree(): names matching any of the
    glob patterns are left out."""
    def ignored_names(path, names):
        return {n for n in names if any(fnmatch.fnmatch(n, p) for p in patterns)}
    return ignored_names


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy a directory tree and return the destination directory.

    Errors met on the way are gathered into one shutil.Error raised at the
    end (its argument is the list of (srcname, dstname, message))."""
    with os.scandir(src) as listing:
        entries = list(listing)
    skip = set() if ignore is None else ignore(os.fspath(src), [e.name for e in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    failures = []

    def copy_entry(entry, from_, to):
        if entry.is_symlink():
            target = os.readlink(from_)
            if symlinks:
                os.symlink(target, to)
                copystat(from_, to, follow_symlinks=False)
                return
            if ignore_dangling_symlinks and not os.path.exists(target):
                return
        if entry.is_dir():
            copytree(from_, to, symlinks, ignore, copy_function,
                     ignore_dangling_symlinks=ignore_dangling_symlinks,
                     dirs_exist_ok=dirs_exist_ok)
        else:
            copy_function(from_, to)

    for entry in entries:
        if entry.name in skip:
            continue
        from_ = os.path.join(src, entry.name)
        to = os.path.join(dst, entry.name)
        try:
            copy_entry(entry, from_, to)
        except Error as nested:
            failures += nested.args[0]
        except OSError as e:
            failures.append((from_, to, str(e)))
    try:
        copystat(src, dst)
    except OSError as e:
        failures.append((src, dst, str(e)))
    if failures:
        raise Error(failures)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Recursively delete a directory tree.

    Errors are dropped with ignore_errors, else given to
    onerror(function, path, sys.exc_info()) when that is set, else raised."""

    def failed(func, arg):
        # Called inside the except clause: sys.exc_info() is the error.
        if ignore_errors:
            return
        if onerror is None:
            raise
        onerror(func, arg, sys.exc_info())

    def attempt(func, arg):
        """func(arg); whether it worked (failures go to `failed`)."""
        try:
            func(arg)
            return True
        except OSError:
            failed(func, arg)
            return False

    def remove_contents(top):
        try:
            with os.scandir(top) as listing:
                entries = list(listing)
        except OSError:
            failed(os.scandir, top)
            entries = []
        for entry in entries:
            try:
                subdir = entry.is_dir(follow_symlinks=False)
            except OSError:
                subdir = False
            if subdir:
                remove_contents(entry.path)
            else:
                attempt(os.unlink, entry.path)
        attempt(os.rmdir, top)

    try:
        st = os.lstat(path)
    except OSError:
        failed(os.lstat, path)
        return
    if st.st_mode & _S_IFMT == _S_IFLNK:
        # Reported as CPython does: an OSError passed through the handler.
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            failed(os.path.islink, path)
        return
    remove_contents(path)


def _last_component(p):
    p = os.fspath(p)
    return os.path.basename(p.rstrip('/' if isinstance(p, str) else b'/'))


def _is_inside(src, dst):
    """Whether dst is src or lies under it."""
    def as_dir(p):
        p = os.path.abspath(p)
        return p if p.endswith(os.sep) else p + os.sep
    return as_dir(dst).startswith(as_dir(src))


def move(src, dst, copy_function=copy2):
    """Move a file or a whole tree, as "mv" does, and return where it went:
    into dst when dst is a directory, else to dst."""
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # The same directory under another spelling (a case change).
            os.rename(src, dst)
            return
        target = os.path.join(dst, _last_component(src))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass  # another file system: copied, then removed
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _is_inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


# --- system ------------------------------------------------------------------

_usage = collections.namedtuple('usage', ['total', 'used', 'free'])
_usage.__module__ = 'shutil'


def disk_usage(path):
    """The size, used bytes and free bytes of the file system holding path,
    as a named tuple (total, used, free)."""
    block, blocks, free_blocks, available_blocks = os._statvfs(path)
    return _usage(blocks * block, (blocks - free_blocks) * block,
                  available_blocks * block)


def chown(path, user=None, group=None):
    """Change owner user and group of the given path (not supported by quicken)."""
    raise NotImplementedError('shutil.chown is not supported by quicken')


def _positive_env(name):
    try:
        return max(int(os.environ[name]), 0)
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """Get the size of the terminal window: the COLUMNS and LINES
    environment variables, else the terminal of sys.__stdout__, else
    fallback (and the fallback's value for a size of 0)."""
    columns, lines = _positive_env('COLUMNS'), _positive_env('LINES')
    if not (columns and lines):
        # The terminal of the original stdout (None or closed: the fallback).
        try:
            asked = os.get_terminal_size(sys.__stdout__.fileno())
            term_columns, term_lines = asked.columns, asked.lines
        except (AttributeError, ValueError, OSError):
            term_columns, term_lines = fallback
        columns = columns or term_columns or fallback[0]
        lines = lines or term_lines or fallback[1]
    return os.terminal_size([columns, lines])


def _runnable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd: the first file on PATH (or path) that
    access() allows for mode; None when there is none."""
    if os.path.dirname(cmd):
        # A path already: no search.
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get('PATH')
        if path is None:
            try:
                path = os.confstr('CS_PATH')
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        dirs = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        dirs = os.fsdecode(path).split(os.pathsep)
    tried = set()
    for d in dirs:
        if d in tried:
            continue
        tried.add(d)
        candidate = os.path.join(d, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None
