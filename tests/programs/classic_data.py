# Dict/set heavy word statistics, sorting algorithms with key functions, matrix ops.
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way - in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.
"""


def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,;:-!?\"'").lower()
        if w:
            out.append(w)
    return out


ws = words(TEXT)
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1
print(len(ws), len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(top[:10])
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, sorted(by_len[k])[:6], len(by_len[k]))
first_letters = {w[0] for w in ws}
print(sorted(first_letters), len(first_letters))
vowels = set("aeiou")
print(sorted(w for w in counts if set(w) >= {"e", "i"}), sorted(vowels - set("".join(ws)) ))
pairs = {}
for a, b in zip(ws, ws[1:]):
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
print(sorted(((v, k) for k, v in pairs.items() if v > 1), reverse=True)[:6])
inv = {}
for i, w in enumerate(ws):
    inv.setdefault(w, []).append(i)
print(inv["was"][:5], inv["age"], inv.get("zebra", "none"))
d = dict.fromkeys("abc", 0)
d.update(a=5, z=1)
d |= {"q": 9}
print(d, d.pop("b"), d.popitem(), list(d.keys()), list(d.values()), d.get("x"), "a" in d, len(d))
del d["a"]
d["a"] = 7
print(list(d.items()), {**d, "c": -1}, dict(sorted(d.items(), key=lambda kv: kv[1])))
ks = counts.keys() & {"times", "wisdom", "zzz"}
print(sorted(ks), sorted(counts.keys() - set(ws[3:])), type(counts.keys()).__name__, type(counts.items()).__name__)
s1, s2 = set(range(10)), set(range(5, 15))
print(s1 & s2, s1 | s2 == set(range(15)), sorted(s1 ^ s2), s1 - s2, s1 <= s2, {5, 6} < s1, s1.isdisjoint({20}), frozenset([3, 1]) == {1, 3})
fs = frozenset(["x"])
print({fs: 1}[frozenset(["x"])], len({frozenset([1, 2]), frozenset([2, 1])}), sorted({(1, 2), (1, 2), (2, 1)}))
s = set()
s.add(3); s.update([1, 2], (9,)); s.discard(7); s.remove(1)
print(sorted(s), s.pop() in {2, 3, 9}, len(s), sorted(s.union([0])), sorted(s.intersection(range(5))), sorted(s.difference({2})), s.issubset(range(10)))


# Sorting algorithms
def bubble(a):
    a = list(a)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a


def insertion(a, key=lambda x: x):
    a = list(a)
    for i in range(1, len(a)):
        cur = a[i]
        j = i - 1
        while j >= 0 and key(a[j]) > key(cur):
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = cur
    return a


def merge_sort(a, key=None):
    if key is None:
        key = lambda x: x
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quick(a):
    if len(a) < 2:
        return a
    pivot, *rest = a
    return quick([x for x in rest if x < pivot]) + [pivot] + quick([x for x in rest if x >= pivot])


def heap_sort(a):
    a = list(a)
    n = len(a)

    def sift(start, end):
        root = start
        while 2 * root + 1 < end:
            child = 2 * root + 1
            if child + 1 < end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(n // 2 - 1, -1, -1):
        sift(start, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a


def lcg(seed, n):
    out = []
    for _ in range(n):
        seed = (seed * 1664525 + 1013904223) % 4294967296
        out.append(seed % 1000 - 500)
    return out


data = lcg(12345, 300)
ref = sorted(data)
for name, fn in [("bubble", bubble), ("insertion", insertion), ("merge", merge_sort), ("quick", quick), ("heap", heap_sort)]:
    r = fn(data)
    print(name, r == ref, r[:5], r[-3:])
recs = [(w, len(w), counts[w]) for w in sorted(counts)][:25]
print(insertion(recs, key=lambda r: r[1])[:6])
print(merge_sort(recs, key=lambda r: (-r[2], r[1]))[:6])
print(sorted(recs, key=lambda r: r[1] * 100 - r[2], reverse=True)[:5])
people = [("alice", 30, 5.5), ("bob", 25, 6.1), ("carol", 30, 5.2), ("dave", 25, 5.9), ("eve", 35, 5.5)]
people.sort(key=lambda p: p[2])
people.sort(key=lambda p: p[1], reverse=True)
print(people)
print(sorted(people, key=lambda p: (p[1], -p[2])), max(people, key=lambda p: p[2]), min(people, key=lambda p: (p[2], p[0])))
print(sorted(["10", "9", "100", "1a"], key=len), sorted([[2, 1], [1, 2, 3], [1, 2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([3.5, -1, 2, True, 0.0]), sorted(["B", "a", "C"], key=str.lower), sorted(["B", "a", "C"]))


# Matrix operations
def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def transpose(m):
    return [list(r) for r in zip(*m)]


def det(m):
    n = len(m)
    m = [row[:] for row in m]
    d = 1.0
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        if abs(m[p][c]) < 1e-12:
            return 0.0
        if p != c:
            m[c], m[p] = m[p], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return d


def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result


A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
print(matmul(A, B))
print(transpose(B), det(A), det(B), round(det([[1, 2], [2, 4]]), 6))
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
M = [[(i * j) % 7 - 3 for j in range(6)] for i in range(6)]
print(M[3], matmul(M, identity(6)) == M, sum(map(sum, M)), [row[::-1] for row in M[:2]], [M[i][i] for i in range(6)])
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
alias = [[0] * 4] * 3
alias[1][2] = 5
print(grid, alias)
flat = [x for row in M for x in row if x > 0]
print(len(flat), flat[:10], sum(flat) / len(flat))
