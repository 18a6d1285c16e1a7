"""datetime: operator coverage and error messages of timedelta, date, time, datetime and timezone."""
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

td = timedelta(hours=5, microseconds=7)
for other in (timedelta(hours=2), 3, 2.5, -1, 0, 0.0, "x", None, [1]):
    for name, fn in (("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
                     ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
                     ("divmod", divmod), ("r*", lambda a, b: b * a), ("r-", lambda a, b: b - a),
                     ("<", lambda a, b: a < b), ("==", lambda a, b: a == b), (">=", lambda a, b: a >= b)):
        attempt(f"td {name} {other!r}", lambda: fn(td, other))
attempt("td overflow", lambda: timedelta.max + timedelta(1))
attempt("td days overflow", lambda: timedelta(days=10**9))
attempt("td bad type", lambda: timedelta(days="1"))
attempt("td rounding", lambda: [timedelta(microseconds=x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)])
attempt("td float parts", lambda: timedelta(days=1.5, hours=-0.25, seconds=0.0000015))
attempt("td negative str", lambda: [str(timedelta(microseconds=-1)), str(timedelta(days=-2, seconds=5))])
attempt("td reduce", lambda: timedelta(1, 2, 3).__reduce__())
attempt("td hash", lambda: hash(timedelta(1)) == hash(timedelta(hours=24)))
attempt("td abs neg", lambda: (abs(timedelta(-1, 5)), -timedelta(0, 1), +timedelta(2)))
attempt("td mul big float", lambda: timedelta(seconds=1) * 1e-7)
attempt("td / float", lambda: timedelta(seconds=10) / 3.0)
attempt("td // td 0", lambda: timedelta(1) // timedelta(0))
attempt("td / td 0", lambda: timedelta(1) / timedelta(0))

d = date(2020, 2, 29)
for args in ((0, 1, 1), (10000, 1, 1), (2021, 2, 29), (2020, 13, 1), (2020, 0, 1), (2020, 4, 31), (2020.0, 1, 1), ("2020", 1, 1)):
    attempt(f"date{args}", lambda: date(*args))
attempt("date fromordinal 0", lambda: date.fromordinal(0))
attempt("date fromordinal max", lambda: date.fromordinal(date.max.toordinal()))
attempt("date fromisoformat bad", lambda: date.fromisoformat("2020-1-1"))
attempt("date fromisoformat int", lambda: date.fromisoformat(20200101))
attempt("fromisocalendar week", lambda: date.fromisocalendar(2021, 53, 1))
attempt("fromisocalendar day", lambda: date.fromisocalendar(2021, 1, 8))
attempt("fromisocalendar year", lambda: date.fromisocalendar(0, 1, 1))
attempt("isocalendar edges", lambda: [tuple(date(y, m, dd).isocalendar()) for y, m, dd in
                                      ((2004, 12, 31), (2005, 1, 1), (2008, 12, 29), (2010, 1, 3), (1, 1, 1), (9999, 12, 31))])
attempt("ordinal roundtrip", lambda: all(date.fromordinal(o).toordinal() == o for o in range(1, 800000, 997)))
attempt("leap days", lambda: [date(y, 3, 1) - date(y, 2, 28) for y in (1900, 2000, 2004, 2100)])
attempt("date + td overflow", lambda: date.max + timedelta(1))
attempt("date - date", lambda: date(2000, 1, 1) - date(1999, 1, 1))
attempt("date + int", lambda: d + 1)
attempt("date < int", lambda: d < 1)
attempt("date == datetime", lambda: d == datetime(2020, 2, 29))
attempt("date < datetime", lambda: d < datetime(2020, 2, 29))
attempt("date replace bad", lambda: d.replace(year=2021))
attempt("date ctime", lambda: [date(2020, m, 1).ctime() for m in (1, 6, 12)])
attempt("date strftime bad", lambda: d.strftime(5))
attempt("date format empty", lambda: format(d, ""))

for args in ((24,), (0, 60), (0, 0, 60), (0, 0, 0, 10**6), (0, 0, 0, 0, None, 2), (1.5,)):
    attempt(f"time{args}", lambda: time(*args[:5], fold=args[5]) if len(args) > 5 else time(*args))
attempt("time isoformat specs", lambda: [time(1, 2, 3, 4567).isoformat(s) for s in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds")])
attempt("time isoformat bad", lambda: time(1).isoformat("nanoseconds"))
attempt("time < int", lambda: time(1) < 1)
attempt("time == int", lambda: time(1) == 1)
attempt("time fromisoformat bad", lambda: time.fromisoformat("25:00"))
attempt("time tz", lambda: (time(1, tzinfo=timezone.utc).isoformat(), time(1, tzinfo=timezone(timedelta(hours=-3))).utcoffset()))
attempt("time naive vs aware", lambda: time(1) < time(1, tzinfo=timezone.utc))
attempt("time replace fold", lambda: time(1).replace(fold=1).fold)

for args in ((2020, 1, 1, 24), (2020, 1, 1, 0, 0, 0, 0, 5), (2020, 2, 30)):
    attempt(f"datetime{args}", lambda: datetime(*args))
dt = datetime(2021, 3, 14, 1, 59, 26, 535897)
attempt("dt isoformat", lambda: [dt.isoformat(), dt.isoformat(" "), dt.isoformat(timespec="minutes"), str(dt)])
attempt("dt repr", lambda: [repr(dt), repr(datetime(2021, 1, 1)), repr(datetime(2021, 1, 1, 0, 0, 5))])
attempt("dt arithmetic", lambda: [dt + timedelta(days=400, microseconds=1000000), dt - timedelta(hours=2), dt - datetime(2000, 1, 1)])
attempt("dt - date", lambda: dt - date(2000, 1, 1))
attempt("dt naive - aware", lambda: dt - datetime(2000, 1, 1, tzinfo=timezone.utc))
attempt("dt naive == aware", lambda: dt == datetime(2000, 1, 1, tzinfo=timezone.utc))
attempt("dt naive < aware", lambda: dt < datetime(2000, 1, 1, tzinfo=timezone.utc))
aware = datetime(2021, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=2), "CEST"))
attempt("aware", lambda: [aware, aware.utcoffset(), aware.tzname(), aware.dst(), aware.timetz(), aware.isoformat()])
attempt("astimezone", lambda: [aware.astimezone(timezone.utc), aware.astimezone(timezone(timedelta(hours=-5, minutes=-30)))])
attempt("aware compare", lambda: (aware == datetime(2021, 6, 1, 10, tzinfo=timezone.utc), aware < datetime(2021, 6, 1, 11, tzinfo=timezone.utc)))
attempt("aware diff", lambda: aware - datetime(2021, 6, 1, tzinfo=timezone.utc))
attempt("timestamp", lambda: (datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(86400 * 365, timezone.utc)))
attempt("utctimetuple", lambda: tuple(aware.utctimetuple())[:8])
attempt("combine", lambda: (datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=timezone.utc)), datetime.combine(date(2020, 1, 2), time(3), tzinfo=None)))
attempt("combine bad", lambda: datetime.combine(1, time(3)))
attempt("fromisoformat", lambda: [datetime.fromisoformat(s) for s in ("2020-01-02", "2020-01-02T03:04", "2020-01-02 03:04:05.123+05:30", "2020-01-02T03:04:05Z")])
attempt("fromisoformat bad", lambda: datetime.fromisoformat("2020-01-02X"))
attempt("strptime", lambda: datetime.strptime("2021-07-04 15:16:17", "%Y-%m-%d %H:%M:%S"))
attempt("strptime bad", lambda: datetime.strptime("2021-07-04", "%Y/%m/%d"))
attempt("date()/time()", lambda: (dt.date(), dt.time(), dt.replace(tzinfo=timezone.utc).timetz()))

for off in (timedelta(0), timedelta(hours=5, minutes=30), timedelta(hours=-8), timedelta(minutes=-1), timedelta(seconds=1), timedelta(hours=-23, minutes=-59, seconds=-59, microseconds=-999999)):
    tz = timezone(off)
    attempt(f"tz {off}", lambda: (repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None)))
attempt("tz named", lambda: (repr(timezone(timedelta(hours=1), "X")), str(timezone(timedelta(hours=1), "X"))))
attempt("tz too big", lambda: timezone(timedelta(hours=24)))
attempt("tz bad type", lambda: timezone(5))
attempt("tz bad name", lambda: timezone(timedelta(0), 5))
attempt("tz eq", lambda: (timezone(timedelta(0)) == timezone.utc, timezone(timedelta(0), "a") == timezone(timedelta(0), "b"), timezone.utc == 1))
attempt("tz hash", lambda: hash(timezone(timedelta(hours=1), "a")) == hash(timezone(timedelta(hours=1))))
attempt("tz min max", lambda: (timezone.min, timezone.max, timezone.utc))
attempt("tz utcoffset bad", lambda: timezone.utc.utcoffset(5))
attempt("tz fromutc", lambda: timezone(timedelta(hours=3)).fromutc(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=3)))))

class Fixed(tzinfo):
    def __init__(self, minutes): self.m = minutes
    def utcoffset(self, dt): return timedelta(minutes=self.m)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "F%+d" % self.m
class BadTz(tzinfo):
    def utcoffset(self, dt): return 5
f = datetime(2020, 5, 5, 5, 5, tzinfo=Fixed(-90))
attempt("custom tz", lambda: (f.isoformat(), f.tzname(), f.utcoffset(), f.astimezone(timezone.utc), f - datetime(2020, 5, 5, tzinfo=Fixed(0))))
attempt("bad tz", lambda: datetime(2020, 1, 1, tzinfo=BadTz()).utcoffset())
attempt("tzinfo base", lambda: tzinfo().utcoffset(None))
attempt("tz not tzinfo", lambda: datetime(2020, 1, 1, tzinfo=5))
attempt("limits", lambda: (MINYEAR, MAXYEAR, datetime.min, datetime.max, time.min, time.max, date.max - date.min))
