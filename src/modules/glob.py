"""Filename globbing utility (glob for quicken)."""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return a list of paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la fnmatch.
    Unlike fnmatch, filenames starting with a dot are special cases that
    are not matched by '*' and '?' patterns by default.

    If recursive is true, the pattern '**' will match any files and zero
    or more directories and subdirectories."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern
    (see glob())."""
    if dir_fd is not None:
        raise NotImplementedError('glob: dir_fd is not supported by quicken')
    pathname = os.fspath(pathname)
    root_dir = pathname[:0] if root_dir is None else os.fspath(root_dir)
    found = _matches(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # '**' matches the empty path first: not a result of its own.
        return _skip_empty_first(found)
    return found


def _skip_empty_first(found):
    for path in found:
        if path:
            yield path
        break
    yield from found


_magic = re.compile('([*?[])')
_magic_bytes = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        return _magic_bytes.search(s) is not None
    return _magic.search(s) is not None


def _is_hidden(name):
    return name[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    return pattern == '**' or pattern == b'**'


def _join(dirname, name):
    # Skip the separator when one side is empty.
    if not dirname or not name:
        return dirname or name
    return os.path.join(dirname, name)


def _matches(pathname, root_dir, recursive, dirs_only, include_hidden):
    """The paths matching `pathname` (relative to root_dir when it is)."""
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # A pattern ending in a separator names directories only.
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _in_tree(root_dir, basename, dirs_only, include_hidden)
        else:
            yield from _in_dir(root_dir, basename, dirs_only, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _matches(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        find = _literal
    elif recursive and _is_recursive(basename):
        find = _in_tree
    else:
        find = _in_dir
    for d in dirs:
        for name in find(_join(root_dir, d), basename, dirs_only, include_hidden):
            yield os.path.join(d, name)


def _in_dir(dirname, pattern, dirs_only, include_hidden):
    """The names in dirname matching pattern."""
    names = _list(dirname, dirs_only)
    if not include_hidden and not _is_hidden(pattern):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _literal(dirname, basename, dirs_only, include_hidden):
    """[basename] when it exists in dirname (the directory itself for '')."""
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _in_tree(dirname, pattern, dirs_only, include_hidden):
    """'**': the empty name, then every path under dirname."""
    yield pattern[:0]
    yield from _walk(dirname, dirs_only, include_hidden)


def _list(dirname, dirs_only):
    """The names in dirname, in the order the system lists them (only the
    directories with dirs_only); none when it cannot be read."""
    if not dirname:
        dirname = os.curdir if isinstance(dirname, str) else os.curdir.encode()
    try:
        with os.scandir(dirname) as it:
            names = []
            for entry in it:
                try:
                    if not dirs_only or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def _walk(dirname, dirs_only, include_hidden):
    for name in _list(dirname, dirs_only):
        if include_hidden or not _is_hidden(name):
            yield name
            path = _join(dirname, name)
            for sub in _walk(path, dirs_only, include_hidden):
                yield _join(name, sub)


def escape(pathname):
    """Escape all special characters."""
    if isinstance(pathname, bytes):
        return _magic_bytes.sub(br'[\1]', pathname)
    return _magic.sub(r'[\1]', pathname)


magic_check = _magic
magic_check_bytes = _magic_bytes
