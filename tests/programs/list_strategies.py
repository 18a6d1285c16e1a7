# Lists whose storage switches between compact immediates and general values.
import heapq
import bisect
import random

# ints list gets a float, a str, None
xs = [0] * 5
xs[1] = 7
print(xs, len(xs))
xs[2] = 2.5
print(xs)
xs[3] = "three"
print(xs)
xs[4] = None
print(xs, xs.count(None), None in xs)

# [0]*n then x[i] += 1.5
ys = [0] * 4
for i in range(4):
    ys[i] += 1.5 * i
print(ys, type(ys[0]).__name__, type(ys[1]).__name__)

# bool list gets an int, True/1 distinctions
bs = [True] * 3
print(bs, bs == [1, 1, 1], [1, 1, 1] == bs, bs == [True, True, True])
bs[0] = 1
print(bs, repr(bs[0]), repr(bs[1]), bs[0] is True, bs[1] is True)
flags = [False] * 6
flags[2] = flags[3] = True
print(flags, sum(flags), flags.index(True), flags.count(False), 1 in flags, 1.0 in flags, 2 in flags)
print([True] * 2 + [1], [1] * 2 + [True], [0] * 2 == [False, False], [0.0] * 2 == [0, 0])

# appends to an empty list: ints, then a str
a = []
for i in range(10):
    a.append(i * i)
print(a, a[-1], a[2:5], a[::-3], a[-3:], a[100:])
a.append("end")
print(a)
a.append(5)
print(a[-2:], len(a))

# comprehensions
sq = [i * 2 for i in range(6)]
fl = [i / 4 for i in range(6)]
mixed = [i if i % 2 else str(i) for i in range(6)]
print(sq, fl, mixed)
print(sum(sq), sum(fl), sum(fl, 10), sum([1.5] * 3), sum([True] * 4), sum([], 0.5))

# int list compared, sorted, sliced, reversed, extended
b = [5, 3, 9, 1, 7]
c = []
for v in b:
    c.append(v)
print(c == b, c < [5, 4], c > [5, 3, 9, 1], c != b, c <= b)
c.sort()
print(c, sorted(b, reverse=True), b)
c.sort(reverse=True)
print(c)
c.reverse()
print(c, c[1:4], c[::2], list(reversed(c)))
c.extend([10, 11])
c.extend((12,))
c.extend(range(13, 15))
print(c)
c += [15]
c += [16.0]
print(c)
d = [1, 2, 3] * 2
d *= 2
print(d, len(d))
e = [1.0, 2.0]
e *= 0
print(e)
e.append(3)
print(e)
c2 = [4, 2]
c2.extend(c2)
c2 += c2
print(c2, c2.copy(), c2[:] is c2, list(c2) == c2)

# sort of floats with -0.0, nan, mixed
fs = []
for v in [0.0, -0.0, 1.5, -2.5, 0.0, -0.0]:
    fs.append(v)
fs.sort()
print(fs)
fs.sort(reverse=True)
print(fs)
nan = float("nan")
gs = [3.0, 1.0]
gs.append(nan)
gs.append(2.0)
print(gs, nan in gs, gs.count(nan), gs == gs, gs == [3.0, 1.0, nan, 2.0], gs.index(2.0))
gs[2] = 0.25
gs.sort()
print(gs, max(gs))
zs = [-0.0] * 3
print(zs, 0.0 in zs, zs == [0.0, 0.0, 0.0], zs.index(0.0), repr(zs[1]))
print(sorted([3, 1, 2]), sorted([True, False, True]), sorted([2.5, 1, 0.5]))
ks = [3, 1, 2]
ks.sort(key=lambda v: -v)
print(ks)

# big ints stored into an int list must generalize
big = [1, 2, 3]
big[0] = 2 ** 63
big.append(-(2 ** 64))
print(big, big[0] - 1, sum(big))
m = [2 ** 62] * 3
m[1] = m[1] * 4
print(m, m[1] > m[0])
n = []
n.append(9223372036854775807)
n[0] += 1
print(n)

# nested lists
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
grid[1][2] = 0.5
print(grid, grid[1], [row[:] for row in grid] == grid)
nested = [[]] * 2
nested[0].append(1)
print(nested)
rows = []
rows.append([1, 2])
rows.append([3, 4])
print(rows, rows == [[1, 2], [3, 4]], [1, 2] in rows)

# mutation during iteration
it = [1, 2, 3]
for v in it:
    if v < 4:
        it.append(v + 3)
print(it)
it2 = [0] * 4
out = []
for i, v in enumerate(it2):
    out.append(v)
    if i == 1:
        it2[3] = "x"
print(out, it2)
rm = [1, 2, 3, 4, 5, 6]
for v in rm:
    if v % 2 == 0:
        rm.remove(v)
print(rm)

# pop / insert / remove / del / slice assignment
p = [10, 20, 30, 40, 50]
print(p.pop(), p.pop(0), p.pop(-2), p)
p.insert(0, 1)
p.insert(100, 2)
p.insert(-1, 3)
print(p)
p.insert(1, "s")
print(p, p.pop(1), p)
q = list(range(10))
q2 = []
for v in q:
    q2.append(v)
del q2[1]
del q2[::3]
print(q2)
del q2[-2:]
print(q2)
q2[1:3] = [7, 8, 9]
print(q2)
q2[::2] = [0.5] * len(q2[::2])
print(q2)
q3 = [1] * 6
q3[2:4] = []
print(q3)
q3[1:1] = ["a"]
print(q3)
q4 = [0] * 5
q4[::-2] = [1, 2, 3]
print(q4)
try:
    q4[::2] = [1]
except ValueError as ex:
    print("ValueError", ex)
try:
    q4[10] = 1
except IndexError as ex:
    print("IndexError", ex)
try:
    print(q4[-10])
except IndexError as ex:
    print("IndexError", ex)
try:
    [].pop()
except IndexError as ex:
    print("IndexError", ex)
try:
    [1.0].remove(2)
except ValueError as ex:
    print("ValueError", ex)
print(q4.index(3), [None] * 2, [None] * 2 == [None, None])
cl = [1, 2]
cl.clear()
cl.append("x")
cl.append(1)
print(cl)

# unpacking, tuples, strings, min/max
u1, u2, u3 = [1.5] * 3
print(u1, u2, u3, tuple([1, 2]), tuple([True]), *[4, 5])
print(min([3, 1, 2]), max([0.5, 2.5]), ",".join([str(v) for v in [1, 2]]), any([False] * 3), all([1] * 2))
print(list(zip([1, 2], [3.0, 4.0])), list(map(abs, [-1, -2])), list(enumerate([True, False])))

# heapq, bisect, random on compact lists
h = []
for v in [5, 1, 4, 2, 3]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
hh = [9, 8, 7, 6]
heapq.heapify(hh)
print(hh, heapq.heappushpop(hh, 1), heapq.heapreplace(hh, 10), hh)
srt = []
for v in [1, 3, 5]:
    srt.append(v)
bisect.insort(srt, 4)
bisect.insort(srt, 2.5)
print(srt, bisect.bisect_left(srt, 3))
random.seed(5)
sh = [0] * 3 + [1] * 3
random.shuffle(sh)
print(sh, random.choice([7] * 4))

# list subclass and identity
class L(list):
    pass

sub = L()
sub.append(1)
sub.append(2.0)
print(sub, len(sub), sub == [1, 2.0])
same = [1, 2]
print(same is same[:], same[:] == same, same * 0, 0 * same, [] == [], [0] * 0 == [])
print(repr([1.0, -0.0, 1e300 * 10, True, None]))
