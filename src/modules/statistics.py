# statistics for quicken.
#
# Means and spreads are computed without rounding: each value is read as an
# integer ratio, the ratios are added exactly, and the one rounding happens
# when the result is turned back into the type the data had (an int stays an
# int when the result is whole, a Fraction stays a Fraction). nan and the
# infinities cannot be ratios; they are added apart, as floats, and win.

import sys
from math import erf, exp, fabs, fsum, gcd, hypot, isqrt, log, sqrt, tau
from collections import Counter, namedtuple
from bisect import bisect_right, bisect_left

__all__ = [
    'NormalDist', 'StatisticsError',
    'fmean', 'geometric_mean', 'harmonic_mean', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'quantiles',
    'pstdev', 'pvariance', 'stdev', 'variance',
    'correlation', 'covariance', 'linear_regression',
]


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------- exact sums

class _Ratio:
    # An exact rational in lowest terms, denominator positive. Named like
    # Fraction's fields so that code reading a result does not care which.
    __slots__ = ('numerator', 'denominator')

    def __init__(self, top, bottom=1):
        if bottom < 0:
            top, bottom = -top, -bottom
        common = gcd(top, bottom)
        if common > 1:
            top //= common
            bottom //= common
        self.numerator = top
        self.denominator = bottom


def _float(x):
    return x.numerator / x.denominator if isinstance(x, _Ratio) else x


def _over(value, k):
    # value / k: exact between a _Ratio and an int or _Ratio, else in floats
    # (a nan or an infinity is involved).
    if isinstance(value, _Ratio):
        if isinstance(k, int):
            return _Ratio(value.numerator, value.denominator * k)
        if isinstance(k, _Ratio):
            return _Ratio(value.numerator * k.denominator, value.denominator * k.numerator)
    return _float(value) / _float(k)


def _parts(x):
    # (numerator, denominator) of a number; (x, None) when x is nan or infinite.
    try:
        as_ratio = x.as_integer_ratio
    except AttributeError:
        try:
            return x.numerator, x.denominator
        except AttributeError:
            pass
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")
    try:
        return as_ratio()
    except (ValueError, OverflowError):
        return x, None


class _Tally:
    # Exact running sum of values given as (numerator, denominator) parts.
    __slots__ = ('top', 'bottom', 'odd')

    def __init__(self):
        self.top, self.bottom = 0, 1
        self.odd = None          # float sum of the nan / infinite values

    def add(self, num, den):
        if den is None:
            self.odd = num if self.odd is None else self.odd + num
        elif den == self.bottom:
            self.top += num
        else:
            # Bring both over the least common denominator.
            common = gcd(self.bottom, den)
            self.top = self.top * (den // common) + num * (self.bottom // common)
            self.bottom = self.bottom // common * den

    def total(self):
        if self.odd is not None:
            return self.odd
        return _Ratio(self.top, self.bottom)


def _fraction_class():
    # Fractions can only be in the data once the fractions module is loaded.
    module = sys.modules.get('fractions')
    return module.Fraction if module is not None else None


def _wider(have, new):
    # The type a result takes when the data mixes `have` and `new` values.
    if have is new or new is int or new is bool:
        return have
    if have is int or issubclass(new, have):
        return new
    if issubclass(have, new):
        return have
    if issubclass(have, int):
        return new
    if issubclass(new, int):
        return have
    fraction = _fraction_class()
    if fraction is not None:
        if issubclass(have, fraction) and issubclass(new, float):
            return new
        if issubclass(have, float) and issubclass(new, fraction):
            return have
    raise TypeError("don't know how to coerce %s and %s" % (have.__name__, new.__name__))


def _result_type(kinds):
    result = int
    for kind in kinds:
        result = _wider(result, kind)
    return result


def _exact_sum(values):
    # -> (result type, exact sum, number of values)
    tally = _Tally()
    kinds = set()
    count = 0
    for x in values:
        kinds.add(type(x))
        tally.add(*_parts(x))
        count += 1
    return _result_type(kinds), tally.total(), count


def _squares_about_mean(values, center=None):
    # -> (result type, exact sum of squared deviations, center, count).
    # Without a center the deviations are taken from the exact mean, found in
    # the same pass: sum((x - m)**2) == sum(x*x) - sum(x)**2 / n.
    if center is not None:
        kind, total, count = _exact_sum(_squared_offsets(values, center))
        return kind, total, center, count
    plain, squares = _Tally(), _Tally()
    kinds = set()
    count = 0
    for x in values:
        kinds.add(type(x))
        num, den = _parts(x)
        plain.add(num, den)
        if den is not None:
            squares.add(num * num, den * den)
        count += 1
    if plain.odd is not None:
        spread = middle = plain.odd
    elif not count:
        spread = middle = _Ratio(0)
    else:
        sx = plain.top * squares.bottom            # over plain.bottom * squares.bottom
        sxx = squares.top * plain.bottom
        common = plain.bottom * squares.bottom
        # (count * sxx - sx**2 / common) / count, over `common`
        spread = _Ratio(count * sxx * common - sx * sx, common * common * count)
        middle = _Ratio(plain.top, plain.bottom * count)
    return _result_type(kinds), spread, middle, count


def _squared_offsets(values, center):
    for x in values:
        offset = x - center
        yield offset * offset


def _as_type(value, kind):
    # Rounds an exact result (or a nan/infinite float) into `kind`.
    if not isinstance(value, _Ratio):
        return value if type(value) is kind else kind(value)
    num, den = value.numerator, value.denominator
    if issubclass(kind, int):
        return kind(num) if den == 1 else num / den
    if issubclass(kind, float):
        return kind(num / den)
    fraction = _fraction_class()
    if fraction is None:
        from fractions import Fraction as fraction
    return kind(fraction(num, den))


def _sqrt_of_ratio(r):
    # Correctly rounded float square root of the exact ratio r. The integer
    # root is taken with more than 55 bits and its last bit made sticky
    # (set when the root is inexact), so the final division rounds once,
    # correctly.
    num, den = r.numerator, r.denominator
    spare = (112 - (num.bit_length() - den.bit_length())) // 2 + 1
    if spare >= 0:
        num <<= 2 * spare
    else:
        den <<= -2 * spare
    root = isqrt(num // den)
    if root * root * den != num:
        root |= 1
    if spare >= 0:
        return root / (1 << spare)
    return (root << -spare) / 1


def _reject_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


# ---------------------------------------------------------------- averages

def mean(data):
    kind, total, count = _exact_sum(data)
    if not count:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(_over(total, count), kind)


def _sized(values):
    try:
        len(values)
    except TypeError:
        return list(values)
    return values


def fmean(data, weights=None):
    data = _sized(data)
    count = len(data)
    if weights is None:
        if not count:
            raise StatisticsError('fmean requires at least one data point')
        return fsum(data) / count
    weights = _sized(weights)
    weighted = fsum([x * w for x, w in zip(data, weights)])
    if len(weights) != count:
        raise StatisticsError('data and weights must be the same length')
    scale = fsum(weights)
    if not scale:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / scale


def geometric_mean(data):
    try:
        return exp(fmean([log(x) for x in data]))
    except ValueError:
        pass
    raise StatisticsError('geometric mean requires a non-empty dataset '
                          'containing positive numbers')


def _materialized(values):
    # One-shot iterators become lists; other iterables are read as they are.
    return list(values) if iter(values) is values else values


def harmonic_mean(data, weights=None):
    negative = 'harmonic mean does not support negative values'
    data = _materialized(data)
    count = len(data)
    if not count:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if count == 1 and weights is None:
        only = data[0]
        import numbers
        if not isinstance(only, numbers.Real):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = [1] * count
        weight_sum = count
    else:
        weights = _materialized(weights)
        if len(weights) != count:
            raise StatisticsError('Number of weights does not match data size')
        weight_sum = _exact_sum(_reject_negative(weights, negative))[1]
    try:
        kind, total, _ = _exact_sum(
            w / x if w else 0 for w, x in zip(weights, _reject_negative(data, negative)))
    except ZeroDivisionError:
        return 0
    if _float(total) <= 0:
        raise StatisticsError('Weighted sum must be positive')
    if isinstance(weight_sum, int):
        weight_sum = _Ratio(weight_sum)
    return _as_type(_over(weight_sum, total), kind)


def _sorted_or_fail(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    ordered = _sorted_or_fail(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    ordered = _sorted_or_fail(data)
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    ordered = _sorted_or_fail(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    ordered = _sorted_or_fail(data)
    size = len(ordered)
    middle = ordered[size // 2]
    # The values equal to the middle one form the median class.
    first = bisect_left(ordered, middle)
    past = bisect_right(ordered, middle, lo=first)
    try:
        width = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = middle - width / 2.0
    return lower + width * (size / 2 - first) / (past - first)


def mode(data):
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    tallies = Counter(iter(data))
    if not tallies:
        return []
    most = max(tallies.values())
    return [value for value, seen in tallies.items() if seen == most]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        # Cut points at i/n of the way from the first to the last value.
        span = size - 1
        cuts = []
        for i in range(1, n):
            k, frac = divmod(i * span, n)
            cuts.append((ordered[k] * (n - frac) + ordered[k + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        # Cut points at i/n of positions 0 .. size+1, clamped to the data.
        span = size + 1
        cuts = []
        for i in range(1, n):
            k = min(max(i * span // n, 1), size - 1)
            frac = i * span - k * n
            cuts.append((ordered[k - 1] * (n - frac) + ordered[k] * frac) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ---------------------------------------------------------------- spread

def variance(data, xbar=None):
    kind, squares, _, count = _squares_about_mean(data, xbar)
    if count < 2:
        raise StatisticsError('variance requires at least two data points')
    return _as_type(_over(squares, count - 1), kind)


def pvariance(data, mu=None):
    kind, squares, _, count = _squares_about_mean(data, mu)
    if count < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _as_type(_over(squares, count), kind)


def stdev(data, xbar=None):
    _, squares, _, count = _squares_about_mean(data, xbar)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of_ratio(_over(squares, count - 1))


def pstdev(data, mu=None):
    _, squares, _, count = _squares_about_mean(data, mu)
    if count < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of_ratio(_over(squares, count))


# ---------------------------------------------------------------- two variables

def _paired_count(name, x, y):
    count = len(x)
    if len(y) != count:
        raise StatisticsError(
            f'{name} requires that both inputs have same number of data points')
    if count < 2:
        raise StatisticsError(f'{name} requires at least two data points')
    return count


def _centered_sums(name, x, y):
    # -> (count, x mean, y mean, sum of (x - x mean) * (y - y mean))
    count = _paired_count(name, x, y)
    mx = fsum(x) / count
    my = fsum(y) / count
    return count, mx, my, fsum((a - mx) * (b - my) for a, b in zip(x, y))


def _centered_squares(values, center):
    return fsum((v - center) * (v - center) for v in values)


def covariance(x, y, /):
    count, _, _, cross = _centered_sums('covariance', x, y)
    return cross / (count - 1)


def correlation(x, y, /):
    _, mx, my, cross = _centered_sums('correlation', x, y)
    try:
        return cross / sqrt(_centered_squares(x, mx) * _centered_squares(y, my))
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    if proportional:
        _paired_count('linear regression', x, y)
        cross = fsum(a * b for a, b in zip(x, y))
        spread = fsum(a * a for a in x)
    else:
        _, mx, my, cross = _centered_sums('linear regression', x, y)
        spread = _centered_squares(x, mx)
    try:
        slope = cross / spread
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope=slope, intercept=0.0 if proportional else my - slope * mx)


# ---------------------------------------------------------------- normal distribution

# Coefficients of Wichura's rational approximations of the normal quantile
# (algorithm AS 241, "PPND16"), highest power first: the central region,
# then the tails for r = sqrt(-log(p)) up to 5 and beyond.
_CENTRAL_NUM = (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
                45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
                133.14166789178437745, 3.387132872796366608)
_CENTRAL_DEN = (5226.4952788528545610, 28729.085735721942674, 39307.89580009271061,
                21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
                42.313330701600911252, 1.0)
_NEAR_NUM = (7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
             1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
             4.6303378461565452959, 1.42343711074968357734)
_NEAR_DEN = (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
             0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
             2.05319162663775882187, 1.0)
_FAR_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
            0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
            5.4637849111641143699, 6.6579046435011037772)
_FAR_DEN = (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
            7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
            0.59983220655588793769, 1.0)


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _standard_normal_quantile(p):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        return _horner(_CENTRAL_NUM, r) * q / _horner(_CENTRAL_DEN, r)
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        z = _horner(_NEAR_NUM, r) / _horner(_NEAR_DEN, r)
    else:
        r -= 5.0
        z = _horner(_FAR_NUM, r) / _horner(_FAR_DEN, r)
    return -z if q < 0.0 else z


_ROOT2 = sqrt(2.0)


class NormalDist:
    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        _, squares, center, count = _squares_about_mean(data)
        if count < 2:
            raise StatisticsError('stdev requires at least two data points')
        if not isinstance(squares, _Ratio):        # nan or infinite data
            return cls(float(center), float(center) / float(squares))
        return cls(center.numerator / center.denominator,
                   _sqrt_of_ratio(_over(squares, count - 1)))

    def samples(self, n, *, seed=None):
        import random
        draw = (random.gauss if seed is None else random.Random(seed).gauss)
        return [draw(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return exp(offset * offset / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _ROOT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + _standard_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # Order the pair so the answer does not depend on which is self.
        narrow, wide = self, other
        if (wide._sigma, wide._mu) < (narrow._sigma, narrow._mu):
            narrow, wide = wide, narrow
        nvar, wvar = narrow.variance, wide.variance
        if not nvar or not wvar:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dvar = wvar - nvar
        dmean = fabs(wide._mu - narrow._mu)
        if not dvar:
            return 1.0 - erf(dmean / (2.0 * narrow._sigma * _ROOT2))
        # The densities cross at two points; integrate the smaller one.
        a = narrow._mu * wvar - wide._mu * nvar
        b = narrow._sigma * wide._sigma * sqrt(dmean * dmean + dvar * log(wvar / nvar))
        lo, hi = (a + b) / dvar, (a - b) / dvar
        gap_lo = fabs(wide.cdf(lo) - narrow.cdf(lo))
        gap_hi = fabs(wide.cdf(hi) - narrow.cdf(hi))
        return 1.0 - (gap_lo + gap_hi)

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu)
    median = property(lambda self: self._mu)
    mode = property(lambda self: self._mu)
    stdev = property(lambda self: self._sigma)
    variance = property(lambda self: self._sigma * self._sigma)

    # Sums and differences of independent normals add variances; a constant
    # only moves (or scales) the distribution.
    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * fabs(k))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return self._mu == other._mu and self._sigma == other._sigma
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
