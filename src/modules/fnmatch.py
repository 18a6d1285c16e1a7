"""Filename matching with shell patterns (fnmatch for quicken).

fnmatch() folds case where the system does (never on POSIX); fnmatchcase()
never does; filter() keeps the matching names; translate() gives the regular
expression of a pattern. The patterns are Unix shell style: * matches everything, ? any single
character, [seq] any character in seq, [!seq] any character not in seq."""

import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

# Compiled patterns by (pattern, is bytes).
_cache = {}


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (case is normalized on systems
    that ignore it; not on POSIX)."""
    normcase = os.path.normcase
    return _compile(normcase(pat))(normcase(name)) is not None


def _compile(pat):
    key = (pat, type(pat))
    match = _cache.get(key)
    if match is None:
        if type(pat) is str:
            res = translate(pat)
        else:
            # Bytes patterns through their latin-1 text: byte for byte.
            res = translate(pat.decode('latin-1')).encode('latin-1')
        if len(_cache) >= 32768:
            _cache.clear()
        match = _cache[key] = re.compile(res).match
    return match


def filter(names, pat):
    """The list of the names (an iterable) that match the pattern."""
    normcase = os.path.normcase
    match = _compile(normcase(pat))
    return [name for name in names if match(normcase(name))]


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _compile(pat)(name) is not None


# Stands for a run of '*' among the translated pieces.
_STAR = object()


def _escape_in_set(c):
    return c.replace('\\', '\\\\').replace('-', '\\-')


def _bracket(body):
    """The regular expression set for the bracket expression `body` (what
    stands between '[' and ']')."""
    negate = body[:1] == '!'
    if negate:
        body = body[1:]
    # Characters and ranges; a hyphen between two characters makes a range
    # (the one right after a range is a literal), others are literals. A
    # range written backwards (z-a) matches nothing and is left out.
    parts = []
    p, n = 0, len(body)
    while p < n:
        if p + 2 < n and body[p + 1] == '-':
            lo, hi = body[p], body[p + 2]
            if lo <= hi:
                parts.append(_escape_in_set(lo) + '-' + _escape_in_set(hi))
            p += 3
        else:
            parts.append(_escape_in_set(body[p]))
            p += 1
    text = ''.join(parts)
    # Set operations of future regex versions (&&, ~~, ||) stay literal.
    text = re.sub(r'([&~|])', r'\\\1', text)
    if negate:
        return '[^' + text + ']' if text else '.'
    if not text:
        return '(?!)'
    if text[0] in ('^', '['):
        return '[\\' + text + ']'
    return '[' + text + ']'


def _pieces(pat):
    """The pattern as regular expression pieces, runs of '*' as _STAR."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == '?':
            out.append('.')
        elif c == '[':
            # The set ends at the first ']' past its first character (after
            # a '!'): "[]]" and "[!]]" hold a ']'.
            first = i + 1 if pat[i:i + 1] == '!' else i
            close = pat.find(']', first + 1)
            if close < 0:
                out.append('\\[')  # no set: a literal '['
            else:
                out.append(_bracket(pat[i:close]))
                i = close + 1
        else:
            out.append(re.escape(c))
    return out


def translate(pat):
    """The regular expression (a str) matching what the shell pattern
    matches; meta-characters cannot be quoted."""
    pieces = _pieces(pat)
    out = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    # Then STAR fixed STAR fixed ...: each fixed part but the last is
    # matched lazily in an atomic group, so matching stays linear.
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
