"""decimal for quicken: the General Decimal Arithmetic of CPython 3.11's C
`_decimal` (libmpdec), written anew on Python ints.

A finite Decimal is sign, coefficient (an int >= 0) and exponent (an int):
(-1)**sign * coefficient * 10**exponent. Specials keep their kind in the
exponent slot ('F' infinity, 'n' quiet NaN, 'N' signaling NaN) and a NaN's
payload in the coefficient.

Conditions are kept as libmpdec's status bits (below), so that flags,
traps, the signal lists an exception carries and the order `repr(context)`
names them in are those of CPython's C module."""

import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple
from collections.abc import MutableMapping as _MutableMapping

try:
    _builtin_type
except NameError:
    # Run by CPython (to compare with its C module): plain classes do.
    def _builtin_type(cls, name):
        return cls

    _new = object.__new__
    _make = None

    def _add_fast(a, b, ctx, negate):
        return None

    def _mul_fast(a, b, ctx):
        return None

    def _cmp_fast(a, b):
        return None

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
    "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible", "InvalidContext",
    "ConversionSyntax", "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN",
    "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext",
    "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS",
    "HAVE_CONTEXTVAR",
]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_UP = "ROUND_UP"
ROUND_DOWN = "ROUND_DOWN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_05UP = "ROUND_05UP"

# Rounding modes as small ints (what the rounding code tests).
_R_UP, _R_DOWN, _R_CEILING, _R_FLOOR, _R_HALF_UP, _R_HALF_DOWN, _R_HALF_EVEN, _R_05UP = range(8)
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)
_ROUNDING_CODE = {name: code for code, name in enumerate(_ROUNDINGS)}

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """The exponent of a result was changed to fit the context."""


class InvalidOperation(DecimalException):
    """An operation had no sensible result."""


class ConversionSyntax(InvalidOperation):
    """A string was not a decimal number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer division result did not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Nonzero digits were discarded in rounding."""


class InvalidContext(InvalidOperation):
    """The context was invalid."""


class Rounded(DecimalException):
    """Digits were discarded in rounding."""


class Subnormal(DecimalException):
    """A result was below Emin before rounding."""


class Overflow(Inexact, Rounded):
    """A result's exponent exceeded Emax."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals."""


# libmpdec's status bits.
_CLAMPED = 1
_CONVERSION_SYNTAX = 2
_DIVISION_BY_ZERO = 4
_DIVISION_IMPOSSIBLE = 8
_DIVISION_UNDEFINED = 16
_FPU_ERROR = 32
_INEXACT = 64
_INVALID_CONTEXT = 128
_INVALID_OPERATION = 256
_MALLOC_ERROR = 512
_FLOAT_OPERATION = 1024
_OVERFLOW = 2048
_ROUNDED = 4096
_SUBNORMAL = 8192
_UNDERFLOW = 16384
_IEEE_INVALID = (_CONVERSION_SYNTAX | _DIVISION_IMPOSSIBLE | _DIVISION_UNDEFINED | _FPU_ERROR
                 | _INVALID_CONTEXT | _INVALID_OPERATION | _MALLOC_ERROR)

# The signals with their bits, in the order signal dicts list them and the
# first trapped one of which an operation raises.
_SIGNALS = (
    (InvalidOperation, _IEEE_INVALID),
    (FloatOperation, _FLOAT_OPERATION),
    (DivisionByZero, _DIVISION_BY_ZERO),
    (Overflow, _OVERFLOW),
    (Underflow, _UNDERFLOW),
    (Subnormal, _SUBNORMAL),
    (Inexact, _INEXACT),
    (Rounded, _ROUNDED),
    (Clamped, _CLAMPED),
)
_SIGNAL_BIT = {cls: bit for cls, bit in _SIGNALS}

# The conditions within InvalidOperation, named first in a raised signal list.
_CONDITIONS = (
    (InvalidOperation, _INVALID_OPERATION),
    (ConversionSyntax, _CONVERSION_SYNTAX),
    (DivisionImpossible, _DIVISION_IMPOSSIBLE),
    (DivisionUndefined, _DIVISION_UNDEFINED),
    (InvalidContext, _INVALID_CONTEXT),
)

# The name `repr(context)` shows for each status bit, lowest bit first.
_BIT_NAMES = ("Clamped", "InvalidOperation", "DivisionByZero", "InvalidOperation", "InvalidOperation",
              "InvalidOperation", "Inexact", "InvalidOperation", "InvalidOperation", "InvalidOperation",
              "FloatOperation", "Overflow", "Rounded", "Subnormal", "Underflow")

_SIGNALS_MESSAGE = ("valid values for signals are:\n"
                    "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                    "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                    "   Clamped]")


def _raise_trapped(trapped):
    """Raises the first trapped signal of status bits `trapped`, carrying the
    list of all of them (InvalidOperation's conditions first)."""
    exc = None
    for cls, bit in _SIGNALS:
        if trapped & bit:
            exc = cls
            break
    listed = [cls for cls, bit in _CONDITIONS if trapped & bit]
    listed += [cls for cls, bit in _SIGNALS[1:] if trapped & bit]
    raise exc(listed)


def _signal(ctx, status):
    """Records conditions `status` in the context's flags; raises when one of
    them is trapped."""
    ctx._flags |= status
    if status & ctx._traps:
        _raise_trapped(status & ctx._traps)


def _bits_names(bits):
    """The signal names of status `bits` as repr(context) lists them."""
    names = []
    invalid_done = False
    for j, name in enumerate(_BIT_NAMES):
        bit = 1 << j
        if bits & bit:
            if bit & _IEEE_INVALID:
                if invalid_done:
                    continue
                invalid_done = True
            names.append(name)
    return "[" + ", ".join(names) + "]"


def _signal_bit(key):
    """The status bits of signal class `key` (KeyError for anything else)."""
    try:
        bit = _SIGNAL_BIT.get(key)
    except TypeError:
        bit = None
    if bit is None:
        raise KeyError(_SIGNALS_MESSAGE)
    return bit


def _bits_of_dict(value):
    """Status bits from a complete signal dict (what assigning to a
    context's flags or traps takes)."""
    if isinstance(value, _SignalDict):
        return value._bits()
    if not isinstance(value, dict):
        raise TypeError("argument must be a signal dict")
    return _bits_of(value)


def _bits_of(value):
    """Status bits from a list of signals or a complete signal dict."""
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS):
            raise KeyError("invalid signal dict")
        bits = 0
        for key, on in value.items():
            bit = _SIGNAL_BIT.get(key) if isinstance(key, type) else None
            if bit is None:
                raise KeyError("invalid signal dict")
            if on:
                bits |= bit
        return bits
    bits = 0
    for key in value:
        bits |= _signal_bit(key)
    return bits


class SignalDict(_MutableMapping):
    """The live view of a context's flags or traps: maps each signal class
    to True or False."""

    __slots__ = ("_ctx", "_traps")

    def __init__(self, ctx, traps):
        self._ctx = ctx
        self._traps = traps

    def _bits(self):
        return self._ctx._traps if self._traps else self._ctx._flags

    def _set_bits(self, bits):
        if self._traps:
            self._ctx._traps = bits
        else:
            self._ctx._flags = bits

    def __getitem__(self, key):
        return bool(self._bits() & _signal_bit(key))

    def __setitem__(self, key, value):
        bit = _signal_bit(key)
        if value:
            self._set_bits(self._bits() | bit)
        else:
            self._set_bits(self._bits() & ~bit)

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __len__(self):
        return len(_SIGNALS)

    def __iter__(self):
        return iter([cls for cls, bit in _SIGNALS])

    def __contains__(self, key):
        return key in _SIGNAL_BIT

    def copy(self):
        bits = self._bits()
        return {cls: bool(bits & bit) for cls, bit in _SIGNALS}

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            other = other.copy()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __repr__(self):
        bits = self._bits()
        return "{" + ", ".join("<class 'decimal.%s'>:%s" % (cls.__name__, bool(bits & bit))
                               for cls, bit in _SIGNALS) + "}"


# CPython's type is abc.SignalDict.
SignalDict.__module__ = "abc"
_SignalDict = SignalDict
del SignalDict


# ---------------------------------------------------------------- contexts

def _int_setting(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    return value


def _int_setting_property(attr, low, high, message, refresh):
    """A Context setting holding an int in [low, high] in `attr`; setting it
    checks the type and range (ValueError `message`) and, when `refresh`,
    recomputes the fast-path limits that depend on it."""
    def get(self):
        return getattr(self, attr)

    def set(self, value):
        value = _int_setting(value)
        if not low <= value <= high:
            raise ValueError(message)
        setattr(self, attr, int(value))
        if refresh:
            self._update()
    return property(get, set)


def _signal_dict_property(attr, traps):
    """Context.flags or Context.traps: read as a live _SignalDict, set from
    a dict of signals whose bits are stored in `attr`."""
    def get(self):
        return _SignalDict(self, traps)

    def set(self, value):
        setattr(self, attr, _bits_of_dict(value))
    return property(get, set)


class Context(object):
    """The environment of decimal operations: precision, rounding, exponent
    limits, how exponents print, clamping, and the flags and traps of the
    signals. Omitted settings are DefaultContext's; flags start clear."""

    __slots__ = ("_prec", "_rounding", "_emin", "_emax", "_capitals", "_clamp", "_flags", "_traps",
                 "_plim", "_fast_emax", "_r")

    def __new__(cls, *args, **kwargs):
        return _new(cls)

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = _default_template
        if base is None:
            # DefaultContext itself, made at import.
            self._prec, self._rounding, self._r = 28, ROUND_HALF_EVEN, _R_HALF_EVEN
            self._emin, self._emax, self._capitals, self._clamp = -999999, 999999, 1, 0
            self._traps = _IEEE_INVALID | _DIVISION_BY_ZERO | _OVERFLOW
        else:
            self._prec, self._rounding, self._r = base._prec, base._rounding, base._r
            self._emin, self._emax, self._capitals, self._clamp = base._emin, base._emax, base._capitals, base._clamp
            self._traps = base._traps
        self._flags = 0
        self._update()
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _bits_of(flags)
        if traps is not None:
            self._traps = _bits_of(traps)

    def _update(self):
        """Refreshes what the fast paths read: a coefficient below _plim and
        an exponent in [Emin, _fast_emax] needs no rounding or clamping."""
        self._plim = 10 ** self._prec if self._prec < 4000 else None
        self._fast_emax = self._emax - self._prec + 1

    # Settings.
    prec = _int_setting_property("_prec", 1, MAX_PREC, "valid range for prec is [1, MAX_PREC]", True)

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        code = _ROUNDING_CODE.get(value) if isinstance(value, str) else None
        if code is None:
            raise TypeError("valid values for rounding are:\n"
                            "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                            "   ROUND_05UP]")
        self._rounding = _ROUNDINGS[code]
        self._r = code

    Emin = _int_setting_property("_emin", MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]", True)
    Emax = _int_setting_property("_emax", 0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]", True)
    capitals = _int_setting_property("_capitals", 0, 1, "valid values for capitals are 0 or 1", False)
    clamp = _int_setting_property("_clamp", 0, 1, "valid values for clamp are 0 or 1", False)

    flags = _signal_dict_property("_flags", False)
    traps = _signal_dict_property("_traps", True)

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)"
                % (self._prec, self._rounding, self._emin, self._emax, self._capitals, self._clamp,
                   _bits_names(self._flags), _bits_names(self._traps)))

    def copy(self):
        """A new context with the same settings, flags and traps."""
        c = _new(Context)
        c._prec, c._rounding, c._r = self._prec, self._rounding, self._r
        c._emin, c._emax, c._capitals, c._clamp = self._emin, self._emax, self._capitals, self._clamp
        c._flags, c._traps = self._flags, self._traps
        c._plim, c._fast_emax = self._plim, self._fast_emax
        return c

    __copy__ = copy

    def __reduce__(self):
        flags = [cls for cls, bit in _SIGNALS if self._flags & bit]
        traps = [cls for cls, bit in _SIGNALS if self._traps & bit]
        return (Context, (self._prec, self._rounding, self._emin, self._emax, self._capitals,
                          self._clamp, flags, traps))

    def clear_flags(self):
        """Resets every flag."""
        self._flags = 0

    def clear_traps(self):
        """Resets every trap."""
        self._traps = 0

    def Etiny(self):
        """The smallest exponent of a subnormal result: Emin - prec + 1."""
        return self._emin - self._prec + 1

    def Etop(self):
        """The largest exponent of a result when clamping: Emax - prec + 1."""
        return self._emax - self._prec + 1

    def radix(self):
        """10, the base of decimal arithmetic."""
        return Decimal(10)

    def create_decimal(self, num="0"):
        """`num` as a Decimal rounded to this context (NaN payloads limited
        to its precision)."""
        if isinstance(num, str):
            d = _from_string(num, self, Decimal)
        elif isinstance(num, float):
            _signal(self, _FLOAT_OPERATION)
            return self.create_decimal_from_float(num)
        else:
            d = Decimal(num, self)
        if d._is_special:
            if d._exp != "F" and d._int and _num_digits(d._int) > self._prec - self._clamp:
                return _invalid(self, _CONVERSION_SYNTAX)
            return d
        return _fix(d._sign, d._int, d._exp, self)

    def create_decimal_from_float(self, f):
        """Float `f` as a Decimal rounded to this context."""
        d = Decimal.from_float(f) if isinstance(f, (int, float)) else _type_error_from_float(f)
        if d._is_special:
            return d
        return _fix(d._sign, d._int, d._exp, self)


_CONTEXT_PUBLIC = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


def _type_error_from_float(f):
    raise TypeError("argument must be int or float")


_default_template = None

# The current context (quicken runs one thread); made from DefaultContext on
# first use, as CPython makes each thread's.
_current = None


def getcontext():
    """The current context."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    """Makes `context` the current one (a copy, for the three templates)."""
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current = context


class _ContextManager(object):
    """What `localcontext()` returns: makes its context current inside a
    `with` block and restores the previous one after."""

    __slots__ = ("_local", "_saved")

    def __init__(self, local):
        self._local = local
        self._saved = None

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._local)
        return self._local

    def __exit__(self, *exc):
        setcontext(self._saved)


def localcontext(ctx=None, **kwargs):
    """A context manager for a copy of `ctx` (default: the current context)
    with the settings in `kwargs` applied."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    local = ctx.copy()
    for name, value in kwargs.items():
        if name not in _CONTEXT_PUBLIC:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if name in ("flags", "traps") and isinstance(value, list):
            # A list names the signals to set, as Context() takes it.
            value = {cls: bool(_bits_of(value) & bit) for cls, bit in _SIGNALS}
        setattr(local, name, value)
    return _ContextManager(local)


# ---------------------------------------------------------------- integers

_P10 = [10 ** _k for _k in range(64)]


def _pow10(k):
    """10**k for k >= 0."""
    return _P10[k] if k < 64 else 10 ** k


def _num_digits(c):
    """The number of decimal digits of int c >= 0 (1 for 0)."""
    if c < 1000000000000000000:
        return len(str(c))
    # Start from a count never above the true one, then step up.
    n = (c.bit_length() * 1233) >> 12
    while c >= _pow10(n):
        n += 1
    return n


# int <-> str conversions beyond Python's 4300-digit limit split the number.
_STR_CHUNK = 4000


def _digit_str(c):
    """The decimal digits of int c >= 0, for any size."""
    if c.bit_length() < 13000:
        return str(c)
    k = _num_digits(c) // 2
    hi, lo = divmod(c, _pow10(k))
    return _digit_str(hi) + _digit_str(lo).rjust(k, "0")


def _int_of_digits(s):
    """The int of ASCII digit string s, for any length."""
    if len(s) <= _STR_CHUNK:
        return int(s)
    k = len(s) // 2
    return _int_of_digits(s[:-k]) * _pow10(k) + _int_of_digits(s[-k:])


def _strip_zeros(c, e, limit):
    """(c, e) with trailing zeros of c dropped while e stays <= limit."""
    if not c:
        return c, e
    while e < limit and c % 10 == 0:
        # Take many zeros at once when there are many.
        k = limit - e
        if k >= 8 and c % 100000000 == 0:
            c //= 100000000
            e += 8
        else:
            c //= 10
            e += 1
    return c, e


# ---------------------------------------------------------------- rounding

def _round_int(c, k, sign, r):
    """Drops the last k > 0 digits of c by rounding mode r for a number of
    sign `sign`: (kept digits, whether nonzero digits were dropped)."""
    p = _pow10(k)
    q, rem = divmod(c, p)
    if not rem:
        return q, False
    if r == _R_HALF_EVEN:
        half = p >> 1
        if rem > half or (rem == half and q & 1):
            q += 1
    elif r == _R_DOWN:
        pass
    elif r == _R_HALF_UP:
        if rem >= p >> 1:
            q += 1
    elif r == _R_HALF_DOWN:
        if rem > p >> 1:
            q += 1
    elif r == _R_UP:
        q += 1
    elif r == _R_CEILING:
        if not sign:
            q += 1
    elif r == _R_FLOOR:
        if sign:
            q += 1
    elif q % 5 == 0:
        # ROUND_05UP: away from zero when the kept last digit is 0 or 5.
        q += 1
    return q, True


def _round_all(c, sign, r):
    """The rounding of 0 < c < 10**k at a position above all its digits,
    without its half (so half-way modes give 0): 1 when the mode rounds up."""
    if r == _R_UP or (r == _R_CEILING and not sign) or (r == _R_FLOOR and sign) or r == _R_05UP:
        return 1
    return 0


def _overflow_result(sign, ctx):
    """The result of an overflow: infinity, or the largest finite number
    when the rounding mode goes toward zero for this sign."""
    r = ctx._r
    if (r == _R_DOWN or r == _R_05UP or (r == _R_CEILING and sign) or (r == _R_FLOOR and not sign)):
        return _dec(sign, _pow10(ctx._prec) - 1, ctx._emax - ctx._prec + 1)
    return _special(sign, "F")


def _fix(sign, c, e, ctx, status=0):
    """The finite number (-1)**sign * c * 10**e rounded to the context and
    its exponent brought into range; signals `status` plus what this did."""
    prec = ctx._prec
    emax = ctx._emax
    emin = ctx._emin
    etiny = emin - prec + 1
    etop = emax - prec + 1 if ctx._clamp else emax
    if not c:
        if e < etiny:
            e = etiny
            status |= _CLAMPED
        elif e > etop:
            e = etop
            status |= _CLAMPED
        if status:
            _signal(ctx, status)
        return _dec(sign, 0, e)
    n = _num_digits(c)
    adj = e + n - 1
    if adj > emax:
        _signal(ctx, status | _OVERFLOW | _INEXACT | _ROUNDED)
        return _overflow_result(sign, ctx)
    subnormal = adj < emin
    low = etiny if subnormal else adj - prec + 1
    if e < low:
        k = low - e
        if k > n:
            c = _round_all(c, sign, ctx._r)
            inexact = True
        else:
            c, inexact = _round_int(c, k, sign, ctx._r)
        e = low
        status |= _ROUNDED
        if inexact:
            status |= _INEXACT
            if subnormal:
                status |= _UNDERFLOW
        if subnormal:
            status |= _SUBNORMAL
            if not c:
                status |= _CLAMPED
        elif c == _pow10(prec):
            # The carry gave one digit too many.
            c = _pow10(prec - 1)
            e += 1
            if e > emax - prec + 1:
                _signal(ctx, status | _OVERFLOW | _INEXACT | _ROUNDED)
                return _overflow_result(sign, ctx)
    else:
        if subnormal:
            status |= _SUBNORMAL
        if e > etop:
            # clamp=1: fold the exponent down by padding the coefficient.
            c *= _pow10(e - etop)
            e = etop
            status |= _CLAMPED
    if status:
        _signal(ctx, status)
    return _dec(sign, c, e)


def _finish(sign, c, e, ctx):
    """`_fix` with its fast path inline: a coefficient and exponent already
    in range make the result as they are."""
    plim = ctx._plim
    if plim is not None and c < plim and ctx._emin <= e <= ctx._fast_emax:
        d = _new(Decimal)
        d._sign = sign
        d._int = c
        d._exp = e
        d._is_special = False
        return d
    return _fix(sign, c, e, ctx)


# ---------------------------------------------------------------- making numbers

def _dec(sign, c, e):
    """A finite Decimal, as given."""
    d = _new(Decimal)
    d._sign = sign
    d._int = c
    d._exp = e
    d._is_special = False
    return d


def _special(sign, kind, payload=0):
    """An infinity ('F') or NaN ('n' quiet, 'N' signaling) Decimal."""
    d = _new(Decimal)
    d._sign = sign
    d._int = payload
    d._exp = kind
    d._is_special = True
    return d


def _from_int(i):
    """Int i as an exact Decimal."""
    d = _new(Decimal)
    if i < 0:
        d._sign = 1
        d._int = -i
    else:
        d._sign = 0
        d._int = int(i)
    d._exp = 0
    d._is_special = False
    return d


def _from_float(f):
    """Float f as an exact Decimal (no signal)."""
    if f != f:
        return _special(1 if _math.copysign(1.0, f) < 0 else 0, "n")
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF_FLOAT, -_INF_FLOAT):
        return _special(sign, "F")
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5 ** k, -k)


_INF_FLOAT = float("inf")


def _invalid(ctx, condition):
    """Signals an invalid-operation condition; the quiet NaN it gives."""
    _signal(ctx, condition)
    return _special(0, "n")


def _ascii_digits(text):
    """Text with non-ASCII decimal digits made ASCII; None when another
    non-ASCII character is in it."""
    out = []
    for ch in text:
        if ch < "\x80":
            out.append(ch)
        elif ch.isdecimal():
            out.append(str(int(ch)))
        else:
            return None
    return "".join(out)


def _parse(text):
    """The parts of a decimal number written as text: (sign, coefficient,
    exponent) for a finite one, (sign, payload, kind) for a special one,
    None when the text is not a number. Whitespace around it and
    underscores anywhere are ignored, as CPython does."""
    t = text.strip()
    if "_" in t:
        t = t.replace("_", "")
    if not t.isascii():
        t = _ascii_digits(t)
        if t is None:
            return None
    sign = 0
    if t[:1] == "-":
        sign = 1
        t = t[1:]
    elif t[:1] == "+":
        t = t[1:]
    exp = 0
    i = t.find("e")
    if i < 0:
        i = t.find("E")
    if i >= 0:
        es = t[i + 1:]
        t = t[:i]
        body = es[1:] if es[:1] in ("+", "-") else es
        if not body.isdigit():
            return None
        exp = _int_of_digits(body)
        if es[:1] == "-":
            exp = -exp
    dot = t.find(".")
    if dot >= 0:
        frac = t[dot + 1:]
        digits = t[:dot] + frac
        exp -= len(frac)
    else:
        digits = t
    if digits.isdigit():
        return sign, _int_of_digits(digits), exp
    if i >= 0:
        return None
    low = t.lower()
    if low == "inf" or low == "infinity":
        return sign, 0, "F"
    for prefix, kind in (("nan", "n"), ("snan", "N")):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload == "":
                return sign, 0, kind
            if payload.isdigit():
                return sign, _int_of_digits(payload), kind
            return None
    return None


def _exact_in_range(c, e):
    """Whether an exact conversion's exponent fits CPython's widest context."""
    if -100000000000000000 < e < 100000000000000000:
        return True
    if not c:
        return MIN_ETINY <= e <= MAX_EMAX
    return e >= MIN_ETINY and e + _num_digits(c) - 1 <= MAX_EMAX


def _from_string(text, ctx, cls):
    """Decimal `text` converted exactly; a ConversionSyntax signal (and NaN)
    when it is not a number."""
    parts = _parse(text)
    if parts is None:
        return _invalid(ctx or getcontext(), _CONVERSION_SYNTAX)
    sign, c, e = parts
    if type(e) is str:
        return _special(sign, e, c)
    if not _exact_in_range(c, e):
        return _invalid(ctx or getcontext(), _INVALID_OPERATION)
    return _dec(sign, c, e)


def _from_tuple(value):
    """A Decimal from (sign, digits, exponent)."""
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exp == "F":
        return _special(sign, "F")
    if isinstance(exp, str) and exp not in ("n", "N"):
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    if not (exp in ("n", "N") or (isinstance(exp, int) and not isinstance(exp, bool))):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    for d in digits:
        if not (isinstance(d, int) and 0 <= d <= 9):
            raise ValueError("coefficient must be a tuple of digits")
    c = _int_of_digits("".join(map(str, digits))) if digits else 0
    if exp in ("n", "N"):
        return _special(sign, exp, c)
    return _dec(sign, c, exp)


def _operand(x):
    """Binary operators' other operand as a Decimal (ints exactly), or None."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    return None


def _convert(x):
    """A method argument as a Decimal: Decimals and ints, else TypeError."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)


def _context_arg(context):
    """The context a method was given, or the current one."""
    if context is None:
        ctx = _current
        return ctx if ctx is not None else getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _rounding_arg(rounding, ctx):
    """The rounding code of a method's `rounding` argument (the context's when None)."""
    if rounding is None:
        return ctx._r
    code = _ROUNDING_CODE.get(rounding) if isinstance(rounding, str) else None
    if code is None:
        raise TypeError("valid values for rounding are:\n"
                        "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                        "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                        "   ROUND_05UP]")
    return code


# ---------------------------------------------------------------- NaNs

def _fix_nan(d, ctx):
    """A NaN result: quiet, its payload cut to its last prec - clamp digits."""
    payload = d._int
    room = ctx._prec - ctx._clamp
    if payload and _num_digits(payload) > room:
        payload = payload % _pow10(room) if room > 0 else 0
    return _special(d._sign, "n", payload)


def _nan_result(a, b, ctx):
    """For an operation on a and b (b may be None): the NaN result when
    one of them is a NaN (signaling ones signal InvalidOperation), else None."""
    ka = a._exp if a._is_special else None
    kb = b._exp if b is not None and b._is_special else None
    if ka == "N":
        _signal(ctx, _INVALID_OPERATION)
        return _fix_nan(a, ctx)
    if kb == "N":
        _signal(ctx, _INVALID_OPERATION)
        return _fix_nan(b, ctx)
    if ka == "n":
        return _fix_nan(a, ctx)
    if kb == "n":
        return _fix_nan(b, ctx)
    return None


def _is_nan(d):
    return d._is_special and d._exp != "F"


# ---------------------------------------------------------------- arithmetic

def _align_far(ca, ea, cb, eb, prec):
    """For a sum whose exponents differ by much (ea > eb): an operand b that
    lies wholly below the digits the rounded result keeps is replaced by a
    one-digit stand-in just below them, which rounds the same way; an exact
    zero b is replaced by one at the lowest exponent that matters. Keeps the
    aligned coefficients small for sums like 1E+999999 + 1E-999999."""
    adj_a = ea + _num_digits(ca) - 1
    if not cb:
        return cb, max(eb, min(ea, adj_a - prec))
    low = min(ea, adj_a - prec) - 2
    if eb + _num_digits(cb) - 1 < low:
        return 1, low - 1
    return cb, eb


def _add(a, b, ctx, negate):
    """a + b (a - b with negate=1), rounded to the context."""
    if a._is_special or b._is_special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        sb = b._sign ^ negate
        if a._is_special:
            if b._is_special and a._sign != sb:
                return _invalid(ctx, _INVALID_OPERATION)
            return _special(a._sign, "F")
        return _special(sb, "F")
    sa = a._sign
    sb = b._sign ^ negate
    ca = a._int
    cb = b._int
    ea = a._exp
    eb = b._exp
    if ea != eb:
        if ea > eb:
            if ea - eb > 60 and ca:
                cb, eb = _align_far(ca, ea, cb, eb, ctx._prec)
            ca *= _pow10(ea - eb)
            ea = eb
        else:
            if eb - ea > 60 and cb:
                ca, ea = _align_far(cb, eb, ca, ea, ctx._prec)
            cb *= _pow10(eb - ea)
    if sa == sb:
        c = ca + cb
        sign = sa
    else:
        c = ca - cb
        sign = sa
        if c < 0:
            c = -c
            sign = sb
        elif not c:
            sign = 1 if ctx._r == _R_FLOOR else 0
    # _finish's fast path, inline: sums are the hottest operation.
    plim = ctx._plim
    if plim is not None and c < plim and ctx._emin <= ea <= ctx._fast_emax:
        d = _new(Decimal)
        d._sign = sign
        d._int = c
        d._exp = ea
        d._is_special = False
        return d
    return _fix(sign, c, ea, ctx)


def _mul(a, b, ctx):
    """a * b rounded to the context."""
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if (not a._is_special and not a._int) or (not b._is_special and not b._int):
            return _invalid(ctx, _INVALID_OPERATION)
        return _special(sign, "F")
    return _finish(sign, a._int * b._int, a._exp + b._exp, ctx)


def _quotient_of_specials(a, b, ctx, sign):
    """The quotient (a / b or a // b) when an operand is a NaN or an
    infinity, or None for a finite a over an infinite b, which the callers
    round differently."""
    n = _nan_result(a, b, ctx)
    if n is not None:
        return n
    if a._is_special:
        if b._is_special:
            return _invalid(ctx, _INVALID_OPERATION)
        return _special(sign, "F")
    return None


def _div(a, b, ctx):
    """a / b rounded to the context; exact quotients take the exponent
    closest to the ideal one, a's exponent minus b's."""
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        n = _quotient_of_specials(a, b, ctx, sign)
        if n is not None:
            return n
        # finite / infinity: zero at the smallest exponent.
        _signal(ctx, _CLAMPED)
        return _dec(sign, 0, ctx._emin - ctx._prec + 1)
    ca = a._int
    cb = b._int
    if not cb:
        if not ca:
            return _invalid(ctx, _DIVISION_UNDEFINED)
        _signal(ctx, _DIVISION_BY_ZERO)
        return _special(sign, "F")
    ideal = a._exp - b._exp
    if not ca:
        return _fix(sign, 0, ideal, ctx)
    prec = ctx._prec
    # Enough quotient digits for the precision plus one, and a sticky last
    # digit standing for a nonzero remainder.
    shift = _num_digits(cb) - _num_digits(ca) + prec + 1
    if shift >= 0:
        q, r = divmod(ca * _pow10(shift), cb)
    else:
        q, r = divmod(ca, cb * _pow10(-shift))
    e = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    elif e < ideal:
        q, e = _strip_zeros(q, e, ideal)
    return _fix(sign, q, e, ctx)


def _int_quotient(a, b, ctx):
    """trunc(|a| / |b|) for finite a and b != 0, or None when it has more
    digits than the precision (DivisionImpossible)."""
    ca = a._int
    cb = b._int
    ea = a._exp
    eb = b._exp
    if not ca:
        return 0
    prec = ctx._prec
    if (ea + _num_digits(ca)) - (eb + _num_digits(cb)) > prec:
        return None
    if ea >= eb:
        q = ca * _pow10(ea - eb) // cb
    else:
        q = ca // (cb * _pow10(eb - ea))
    if q and _num_digits(q) > prec:
        return None
    return q


def _remainder_of(a, b, q):
    """|a| - q * |b| as (coefficient, exponent) at the smaller exponent."""
    e = min(a._exp, b._exp)
    ca = a._int * _pow10(a._exp - e)
    cb = b._int * _pow10(b._exp - e)
    return ca - q * cb, e


def _divint(a, b, ctx):
    """a // b: the truncated quotient."""
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        n = _quotient_of_specials(a, b, ctx, sign)
        if n is not None:
            return n
        return _fix(sign, 0, 0, ctx)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DIVISION_UNDEFINED)
        _signal(ctx, _DIVISION_BY_ZERO)
        return _special(sign, "F")
    q = _int_quotient(a, b, ctx)
    if q is None:
        return _invalid(ctx, _DIVISION_IMPOSSIBLE)
    return _fix(sign, q, 0, ctx)


def _remainder_of_specials(a, b, ctx):
    """The remainder (a % b or remainder_near) when an operand is a NaN or
    an infinity: a NaN's result, invalid for an infinite a, else a itself."""
    n = _nan_result(a, b, ctx)
    if n is not None:
        return n
    if a._is_special:
        return _invalid(ctx, _INVALID_OPERATION)
    return _fix(a._sign, a._int, a._exp, ctx)


def _rem(a, b, ctx):
    """a % b: the remainder of the truncated division (a's sign)."""
    if a._is_special or b._is_special:
        return _remainder_of_specials(a, b, ctx)
    if not b._int:
        return _invalid(ctx, _DIVISION_UNDEFINED if not a._int else _INVALID_OPERATION)
    q = _int_quotient(a, b, ctx)
    if q is None:
        return _invalid(ctx, _DIVISION_IMPOSSIBLE)
    r, e = _remainder_of(a, b, q)
    return _fix(a._sign, r, e, ctx)


def _divmod(a, b, ctx):
    """(a // b, a % b), their conditions signaled together."""
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n, n
        if a._is_special:
            n = _invalid(ctx, _INVALID_OPERATION)
            return (n if b._is_special else _special(sign, "F")), n
        return _fix(sign, 0, 0, ctx), _fix(a._sign, a._int, a._exp, ctx)
    if not b._int:
        if not a._int:
            n = _invalid(ctx, _DIVISION_UNDEFINED)
            return n, n
        _signal(ctx, _DIVISION_BY_ZERO | _INVALID_OPERATION)
        return _special(sign, "F"), _special(0, "n")
    q = _int_quotient(a, b, ctx)
    if q is None:
        n = _invalid(ctx, _DIVISION_IMPOSSIBLE)
        return n, n
    r, e = _remainder_of(a, b, q)
    return _fix(sign, q, 0, ctx), _fix(a._sign, r, e, ctx)


def _rem_near(a, b, ctx):
    """a - b * n with n the integer nearest a / b (ties to even)."""
    if a._is_special or b._is_special:
        return _remainder_of_specials(a, b, ctx)
    if not b._int:
        return _invalid(ctx, _DIVISION_UNDEFINED if not a._int else _INVALID_OPERATION)
    q = _int_quotient(a, b, ctx)
    if q is None:
        return _invalid(ctx, _DIVISION_IMPOSSIBLE)
    r, e = _remainder_of(a, b, q)
    cb = b._int * _pow10(b._exp - e)
    sign = a._sign
    # Step to the next quotient when the remainder is past half of |b| (or
    # at half with an odd quotient): the remainder changes sign.
    if 2 * r > cb or (2 * r == cb and q & 1):
        r = cb - r
        q += 1
        sign ^= 1
    if q > 0 and _num_digits(q) > ctx._prec:
        return _invalid(ctx, _DIVISION_IMPOSSIBLE)
    return _fix(sign, r, e, ctx)


def _cmp(a, b):
    """-1, 0 or 1 as a <, ==, > b, for non-NaN a and b."""
    if a._is_special or b._is_special:
        if a._is_special and b._is_special:
            if a._sign == b._sign:
                return 0
            return -1 if a._sign else 1
        if a._is_special:
            return -1 if a._sign else 1
        return 1 if b._sign else -1
    ca = a._int
    cb = b._int
    if not ca:
        if not cb:
            return 0
        return 1 if b._sign else -1
    if not cb:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ea = a._exp
    eb = b._exp
    if ea != eb:
        adj_a = ea + _num_digits(ca)
        adj_b = eb + _num_digits(cb)
        if adj_a != adj_b:
            r = 1 if adj_a > adj_b else -1
            return -r if a._sign else r
        if ea > eb:
            ca *= _pow10(ea - eb)
        else:
            cb *= _pow10(eb - ea)
    if ca == cb:
        return 0
    r = 1 if ca > cb else -1
    return -r if a._sign else r


def _cmp_total(a, b):
    """The total order of the specification: -1, 0 or 1 (NaNs included,
    equal values ordered by exponent)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    sign = a._sign

    def rank(d):
        if not d._is_special:
            return 0
        return {"F": 1, "N": 2, "n": 3}[d._exp]

    ra = rank(a)
    rb = rank(b)
    if ra != rb:
        r = 1 if ra > rb else -1
        return -r if sign else r
    if ra >= 2:
        r = (a._int > b._int) - (a._int < b._int)
        return -r if sign else r
    if ra == 1:
        return 0
    r = _cmp(a, b)
    if r == 0:
        r = (a._exp > b._exp) - (a._exp < b._exp)
        return -r if sign else r
    return r


# ---------------------------------------------------------------- functions

def _work_context(ctx, rounding):
    """A scratch copy of ctx (no traps, no flags) rounding with `rounding`."""
    work = ctx.copy()
    work._r = rounding
    work._rounding = _ROUNDINGS[rounding]
    work._traps = 0
    work._flags = 0
    return work


def _same_rounding(sign, lo, hi, e, work):
    """Whether every value in [lo, hi] * 10**e rounds to the same result."""
    a = _fix(sign, lo, e, work)
    b = _fix(sign, hi, e, work)
    return a._exp == b._exp and a._int == b._int


def _round_approx(sign, y, e, err, ctx, rounding, final=False):
    """The result for a value known to lie within (y - err, y + err) * 10**e
    (y > err > 0), rounded by `rounding`, or None when that interval
    straddles a rounding boundary. With `final`, a straddling value is taken
    to be the exact number it is nearest to (digits past prec + 3 are noise)."""
    work = _work_context(ctx, rounding)
    if not _same_rounding(sign, y - err, y + err, e, work):
        if not final:
            return None
        # Snap to prec + 3 digits, then round that.
        snap = _work_context(ctx, _R_HALF_EVEN)
        snap._prec = ctx._prec + 3
        snap._update()
        near = _fix(sign, y, e, snap)
        work._flags = 0
        r = _fix(sign, near._int, near._exp, work)
        _signal(ctx, work._flags | _INEXACT | _ROUNDED)
        return r
    work._flags = 0
    r = _fix(sign, y * 10 + 1, e - 1, work)
    _signal(ctx, work._flags)
    return r


_LN10 = [0, 0]


def _ln10(w):
    """ln(10) * 10**w, truncated (error below 1)."""
    if _LN10[0] < w:
        g = w + 10
        one = _pow10(g)

        def atanh_inv(n):
            # atanh(1/n) = sum 1 / ((2k+1) n**(2k+1))
            p = one // n
            total = p
            n2 = n * n
            k = 3
            while p:
                p //= n2
                total += p // k
                k += 2
            return total

        # ln 10 = 3 ln 2 + ln 1.25 = 6 atanh(1/3) + 2 atanh(1/9)
        _LN10[0] = g
        _LN10[1] = 6 * atanh_inv(3) + 2 * atanh_inv(9)
    return _LN10[1] // _pow10(_LN10[0] - w)


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w for c > 0, with an error of a few units."""
    g = w + 10
    n = _num_digits(c)
    a = e + n - 1
    # m = c / 10**(n-1), in [1, 10), as a fixed-point number at g digits.
    shift = g - (n - 1)
    m = c * _pow10(shift) if shift >= 0 else c // _pow10(-shift)
    one = _pow10(g)
    if m * m > 10 * one * one:
        # Centre m on 1: m in [1/sqrt(10), sqrt(10)).
        m //= 10
        a += 1
    # ln m = 2 atanh(z), z = (m - 1) / (m + 1)
    z = (m - one) * one // (m + one)
    # atanh is odd: sum the series on |z| (floor division of negative terms
    # would never reach zero).
    az = abs(z)
    z2 = az * az // one
    term = az
    total = az
    k = 3
    while term:
        term = term * z2 // one
        total += term // k
        k += 2
    result = -2 * total if z < 0 else 2 * total
    if a:
        extra = len(str(abs(a))) + 2
        result += a * _ln10(g + extra) // _pow10(extra)
    return result // _pow10(10)


def _exp_fixed(t, w):
    """exp(t / 10**w) as (y, k): about y / 10**(w+10) * 10**k, with a
    relative error well below 10**-(w+4)."""
    g = w + 10
    tg = t * _pow10(10)
    # k = round(t / ln 10), then r = t - k ln 10, |r| <= 1.2
    l25 = _ln10(g + 25)
    k = (2 * tg * _pow10(25) + l25) // (2 * l25)
    extra = len(str(abs(k))) + 2
    r = tg - k * _ln10(g + extra) // _pow10(extra)
    one = _pow10(g)
    # exp(r) = exp(r / 2**s) ** (2**s): fewer series terms.
    s = 8 if g > 40 else 4
    g2 = g + 4
    one2 = _pow10(g2)
    rs = (r * _pow10(4)) >> s
    negative = rs < 0
    rs = abs(rs)
    term = one2
    total = one2
    i = 1
    while term:
        term = term * rs // one2 // i
        total += -term if negative and i & 1 else term
        i += 1
    for _ in range(s):
        total = total * total // one2
    return total // _pow10(4), k


def _exp(a, ctx):
    """e ** a, correctly rounded (half-even, as CPython's)."""
    if a._is_special:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        return _special(0, "F") if not a._sign else _dec(0, 0, 0)
    if not a._int:
        return _dec(0, 1, 0)
    prec = ctx._prec
    c = a._int
    e = a._exp
    adj = e + _num_digits(c) - 1
    if adj < -(prec + 2):
        # e**a = 1 + a + ... with |a| below the last digit's half.
        p = _pow10(prec + 2)
        work = _work_context(ctx, _R_HALF_EVEN)
        r = _fix(0, p - 1 if a._sign else p + 1, -(prec + 2), work)
        _signal(ctx, work._flags)
        return r
    etiny = ctx._emin - prec + 1
    if adj > 20:
        big = True
    else:
        approx = float(_to_sci(a, 1))
        limit_hi = (ctx._emax + 1) * 2.302585092994046 + 1
        limit_lo = (etiny - 2) * 2.302585092994046 - 1
        big = approx > limit_hi or approx < limit_lo
    if big:
        # Certain overflow, or a value far below the smallest subnormal.
        work = _work_context(ctx, _R_HALF_EVEN)
        if a._sign:
            r = _fix(0, 1, etiny - 5, work)
        else:
            r = _fix(0, 1, ctx._emax + 5, work)
        _signal(ctx, work._flags)
        return r
    w = prec + 12
    while True:
        s = e + w
        t = c * _pow10(s) if s >= 0 else c // _pow10(-s)
        if a._sign:
            t = -t
        y, k = _exp_fixed(t, w)
        r = _round_approx(0, y, k - (w + 10), _pow10(12), ctx, _R_HALF_EVEN, w > 4 * prec + 60)
        if r is not None:
            return r
        w *= 2


def _root_or_log_of_special(a, ctx):
    """sqrt, ln or log10 of a NaN or an infinity: the NaN's result, invalid
    for -Infinity, Infinity for Infinity."""
    n = _nan_result(a, None, ctx)
    if n is not None:
        return n
    if a._sign:
        return _invalid(ctx, _INVALID_OPERATION)
    return _special(0, "F")


def _ln_checks(a, ctx):
    """The result of ln or log10 for the special cases (NaN, infinity,
    zero, negative numbers), or None."""
    if a._is_special:
        return _root_or_log_of_special(a, ctx)
    if not a._int:
        return _special(1, "F")
    if a._sign:
        return _invalid(ctx, _INVALID_OPERATION)
    return None


def _log_precision(a, prec):
    """Fixed-point digits that give prec significant digits of ln(a)."""
    c = a._int
    e = a._exp
    adj = e + _num_digits(c) - 1
    if adj in (-1, 0):
        # Near 1, ln a is about a - 1.
        one = _pow10(-e) if e < 0 else None
        if one is not None:
            diff = abs(c - one)
            if diff:
                return prec + 12 - min(0, e + _num_digits(diff) - 1)
    return prec + 12


def _round_logarithm(a, ctx, fixed_log):
    """A logarithm of a correctly rounded (half-even): `fixed_log(w)` is it
    times 10**w, truncated; w doubles until the rounding is decided."""
    w = _log_precision(a, ctx._prec)
    while True:
        y = fixed_log(w)
        sign = 1 if y < 0 else 0
        r = _round_approx(sign, abs(y), -w, 50, ctx, _R_HALF_EVEN, w > 4 * ctx._prec + 60)
        if r is not None:
            return r
        w *= 2


def _ln(a, ctx):
    """The natural logarithm, correctly rounded (half-even)."""
    r = _ln_checks(a, ctx)
    if r is not None:
        return r
    c = a._int
    e = a._exp
    if e <= 0 and c == _pow10(-e):
        return _dec(0, 0, 0)
    return _round_logarithm(a, ctx, lambda w: _ln_fixed(c, e, w))


def _log10(a, ctx):
    """The base-10 logarithm, correctly rounded (half-even); exact for
    powers of ten."""
    r = _ln_checks(a, ctx)
    if r is not None:
        return r
    c = a._int
    e = a._exp
    stripped, se = _strip_zeros(c, e, e + _num_digits(c))
    if stripped == 1:
        return _fix(1 if se < 0 else 0, abs(se), 0, ctx)
    return _round_logarithm(a, ctx, lambda w: _ln_fixed(c, e, w + 5) * _pow10(w) // _ln10(w + 5))


def _sqrt(a, ctx):
    """The square root, correctly rounded (half-even, as CPython's); exact
    roots take the exponent closest to half a's."""
    if a._is_special:
        return _root_or_log_of_special(a, ctx)
    ideal = a._exp >> 1
    if not a._int:
        return _fix(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid(ctx, _INVALID_OPERATION)
    c = a._int
    e = a._exp
    shift = max(0, 2 * ctx._prec + 2 - _num_digits(c))
    if (e - shift) & 1:
        shift += 1
    n = c * _pow10(shift)
    r = _math.isqrt(n)
    re = (e - shift) // 2
    if r * r == n:
        r, re = _strip_zeros(r, re, ideal)
    elif r % 5 == 0:
        r += 1
    work = _work_context(ctx, _R_HALF_EVEN)
    d = _fix(0, r, re, work)
    _signal(ctx, work._flags)
    return d


def _is_integral(d):
    """Whether finite d has an integer value."""
    return d._exp >= 0 or not d._int or d._int % _pow10(-d._exp) == 0


def _int_of(d):
    """The integer value of a finite integral d."""
    v = d._int * _pow10(d._exp) if d._exp >= 0 else d._int // _pow10(-d._exp)
    return -v if d._sign else v


def _is_one(d):
    """Whether finite d is exactly +-1 in value."""
    return d._exp <= 0 and d._int == _pow10(-d._exp)


def _pow_int(a, n, sign, ctx):
    """a ** n for finite nonzero a and integer n != 0, as libmpdec computes
    it: left-to-right binary powering, each product rounded half-even to
    prec + digits(n) + 2 digits (1 / a first, for n < 0), then the result
    rounded to the context."""
    if n.bit_length() > 256 and _is_one(a):
        # |a| = 1 with a huge exponent: 1 (with its zeros rounded off).
        if a._exp == 0 or n < 0:
            return _dec(sign, 1, 0)
        _signal(ctx, _ROUNDED)
        return _dec(sign, _pow10(ctx._prec - 1), -(ctx._prec - 1))
    m = abs(n)
    work = _work_context(ctx, _R_HALF_EVEN)
    work._clamp = 0
    work._prec = ctx._prec + len(str(m)) + 2
    base = _dec(0, a._int, a._exp)
    if n < 0:
        work._prec += 1
        work._update()
        base = _div(_dec(0, 1, 0), base, work)
        work._prec -= 1
    work._update()
    result = base
    for bit in bin(m)[3:]:
        result = _mul(result, result, work)
        if bit == "1":
            result = _mul(result, base, work)
        if result._is_special or (not result._int and work._flags & _CLAMPED):
            break
    if result._is_special:
        return _fix(sign, 1, ctx._emax + 1, ctx, work._flags)
    return _fix(sign, result._int, result._exp, ctx, work._flags)


def _pow_real(a, b, ctx):
    """a ** b = e ** (b ln a) for finite a > 0 and finite b, correctly
    rounded by the context's rounding; 1 ** b is 1 to full precision."""
    prec = ctx._prec
    if _is_one(a):
        _signal(ctx, _INEXACT | _ROUNDED)
        return _dec(0, _pow10(prec - 1), -(prec - 1))
    cb = b._int
    eb = b._exp
    b_digits = max(0, eb + _num_digits(cb))
    w = prec + 12
    while True:
        wl = w + b_digits + 2
        t = _ln_fixed(a._int, a._exp, wl) * cb
        t = t * _pow10(eb) if eb >= 0 else t // _pow10(-eb)
        t //= _pow10(wl - w)
        if b._sign:
            t = -t
        if abs(t) >= _pow10(w + 20):
            approx = _INF_FLOAT if t > 0 else -_INF_FLOAT
        else:
            approx = t / _pow10(w)
        etiny = ctx._emin - prec + 1
        if approx > (ctx._emax + 1) * 2.302585092994046 + 1:
            return _fix(0, 1, ctx._emax + 5, ctx, 0)
        if approx < (etiny - 2) * 2.302585092994046 - 1:
            return _fix(0, 1, etiny - 5, ctx, 0)
        y, k = _exp_fixed(t, w)
        r = _round_approx(0, y, k - (w + 10), _pow10(12), ctx, ctx._r, w > 4 * prec + 60)
        if r is not None:
            return r
        w *= 2


def _log_log_floor(a):
    """A lower bound of floor(log10(|log10(a)|)) for finite a > 0, a != 1,
    by the adjusted exponents only (libmpdec's estimate, whose coarseness
    decides which powers are settled without computing them)."""
    adj = a._exp + _num_digits(a._int) - 1
    if adj > 0:
        return len(str(adj)) - 1
    if adj < -1:
        return len(str(-adj - 1)) - 1
    # 0.1 <= a < 10: |log10 a| is about |a - 1| / ln 10.
    # Here a's exponent is <= 0 and a != 1, so a - 1 is exact on integers.
    off = a._exp + _num_digits(abs(a._int - _pow10(-a._exp))) - 1
    return off - 2 if adj == 0 else off - 1


def _pow_certain_range(a, b, sign, ctx):
    """a ** b when it certainly overflows or underflows (decided as libmpdec
    does), else None. a is finite, nonzero and not 1; b finite and nonzero."""
    magnitude = _log_log_floor(_dec(0, a._int, a._exp)) + b._exp + _num_digits(b._int) - 1
    a_below_one = a._exp + _num_digits(a._int) - 1 < 0
    if a_below_one == bool(b._sign):
        if len(str(ctx._emax)) < magnitude:
            return _fix(sign, 1, ctx._emax + 5, ctx)
    else:
        etiny = ctx._emin - ctx._prec + 1
        if len(str(-etiny)) < magnitude:
            # Rounding a value below the smallest subnormal step.
            return _fix(sign, 1, etiny - 1, ctx)
    return None


def _pow(a, b, ctx):
    """a ** b by the specification's rules."""
    n = _nan_result(a, b, ctx)
    if n is not None:
        return n
    a_zero = not a._is_special and not a._int
    if not b._is_special and not b._int:
        if a_zero:
            return _invalid(ctx, _INVALID_OPERATION)
        return _dec(0, 1, 0)
    b_int = not b._is_special and _is_integral(b)
    sign = 0
    if a._sign:
        if b_int:
            if b._exp <= 0 and (b._int // _pow10(-b._exp)) & 1:
                sign = 1
        elif not a_zero:
            return _invalid(ctx, _INVALID_OPERATION)
    b_neg = b._sign
    if b._is_special:
        # An infinite exponent (a >= 0 here).
        if a_zero:
            return _special(0, "F") if b_neg else _dec(0, 0, 0)
        if a._is_special:
            return _dec(0, 0, 0) if b_neg else _special(0, "F")
        if _is_one(a):
            prec = ctx._prec
            _signal(ctx, _INEXACT | _ROUNDED)
            return _dec(0, _pow10(prec - 1), -(prec - 1))
        below_one = _cmp(a, _dec(0, 1, 0)) < 0
        if below_one != bool(b_neg):
            return _dec(0, 0, 0)
        return _special(0, "F")
    if a_zero:
        return _special(sign, "F") if b_neg else _dec(sign, 0, 0)
    if a._is_special:
        return _dec(sign, 0, 0) if b_neg else _special(sign, "F")
    if not _is_one(a):
        r = _pow_certain_range(a, b, sign, ctx)
        if r is not None:
            return r
    if b_int and (b._exp <= 0 or b._exp < 80):
        return _pow_int(a, _int_of(b), sign, ctx)
    if b_int:
        # An integer exponent too large to power by squaring.
        if _is_one(a):
            return _pow_int(a, _pow10(300) * (-1 if b_neg else 1), sign, ctx)
        r = _pow_real(_dec(0, a._int, a._exp), b, ctx)
        return _dec(sign, r._int, r._exp) if not r._is_special else _special(sign, "F")
    return _pow_real(a, b, ctx)


def _pow_mod(a, b, m, ctx):
    """pow(a, b, m) for integers: (a ** b) % m, exactly."""
    n = _nan_result(a, b, ctx)
    if n is None:
        n = _nan_result(m, None, ctx)
    if n is not None:
        return n
    if a._is_special or b._is_special or m._is_special:
        return _invalid(ctx, _INVALID_OPERATION)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(ctx, _INVALID_OPERATION)
    if b._sign or not m._int or (not a._int and not b._int):
        return _invalid(ctx, _INVALID_OPERATION)
    mod = abs(_int_of(m))
    if _num_digits(mod) > ctx._prec:
        return _invalid(ctx, _INVALID_OPERATION)
    exponent = _int_of(b)
    v = pow(abs(_int_of(a)), exponent, mod)
    sign = a._sign if exponent & 1 else 0
    return _dec(sign, v, 0)


# ---------------------------------------------------------------- rounding operations

def _round_to_exp(d, exp, rounding):
    """The coefficient of finite d brought to exponent `exp` (>= d's):
    (coefficient, whether nonzero digits were dropped)."""
    k = exp - d._exp
    c = d._int
    if k <= 0:
        return c * _pow10(-k), False
    if k > 40 and k > _num_digits(c):
        if not c:
            return 0, False
        return _round_all(c, d._sign, rounding), True
    return _round_int(c, k, d._sign, rounding)


def _quantize(a, b, rounding, ctx):
    """a with b's exponent (rounded by `rounding`)."""
    if a._is_special or b._is_special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._is_special and b._is_special:
            return _special(a._sign, "F")
        return _invalid(ctx, _INVALID_OPERATION)
    te = b._exp
    prec = ctx._prec
    if te > ctx._emax or te < ctx._emin - prec + 1:
        return _invalid(ctx, _INVALID_OPERATION)
    if not a._int:
        return _dec(a._sign, 0, te)
    c, inexact = _round_to_exp(a, te, rounding)
    if c and (_num_digits(c) > prec or te + _num_digits(c) - 1 > ctx._emax):
        return _invalid(ctx, _INVALID_OPERATION)
    status = 0
    if te > a._exp:
        status = _ROUNDED | (_INEXACT if inexact else 0)
    if c and te + _num_digits(c) - 1 < ctx._emin:
        status |= _SUBNORMAL
    etop = ctx._emax - prec + 1
    if ctx._clamp and te > etop:
        c *= _pow10(te - etop)
        te = etop
        status |= _CLAMPED
    if status:
        _signal(ctx, status)
    return _dec(a._sign, c, te)


def _to_integral(a, rounding, ctx, exact):
    """a rounded to an integer (exponent 0 when it had a negative one);
    with `exact`, signals Inexact and Rounded as a rounding does."""
    if a._is_special:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        return _special(a._sign, "F")
    if a._exp >= 0:
        return a if type(a) is Decimal else _dec(a._sign, a._int, a._exp)
    c, inexact = _round_to_exp(a, 0, rounding)
    if exact and a._int:
        _signal(ctx, _ROUNDED | (_INEXACT if inexact else 0))
    return _dec(a._sign, c, 0)


def _normalize(a, ctx):
    """a rounded to the context with its trailing zeros removed."""
    if a._is_special:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        return _special(a._sign, "F")
    d = _fix(a._sign, a._int, a._exp, ctx)
    if d._is_special:
        return d
    if not d._int:
        return _dec(d._sign, 0, 0)
    limit = ctx._emax - ctx._prec + 1 if ctx._clamp else ctx._emax
    c, e = _strip_zeros(d._int, d._exp, limit)
    return _dec(d._sign, c, e)


# ---------------------------------------------------------------- text

def _special_str(d):
    sign = "-" if d._sign else ""
    if d._exp == "F":
        return sign + "Infinity"
    body = "NaN" if d._exp == "n" else "sNaN"
    return sign + body + (_digit_str(d._int) if d._int else "")


def _to_sci(d, capitals, eng=False):
    """The specification's to-scientific-string (to-engineering-string with
    `eng`): plain notation for exponents <= 0 with adjusted >= -6."""
    if d._is_special:
        return _special_str(d)
    sign = "-" if d._sign else ""
    digits = _digit_str(d._int)
    e = d._exp
    n = len(digits)
    adj = e + n - 1
    if e <= 0 and adj >= -6:
        if e == 0:
            return sign + digits
        dot = n + e
        if dot > 0:
            return sign + digits[:dot] + "." + digits[dot:]
        return sign + "0." + "0" * (-dot) + digits
    if not eng:
        dot = 1
    elif d._int:
        dot = adj % 3 + 1
    else:
        # Zero: the exponent shown goes up to a multiple of three, with
        # zeros after the point making up the difference.
        shown = adj + (-adj) % 3
        body = "0" if shown == adj else "0." + "0" * (shown - adj)
        return sign + body + ("E" if capitals else "e") + ("%+d" % shown)
    shown = adj - (dot - 1)
    if n > dot:
        body = digits[:dot] + "." + digits[dot:]
    else:
        body = digits + "0" * (dot - n)
    if shown == 0:
        return sign + body
    return sign + body + ("E" if capitals else "e") + ("%+d" % shown)


def _capitals():
    ctx = _current
    if ctx is None:
        ctx = getcontext()
    return ctx._capitals


_FORMAT_TYPES = "eEfFgGn%"


def _parse_format(spec):
    """The fields of a format spec: [[fill]align][sign][z][0][width][,][.precision][type]."""
    fill = None
    align = None
    i = 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill = spec[0]
        align = spec[1]
        i = 2
    elif spec[:1] in ("<", ">", "=", "^"):
        align = spec[0]
        i = 1
    sign = "-"
    if spec[i:i + 1] in ("+", "-", " "):
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if spec[i:i + 1] == "z":
        no_neg_zero = True
        i += 1
    zero = False
    if spec[i:i + 1] == "0":
        zero = True
        i += 1
    j = i
    while spec[j:j + 1].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else None
    i = j
    grouping = False
    if spec[i:i + 1] == ",":
        grouping = True
        i += 1
    precision = None
    if spec[i:i + 1] == ".":
        j = i + 1
        while spec[j:j + 1].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError("invalid format string")
        precision = int(spec[i + 1:j])
        i = j
    kind = None
    if i < len(spec):
        kind = spec[i]
        i += 1
        if kind not in _FORMAT_TYPES:
            raise ValueError("invalid format string")
    if i != len(spec):
        raise ValueError("invalid format string")
    return fill, align, sign, no_neg_zero, zero, width, grouping, precision, kind


def _group(digits):
    """Integer digits with commas every three."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]]
    for k in range(head, len(digits), 3):
        parts.append(digits[k:k + 3])
    return ",".join(parts)


def _format(d, spec, ctx):
    """format(d, spec) as CPython's C decimal formats."""
    fill, align, sign_opt, no_neg_zero, zero, width, grouping, precision, kind = _parse_format(spec)
    if zero and fill is None:
        fill = "0"
        if align is None:
            align = "="
    if fill is None:
        fill = " "
    if align is None:
        align = ">"
    rounding = ctx._r
    negative = d._sign == 1
    if d._is_special:
        body = _special_str(d).lstrip("-")
        if kind == "%":
            body += "%"
        if zero and fill == "0":
            fill = " "
            if align == "=":
                align = ">"
    else:
        if kind == "%":
            d = _dec(d._sign, d._int, d._exp + 2)
        upper = kind in ("E", "F", "G") or (kind is None and ctx._capitals)
        c = d._int
        e = d._exp
        if kind in ("f", "F", "%"):
            if not c and e > 0:
                e = 0
            if precision is not None and e != -precision:
                if e > -precision:
                    c = c * _pow10(e + precision)
                else:
                    c, _ = _round_to_exp(d, -precision, rounding)
                e = -precision
            digits = _digit_str(c)
            body = _fixed_text(digits, e)
        elif kind in ("e", "E"):
            if precision is not None:
                if not c:
                    digits = "0" * (precision + 1)
                else:
                    n = _num_digits(c)
                    if n > precision + 1:
                        c, _ = _round_to_exp(_dec(d._sign, c, e), e + n - precision - 1, rounding)
                        e = e + n - precision - 1
                        if _num_digits(c) > precision + 1:
                            c //= 10
                            e += 1
                    elif n < precision + 1:
                        c *= _pow10(precision + 1 - n)
                        e -= precision + 1 - n
                    digits = _digit_str(c)
            else:
                digits = _digit_str(c)
            adj = e + len(digits) - 1
            body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
            body += ("E" if upper else "e") + ("%+d" % adj)
        else:
            # g, G, n and no type: at most `precision` significant digits,
            # then the scientific-string rules.
            if precision is not None:
                p = max(precision, 1)
                n = _num_digits(c)
                if c and n > p:
                    c, _ = _round_to_exp(_dec(d._sign, c, e), e + n - p, rounding)
                    e = e + n - p
                    if _num_digits(c) > p:
                        c //= 10
                        e += 1
            body = _to_sci(_dec(0, c, e), upper)
        if no_neg_zero and negative:
            if not any(ch in "123456789" for ch in body.split("e")[0].split("E")[0]):
                negative = False
        if grouping:
            body = _group_body(body, zero and fill == "0" and align == "=", width, negative or sign_opt != "-")
        if kind == "%":
            body += "%"
    if negative:
        prefix = "-"
    elif sign_opt == "+":
        prefix = "+"
    elif sign_opt == " ":
        prefix = " "
    else:
        prefix = ""
    return _pad(prefix, body, fill, align, width)


def _fixed_text(digits, e):
    """Digits with exponent e in plain notation."""
    if e >= 0:
        return digits + "0" * e
    n = len(digits)
    if n > -e:
        return digits[:n + e] + "." + digits[n + e:]
    return "0." + "0" * (-e - n) + digits


def _group_body(body, zero_pad, width, has_sign):
    """The body with its integer digits grouped by commas; with zero
    padding, the padding zeros are grouped too (as libmpdec does)."""
    k = 0
    while k < len(body) and body[k].isdigit():
        k += 1
    intpart = body[:k]
    rest = body[k:]
    if zero_pad and width is not None:
        room = width - len(rest) - (1 if has_sign else 0)
        while len(_group(intpart)) < room:
            intpart = "0" + intpart
        grouped = _group(intpart)
        return grouped + rest
    return _group(intpart) + rest


def _pad(prefix, body, fill, align, width):
    text = prefix + body
    if width is None or len(text) >= width:
        return text
    gap = width - len(text)
    if align == "<":
        return text + fill * gap
    if align == "^":
        left = gap // 2
        return fill * left + text + fill * (gap - left)
    if align == "=":
        return prefix + fill * gap + body
    return fill * gap + text


# ---------------------------------------------------------------- comparisons

def _cmp_pair(a, other, equality):
    """The two Decimals comparing a with `other` comes down to, or None when
    Decimal does not compare with other's type. A float operand signals
    FloatOperation (an == or != only sets the flag); a Rational is compared
    exactly by scaling a with its denominator."""
    if isinstance(other, Decimal):
        return a, other
    if isinstance(other, int):
        return a, _from_int(other)
    if isinstance(other, complex):
        if not equality or other.imag != 0:
            return None
        other = other.real
    if isinstance(other, float):
        ctx = _current
        if ctx is None:
            ctx = getcontext()
        if equality:
            ctx._flags |= _FLOAT_OPERATION
        else:
            _signal(ctx, _FLOAT_OPERATION)
        return a, _from_float(other)
    if isinstance(other, _numbers.Rational):
        num = other.numerator
        den = other.denominator
        if not a._is_special:
            a = _dec(a._sign, a._int * den, a._exp)
        return a, _from_int(num)
    return None


def _compare_op(a, other, equality):
    """-1, 0 or 1 comparing a and other; None for an unordered comparison
    (a NaN: an ordering one signals InvalidOperation, a signaling NaN always
    does); NotImplemented for other types."""
    pair = _cmp_pair(a, other, equality)
    if pair is None:
        return NotImplemented
    x, y = pair
    if (x._is_special and x._exp != "F") or (y._is_special and y._exp != "F"):
        if not equality or x._exp == "N" or y._exp == "N":
            ctx = _current
            if ctx is None:
                ctx = getcontext()
            _signal(ctx, _INVALID_OPERATION)
        return None
    return _cmp(x, y)


def _max_min(a, b, ctx, want_max, magnitude):
    """max/min (of magnitudes with `magnitude`) by the specification: a
    quiet NaN loses to a number; equal values are told apart by sign and
    exponent; the result is rounded to the context."""
    if _is_nan(a) or _is_nan(b):
        if a._exp == "N" or b._exp == "N" or (_is_nan(a) and _is_nan(b)):
            return _nan_result(a, b, ctx)
        pick = b if _is_nan(a) else a
    else:
        if magnitude:
            c = _cmp(_abs_copy(a), _abs_copy(b))
            if c == 0:
                c = _cmp(a, b)
        else:
            c = _cmp(a, b)
        if c == 0:
            c = _cmp_total(a, b)
        if want_max:
            pick = b if c < 0 else a
        else:
            pick = b if c > 0 else a
    if pick._is_special:
        return _special(pick._sign, "F")
    return _fix(pick._sign, pick._int, pick._exp, ctx)


def _abs_copy(d):
    return _special(0, d._exp, d._int) if d._is_special else _dec(0, d._int, d._exp)


def _signed_copy(d, sign):
    return _special(sign, d._exp, d._int) if d._is_special else _dec(sign, d._int, d._exp)


# The hashes of numbers (64-bit CPython's sys.hash_info): a Decimal hashes
# as the int, float or Fraction of the same value.
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159
_HASH_INV10 = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


# ---------------------------------------------------------------- logical and digit operations

def _logical_digits(d, ctx):
    """The digits of a logical operand (finite, sign 0, exponent 0, digits
    0 and 1) padded to the precision, or None."""
    if d._is_special or d._sign or d._exp != 0:
        return None
    s = _digit_str(d._int)
    if s.strip("01") or len(s) > ctx._prec:
        return None
    return s.rjust(ctx._prec, "0")


def _logical(a, b, ctx, op):
    x = _logical_digits(a, ctx)
    y = _logical_digits(b, ctx) if b is not None else "0" * ctx._prec
    if x is None or y is None:
        return _invalid(ctx, _INVALID_OPERATION)
    out = "".join(op(p == "1", q == "1") and "1" or "0" for p, q in zip(x, y))
    return _dec(0, int(out), 0)


def _digit_shift_amount(b, ctx):
    """The integer operand of shift/rotate/scaleb (exponent 0), or None."""
    if b._is_special or b._exp != 0:
        return None
    n = b._int
    return -n if b._sign else n


def _next_toward_infinity(a, ctx, up):
    """The next representable number above (`up`) or below a."""
    if a._is_special:
        if a._sign == (0 if up else 1):
            return _special(a._sign, "F")
        prec = ctx._prec
        return _dec(a._sign, _pow10(prec) - 1, ctx._emax - prec + 1)
    work = _work_context(ctx, _R_CEILING if up else _R_FLOOR)
    # Below the smallest subnormal and below a's last digit.
    tiny = _dec(0 if up else 1, 1, min(ctx._emin - ctx._prec, a._exp) - 2)
    return _add(a, tiny, work, 0)


# ---------------------------------------------------------------- Decimal

def _ctx():
    ctx = _current
    return ctx if ctx is not None else getcontext()


def _add_operator(negate, reflected):
    """__add__, __sub__ and their reflections: as _binary_operator's
    methods, trying the native fast path first and calling _add directly
    (sums are the hottest operation)."""
    if reflected:
        def method(self, other):
            r = _add_fast(other, self, _current, negate)
            if r is not None:
                return r
            if type(other) is not Decimal:
                other = _operand(other)
                if other is None:
                    return NotImplemented
            ctx = _current
            if ctx is None:
                ctx = getcontext()
            return _add(other, self, ctx, negate)
    else:
        def method(self, other):
            r = _add_fast(self, other, _current, negate)
            if r is not None:
                return r
            if type(other) is not Decimal:
                other = _operand(other)
                if other is None:
                    return NotImplemented
            ctx = _current
            if ctx is None:
                ctx = getcontext()
            return _add(self, other, ctx, negate)
    return method


def _mul_operator(self, other):
    r = _mul_fast(self, other, _current)
    if r is not None:
        return r
    if type(other) is not Decimal:
        other = _operand(other)
        if other is None:
            return NotImplemented
    ctx = _current
    if ctx is None:
        ctx = getcontext()
    return _mul(self, other, ctx)


def _comparison(accepted, equality, unordered):
    """A rich comparison method: true when the comparison's outcome (-1, 0
    or 1) is in `accepted`; `unordered` when a NaN is involved."""
    def method(self, other):
        r = _cmp_fast(self, other)
        if r is None:
            r = _compare_op(self, other, equality)
            if r is NotImplemented:
                return r
            if r is None:
                return unordered
        return r in accepted
    return method


def _binary_operator(op, reflected):
    """A binary operator method: the other operand converted (ints exactly;
    NotImplemented for other types) and `op` applied in the current context."""
    if reflected:
        def method(self, other):
            if type(other) is not Decimal:
                other = _operand(other)
                if other is None:
                    return NotImplemented
            ctx = _current
            if ctx is None:
                ctx = getcontext()
            return op(other, self, ctx)
    else:
        def method(self, other):
            if type(other) is not Decimal:
                other = _operand(other)
                if other is None:
                    return NotImplemented
            ctx = _current
            if ctx is None:
                ctx = getcontext()
            return op(self, other, ctx)
    return method


def _sign_change(a, ctx, sign, sign_of_zero=True):
    """a with sign `sign`, rounded to the context: the plus, minus and abs
    operations (with `sign_of_zero`, a zero is +0 unless rounding to floor,
    as 0 + a and 0 - a are)."""
    if a._is_special:
        n = _nan_result(a, None, ctx)
        return n if n is not None else _special(sign, "F")
    if not a._int and sign_of_zero and ctx._r != _R_FLOOR:
        sign = 0
    return _finish(sign, a._int, a._exp, ctx)


def _plus(a, ctx):
    return _sign_change(a, ctx, a._sign)


def _minus(a, ctx):
    return _sign_change(a, ctx, a._sign ^ 1)


def _abs(a, ctx):
    return _sign_change(a, ctx, 0, False)


def _sub(a, b, ctx):
    return _add(a, b, ctx, 1)


def _add0(a, b, ctx):
    return _add(a, b, ctx, 0)


class Decimal(object):
    """A decimal floating-point number: Decimal('3.14'), Decimal(42),
    Decimal(0.1) (the float's exact value), Decimal((0, (3, 1, 4), -2)).
    Arithmetic rounds to the current context (getcontext())."""

    __slots__ = ("_sign", "_int", "_exp", "_is_special")

    def __new__(cls, value="0", context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        if isinstance(value, str):
            d = _from_string(value, context, cls)
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            d = value
        elif isinstance(value, float):
            _signal(context or _ctx(), _FLOAT_OPERATION)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        if cls is Decimal and type(d) is Decimal:
            return d
        r = _new(cls)
        r._sign = d._sign
        r._int = d._int
        r._exp = d._exp
        r._is_special = d._is_special
        return r

    @classmethod
    def from_float(cls, f):
        """The exact value of float (or int) f."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # Arithmetic in the current context.
    __add__ = _add_operator(0, False)
    __radd__ = _add_operator(0, True)
    __sub__ = _add_operator(1, False)
    __rsub__ = _add_operator(1, True)
    __mul__ = _mul_operator
    __rmul__ = _mul_operator
    __truediv__ = _binary_operator(_div, False)
    __rtruediv__ = _binary_operator(_div, True)
    __floordiv__ = _binary_operator(_divint, False)
    __rfloordiv__ = _binary_operator(_divint, True)
    __mod__ = _binary_operator(_rem, False)
    __rmod__ = _binary_operator(_rem, True)
    __divmod__ = _binary_operator(_divmod, False)
    __rdivmod__ = _binary_operator(_divmod, True)
    __rpow__ = _binary_operator(_pow, True)

    def __pow__(self, other, modulo=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        ctx = _ctx()
        if modulo is None:
            return _pow(self, other, ctx)
        m = _operand(modulo)
        if m is None:
            raise TypeError("pow() 3rd argument not allowed unless all arguments are integers")
        return _pow_mod(self, other, m, ctx)

    def __neg__(self):
        return _minus(self, _ctx())

    def __pos__(self):
        return _plus(self, _ctx())

    def __abs__(self):
        return _abs(self, _ctx())

    # Comparisons.
    __eq__ = _comparison((0,), True, False)
    __ne__ = _comparison((-1, 1), True, True)
    __lt__ = _comparison((-1,), False, False)
    __le__ = _comparison((-1, 0), False, False)
    __gt__ = _comparison((1,), False, False)
    __ge__ = _comparison((0, 1), False, False)

    def __hash__(self):
        if self._is_special:
            if self._exp == "N":
                raise TypeError("Cannot hash a signaling NaN value")
            if self._exp == "n":
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        e = self._exp
        m = _HASH_MODULUS
        if e >= 0:
            h = self._int % m * pow(10, e, m) % m
        else:
            h = self._int % m * pow(_HASH_INV10, -e, m) % m
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __bool__(self):
        return self._is_special or self._int != 0

    # Conversions.
    def __repr__(self):
        return "Decimal('" + _to_sci(self, _capitals()) + "')"

    def __str__(self):
        return _to_sci(self, _capitals())

    def to_eng_string(self, context=None):
        """The engineering notation (exponents a multiple of three)."""
        return _to_sci(self, _context_arg(context)._capitals, True)

    def __format__(self, spec, override=None):
        if not isinstance(spec, str):
            raise TypeError("format() argument must be str, not %s" % type(spec).__name__)
        return _format(self, spec, _ctx())

    def _integer_checks(self):
        if self._is_special:
            if self._exp == "F":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")

    def _rounded_int(self, rounding):
        self._integer_checks()
        if self._exp >= 0:
            v = self._int * _pow10(self._exp)
        else:
            v, _ = _round_to_exp(self, 0, rounding)
        return -v if self._sign else v

    def __int__(self):
        return self._rounded_int(_R_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return self._rounded_int(_R_FLOOR)

    def __ceil__(self):
        return self._rounded_int(_R_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._rounded_int(_R_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        ctx = _ctx()
        return _quantize(self, _dec(0, 1, -n), ctx._r, ctx)

    def __float__(self):
        if self._is_special and self._exp != "F":
            if self._exp == "N":
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan" if self._sign else "nan")
        return float(_to_sci(self, 1))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _dec(0, 0, 0)

    def conjugate(self):
        return self

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        if self._is_special and self._exp == "F":
            digits = (0,)
        elif self._is_special and not self._int:
            digits = ()
        else:
            digits = tuple(map(int, _digit_str(self._int)))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        """(numerator, denominator) in lowest terms."""
        if self._is_special:
            if self._exp == "F":
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        c = self._int
        e = self._exp
        if e >= 0:
            n, d = c * _pow10(e), 1
        else:
            n, d = c, _pow10(-e)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # Properties of the number.
    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._is_special:
            return 0
        return self._exp + _num_digits(self._int) - 1

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._is_special and self._exp == "F"

    def is_nan(self):
        return self._is_special and self._exp != "F"

    def is_qnan(self):
        return self._is_special and self._exp == "n"

    def is_snan(self):
        return self._is_special and self._exp == "N"

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and not self._int

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        ctx = _context_arg(context)
        return not self._is_special and self._int != 0 and self.adjusted() >= ctx._emin

    def is_subnormal(self, context=None):
        ctx = _context_arg(context)
        return not self._is_special and self._int != 0 and self.adjusted() < ctx._emin

    def number_class(self, context=None):
        """'+Normal', '-Zero', 'NaN', 'sNaN', '+Infinity', '-Subnormal', ..."""
        if self._is_special:
            if self._exp == "n":
                return "NaN"
            if self._exp == "N":
                return "sNaN"
            return "-Infinity" if self._sign else "+Infinity"
        sign = "-" if self._sign else "+"
        if not self._int:
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    def radix(self):
        return _dec(0, 10, 0)

    def same_quantum(self, other, context=None):
        other = _convert(other)
        if self._is_special or other._is_special:
            return (self._is_special and other._is_special
                    and (self._exp == "F") == (other._exp == "F"))
        return self._exp == other._exp

    # Sign copies (no rounding, no signals).
    def copy_abs(self):
        return _abs_copy(self)

    def copy_negate(self):
        return _signed_copy(self, self._sign ^ 1)

    def copy_sign(self, other, context=None):
        other = _convert(other)
        return _signed_copy(self, other._sign)

    # Operations in a context.
    def compare(self, other, context=None):
        """Decimal(-1), 0 or 1; NaN when either is a NaN."""
        ctx = _context_arg(context)
        other = _convert(other)
        n = _nan_result(self, other, ctx)
        if n is not None:
            return n
        return _from_int(_cmp(self, other))

    def compare_signal(self, other, context=None):
        """compare(), with any NaN signaling InvalidOperation."""
        ctx = _context_arg(context)
        other = _convert(other)
        if _is_nan(self) or _is_nan(other):
            _signal(ctx, _INVALID_OPERATION)
            return _nan_result(self, other, ctx)
        return _from_int(_cmp(self, other))

    def compare_total(self, other, context=None):
        """The total ordering: Decimal(-1), 0 or 1, exponents and NaNs included."""
        return _from_int(_cmp_total(self, _convert(other)))

    def compare_total_mag(self, other, context=None):
        return _from_int(_cmp_total(_abs_copy(self), _abs_copy(_convert(other))))

    def max(self, other, context=None):
        return _max_min(self, _convert(other), _context_arg(context), True, False)

    def min(self, other, context=None):
        return _max_min(self, _convert(other), _context_arg(context), False, False)

    def max_mag(self, other, context=None):
        return _max_min(self, _convert(other), _context_arg(context), True, True)

    def min_mag(self, other, context=None):
        return _max_min(self, _convert(other), _context_arg(context), False, True)

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = _context_arg(context)
        other = _convert(other)
        third = _convert(third)
        if self._is_special or other._is_special:
            work = _work_context(ctx, ctx._r)
            work._prec = MAX_PREC
            work._emax = MAX_EMAX
            work._emin = MIN_EMIN
            work._update()
            product = _mul(self, other, work)
            if work._flags:
                _signal(ctx, work._flags)
        else:
            product = _dec(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return _add(product, third, ctx, 0)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded (by `rounding`, else the context's) to exp's exponent."""
        ctx = _context_arg(context)
        return _quantize(self, _convert(exp), _rounding_arg(rounding, ctx), ctx)

    def to_integral_value(self, rounding=None, context=None):
        """Rounded to an integer, with no Inexact or Rounded signal."""
        ctx = _context_arg(context)
        return _to_integral(self, _rounding_arg(rounding, ctx), ctx, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Rounded to an integer, signaling Inexact and Rounded."""
        ctx = _context_arg(context)
        return _to_integral(self, _rounding_arg(rounding, ctx), ctx, True)

    def normalize(self, context=None):
        """Rounded to the context, trailing zeros removed."""
        return _normalize(self, _context_arg(context))

    reduce = normalize

    def sqrt(self, context=None):
        return _sqrt(self, _context_arg(context))

    def exp(self, context=None):
        return _exp(self, _context_arg(context))

    def ln(self, context=None):
        return _ln(self, _context_arg(context))

    def log10(self, context=None):
        return _log10(self, _context_arg(context))

    def logb(self, context=None):
        """The adjusted exponent as a Decimal."""
        ctx = _context_arg(context)
        if self._is_special:
            n = _nan_result(self, None, ctx)
            return n if n is not None else _special(0, "F")
        if not self._int:
            _signal(ctx, _DIVISION_BY_ZERO)
            return _special(1, "F")
        sign, magnitude = _sign_abs(self.adjusted())
        return _finish(sign, magnitude, 0, ctx)

    def remainder_near(self, other, context=None):
        return _rem_near(self, _convert(other), _context_arg(context))

    def next_plus(self, context=None):
        ctx = _context_arg(context)
        n = _nan_result(self, None, ctx)
        return n if n is not None else _next_toward_infinity(self, ctx, True)

    def next_minus(self, context=None):
        ctx = _context_arg(context)
        n = _nan_result(self, None, ctx)
        return n if n is not None else _next_toward_infinity(self, ctx, False)

    def next_toward(self, other, context=None):
        """The next number from self in other's direction."""
        ctx = _context_arg(context)
        other = _convert(other)
        n = _nan_result(self, other, ctx)
        if n is not None:
            return n
        c = _cmp(self, other)
        if c == 0:
            return _signed_copy(self, other._sign)
        r = _next_toward_infinity(self, ctx, c < 0)
        if r._is_special:
            _signal(ctx, _OVERFLOW | _INEXACT | _ROUNDED)
        elif r.adjusted() < ctx._emin:
            _signal(ctx, _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED | (0 if r._int else _CLAMPED))
        return r

    def scaleb(self, other, context=None):
        """self * 10**other for an integer other."""
        return self._by_digits(other, context, "scaleb")

    def shift(self, other, context=None):
        """The coefficient shifted by other digits (left when positive)."""
        return self._by_digits(other, context, "shift")

    def rotate(self, other, context=None):
        """The coefficient, padded to the precision, rotated by other digits."""
        return self._by_digits(other, context, "rotate")

    def _by_digits(self, other, context, op):
        """scaleb, shift or rotate (`op`) by the integer `other`: NaNs and
        out-of-range amounts checked alike, infinities kept as they are."""
        ctx = _context_arg(context)
        other = _convert(other)
        n = _nan_result(self, other, ctx)
        if n is not None:
            return n
        k = _digit_shift_amount(other, ctx)
        prec = ctx._prec
        limit = 2 * (ctx._emax + prec) if op == "scaleb" else prec
        if k is None or abs(k) > limit:
            return _invalid(ctx, _INVALID_OPERATION)
        if self._is_special:
            return _special(self._sign, "F")
        if op == "scaleb":
            return _fix(self._sign, self._int, self._exp + k, ctx)
        digits = _digit_str(self._int)
        digits = digits[-prec:].rjust(prec, "0")
        if op == "rotate":
            k %= prec
            digits = digits[k:] + digits[:k]
        elif k >= 0:
            digits = (digits + "0" * k)[-prec:]
        else:
            digits = digits[:k] or "0"
        return _dec(self._sign, _int_of_digits(digits), self._exp)

    def logical_and(self, other, context=None):
        return _logical(self, _convert(other), _context_arg(context), lambda p, q: p and q)

    def logical_or(self, other, context=None):
        return _logical(self, _convert(other), _context_arg(context), lambda p, q: p or q)

    def logical_xor(self, other, context=None):
        return _logical(self, _convert(other), _context_arg(context), lambda p, q: p != q)

    def logical_invert(self, context=None):
        return _logical(self, None, _context_arg(context), lambda p, q: not p)


def _sign_abs(n):
    """(sign, magnitude) of int n."""
    return (1, -n) if n < 0 else (0, n)


def _context_operation(op, arity):
    """A Context method applying module function `op` to its operands
    (Decimals or ints) in that context."""
    if arity == 1:
        def method(self, a):
            return op(_convert(a), self)
    else:
        def method(self, a, b):
            return op(_convert(a), _convert(b), self)
    return method


def _context_method(name, arity, takes_context=True):
    """A Context method calling Decimal method `name` on its first operand."""
    def method(self, a, *rest):
        if len(rest) != arity - 1:
            raise TypeError("%s() takes exactly %d argument%s (%d given)"
                            % (name, arity, "" if arity == 1 else "s", len(rest) + 1))
        d = _convert(a)
        args = [_convert(x) for x in rest]
        if takes_context:
            return getattr(d, name)(*args, context=self)
        return getattr(d, name)(*args)
    method.__name__ = name
    return method


for _name, _op, _arity in (("add", _add0, 2), ("subtract", _sub, 2), ("multiply", _mul, 2),
                           ("divide", _div, 2), ("divide_int", _divint, 2), ("remainder", _rem, 2),
                           ("divmod", _divmod, 2), ("remainder_near", _rem_near, 2),
                           ("plus", _plus, 1), ("minus", _minus, 1), ("abs", _abs, 1)):
    setattr(Context, _name, _context_operation(_op, _arity))
for _name, _arity in (("compare", 2), ("compare_signal", 2), ("max", 2), ("max_mag", 2), ("min", 2),
                      ("min_mag", 2), ("next_toward", 2), ("quantize", 2), ("rotate", 2), ("scaleb", 2),
                      ("shift", 2), ("logical_and", 2), ("logical_or", 2), ("logical_xor", 2),
                      ("copy_sign", 2), ("same_quantum", 2), ("fma", 3), ("exp", 1), ("ln", 1),
                      ("log10", 1), ("logb", 1), ("logical_invert", 1), ("next_minus", 1),
                      ("next_plus", 1), ("normalize", 1), ("sqrt", 1), ("to_integral", 1),
                      ("to_integral_exact", 1), ("to_integral_value", 1), ("is_normal", 1),
                      ("is_subnormal", 1), ("number_class", 1), ("to_eng_string", 1)):
    setattr(Context, _name, _context_method(_name, _arity))
for _name, _arity in (("compare_total", 2), ("compare_total_mag", 2), ("copy_abs", 1),
                      ("copy_negate", 1), ("is_canonical", 1), ("is_finite", 1), ("is_infinite", 1),
                      ("is_nan", 1), ("is_qnan", 1), ("is_signed", 1), ("is_snan", 1), ("is_zero", 1),
                      ("canonical", 1)):
    setattr(Context, _name, _context_method(_name, _arity, False))


def _context_power(self, a, b, modulo=None):
    a = _convert(a)
    b = _convert(b)
    if modulo is None:
        return _pow(a, b, self)
    return _pow_mod(a, b, _convert(modulo), self)


def _context_copy_decimal(self, a):
    return _convert(a)


def _context_to_sci_string(self, a):
    return _to_sci(_convert(a), self._capitals)


Context.power = _context_power
Context.copy_decimal = _context_copy_decimal
Context.to_sci_string = _context_to_sci_string
del _name, _op, _arity

# The types CPython implements in C, complete now: made builtin types (before
# any instance exists), named as C names them.
Context = _builtin_type(Context, "decimal.Context")
Decimal = _builtin_type(Decimal, "decimal.Decimal")
if _make is not None:
    # The native maker: instances with Decimal's layout in one step.
    _dec = _make

DefaultContext = Context()
_default_template = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, traps=[])

# Decimals are Numbers but not Reals (they do not mix with floats).
_numbers.Number.register(Decimal)
