"""statistics for quicken: exact-rational implementations following CPython 3.11."""

import math
from math import fsum, gcd
from collections import Counter


class StatisticsError(ValueError):
    pass


class _Frac:
    __slots__ = ('numerator', 'denominator')

    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d)
        if g > 1:
            n //= g
            d //= g
        self.numerator = n
        self.denominator = d

    def __add__(self, o):
        if isinstance(o, int):
            return _Frac(self.numerator + o * self.denominator, self.denominator)
        return _Frac(self.numerator * o.denominator + o.numerator * self.denominator,
                     self.denominator * o.denominator)

    __radd__ = __add__

    def __sub__(self, o):
        if isinstance(o, int):
            o = _Frac(o)
        return _Frac(self.numerator * o.denominator - o.numerator * self.denominator,
                     self.denominator * o.denominator)

    def __mul__(self, o):
        if isinstance(o, int):
            return _Frac(self.numerator * o, self.denominator)
        return _Frac(self.numerator * o.numerator, self.denominator * o.denominator)

    __rmul__ = __mul__

    def __truediv__(self, o):
        if isinstance(o, int):
            return _Frac(self.numerator, self.denominator * o)
        return _Frac(self.numerator * o.denominator, self.denominator * o.numerator)

    def __float__(self):
        return self.numerator / self.denominator

    def __int__(self):
        n, d = self.numerator, self.denominator
        return n // d if n >= 0 else -(-n // d)


def _exact_ratio(x):
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        msg = f"can't convert type '{type(x).__name__}' to numerator/denominator"
        raise TypeError(msg)


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    msg = "don't know how to coerce %s and %s"
    raise TypeError(msg % (T.__name__, S.__name__))


def _sum(data):
    count = 0
    T = int
    partials = {}
    for x in data:
        typ = type(x)
        if typ is not T:
            T = _coerce(T, typ)
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = _Frac(0)
        for d, n in partials.items():
            total = total + _Frac(n, d)
    return (T, total, count)


def _ss(data, c=None):
    if c is not None:
        T, ssd, count = _sum((d := x - c) * d for x in data)
        return (T, ssd, c, count)
    count = 0
    T = int
    sx_partials = {}
    sxx_partials = {}
    for x in data:
        typ = type(x)
        if typ is not T:
            T = _coerce(T, typ)
        n, d = _exact_ratio(x)
        count += 1
        sx_partials[d] = sx_partials.get(d, 0) + n
        sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    if not count:
        ssd = c = _Frac(0)
    elif None in sx_partials:
        ssd = c = sx_partials[None]
    else:
        sx = _Frac(0)
        for d, n in sx_partials.items():
            sx = sx + _Frac(n, d)
        sxx = _Frac(0)
        for d, n in sxx_partials.items():
            sxx = sxx + _Frac(n, d * d)
        ssd = (sxx * count - sx * sx) / count
        c = sx / count
    return (T, ssd, c, count)


def _convert(value, T):
    if type(value) is T:
        return value
    if not isinstance(value, _Frac):
        return T(value)
    if issubclass(T, int) and value.denominator != 1:
        T = float
    if T is float:
        return value.numerator / value.denominator
    if issubclass(T, int):
        return T(value.numerator)
    return T(value.numerator / value.denominator)


def _integer_sqrt_of_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_sqrt_bit_width = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def _sqrt_of(mss):
    if not isinstance(mss, _Frac):
        return math.sqrt(mss)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum([a * b for a, b in zip(data, weights)])
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of(ss / (n - 1))


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of(ss / n)
