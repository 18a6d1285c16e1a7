# The `re` module's Python layer: flags, `re.error`, the pattern cache and
# the module-level functions. Matching is native (`_sre_compile` makes a
# `re.Pattern`; see src/modules/sre/).

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
    "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
    "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


def _flag_class(base):
    class RegexFlag(base):
        """The flags of re: ints that print by name."""

        # Names in the order CPython's enum lists them in a combination.
        _order = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
                  ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
                  ("DEBUG", 128)]

        def __init__(self, value):
            self._value = value

        def __repr__(self):
            value = self._value
            if value == 0:
                return "re.NOFLAG"
            names = []
            for name, bit in RegexFlag._order:
                if value & bit:
                    names.append("re." + name)
                    value &= ~bit
            if value:
                names.append(hex(value))
            return "|".join(names)

        __str__ = __repr__

        def __int__(self):
            return self._value

        __index__ = __int__

        def __bool__(self):
            return self._value != 0

        def __hash__(self):
            return hash(self._value)

        def __eq__(self, other):
            if isinstance(other, RegexFlag):
                return self._value == other._value
            return self._value == other

        def __ne__(self, other):
            return not self == other

        def __or__(self, other):
            if isinstance(other, (int, RegexFlag)):
                return RegexFlag(self._value | int(other))
            return NotImplemented

        __ror__ = __or__

        def __and__(self, other):
            if isinstance(other, (int, RegexFlag)):
                return RegexFlag(self._value & int(other))
            return NotImplemented

        __rand__ = __and__

        def __xor__(self, other):
            if isinstance(other, (int, RegexFlag)):
                return RegexFlag(self._value ^ int(other))
            return NotImplemented

        __rxor__ = __xor__

        def __invert__(self):
            return RegexFlag(~self._value & 511)

    RegexFlag.__module__ = 're'
    return RegexFlag


# The flags are an int subclass where the interpreter supports one.
try:
    RegexFlag = _flag_class(int)
except NotImplementedError:
    RegexFlag = _flag_class(object)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Raised for an invalid regular expression."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'" % type(flags).__name__)
    p = _sre_compile(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Return the string obtained by replacing the leftmost non-overlapping occurrences."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Like sub, but also return the number of substitutions made."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the source string by the occurrences of the pattern."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache."
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object."
    return _compile(pattern, flags | 1)


_special = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return ''.join(['\\' + c if c in _special else c for c in pattern])
    pattern = bytes(pattern)
    out = bytearray()
    for b in pattern:
        if chr(b) in _special:
            out.append(92)
        out.append(b)
    return bytes(out)
