# pprint: pformat/pprint line breaking for nested containers, width/indent/depth/compact/sort_dicts, strings, bytes, collections.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {'name': 'quicken', 'tags': ['python', 'rust', 'interpreter', 'jit', 'tiers'], 'version': (0, 1, 0),
        'nested': {'alpha': list(range(30)), 'beta': {'x': 1.5, 'y': [None, True, False]}, 'gamma': set(range(5))},
        'empty': [[], {}, (), set()], 'long': 'lorem ipsum dolor sit amet ' * 5}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, indent=4, width=60, sort_dicts=False))
print(pprint.pformat(data, depth=1), pprint.pformat(data, depth=2, width=200))
print(pprint.pformat(list(range(50)), compact=True, width=40))
print(pprint.pformat([list(range(10)), 'abc' * 10, (1,), [[[['deep']]]]], width=20))
print(pprint.pformat(('single',), width=5), pprint.pformat((1, 2, 3), width=5), pprint.pformat([1, [2, [3, [4]]]], width=8))
print(pprint.pformat({'k%d' % i: 'v' * i for i in range(12)}, width=30))
print(pprint.pformat({3: 'c', 1: 'a', 2: 'b'}), pprint.pformat({3: 'c', 1: 'a', 2: 'b'}, sort_dicts=False), pprint.pformat({1: 'a', 'b': 2}))
print(pprint.pformat('This is a rather long string that will need to be split over several lines. ' * 3, width=50))
print(pprint.pformat(['line one\nline two\nline three that is quite long indeed'], width=25))
print(pprint.pformat(b'\x00\x01binary data that goes on and on and on' * 2, width=30), pprint.pformat(bytearray(b'abcdefghijklmnopqrstuvwxyz'), width=20))
print(pprint.pformat(frozenset(range(30)), width=40), pprint.pformat({5, 3, 1}), pprint.pformat(set('abcdefghijklmnop'), width=20))
od = OrderedDict((k, list(range(k))) for k in range(1, 7))
print(pprint.pformat(od, width=40))
dd = defaultdict(list, {'a': [1, 2, 3] * 5, 'b': ['x'] * 12})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(Counter('abracadabra' * 3), width=30), pprint.pformat(deque(range(25)), width=30), pprint.pformat(deque(range(25), maxlen=30), width=30))
print(pprint.pformat(10 ** 12, underscore_numbers=True), pprint.pformat([10 ** 8] * 3, underscore_numbers=True), pprint.saferepr({'b': 1, 'a': [2, 3]}))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a', (2.5,)]), pprint.isreadable(object), pprint.saferepr(r).startswith('[1, 2, <Recursion on list with id='))
pprint.pp({'z': 1, 'a': [1, 2, 3]}, width=10)
printer = pprint.PrettyPrinter(indent=2, width=30)
printer.pprint({'key': ['value'] * 6})
print(printer.pformat((1, 2)), printer.isreadable({}), printer.isrecursive([]))
for kw in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print('ValueError:', e)
