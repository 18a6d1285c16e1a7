# namedtuple instances passed to builtins and library functions that take tuples.
from collections import namedtuple, Counter, deque, OrderedDict, defaultdict
import heapq, bisect, operator, itertools, random, statistics, functools
P = namedtuple('P', 'x y')
p = P(3, 4)
def f(*a, **k): return a, k
print(f(*p), print(*p), max(*p), min(p), sum(p), any(p), all(p), list(map(str, p)), set(p) == {3, 4})
print(dict([P('a', 1), P('b', 2)]), list(zip(*[P(1, 2), P(3, 4)])), "{}-{}".format(*p), "{0[1]}".format(p))
print(operator.itemgetter(1)(p), operator.itemgetter(0, 1)(p), list(itertools.chain(p, p)), list(itertools.product(p, repeat=1)))
h = []
for q in [P(5, 1), P(2, 9), P(7, 0), P(2, 3)]:
    heapq.heappush(h, q)
print([heapq.heappop(h) for _ in range(4)], heapq.nsmallest(2, [P(5, 1), P(2, 9), P(1, 1)]))
lst = []
for q in [P(5, 1), P(2, 9), P(7, 0)]:
    bisect.insort(lst, q)
print(lst, bisect.bisect_left(lst, (5, 0)))
random.seed(1)
print(random.choice(p), random.sample(p, 2), statistics.mean(p), statistics.median(P(1, 5)))
print(Counter([P(1, 2), (1, 2), P(3, 4)]), deque(p), OrderedDict([p]), functools.reduce(operator.add, p))
print(isinstance(p, (list, tuple)), tuple.__len__(p), tuple.__getitem__(p, 1), p.__getitem__(0), p.__len__(), p.__contains__(3))
print(sorted([P(2, 'b'), P(1, 'z'), P(2, 'a')], key=operator.itemgetter(1)), sorted([P(2, 'b'), P(1, 'z'), P(2, 'a')]))
print(list(enumerate(p)), list(reversed(p)), p[::2], tuple(reversed(p)), divmod(*p), pow(*p), complex(*p))
print(str.join(',', P('a', 'b')), ' '.join(P('c', 'd')), 'abc'.startswith(P('a', 'z')), 'abc'.endswith(P('q', 'c')))
print(isinstance(3, P(int, str)), [1, 2] + list(p), [*p, *p], (*p,), {*p}, {p: 1, (3, 4): 2})
d = defaultdict(int)
d[p] += 1
d[(3, 4)] += 1
print(dict(d), p.__class__.__bases__[0].__name__, len({p, (3, 4), P(3, 4)}))
x, y = p
print(x * y, p.x * p.y, [a * b for a, b in [p, p]])
print(min([P(2, 1), P(1, 2)], key=lambda t: t[1]), sorted(P(9, 1)))
def g(a, b):
    return a - b
print(g(*p), g(**dict(zip("ab", p))))
