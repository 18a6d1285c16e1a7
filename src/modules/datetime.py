# The `datetime` module (embedded Python): date, time, datetime, timedelta,
# tzinfo and timezone with CPython 3.11's arithmetic, reprs, str forms,
# ISO formats, strftime/strptime (C locale) and error messages.
# Local time is UTC (quicken's time module has no time zone database).

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

# Indexed by month number (1..12); February as in a common year.
_MONTH_LENGTHS = (None, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH_START = [None, 0]
for _length in _MONTH_LENGTHS[1:12]:
    _DAYS_BEFORE_MONTH_START.append(_DAYS_BEFORE_MONTH_START[-1] + _length)
del _length

_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]

_DAYS_PER_400Y = 146097
_DAYS_PER_100Y = 36524
_DAYS_PER_4Y = 1461


def _is_leap(year):
    # Gregorian rule: every 4th year, except centuries not divisible by 400.
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def _days_before_jan1(year):
    """Days from 0001-01-01 up to (not including) January 1 of `year`."""
    past = year - 1
    return 365 * past + past // 4 - past // 100 + past // 400


def _month_length(year, month):
    return 29 if month == 2 and _is_leap(year) else _MONTH_LENGTHS[month]


def _days_before_month(year, month):
    leap_day = 1 if month > 2 and _is_leap(year) else 0
    return _DAYS_BEFORE_MONTH_START[month] + leap_day


def _ordinal(year, month, day):
    return _days_before_jan1(year) + _days_before_month(year, month) + day


def _ymd_of_ordinal(ordinal):
    """(year, month, day) of a proleptic Gregorian day number (1 is 0001-01-01)."""
    # Whole 400-, 100-, 4- and 1-year cycles first, then the month.
    days = ordinal - 1
    cycles400, days = divmod(days, _DAYS_PER_400Y)
    cycles100, days = divmod(days, _DAYS_PER_100Y)
    cycles4, days = divmod(days, _DAYS_PER_4Y)
    years, days = divmod(days, 365)
    year = 400 * cycles400 + 100 * cycles100 + 4 * cycles4 + years + 1
    if years == 4 or cycles100 == 4:
        # The last day of a leap cycle: December 31 of the previous year.
        return year - 1, 12, 31
    leap = years == 3 and (cycles4 != 24 or cycles100 == 3)
    month = (days + 50) >> 5  # an estimate, at most one too large
    month_start = _DAYS_BEFORE_MONTH_START[month] + (1 if month > 2 and leap else 0)
    if month_start > days:
        month -= 1
        month_start -= _MONTH_LENGTHS[month] + (1 if month == 2 and leap else 0)
    return year, month, days - month_start + 1


def _iso_week1_monday(year):
    # Week 1 is the week holding the year's first Thursday.
    first = _ordinal(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _qualname(obj):
    return type(obj).__module__ + "." + type(obj).__qualname__


def _tname(obj):
    # CPython names its own types with the module ('datetime.date').
    t = type(obj)
    if t.__module__ == 'datetime':
        return 'datetime.' + t.__name__
    return t.__name__


def _unsupported(op, a, b):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, _tname(a), _tname(b)))


def _builtin_type(x):
    return type(x).__module__ == 'builtins'


def _cmp_error(op, a, b):
    raise TypeError("'%s' not supported between instances of '%s' and '%s'" % (op, _tname(a), _tname(b)))


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        index = value.__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None
    return index()


def _valid_date(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_length(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _valid_time(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _format_offset(off, sep=':'):
    # '+HH:MM[:SS[.ffffff]]' for a utcoffset timedelta.
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, ss = divmod(rest, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss:
        s += '%s%02d' % (sep, ss.seconds)
        if ss.microseconds:
            s += '.%06d' % ss.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _expect_datetime_or_none(dt, method):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError('%s(dt) argument must be a datetime instance or None, not %s' % (method, type(dt).__name__))


def _validate_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (offset,))


def _wrap_strftime(obj, fmt, timetuple):
    # Expands the directives CPython's strftime supports in the C locale.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    year, month, day, hour, minute, second, wday, yday = timetuple
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == 'a':
            out.append(_DAY_NAMES[wday][:3])
        elif ch == 'A':
            out.append(_DAY_NAMES[wday])
        elif ch == 'w':
            out.append(str((wday + 1) % 7))
        elif ch == 'd':
            out.append('%02d' % day)
        elif ch == 'e':
            out.append('%2d' % day)
        elif ch == 'b' or ch == 'h':
            out.append(_MONTH_NAMES[month - 1][:3])
        elif ch == 'B':
            out.append(_MONTH_NAMES[month - 1])
        elif ch == 'm':
            out.append('%02d' % month)
        elif ch == 'y':
            out.append('%02d' % (year % 100))
        elif ch == 'Y':
            out.append('%d' % year)
        elif ch == 'C':
            out.append('%02d' % (year // 100))
        elif ch == 'H':
            out.append('%02d' % hour)
        elif ch == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif ch == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif ch == 'M':
            out.append('%02d' % minute)
        elif ch == 'S':
            out.append('%02d' % second)
        elif ch == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif ch == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif ch == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name.replace('%', '%%') if name else '')
        elif ch == 'j':
            out.append('%03d' % yday)
        elif ch == 'U':
            out.append('%02d' % ((yday - 1 + 7 - (wday + 1) % 7) // 7))
        elif ch == 'W':
            out.append('%02d' % ((yday - 1 + 7 - wday) // 7))
        elif ch == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAY_NAMES[wday][:3], _MONTH_NAMES[month - 1][:3],
                                                       day, hour, minute, second, year))
        elif ch == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif ch == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif ch == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif ch == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif ch == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif ch == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif ch == 'n':
            out.append('\n')
        elif ch == 't':
            out.append('\t')
        elif ch in 'GVu':
            iy, iw, iwd = _iso_calendar(year, month, day)
            out.append('%d' % iy if ch == 'G' else '%02d' % iw if ch == 'V' else '%d' % iwd)
        elif ch == '%':
            out.append('%')
        else:
            out.append('%' + ch)
    return ''.join(out)


def _iso_calendar(year, month, day):
    today = _ordinal(year, month, day)
    monday = _iso_week1_monday(year)
    week, wday = divmod(today - monday, 7)
    if week < 0:
        year -= 1
        monday = _iso_week1_monday(year)
        week, wday = divmod(today - monday, 7)
    elif week >= 52:
        if today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, wday + 1


class timedelta:
    """A duration: days, seconds and microseconds, normalized."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode', '_total')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        whole = 0
        frac = 0.0
        for value, scale, name in ((days, 86400000000, 'days'), (seconds, 1000000, 'seconds'),
                                   (microseconds, 1, 'microseconds'), (milliseconds, 1000, 'milliseconds'),
                                   (minutes, 60000000, 'minutes'), (hours, 3600000000, 'hours'),
                                   (weeks, 604800000000, 'weeks')):
            if isinstance(value, int):
                whole += value * scale
            elif isinstance(value, float):
                if value != value or value in (float('inf'), float('-inf')):
                    raise ValueError('cannot convert float %s to integer' % value)
                ip = int(value)
                whole += ip * scale
                frac += (value - ip) * scale
            else:
                raise TypeError('unsupported type for timedelta %s component: %s' % (name, type(value).__name__))
        # Round the fractional microseconds half to even, on the total.
        low = int(frac // 1)
        rest = frac - low
        if rest > 0.5 or (rest == 0.5 and (whole + low) % 2 == 1):
            low += 1
        return cls._from_us(whole + low)

    @classmethod
    def _from_us(cls, total):
        days, within_day = divmod(total, 86400000000)
        if days > 999999999 or days < -999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        made = object.__new__(cls)
        made._total = total
        made._days = days
        made._seconds, made._microseconds = divmod(within_day, 1000000)
        made._hashcode = -1
        return made

    def _us(self):
        return self._total

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._total / 10 ** 6

    def __repr__(self):
        fields = [template % value for template, value in
                  (('days=%d', self._days), ('seconds=%d', self._seconds), ('microseconds=%d', self._microseconds))
                  if value]
        return '%s(%s)' % (_qualname(self), ', '.join(fields) or '0')

    def __str__(self):
        minutes, secs = divmod(self._seconds, 60)
        text = '%d:%02d:%02d' % (minutes // 60, minutes % 60, secs)
        if self._days:
            plural = '' if self._days in (1, -1) else 's'
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text = '%s.%06d' % (text, self._microseconds)
        return text

    # Arithmetic works on the total microsecond count; _operand_us() decides
    # what the other operand may be.

    def __add__(self, other):
        other_us = _operand_us(self, other, '+')
        return NotImplemented if other_us is None else timedelta._from_us(self._total + other_us)

    def __radd__(self, other):
        other_us = _operand_us(other, self, '+', self)
        return NotImplemented if other_us is None else timedelta._from_us(self._total + other_us)

    def __sub__(self, other):
        other_us = _operand_us(self, other, '-')
        return NotImplemented if other_us is None else timedelta._from_us(self._total - other_us)

    def __rsub__(self, other):
        other_us = _operand_us(other, self, '-', self)
        return NotImplemented if other_us is None else timedelta._from_us(other_us - self._total)

    def __neg__(self):
        return timedelta._from_us(-self._total)

    def __pos__(self):
        return self

    def __abs__(self):
        return timedelta._from_us(-self._total) if self._total < 0 else self

    def __mul__(self, factor):
        if isinstance(factor, int):
            return timedelta._from_us(self._total * factor)
        if isinstance(factor, float):
            numerator, denominator = factor.as_integer_ratio()
            return timedelta._from_us(_divide_even(self._total * numerator, denominator))
        if isinstance(factor, (str, bytes, bytearray, list, tuple)):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % _tname(self))
        if _builtin_type(factor) or isinstance(factor, timedelta):
            _unsupported('*', self, factor)
        return NotImplemented

    def __rmul__(self, factor):
        # Sequences get __mul__'s "can't multiply sequence" message.
        if _builtin_type(factor) and not isinstance(factor, (int, float, str, bytes, bytearray, list, tuple)):
            _unsupported('*', factor, self)
        return self.__mul__(factor)

    def _divisor_us(self, divisor, op, zero_message='integer division or modulo by zero'):
        """The microseconds of a timedelta divisor, refusing zero."""
        divisor_us = _operand_us(self, divisor, op)
        if divisor_us == 0:
            raise ZeroDivisionError(zero_message)
        return divisor_us

    def __floordiv__(self, other):
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(self._total // other)
        divisor_us = self._divisor_us(other, '//')
        return NotImplemented if divisor_us is None else self._total // divisor_us

    def __truediv__(self, other):
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_divide_even(self._total, other))
        if isinstance(other, float):
            numerator, denominator = other.as_integer_ratio()
            if numerator == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_divide_even(denominator * self._total, numerator))
        divisor_us = self._divisor_us(other, '/', 'division by zero')
        return NotImplemented if divisor_us is None else self._total / divisor_us

    def __mod__(self, other):
        divisor_us = self._divisor_us(other, '%')
        return NotImplemented if divisor_us is None else timedelta._from_us(self._total % divisor_us)

    def __divmod__(self, other):
        divisor_us = self._divisor_us(other, 'divmod()')
        if divisor_us is None:
            return NotImplemented
        quotient, remainder = divmod(self._total, divisor_us)
        return quotient, timedelta._from_us(remainder)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._total == other._total
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._total != other._total
        return NotImplemented

    # Orderings: another timedelta compares by length; builtin values raise
    # here (with CPython's 'datetime.timedelta' type name), others may reflect.

    def __lt__(self, other):
        other_us = _ordering_us(self, other, '<')
        return NotImplemented if other_us is None else self._total < other_us

    def __le__(self, other):
        other_us = _ordering_us(self, other, '<=')
        return NotImplemented if other_us is None else self._total <= other_us

    def __gt__(self, other):
        other_us = _ordering_us(self, other, '>')
        return NotImplemented if other_us is None else self._total > other_us

    def __ge__(self, other):
        other_us = _ordering_us(self, other, '>=')
        return NotImplemented if other_us is None else self._total >= other_us

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._total != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _operand_us(left, right, op, duration=None):
    """The microseconds of the timedelta operand of `left op right` (the
    right one, or `duration` when given); None when another type may still
    handle the operation, TypeError when no builtin type will."""
    operand = right if duration is None else left
    if isinstance(operand, timedelta):
        return operand._total
    if _builtin_type(operand):
        _unsupported(op, left, right)
    return None


def _ordering_us(duration, other, op):
    if isinstance(other, timedelta):
        return other._total
    if _builtin_type(other):
        _cmp_error(op, duration, other)
    return None


def _divide_even(a, b):
    # a / b rounded to the nearest integer, ties to even.
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _is_state(value, size):
    """True for the packed bytes a pickled date, time or datetime holds."""
    return isinstance(value, bytes) and len(value) == size


class date:
    """A date of the proleptic Gregorian calendar."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and _is_state(year, 4) and 1 <= year[2] <= 12:
            # Unpickling: the packed state __reduce__ wrote.
            self = object.__new__(cls)
            self._year = year[0] * 256 + year[1]
            self._month = year[2]
            self._day = year[3]
            self._hashcode = -1
            return self
        year, month, day = _valid_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _from_timestamp(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ymd_of_ordinal(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            return cls(*_parse_isodate(date_string))
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % date_string) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = _ordinal(year, 1, 1) % 7
                if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                    out_of_range = False
            if out_of_range:
                raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        return cls(*_ymd_of_ordinal(ordinal))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_qualname(self), self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[weekday - 1][:3], _MONTH_NAMES[self._month - 1][:3],
                                           self._day, self._year)

    def _timetuple(self):
        return (self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                _days_before_month(self._year, self._month) + self._day)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self._timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        y, m, d, hh, mm, ss, wd, yd = self._timetuple()
        return (y, m, d, hh, mm, ss, wd, yd, -1)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else 1 if a > b else -1

    def __eq__(self, other):
        if isinstance(other, datetime):
            return False
        if isinstance(other, date):
            return self._cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other)
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_tname(self), _tname(other)))
        if _builtin_type(other):
            _cmp_error(op, self, other)
        return None

    def __lt__(self, other):
        c = self._order(other, '<')
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other, '<=')
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other, '>')
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other, '>=')
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        if _builtin_type(other):
            _unsupported('+', self, other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        if _builtin_type(other):
            _unsupported('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _builtin_type(other):
            _unsupported('-', other, self)
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def __reduce__(self):
        # CPython's pickled form: the date packed in 4 bytes.
        yhi, ylo = divmod(self._year, 256)
        return (type(self), (bytes([yhi, ylo, self._month, self._day]),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _IsoCalendarDateT:
    """The result of isocalendar(): a (year, week, weekday) tuple with names."""

    __slots__ = ('_t',)

    def __init__(self, t):
        self._t = t

    year = property(lambda self: self._t[0])
    week = property(lambda self: self._t[1])
    weekday = property(lambda self: self._t[2])

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, _IsoCalendarDateT):
            other = other._t
        return self._t == other

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % self._t


# tuple subclasses are not available everywhere: isocalendar() returns a tuple-like.
try:
    class IsoCalendarDate(tuple):
        def __new__(cls, year, week, weekday):
            return super().__new__(cls, (year, week, weekday))

        year = property(lambda self: self[0])
        week = property(lambda self: self[1])
        weekday = property(lambda self: self[2])

        def __repr__(self):
            return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)

    _IsoCalendarDate = IsoCalendarDate
    del IsoCalendarDate
except NotImplementedError:
    _IsoCalendarDate = lambda year, week, weekday: _IsoCalendarDateT((year, week, weekday))

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot convert')
        return dt + dtdst


class time:
    """A time of day, with an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(hour, 6) and hour[0] & 0x7F < 24:
            # Unpickling: the packed state __reduce_ex__ wrote (tzinfo second).
            state, tzinfo = hour, minute or None
            _check_tzinfo(tzinfo)
            self = object.__new__(cls)
            self._hour = state[0] & 0x7F
            self._fold = 1 if state[0] > 127 else 0
            self._minute, self._second = state[1], state[2]
            self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
            self._tzinfo = tzinfo
            self._hashcode = -1
            return self
        hour, minute, second, microsecond, fold = _valid_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(None)
        _validate_offset('utcoffset', off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(None)
        _validate_offset('dst', off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, op):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base = myoff == otoff
        if base:
            a, b = self._us(), other._us()
        else:
            if myoff is None or otoff is None:
                if op == '==':
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware times")
            a = self._us() - myoff._total
            b = other._us() - otoff._total
        return 0 if a == b else 1 if a > b else -1

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, '==') == 0
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other, op):
        if isinstance(other, time):
            return self._cmp(other, op)
        if _builtin_type(other):
            _cmp_error(op, self, other)
        return None

    def __lt__(self, other):
        c = self._order(other, '<')
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other, '<=')
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other, '>')
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other, '>=')
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if not off:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash((self._us() - off._total,))
        return self._hashcode

    def __repr__(self):
        if self._microsecond != 0:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second != 0:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s)' % (_qualname(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % self._tzinfo
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string
        if s.startswith('T'):
            s = s[1:]
        try:
            fields = _parse_isotime(s)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % time_string) from None
        # Well-formed but out of range ('25:00') reports the field, as CPython does.
        return cls(*fields)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        # CPython's pickled form: 6 packed bytes (fold in the hour's top bit
        # from protocol 4), then the tzinfo when there is one.
        hour = self._hour + 128 if self._fold and protocol > 3 else self._hour
        us = self._microsecond
        state = bytes([hour, self._minute, self._second, us >> 16, (us >> 8) & 0xFF, us & 0xFF])
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _from_timestamp(t, utc=True):
    # (y, m, d, hh, mm, ss, us) of a POSIX timestamp, microseconds rounded
    # half to even.
    if isinstance(t, float):
        if t != t or t in (float('inf'), float('-inf')):
            raise ValueError('cannot convert float %s to integer' % t)
        secs = int(t // 1)
        frac = t - secs
        us = round(frac * 1e6)
        if us >= 1000000:
            secs += 1
            us -= 1000000
    else:
        secs = _check_int(t)
        us = 0
    days, rem = divmod(secs, 86400)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    ordinal = days + _ordinal(1970, 1, 1)
    if not 1 <= ordinal <= _MAXORDINAL:
        raise ValueError('year is out of range')
    y, m, d = _ymd_of_ordinal(ordinal)
    return y, m, d, hh, mm, ss, us


class datetime(date):
    """A date with a time of day and an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(year, 10) and 1 <= year[2] & 0x7F <= 12:
            # Unpickling: the packed state __reduce_ex__ wrote (tzinfo second).
            state, tzinfo = year, month
            _check_tzinfo(tzinfo)
            self = object.__new__(cls)
            self._year = state[0] * 256 + state[1]
            self._month = state[2] & 0x7F
            self._fold = 1 if state[2] > 127 else 0
            self._day, self._hour, self._minute, self._second = state[3], state[4], state[5], state[6]
            self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
            self._tzinfo = tzinfo
            self._hashcode = -1
            return self
        year, month, day = _valid_date(year, month, day)
        hour, minute, second, microsecond, fold = _valid_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        y, m, d, hh, mm, ss, us = _from_timestamp(t)
        result = cls(y, m, d, hh, mm, ss, us)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _from_timestamp(t)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(date_string) < 7:
                raise ValueError
            split = _iso_date_end(date_string)
            date_part = _parse_isodate(date_string[:split])
            rest = date_string[split + 1:]
            if split < len(date_string) and not rest:
                raise ValueError
            time_part = _parse_isotime(rest) if rest else (0, 0, 0, 0, None)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % date_string) from None
        return cls(*(date_part + time_part))

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def timestamp(self):
        if self._tzinfo is None:
            return (self - _EPOCH_NAIVE).total_seconds()
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        off = self.utcoffset()
        if off:
            self -= off
        return self.replace(tzinfo=None).timetuple()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be an instance of tzinfo')
        mytz = self._tzinfo
        if mytz is None:
            mytz = timezone.utc
            myoffset = timedelta(0)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = timezone.utc
                myoffset = timedelta(0)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _timetuple(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self.weekday(),
                _days_before_month(self._year, self._month) + self._day)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        y, m, d, hh, mm, ss, wd, yd = self._timetuple()
        return (y, m, d, hh, mm, ss, wd, yd, flag)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAY_NAMES[weekday - 1][:3], _MONTH_NAMES[self._month - 1][:3],
                                                 self._day, self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = '%s(%s)' % (_qualname(self), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % self._tzinfo
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        _validate_offset('utcoffset', off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(self)
        _validate_offset('dst', off)
        return off

    def _local_us(self):
        days = self.toordinal()
        return ((days * 24 + self._hour) * 60 + self._minute) * 60000000 + self._second * 1000000 + self._microsecond

    def _cmp(self, other, op):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base = myoff == otoff
        if base:
            a, b = self._local_us(), other._local_us()
        else:
            if myoff is None or otoff is None:
                if op == '==':
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            a = self._local_us() - myoff._total
            b = other._local_us() - otoff._total
        return 0 if a == b else 1 if a > b else -1

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, '==') == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def _order(self, other, op):
        if isinstance(other, datetime):
            return self._cmp(other, op)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tname(self), _tname(other)))
        if _builtin_type(other):
            _cmp_error(op, self, other)
        return None

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if off is None:
                self._hashcode = hash((self._local_us(),))
            else:
                self._hashcode = hash((self._local_us() - off._total,))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            us = self._local_us() + other._total
            days, rem = divmod(us, 86400000000)
            if not 0 < days <= _MAXORDINAL:
                raise OverflowError('date value out of range')
            hh, rem = divmod(rem, 3600000000)
            mm, rem = divmod(rem, 60000000)
            ss, us = divmod(rem, 1000000)
            y, m, d = _ymd_of_ordinal(days)
            return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)
        if _builtin_type(other) or isinstance(other, date):
            _unsupported('+', self, other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            a = self._local_us()
            b = other._local_us()
            if self._tzinfo is not other._tzinfo:
                myoff = self.utcoffset()
                otoff = other.utcoffset()
                if (myoff is None) != (otoff is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if myoff is not None:
                    a -= myoff._total
                    b -= otoff._total
            return timedelta._from_us(a - b)
        if _builtin_type(other) or isinstance(other, date):
            _unsupported('-', self, other)
        return NotImplemented

    def __reduce_ex__(self, protocol):
        # CPython's pickled form: 10 packed bytes (fold in the month's top
        # bit from protocol 4), then the tzinfo when there is one.
        yhi, ylo = divmod(self._year, 256)
        month = self._month + 128 if self._fold and protocol > 3 else self._month
        us = self._microsecond
        state = bytes([yhi, ylo, month, self._day, self._hour, self._minute, self._second,
                       us >> 16, (us >> 8) & 0xFF, us & 0xFF])
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_qualname(self), self._offset)
        return '%s(%r, %r)' % (_qualname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    # A fixed offset ignores the datetime it is asked about, but still
    # checks that it is one.

    def utcoffset(self, dt):
        _expect_datetime_or_none(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        _expect_datetime_or_none(dt, 'tzname')
        return self._name_from_offset(self._offset) if self._name is None else self._name

    def dst(self, dt):
        _expect_datetime_or_none(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)

    def __reduce__(self):
        if self._name is None:
            return (type(self), (self._offset,))
        return (type(self), (self._offset, self._name))


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)


# ---- ISO 8601 parsing ----

def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        raise ValueError
    return int(part)


def _iso_date_end(s):
    # Where the date part of an ISO datetime ends.
    if len(s) >= 8 and s[4] == '-':
        if s[5] == 'W':
            return 10 if len(s) > 8 and s[8] == '-' else 8
        return 10
    if len(s) >= 5 and s[4] == 'W':
        return 8 if len(s) > 7 and s[7].isdigit() else 7
    return 8


def _parse_isodate(s):
    year = _digits(s, 0, 4)
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        return year, _digits(s, 5, 2), _digits(s, 8, 2)
    if len(s) == 8 and s.isdigit():
        return year, _digits(s, 4, 2), _digits(s, 6, 2)
    # Week dates: YYYY-Www[-D] or YYYYWww[D].
    if 'W' in s[4:6]:
        extended = s[4] == '-'
        i = 6 if extended else 5
        week = _digits(s, i, 2)
        i += 2
        day = 1
        if i < len(s):
            if extended:
                if s[i] != '-':
                    raise ValueError
                i += 1
            day = _digits(s, i, 1)
            i += 1
        if i != len(s):
            raise ValueError
        d = date.fromisocalendar(year, week, day)
        return d.year, d.month, d.day
    raise ValueError


def _parse_isotime(s):
    # HH[:MM[:SS[.fff[fff]]]][tz] or the basic form without colons.
    tz = None
    for mark in ('Z', '+', '-'):
        k = s.find(mark)
        if k != -1:
            tzs = s[k:]
            s = s[:k]
            tz = _parse_isotz(tzs)
            break
    hh = _digits(s, 0, 2)
    mm = ss = us = 0
    i = 2
    colon = len(s) > 2 and s[2] == ':'
    if i < len(s):
        if colon:
            i += 1
        mm = _digits(s, i, 2)
        i += 2
    if i < len(s) and s[i] not in '.,':
        if colon:
            if s[i] != ':':
                raise ValueError
            i += 1
        ss = _digits(s, i, 2)
        i += 2
    if i < len(s):
        if s[i] not in '.,':
            raise ValueError
        frac = s[i + 1:]
        if not frac or not frac.isdigit():
            raise ValueError
        frac = frac[:6]
        us = int(frac.ljust(6, '0'))
        i = len(s)
    if i != len(s):
        raise ValueError
    return hh, mm, ss, us, tz


def _parse_isotz(s):
    if s == 'Z':
        return timezone.utc
    sign = -1 if s[0] == '-' else 1
    body = s[1:]
    hh, mm, ss, us, _ = _parse_isotime(body)
    off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    if not off:
        return timezone.utc
    return timezone(sign * off)


# ---- strptime ----

_STRPTIME_RE = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'A': '(?P<A>' + '|'.join(_DAY_NAMES) + ')',
    'a': '(?P<a>' + '|'.join(n[:3] for n in _DAY_NAMES) + ')',
    'B': '(?P<B>' + '|'.join(_MONTH_NAMES) + ')',
    'b': '(?P<b>' + '|'.join(n[:3] for n in _MONTH_NAMES) + ')',
    'p': '(?P<p>am|pm)',
    'Z': '(?P<Z>utc|gmt)',
    '%': '%',
}
_STRPTIME_RE['W'] = _STRPTIME_RE['U'].replace('U', 'W')
_STRPTIME_RE['c'] = None
_STRPTIME_CACHE = {}


def _strptime_regex(format):
    import re
    try:
        return _STRPTIME_CACHE[format]
    except KeyError:
        pass
    out = []
    i = 0
    while i < len(format):
        ch = format[i]
        if ch == '%' and i + 1 < len(format):
            d = format[i + 1]
            i += 2
            if d == 'c':
                out.append(_strptime_regex('%a %b %d %H:%M:%S %Y')[1])
                continue
            if d == 'x':
                out.append(_strptime_regex('%m/%d/%y')[1])
                continue
            if d == 'X':
                out.append(_strptime_regex('%H:%M:%S')[1])
                continue
            pat = _STRPTIME_RE.get(d)
            if pat is None:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
            out.append(pat)
        elif ch == '%':
            raise ValueError("stray %% in format '%s'" % format)
        elif ch.isspace():
            while i < len(format) and format[i].isspace():
                i += 1
            out.append(r'\s+')
            continue
        else:
            out.append(re.escape(ch))
            i += 1
        continue
    source = ''.join(out)
    compiled = re.compile(source, re.IGNORECASE)
    _STRPTIME_CACHE[format] = (compiled, source)
    return compiled, source


def _strptime(cls, data_string, format):
    for index, arg in enumerate([data_string, format], 1):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(arg).__name__))
    regex = _strptime_regex(format)[0]
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    g = found.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = micro = 0
    tz = None
    yday = None
    weekday = None
    if g.get('y') is not None:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('Y') is not None:
        year = int(g['Y'])
    if g.get('m') is not None:
        month = int(g['m'])
    if g.get('B') is not None:
        month = [n.lower() for n in _MONTH_NAMES].index(g['B'].lower()) + 1
    if g.get('b') is not None:
        month = [n[:3].lower() for n in _MONTH_NAMES].index(g['b'].lower()) + 1
    if g.get('d') is not None:
        day = int(g['d'])
    if g.get('H') is not None:
        hour = int(g['H'])
    if g.get('I') is not None:
        hour = int(g['I'])
        ampm = (g.get('p') or '').lower()
        if ampm == 'pm':
            if hour != 12:
                hour += 12
        elif hour == 12:
            hour = 0
    if g.get('M') is not None:
        minute = int(g['M'])
    if g.get('S') is not None:
        second = int(g['S'])
        if second == 61:
            second = 59
    if g.get('f') is not None:
        micro = int(g['f'].ljust(6, '0'))
    if g.get('j') is not None:
        yday = int(g['j'])
    if g.get('A') is not None:
        weekday = [n.lower() for n in _DAY_NAMES].index(g['A'].lower())
    if g.get('a') is not None:
        weekday = [n[:3].lower() for n in _DAY_NAMES].index(g['a'].lower())
    if g.get('z') is not None:
        z = g['z']
        if z == 'Z':
            tz = timezone.utc
        else:
            sign = -1 if z[0] == '-' else 1
            z = z[1:].replace(':', '')
            hh = int(z[0:2])
            mm = int(z[2:4])
            ss = int(z[4:6]) if len(z) >= 6 else 0
            us = int(z[7:].ljust(6, '0')) if len(z) > 7 else 0
            tz = timezone(sign * timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us))
    if g.get('Z') is not None and tz is None:
        pass
    if yday is not None and g.get('m') is None and g.get('B') is None and g.get('b') is None:
        y, month, day = _ymd_of_ordinal(_ordinal(year, 1, 1) + yday - 1)
        year = y
    elif month == 2 and day == 29 and g.get('Y') is None and g.get('y') is None:
        year = 1904
    return cls(year, month, day, hour, minute, second, micro, tz)

