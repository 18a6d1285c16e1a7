# jit: heap values in traces. Loops over lists of lists and tuples, tuple
# and list unpacking, items read from nested lists, locals rebound to heap
# values, with guards made to fail (an item of another type or length at
# iteration N, None items, an index past the end) and reference counts
# checked after the loops (a leak or a double release changes them).
import sys

grid = [[float(r * 10 + c) for c in range(8)] for r in range(300)]


def row_sums(g):
    out = []
    total = 0.0
    for row in g:
        s = 0.0
        for j in range(8):
            s += row[j]
        total += s
    return total


print(row_sums(grid))


def pair_sum(pairs):
    t = 0
    for a, b in pairs:
        t += a * b
    return t


pairs = [(k, k + 1) for k in range(500)]
print(pair_sum(pairs))
# An item of another length at iteration N: the interpreter's ValueError.
try:
    pair_sum(pairs[:300] + [(1, 2, 3)] + pairs[300:])
except ValueError as e:
    print("ValueError", e)
# A list among the tuples, and floats among the ints.
print(pair_sum(pairs[:250] + [[3, 4]] + [(0.5, 2)] + pairs[250:]))


# Nested unpacking of tuples holding lists (the n-body style), with stores
# into the unpacked lists.
def advance(bodies, dt):
    for ([x, y], v, m) in bodies:
        v[0] = v[0] - x * dt * m
        v[1] = v[1] - y * dt * m


bodies = [([float(k), float(-k) * 0.5], [0.0, 0.0], 1.0 + k % 3) for k in range(200)]
for step in range(20):
    advance(bodies, 0.01)
print(round(sum(v[0] + v[1] for _, v, _ in bodies), 6))


# Locals rebound to heap values: a sliding pair of rows.
def diffs(g):
    prev = g[0]
    acc = 0.0
    for i in range(1, len(g)):
        cur = g[i]
        acc += cur[3] - prev[3]
        prev = cur
    return acc


print(diffs(grid))


# Swapping two heap locals inside the loop (the old value stays alive while
# the stack holds it).
def swaps(n):
    a = [1.0]
    b = [2.0]
    t = 0.0
    for k in range(n):
        a, b = b, a
        t += a[0]
    return t, a, b


print(swaps(1001))


# Strings and other objects flow through without being looked into.
words = ["alpha", "beta", "gamma", "delta"] * 100


def last_and_count(ws):
    n = 0
    last = None
    for w in ws:
        last = w
        n += 1
    return n, last


print(last_and_count(words))
print(last_and_count(words[:200] + [None] + words[200:]))


# An index past the end at iteration N: IndexError from the right line.
def walk(g, col):
    t = 0.0
    for row in g:
        t += row[col]
    return t


ragged = grid[:250] + [[1.0, 2.0]] + grid[250:]
try:
    walk(ragged, 5)
except IndexError as e:
    print("IndexError", e, sys.exc_info()[2].tb_next.tb_lineno)

# Reference counts are exact after all of that.
marker = [7.0] * 8
shared = [(marker, k) for k in range(400)]


def keep_last(items):
    kept = None
    for obj, k in items:
        kept = obj
    return kept


before = sys.getrefcount(marker)
r = keep_last(shared)
print(r is marker, sys.getrefcount(marker) - before)
del r
print(sys.getrefcount(marker) - before)
row_sums([marker] * 50 + [[1.0] * 8] * 10)
print(sys.getrefcount(marker) - before)
