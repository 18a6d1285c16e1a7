# pickling objects of standard-library types: what real programs store.
import pickle, collections, enum, fractions, decimal, datetime, dataclasses, copy, bz2, hashlib

Pt = collections.namedtuple('Pt', 'x y')
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2
@dataclasses.dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = dataclasses.field(default_factory=list)
@dataclasses.dataclass(frozen=True)
class Frozen:
    a: int

def check(label, obj):
    for proto in (0, 2, 4, 5):
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(label, proto, 'ERR', type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(label, proto, len(data), hashlib.md5(data).hexdigest()[:12], back == obj, type(back).__name__)

check('namedtuple', Pt(1, 2))
check('enum', Color.GREEN)
check('intenum', [Level.HIGH, Level.LOW])
check('ordereddict', collections.OrderedDict([('b', 1), ('a', 2)]))
check('deque', collections.deque([1, 2, 3]))
check('deque-max', collections.deque([1, 2, 3], maxlen=5))
check('defaultdict', collections.defaultdict(list, {'a': [1]}))
check('counter', collections.Counter('abracadabra'))
check('fraction', fractions.Fraction(3, 7))
check('decimal', decimal.Decimal('1.25'))
check('date', datetime.date(2024, 2, 29))
check('datetime', datetime.datetime(2024, 2, 29, 13, 45, 1, 500))
check('timedelta', datetime.timedelta(days=2, seconds=5))
check('dataclass', Item('bolt', 5, ['m4']))
check('frozen', Frozen(3))
check('complex', 2 - 3j)
check('range', range(2, 20, 3))
check('datetime-tz', datetime.datetime(2024, 1, 1, 5, tzinfo=datetime.timezone.utc))
check('time-fold', datetime.time(1, 2, fold=1))
check('time', datetime.time(23, 59, 59, 999999))

# round trip through bz2, as a cache file would
payload = {'items': [Item('n%d' % i, i) for i in range(50)], 'when': datetime.date(2020, 1, 1)}
blob = bz2.compress(pickle.dumps(payload, pickle.HIGHEST_PROTOCOL))
back = pickle.loads(bz2.decompress(blob))
print(back == payload, len(back['items']), back['items'][7])
print(copy.deepcopy(payload) == payload, copy.copy(Pt(3, 4)), copy.deepcopy(Color.RED) is Color.RED)

# subclasses of set/frozenset keep their type and attributes; partial objects
import functools
class TagSet(set):
    pass
ts = TagSet({1, 2}); ts.tag = 'x'
for proto in (0, 2, 4):
    data = pickle.dumps(ts, proto)
    back = pickle.loads(data)
    print(hashlib.md5(data).hexdigest()[:12], type(back).__name__, sorted(back), back.tag)
part = functools.partial(max, 1, key=abs)
part.attr = 5
data = pickle.dumps(part)
back = pickle.loads(data)
print(hashlib.md5(data).hexdigest()[:12], back(-7), back.attr, back.args, back.keywords)
