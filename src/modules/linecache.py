"""linecache for quicken: source lines of files, read once and kept."""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines", "updatecache"]

# filename -> (size, mtime, lines, fullname); mtime is None (quicken does not stat).
cache = {}


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of the file, with its newline; '' when unavailable."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def clearcache():
    """Forgets every cached file."""
    cache.clear()


def getlines(filename, module_globals=None):
    """The lines of the file (from the cache when read before)."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Kept for compatibility: entries are never stale-checked."""


def lazycache(filename, module_globals):
    """Nothing to defer: files are read on first use."""
    return False


def updatecache(filename, module_globals=None):
    """(Re)reads a file into the cache; [] for names that are not files."""
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    candidates = [filename]
    if not filename.startswith("/"):
        for directory in sys.path:
            if isinstance(directory, str) and directory:
                candidates.append(directory.rstrip("/") + "/" + filename)
    for fullname in candidates:
        try:
            with open(fullname, encoding="utf-8") as f:
                lines = f.readlines()
        except (OSError, UnicodeDecodeError, SyntaxError):
            continue
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        cache[filename] = (len("".join(lines)), None, lines, fullname)
        return lines
    return []
