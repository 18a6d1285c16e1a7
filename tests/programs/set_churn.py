# Sets under add/remove/discard churn: deleted slots are reused and purged
# the way CPython does it, so printed sets (iteration order) must match.


def show(tag, s):
    print(tag, len(s), s, list(s) == sorted(s, key=lambda x: list(s).index(x)))


# small ints, positive and negative (hash(-1) == -2), around a small table
s = set()
for rnd in range(6):
    for i in range(-12, 13, 1 + rnd % 3):
        s.add(i * (rnd + 1))
    show("grow", s)
    for i in range(-12, 13, 2 + rnd % 2):
        s.discard(i * (rnd + 1))
    show("shrink", s)

# the n-queens pattern: add, test, remove the same few keys many times
cols, d1, d2 = set(), set(), set()
placed = []
for row in range(40):
    for c in range(8):
        if c in cols or (row + c) in d1 or (row - c) in d2:
            continue
        cols.add(c)
        d1.add(row + c)
        d2.add(row - c)
        placed.append(c)
        if len(cols) > 4:
            k = placed.pop(0)
            cols.remove(k)
        break
    if row % 5 == 0:
        print(row, cols, d1, d2)
    if len(d1) > 6:
        for x in sorted(d1)[:3]:
            d1.remove(x)
    if len(d2) > 6:
        for x in sorted(d2)[-3:]:
            d2.discard(x)
print(cols, d1, d2)

# re-adding a removed key lands where CPython puts it (last dummy on the path)
t = set(range(8))
for k in (3, 11, 19, 27):
    t.add(k)
print(t)
for k in (3, 11, 19):
    t.remove(k)
print(t)
t.add(19)
print(t)
t.add(35)
print(t)
t.add(3)
print(t)
for k in list(t):
    if k % 2:
        t.discard(k)
print(t)
for k in range(100, 140):
    t.add(k)
    t.discard(k - 3)
print(t, len(t))

# mixed keys that compare equal across types
m = {1, 2.0, True, 3}
m.add(1.0)
m.discard(2)
m.add(False)
m.remove(3)
print(m, 2.0 in m, 0 in m, 1 in m, 0.0 in m)

# large ints (hash modulus), negative numbers and floats
big = set()
for k in (2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61 - 1), -(2**61), -1, -2, 2**63 - 1, -(2**63)):
    big.add(k)
print(sorted(big), len(big))
print(hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**63 - 1), hash(-(2**63)), hash(-1), hash(-2))
big.discard(2**61 - 1)
big.discard(0)
print(0 in big, -1 in big, 2**61 in big, len(big))

# strings churn (only membership and sizes: str order depends on the hash seed)
w = set()
for i in range(200):
    w.add("k%d" % (i % 37))
    if i % 3 == 0:
        w.discard("k%d" % ((i * 7) % 37))
print(len(w), sorted(w)[:5], "k1" in w, "k36" in w)

# pop and clear after churn
p = set(range(20))
for k in range(0, 20, 3):
    p.remove(k)
out = []
while p:
    out.append(p.pop())
print(out)
p.add(5)
p.clear()
p.add(7)
print(p)
try:
    p.remove(8)
except KeyError as e:
    print("KeyError", e)
