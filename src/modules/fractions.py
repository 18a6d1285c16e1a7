"""fractions for quicken: Fraction, exact rational numbers with CPython
3.11's arithmetic, comparisons, hashing and text forms."""

import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

# Hashes of rationals agree with ints and floats: the value modulo this prime.
_PyHASH_MODULUS = sys.hash_info.modulus if hasattr(sys, "hash_info") else 2 ** 61 - 1
_PyHASH_INF = sys.hash_info.inf if hasattr(sys, "hash_info") else 314159


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


class Fraction(numbers.Rational):
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75),
    Fraction('-1.5e3'), always in lowest terms with a positive denominator."""
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, (float, int)) or type(numerator).__name__ == "Decimal":
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f"Invalid literal for Fraction: {numerator!r}")
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({numerator}, 0)")
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

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
        if type(dec).__name__ != "Decimal":
            raise TypeError(f"{cls.__name__}.from_decimal() only takes Decimals, not {dec!r} ({type(dec).__name__})")
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most `max_denominator`."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction; convergents p/q bracket the value.
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        # The best bound is either the last convergent or the largest
        # semiconvergent below it.
        k = (max_denominator - q_prev) // q
        semi = Fraction(p_prev + k * p, q_prev + k * q)
        last = Fraction(p, q)
        if abs(last - self) <= abs(semi - self):
            return last
        return semi

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

    # -- arithmetic: each operator has a Fraction rule; floats and complex
    # numbers make the result inexact.

    def _operator_fallbacks(monomorphic_operator, fallback_operator):
        """The forward and reflected methods for one operator."""
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic_operator(a, b)
            if isinstance(b, int):
                return monomorphic_operator(a, Fraction(b))
            if isinstance(b, float):
                return fallback_operator(float(a), b)
            if isinstance(b, complex):
                return fallback_operator(complex(a), b)
            return NotImplemented
        forward.__name__ = "__" + fallback_operator.__name__ + "__"

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return monomorphic_operator(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback_operator(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback_operator(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = "__r" + fallback_operator.__name__ + "__"
        return forward, reverse

    def _sum(a, b, sign):
        # a + sign * b over the least common denominator: with g = gcd(da, db)
        # the sum's numerator shares no factor with da * db / g except one of g.
        na, da = a._numerator, a._denominator
        nb, db = sign * b._numerator, b._denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _add(a, b):
        return Fraction._sum(a, b, 1)

    __add__, __radd__ = _operator_fallbacks(_add, operator.add)

    def _sub(a, b):
        return Fraction._sum(a, b, -1)

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub)

    def _mul(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction(na * nb, db * da, _normalize=False)

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul)

    def _div(a, b):
        nb, db = b._numerator, b._denominator
        if nb == 0:
            raise ZeroDivisionError(f"Fraction({db}, 0)")
        na, da = a._numerator, a._denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, a float (or complex) otherwise."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                if a._numerator > 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError(f"Fraction({a._denominator ** -power}, 0)")
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b for a non-Fraction base."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(): to an int (halves to even), or a Fraction with `ndigits` decimals."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __hash__(self):
        """Equal to the hash of an equal int or float."""
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
