"""fractions for quicken: Fraction, exact rational numbers with CPython
3.11's arithmetic, comparisons, hashing and text forms."""

import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

# Hashes of rationals agree with ints and floats: the value modulo this
# prime (and a fixed value where the denominator has no inverse).
_HASH_PRIME = sys.hash_info.modulus if hasattr(sys, "hash_info") else 2 ** 61 - 1
_HASH_NO_INVERSE = sys.hash_info.inf if hasattr(sys, "hash_info") else 314159
_gcd = math.gcd


def _parse(text):
    """(numerator, denominator) of a fraction written as text, or None when
    it is not one: "3/4", "-1.5e3", " 2_000 ", ".5", "1E-2" (no spaces
    around the slash)."""
    s = text.strip()
    sign = 1
    if s and s[0] in "+-":
        if s[0] == "-":
            sign = -1
        s = s[1:]

    def digits(part, allow_empty=False):
        if part == "":
            return allow_empty
        if part[0] == "_" or part[-1] == "_" or "__" in part:
            return False
        return all(c in "0123456789_" for c in part)

    if "/" in s:
        num, _, den = s.partition("/")
        if not (digits(num) and digits(den)):
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, "0"
    for marker in "eE":
        if marker in s:
            mantissa, _, exp = s.partition(marker)
            body = exp[1:] if exp[:1] in "+-" else exp
            if not digits(body):
                return None
            break
    whole, dot, frac = mantissa.partition(".")
    if not (digits(whole, allow_empty=bool(dot)) and digits(frac, allow_empty=True)):
        return None
    if whole == "" and frac == "":
        return None
    numerator = int(whole or "0")
    denominator = 1
    if frac:
        scale = 10 ** len(frac.replace("_", ""))
        numerator = numerator * scale + int(frac)
        denominator = scale
    e = int(exp)
    if e >= 0:
        numerator *= 10 ** e
    else:
        denominator *= 10 ** -e
    return sign * numerator, denominator


def _is_decimal(value):
    # decimal is not imported just to recognise its instances.
    return type(value).__name__ == "Decimal"


def _lowest_terms(top, bottom):
    """top/bottom reduced, with the sign on the numerator (bottom != 0)."""
    common = _gcd(top, bottom)
    if bottom < 0:
        common = -common
    return top // common, bottom // common


# -- exact rules on integer pairs -----------------------------------------
#
# Each takes two rationals as (numerator, denominator) pairs in lowest terms
# with positive denominators, and returns the exact result. They are shared
# by the forward and reflected operator methods below.

def _sum_rule(na, da, nb, db):
    # Over the least common denominator da * db / g (g = gcd(da, db)) the
    # numerator can only share a factor of g with it, so at most one more
    # gcd (with g, small) is needed.
    g = _gcd(da, db)
    if g == 1:
        return _built(na * db + nb * da, da * db)
    da_rest = da // g
    top = na * (db // g) + nb * da_rest
    shared = _gcd(top, g)
    if shared == 1:
        return _built(top, da_rest * db)
    return _built(top // shared, da_rest * (db // shared))


def _difference_rule(na, da, nb, db):
    return _sum_rule(na, da, -nb, db)


def _product_rule(na, da, nb, db):
    # Both inputs are reduced, so only cross factors can cancel.
    cross = _gcd(na, db)
    if cross > 1:
        na //= cross
        db //= cross
    cross = _gcd(nb, da)
    if cross > 1:
        nb //= cross
        da //= cross
    top, bottom = na * nb, da * db
    if bottom < 0:
        top, bottom = -top, -bottom
    return _built(top, bottom)


def _quotient_rule(na, da, nb, db):
    if nb == 0:
        raise ZeroDivisionError(f"Fraction({db}, 0)")
    return _product_rule(na, da, db, nb)


def _floor_quotient_rule(na, da, nb, db):
    return (na * db) // (da * nb)


def _divmod_rule(na, da, nb, db):
    whole, rest = divmod(na * db, da * nb)
    return whole, Fraction(rest, da * db)


def _remainder_rule(na, da, nb, db):
    return Fraction((na * db) % (nb * da), da * db)


def _operator_pair(rule, inexact, name):
    """The `__name__` and `__rname__` methods of Fraction for one operator:
    `rule` when both sides are rational, `inexact` on floats (or complex
    numbers) when the other side is one."""

    def forward(self, other):
        if isinstance(other, Fraction):
            return rule(self._numerator, self._denominator, other._numerator, other._denominator)
        if isinstance(other, int):
            return rule(self._numerator, self._denominator, other, 1)
        if isinstance(other, float):
            return inexact(float(self), other)
        if isinstance(other, complex):
            return inexact(complex(self), other)
        return NotImplemented

    def reflected(self, other):
        if isinstance(other, numbers.Rational):
            return rule(other.numerator, other.denominator, self._numerator, self._denominator)
        if isinstance(other, numbers.Real):
            return inexact(float(other), float(self))
        if isinstance(other, numbers.Complex):
            return inexact(complex(other), complex(self))
        return NotImplemented

    forward.__name__ = f"__{name}__"
    reflected.__name__ = f"__r{name}__"
    return forward, reflected


_new_instance = object.__new__


def _filled(cls, top, bottom):
    """A `cls` holding top/bottom as given (no checks, no reduction)."""
    made = _new_instance(cls)
    made._numerator = top
    made._denominator = bottom
    return made


def _built(top, bottom):
    """A Fraction of a ratio known to be in lowest terms, bottom > 0."""
    made = _new_instance(Fraction)
    made._numerator = top
    made._denominator = bottom
    return made


def _nonzero_bottom(top, bottom):
    """_built(), but a zero denominator raises as the constructor does."""
    if bottom == 0:
        raise ZeroDivisionError(f"Fraction({top}, 0)")
    return _built(top, bottom)


def _truncated(top, bottom):
    # Integer part, rounded towards zero (floor division rounds down).
    return -(-top // bottom) if top < 0 else top // bottom


class Fraction(numbers.Rational):
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75),
    Fraction('-1.5e3'), always in lowest terms with a positive denominator."""
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            # One argument: numbers that are ratios already come out whole.
            if type(numerator) is int:
                return _filled(cls, numerator, 1)
            if isinstance(numerator, numbers.Rational):
                return _filled(cls, numerator.numerator, numerator.denominator)
            if isinstance(numerator, (float, int)) or _is_decimal(numerator):
                return _filled(cls, *numerator.as_integer_ratio())
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string or a Rational instance")
            parsed = _parse(numerator)
            if parsed is None:
                raise ValueError(f"Invalid literal for Fraction: {numerator!r}")
            top, bottom = parsed
        elif type(numerator) is int is type(denominator):
            top, bottom = numerator, denominator
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            # (a/b) / (c/d) = (a*d) / (c*b)
            top = numerator.numerator * denominator.denominator
            bottom = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if bottom == 0:
            raise ZeroDivisionError(f"Fraction({top}, 0)")
        if _normalize:
            top, bottom = _lowest_terms(top, bottom)
        return _filled(cls, top, bottom)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})")
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or int)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if not _is_decimal(dec):
            raise TypeError(f"{cls.__name__}.from_decimal() only takes Decimals, not {dec!r} ({type(dec).__name__})")
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator)."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most `max_denominator`."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Continued-fraction expansion: successive convergents h/k close in
        # on the value; stop before a denominator passes the limit.
        h_before, k_before, h, k = 0, 1, 1, 0
        rest_top, rest_bottom = self._numerator, self._denominator
        while True:
            term = rest_top // rest_bottom
            k_next = k_before + term * k
            if k_next > max_denominator:
                break
            h_before, k_before, h, k = h, k, h_before + term * h, k_next
            rest_top, rest_bottom = rest_bottom, rest_top - term * rest_bottom
        # The answer is the last convergent or the semiconvergent with the
        # largest denominator allowed, whichever is nearer (ties: the convergent).
        steps = (max_denominator - k_before) // k
        convergent = Fraction(h, k)
        semiconvergent = Fraction(h_before + steps * h, k_before + steps * k)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return f"{self.__class__.__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    # -- arithmetic (the rules are the module-level *_rule functions) ----

    __add__, __radd__ = _operator_pair(_sum_rule, operator.add, "add")
    __sub__, __rsub__ = _operator_pair(_difference_rule, operator.sub, "sub")
    __mul__, __rmul__ = _operator_pair(_product_rule, operator.mul, "mul")
    __truediv__, __rtruediv__ = _operator_pair(_quotient_rule, operator.truediv, "truediv")
    __floordiv__, __rfloordiv__ = _operator_pair(_floor_quotient_rule, operator.floordiv, "floordiv")
    __divmod__, __rdivmod__ = _operator_pair(_divmod_rule, divmod, "divmod")
    __mod__, __rmod__ = _operator_pair(_remainder_rule, operator.mod, "mod")

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, a float (or complex) otherwise."""
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        exponent = b.numerator
        top, bottom = a._numerator, a._denominator
        if exponent >= 0:
            return _built(top ** exponent, bottom ** exponent)
        # A negative power inverts; the sign moves to the new numerator.
        if top < 0:
            top, bottom = -top, -bottom
        return _nonzero_bottom(bottom ** -exponent, top ** -exponent)

    def __rpow__(b, a):
        """a ** b for a non-Fraction base."""
        integral = b._denominator == 1
        if integral and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        return a ** (b._numerator if integral else float(b))

    def __pos__(a):
        return _built(a._numerator, a._denominator)

    def __neg__(a):
        return _built(-a._numerator, a._denominator)

    def __abs__(a):
        return _built(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        return _index(_truncated(a._numerator, a._denominator))

    def __trunc__(a):
        return _truncated(a._numerator, a._denominator)

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(): to an int (halves to even), or a Fraction with `ndigits` decimals."""
        if ndigits is not None:
            scale = 10 ** abs(ndigits)
            if ndigits > 0:
                return Fraction(round(self * scale), scale)
            return Fraction(round(self / scale) * scale)
        whole, rest = divmod(self._numerator, self._denominator)
        twice = rest * 2
        if twice == self._denominator:
            # Exactly half way: to the even neighbour.
            return whole + (whole & 1)
        return whole + (twice > self._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        """Equal to the hash of an equal int or float."""
        top, bottom = self._numerator, self._denominator
        if bottom % _HASH_PRIME:
            # |top| / bottom in the field of integers modulo the prime.
            value = abs(top) * pow(bottom, -1, _HASH_PRIME) % _HASH_PRIME
        else:
            value = _HASH_NO_INVERSE
        if top < 0:
            value = -value
        return -2 if value == -1 else value

    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if not math.isfinite(b):
            return b == 0.0
        return a == a.from_float(b)

    def _compare(self, other, relation):
        """relation(self, other) for a rational or float `other`."""
        if isinstance(other, numbers.Rational):
            return relation(self._numerator * other.denominator, self._denominator * other.numerator)
        if not isinstance(other, float):
            return NotImplemented
        if not math.isfinite(other):
            # Infinities and nan compare with any finite value alike.
            return relation(0.0, other)
        return relation(self, self.from_float(other))

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def _same_or_copy(self):
        # Fractions are immutable: only a subclass instance (which may carry
        # more state) is rebuilt.
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __copy__(self):
        return self._same_or_copy()

    def __deepcopy__(self, memo):
        return self._same_or_copy()
