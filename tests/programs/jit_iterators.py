# jit: for loops over iterators that step natively (enumerate, zip, dict
# views, sets, strings, reversed) in traces. Guards fail on items of
# another type at iteration N, dicts change size mid-loop, zips end on
# their shorter input (the longer one's position observable afterwards),
# and reference counts stay exact.
import sys

xs = [k * 0.5 for k in range(600)]
ys = [float(600 - k) for k in range(600)]


def weighted(values):
    t = 0.0
    for i, v in enumerate(values):
        t += i * v
    return t


print(weighted(xs))
print(weighted(xs[:300] + [7] + xs[300:]))
print(weighted(xs[:300] + ["x"] * 0 + [None] * 0 + xs[300:]))


def dot(a, b):
    t = 0.0
    for p, q in zip(a, b):
        t += p * q
    return t


print(dot(xs, ys), dot(xs, ys[:250]))

# zip stops at the shorter input; the longer iterator's position shows it.
it = iter(list(range(1000)))
count = 0
for a, b in zip(it, range(400)):
    count += a - b
print(count, next(it))

d = {k: k * k for k in range(500)}


def dict_sums(d):
    ks = 0
    vs = 0
    for k, v in d.items():
        ks += k
        vs += v
    for k in d:
        ks += k
    for v in d.values():
        vs -= v
    return ks, vs


print(dict_sums(d))

# A dict that changes size while a compiled loop walks it.
def grow_while_walking(d):
    n = 0
    for k in d:
        n += 1
        if n == 300:
            d[-1] = 0
    return n


try:
    grow_while_walking(dict(d))
except RuntimeError as e:
    print("RuntimeError", e)

s = set(range(0, 3000, 3))
t = 0
for v in s:
    t += v
print(t)


def vowels(text):
    n = 0
    for ch in text:
        if ch == "a":
            n += 1
    return n


print(vowels("banana" * 300))


def backwards(values):
    t = 0.0
    k = 1
    for v in reversed(values):
        t += v * k
        k += 1
    return t


print(backwards(xs))

# Enumerate of a dict's items: nested tuples, unpacked.
tot = 0
for i, (k, v) in enumerate(d.items()):
    tot += i * k - v
print(tot)

# Reference counts after iterating tuples of a shared object.
shared = [1.0, 2.0]
pairs = [(shared, k) for k in range(500)]
before = sys.getrefcount(shared)
last = None
for i, (obj, k) in enumerate(pairs):
    last = obj
print(sys.getrefcount(shared) - before)
del last
print(sys.getrefcount(shared) - before)
