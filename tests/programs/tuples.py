# Tuples: packing, unpacking, immutability, as dict keys, comparisons.

t = (1, 2, 3)
single = (42,)
empty = ()
print(t, single, empty, len(t), len(single), len(empty), type(single).__name__, (1), (1,) * 3)
a, b, c = t
print(a, b, c)
first, *rest = [10, 20, 30, 40]
*init, last = "abcd"
head, *mid, tail = range(6)
print(first, rest, init, last, head, mid, tail)
x, (y, z), w = 1, (2, 3), 4
print(x, y, z, w)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q, p * q)
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
print(t + (4, 5), t * 2, t[::-1], t.index(2), t.count(3), 2 in t, max(t), sum(t), sorted(t, reverse=True))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, "a") == (1, "a"), () < (0,))
print(tuple([1, 2]), tuple("xy"), tuple(range(3)), tuple(i * i for i in range(4)), tuple({"k": 1}))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2).index(9)
except ValueError as e:
    print("ValueError:", e)
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (1, 1) in grid, (5, 5) in grid, len(grid))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)


def min_max_mean(values):
    return min(values), max(values), sum(values) / len(values)


lo, hi, mean = min_max_mean([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
result = min_max_mean([1.5, 2.5])
print(result, result[2], type(result).__name__)
points = [(3, 4), (1, 1), (0, 5), (-2, 2)]
points.sort(key=lambda pt: pt[0] ** 2 + pt[1] ** 2)
print(points)
pairs = list(zip("abc", [1, 2, 3]))
letters, numbers = zip(*pairs)
print(pairs, letters, numbers)
print(repr((1, "a", None, 2.0, (3,))), str(((),)))
