# datetime: date, time, datetime, timedelta, timezone: arithmetic, reprs, ISO formats, strftime/strptime, errors.
import datetime
from datetime import date, time, datetime as dt, timedelta, timezone

td = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6)
print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for t in [timedelta(0), timedelta(-1), timedelta(seconds=-1), timedelta(hours=36), timedelta(microseconds=-1), timedelta(weeks=2, days=-3),
          timedelta(days=0.5), timedelta(seconds=0.1), timedelta(minutes=1.25), timedelta(days=2, seconds=1e-6), timedelta(microseconds=0.5), timedelta(microseconds=1.5)]:
    print(repr(t), str(t))
a, b = timedelta(hours=10), timedelta(hours=3)
print(a + b, a - b, b - a, a * 2, 3 * a, a * 0.5, a / 4, a / b, a // b, a % b, divmod(a, b), a // 7, -a, +a, abs(-a), a / 2.5)
print(a > b, a == timedelta(seconds=36000), a != b, max(a, b), sorted([a, b, timedelta(0)]), bool(timedelta(0)), bool(b), hash(a) == hash(timedelta(seconds=36000)))
print(timedelta.min, timedelta.max, timedelta.resolution, timedelta(days=1) // timedelta(hours=7), timedelta(1) * 1.1)

d = date(2024, 2, 28)
print(repr(d), str(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.isocalendar(), d.isoformat(), d.ctime())
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(days=365), date(2024, 3, 1) - d, d - date(2023, 2, 28), timedelta(days=3) + d)
print(d.replace(day=1), d.replace(year=2023, month=12), date.fromordinal(1), date.fromordinal(738000), date.min, date.max, date.resolution)
print(date.fromisoformat('2021-12-31'), date.fromisoformat('20211231'), date.fromisocalendar(2020, 53, 7), date(2021, 1, 3).isocalendar(), date(2019, 12, 30).isocalendar())
print(d < date(2024, 3, 1), d == date(2024, 2, 28), d != d, d >= d, sorted([date(2020, 5, 1), date(2019, 1, 1), d]), len({d, date(2024, 2, 28)}))
print(d.strftime('%Y-%m-%d %A %B %j %U %W %a %b %y %%'), date(2023, 1, 1).strftime('%U %W %j %G-W%V-%u'), format(d, '%d.%m.%Y'), f'{d}', f'{d:%b %d}')
print(d.timetuple()[:8], [date(2000, m, 1).strftime('%b') for m in range(1, 13)], [date(2024, 1, k).strftime('%a') for k in range(1, 8)])
iso = date(2024, 12, 30).isocalendar()
print(iso.year, iso.week, iso.weekday, tuple(iso), iso[0])

t = time(13, 5, 9, 250)
print(repr(t), str(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.isoformat('seconds'), t.isoformat('milliseconds'), t.isoformat('minutes'))
print(repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 0, 5)), time(23, 59, 59, 999999), time.min, time.max, time(12).strftime('%I %p %H:%M'), format(time(9, 3), '%H.%M'))
print(time(1) < time(2), time(1, 2) == time(1, 2), time.fromisoformat('04:05:06.123456'), time.fromisoformat('04:05'), time.fromisoformat('0405'), t.replace(hour=1), bool(time(0)))

x = dt(2020, 1, 2, 3, 4, 5, 6)
print(repr(x), str(x), x.isoformat(), x.isoformat(' ', 'seconds'), x.date(), x.time(), x.timetz(), x.weekday(), x.ctime(), x.toordinal())
print(repr(dt(2020, 1, 2)), repr(dt(2020, 1, 2, 3)), repr(dt(2020, 1, 2, 3, 4, 5)), dt.min, dt.max, dt.combine(date(2020, 1, 1), time(12, 30)))
print(x + timedelta(hours=22), x - timedelta(days=3, microseconds=7), dt(2021, 1, 1) - dt(2020, 1, 1), dt(2020, 3, 1) - dt(2020, 2, 28, 12), x - x)
print(x > dt(2020, 1, 2), x == dt(2020, 1, 2, 3, 4, 5, 6), sorted([dt(2020, 1, 1, 5), dt(2019, 5, 5), dt(2020, 1, 1)]), x.replace(year=2000, microsecond=0))
print(x.strftime('%Y-%m-%dT%H:%M:%S.%f %c|%x|%X|%I%p|%j'), x.timestamp() if False else '', dt(1970, 1, 2).timestamp(), dt(2000, 1, 1, 12).timestamp())
print(dt.fromisoformat('2011-11-04T00:05:23'), dt.fromisoformat('2011-11-04 00:05:23.283'), dt.fromisoformat('2011-11-04T00:05:23+04:00'), dt.fromisoformat('20111104T000523'), dt.fromisoformat('2011-W01-2T00:05:23'))
print(dt.strptime('2023-07-14 09:30:00', '%Y-%m-%d %H:%M:%S'), dt.strptime('14/07/23', '%d/%m/%y'), dt.strptime('Friday, July 14 2023', '%A, %B %d %Y'), dt.strptime(' 5 3', '%d %m'))
print(dt.strptime('2023-195', '%Y-%j'), dt.strptime('12:00 AM', '%I:%M %p'), dt.strptime('12:00 pm', '%I:%M %p'), dt.strptime('2020-01-01T00:00:00Z', '%Y-%m-%dT%H:%M:%S%z'), dt.strptime('1.5', '%S.%f'))
print(dt.utcfromtimestamp(0), dt.utcfromtimestamp(1e9), dt.fromtimestamp(86400.5, timezone.utc), date.fromtimestamp(0) == date(1970, 1, 1))

utc = timezone.utc
tz2 = timezone(timedelta(hours=2), 'CEST')
tzm = timezone(-timedelta(hours=3, minutes=30))
print(repr(utc), str(utc), repr(tz2), str(tz2), repr(tzm), str(tzm), utc.utcoffset(None), tz2.tzname(None), tzm.dst(None), timezone(timedelta(0)) is utc, datetime.UTC is utc)
a = dt(2020, 6, 1, 12, tzinfo=utc)
b = dt(2020, 6, 1, 14, tzinfo=tz2)
print(repr(a), a, b, a == b, a - b, hash(a) == hash(b), a.astimezone(tzm), b.astimezone(utc), b.utcoffset(), b.tzname(), b.dst(), a.timestamp())
print(b.isoformat(), dt(2020, 1, 1, tzinfo=tzm).isoformat(), b.strftime('%z %Z'), a.strftime('%z %Z'), dt(2020, 1, 1).strftime('[%z][%Z]'), dt.fromtimestamp(0, tz2))
print(dt(2020, 1, 1, tzinfo=timezone(timedelta(seconds=3661))).isoformat(), str(timezone(timedelta(seconds=3661))), timezone.min, timezone.max, a.replace(tzinfo=None))
print(dt(2020, 1, 1) == dt(2020, 1, 1, tzinfo=utc), date(2020, 1, 1) == dt(2020, 1, 1), time(1, tzinfo=utc) == time(1), time(12, tzinfo=tz2) == time(10, tzinfo=utc))

class Plus1(datetime.tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=1)
    def dst(self, d):
        return timedelta(0)
    def tzname(self, d):
        return 'P1'

p = dt(2020, 1, 1, 10, tzinfo=Plus1())
print(p.isoformat(), p.tzname(), p.utcoffset(), p.astimezone(utc), utc.fromutc(dt(2020, 1, 1, tzinfo=utc)), p.strftime('%H %Z %z'))

now = dt.now()
print(type(now).__name__, type(date.today()).__name__, dt.now(utc).tzinfo, isinstance(now, date), isinstance(now, dt), isinstance(d, dt), dt.now() >= now, abs(dt.utcnow() - now) < timedelta(hours=15))
events = {date(2020, 1, 1): 'new year', date(2020, 12, 25): 'xmas'}
print(events[date(2020, 12, 25)], min(events), sum([timedelta(hours=1)] * 30, timedelta()))

def err(f, *args, **kw):
    try:
        print('ok', f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(date, 2020, 1, 1.5); err(date, 0, 1, 1); err(date, 2020, 13, 1); err(date, 2020, 2, 30); err(date, 10000, 1, 1); err(date, '2020', 1, 1)
err(timedelta, days=1e9); err(timedelta, 'a'); err(lambda: date(2020, 1, 1) + 1); err(lambda: date(2020, 1, 1) < 5); err(lambda: 5 - date(2020, 1, 1))
err(lambda: dt(2020, 1, 1) < date(2020, 1, 1)); err(lambda: dt(2020, 1, 1) - dt(2020, 1, 1, tzinfo=utc)); err(lambda: dt(2020, 1, 1) < dt(2020, 1, 1, tzinfo=utc))
err(time, 25); err(time, 1, 60); err(time, 1, 1, 60); err(time, 1, 1, 1, 10**6); err(dt, 2020, 1, 1, 0, 60); err(time, 1, 2, 3, 4, fold=2)
err(dt.strptime, '2020', '%Y-%m'); err(dt.strptime, '2020-01x', '%Y-%m'); err(dt.strptime, '2020-02-30', '%Y-%m-%d'); err(dt.strptime, 5, '%Y')
err(date.fromisoformat, '2020-1-1'); err(dt.fromisoformat, '2020-01-01T25:00'); err(dt.fromisoformat, 'garbage'); err(time.fromisoformat, '1:2')
err(lambda: timedelta(1) / 0); err(lambda: timedelta(1) // 0); err(lambda: dt(2020, 1, 1) + dt(2020, 1, 1)); err(lambda: timedelta(1) * 'a')
err(lambda: date(9999, 12, 31) + timedelta(1)); err(lambda: dt(1, 1, 1) - timedelta(1)); err(timezone, timedelta(hours=25)); err(timezone, 5)
err(date.fromisocalendar, 2020, 54, 1); err(date(2020, 1, 1).strftime, 5); err(lambda: time(1) < time(1, tzinfo=utc)); err(dt(2020, 1, 1).isoformat, timespec='x')
err(dt, 2020, 1, 1, tzinfo=5); err(date.fromordinal, 0); err(lambda: timedelta(1) < 1)
