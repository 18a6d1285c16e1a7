# os.path for quicken (POSIX path semantics), str and bytes alike.


import os

sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime',
           'islink', 'exists', 'lexists', 'isdir', 'isfile', 'ismount', 'expanduser',
           'expandvars', 'normpath', 'abspath', 'samefile', 'sameopenfile', 'samestat',
           'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull',
           'realpath', 'supports_unicode_filenames', 'relpath', 'commonpath']


def _seps(p):
    """(sep, curdir, pardir, extsep) of p's kind (str or bytes)."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..', b'.'
    return '/', '.', '..', '.'


def _check_arg_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                            % (funcname, s.__class__.__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """The path unchanged (POSIX names are case-sensitive)."""
    return os.fspath(s)


def isabs(s):
    """Whether the path starts with '/'."""
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """The components joined with '/' where needed; an absolute component
    drops those before it, an empty last one leaves a trailing '/'."""
    a = os.fspath(a)
    sep = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + sep  # a lone argument of the wrong type fails here
        for part in p:
            part = os.fspath(part)
            if part[:1] == sep:
                path = part  # absolute: starts over
            elif path and path[-1:] != sep:
                path = path + sep + part
            else:
                path = path + part
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is what follows the last '/', head what precedes
    it (trailing slashes removed unless it is all slashes)."""
    p = os.fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = os.fspath(p)
    sep, _, _, dot = _seps(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # A dot that only leads the name does not start an extension.
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    """('', p): POSIX paths have no drive."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """What follows the path's last '/'."""
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    """What precedes the path's last '/' (see split)."""
    p = os.fspath(p)
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """The longest common prefix (item by item) of the sequences given."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    # The common prefix of all is that of the smallest and the largest.
    low, high = min(m), max(m)
    n = 0
    while n < len(low) and low[n] == high[n]:
        n += 1
    return low[:n]


def commonpath(paths):
    """The longest path that is a parent of (or equal to) every path given."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = [os.fspath(q) for q in paths]
    sep, curdir, _, _ = _seps(paths[0])
    try:
        components = [[c for c in q.split(sep) if c and c != curdir] for q in paths]
        absolute = {q[:1] == sep for q in paths}
        if len(absolute) > 1:
            raise ValueError("Can't mix absolute and relative paths")
        shared = commonprefix(components)
        return (sep if absolute.pop() else sep[:0]) + sep.join(shared)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def exists(path):
    """Whether the path names an existing file (a broken link does not)."""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Whether the path exists, a broken link included."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode_is(path, bits, follow=True):
    try:
        st = os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == bits


def isfile(path):
    """Whether the path is a regular file (links followed)."""
    return _mode_is(path, 0o100000)


def isdir(s):
    """Whether the path is an existing directory (links followed)."""
    return _mode_is(s, 0o040000)


def islink(path):
    """Whether the path is a symbolic link."""
    return _mode_is(path, 0o120000, False)


def ismount(path):
    """Whether the path is a mount point: another device than its parent, or
    the root."""
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if s1.st_mode & 0o170000 == 0o120000:
        return False
    path = os.fspath(path)
    parent = join(path, _seps(path)[2])
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    """The file's size in bytes (os.stat)."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The file's last modification time (os.stat)."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The file's last access time (os.stat)."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The file's last metadata change time (os.stat)."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Whether two stat results are of the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two descriptors are open on the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def normpath(path):
    """The path with redundant separators, '.' components and 'x/..'
    pairs removed."""
    path = os.fspath(path)
    sep, curdir, pardir, _ = _seps(path)
    if not path:
        return curdir
    # POSIX keeps exactly two leading slashes; one or three and more are one.
    slashes = len(path) - len(path.lstrip(sep))
    lead = sep * 2 if slashes == 2 else sep * min(slashes, 1)
    parts = []
    for comp in path.split(sep):
        if not comp or comp == curdir:
            continue
        if comp != pardir or (not lead and not parts) or (parts and parts[-1] == pardir):
            parts.append(comp)
        elif parts:
            parts.pop()
    return lead + sep.join(parts) or curdir


def abspath(path):
    """The path made absolute (against the current directory) and normalized."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The absolute path with every symbolic link on the way followed."""
    name = os.fspath(filename)
    resolved, _ = _resolve(name[:0], name, strict, {})
    return abspath(resolved)


def _resolve(path, rest, strict, seen):
    """`path` (resolved already) joined with `rest`, links followed; and
    False when a loop stopped the resolution. `seen` maps the links being
    or already resolved to their targets (None while in progress)."""
    sep, curdir, pardir, _ = _seps(rest)
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        cut = rest.find(sep)
        name, rest = (rest, rest[:0]) if cut < 0 else (rest[:cut], rest[cut + 1:])
        if name in (curdir, name[:0]):
            continue
        if name == pardir:
            if not path:
                path = pardir
            else:
                path, last = split(path)
                if last == pardir:  # "../..": one more level up
                    path = join(path, pardir + sep + pardir)
            continue
        candidate = join(path, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st.st_mode & 0o170000 == 0o120000
        if not is_link:
            path = candidate
            continue
        if candidate in seen:
            target = seen[candidate]
            if target is not None:
                path = target
                continue
            # A loop.
            if strict:
                os.stat(candidate)
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve(path, os.readlink(candidate), strict, seen)
        if not ok:
            return (join(path, rest) if rest else path), False
        seen[candidate] = path
    return path, True


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    if not path:
        raise ValueError('no path specified')
    path = os.fspath(path)
    sep, curdir, pardir, _ = _seps(path)
    if start is None:
        start = curdir
    else:
        start = os.fspath(start)
    try:
        here = abspath(start).split(sep)
        there = abspath(path).split(sep)
        here, there = [c for c in here if c], [c for c in there if c]
        shared = len(commonprefix([here, there]))
        steps = [pardir] * (len(here) - shared) + there[shared:]
        return join(*steps) if steps else curdir
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def _home_of(user):
    """The home directory of `user` from /etc/passwd, or None."""
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    """The path with a leading ~ or ~user replaced by that home directory
    (unchanged when it is unknown)."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde = b'~' if is_bytes else '~'
    if path[:1] != tilde:
        return path
    sep = _seps(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = os.environ.get('HOME')
        if userhome is None:
            userhome = _home_of(_current_user())
    else:
        name = path[1:i]
        if is_bytes:
            name = name.decode('utf-8', 'surrogateescape')
        userhome = _home_of(name)
    if userhome is None:
        return path
    if is_bytes:
        userhome = userhome.encode('utf-8', 'surrogateescape')
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def _current_user():
    uid = str(os.getuid())
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.split(':')
                if len(fields) >= 3 and fields[2] == uid:
                    return fields[0]
    except OSError:
        pass
    return None


def _is_name_char(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')


def expandvars(path):
    """The path with $name and ${name} replaced by the environment
    variables of that name (unknown ones are kept)."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    text = path.decode('utf-8', 'surrogateescape') if is_bytes else path
    if '$' not in text:
        return path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            j = text.find('$', i)
            if j < 0:
                j = n
            out.append(text[i:j])
            i = j
            continue
        if i + 1 < n and text[i + 1] == '{':
            end = text.find('}', i + 2)
            if end < 0:
                out.append('$')
                i += 1
                continue
            name = text[i + 2:end]
            whole = text[i:end + 1]
            i = end + 1
        else:
            j = i + 1
            while j < n and _is_name_char(text[j]):
                j += 1
            if j == i + 1:
                out.append('$')
                i += 1
                continue
            name = text[i + 1:j]
            whole = text[i:j]
            i = j
        value = os.environ.get(name)
        out.append(whole if value is None else value)
    result = ''.join(out)
    return result.encode('utf-8', 'surrogateescape') if is_bytes else result
