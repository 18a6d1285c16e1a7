"""numbers for quicken: the numeric tower of abstract base classes
(Number > Complex > Real > Rational > Integral), with complex, float and int
registered as CPython registers them."""

from abc import ABCMeta, abstractmethod, update_abstractmethods

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class."""
    __slots__ = ()
    __hash__ = None


def _abstract(cls, *names):
    # Adds abstract placeholders for the operations a numeric class must define.
    def make(name):
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = name
        method.__qualname__ = f"{cls.__name__}.{name}"
        return abstractmethod(method)
    for name in names:
        setattr(cls, name, make(name))
    update_abstractmethods(cls)


def _abstract_property(name):
    def getter(self):
        raise NotImplementedError
    getter.__name__ = name
    return property(abstractmethod(getter))


class Complex(Number):
    """Complex numbers: the operations of the builtin complex type."""
    __slots__ = ()
    real = _abstract_property("real")
    imag = _abstract_property("imag")

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    __hash__ = None


_abstract(Complex, "__complex__", "__add__", "__radd__", "__neg__", "__pos__", "__mul__",
          "__rmul__", "__truediv__", "__rtruediv__", "__pow__", "__rpow__",
          "__abs__", "conjugate", "__eq__")
Complex.register(complex)


class Real(Complex):
    """Real numbers: Complex plus ordering, truncation and floor division."""
    __slots__ = ()

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


_abstract(Real, "__float__", "__trunc__", "__floor__", "__ceil__", "__round__",
          "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__lt__", "__le__")
Real.register(float)


class Rational(Real):
    """Rational numbers: numerator and denominator."""
    __slots__ = ()
    numerator = _abstract_property("numerator")
    denominator = _abstract_property("denominator")

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: Rational plus the bitwise operations and __int__."""
    __slots__ = ()

    def __index__(self):
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


_abstract(Integral, "__int__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
          "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__",
          "__invert__")
Integral.register(int)
