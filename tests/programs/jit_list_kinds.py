# jit: list and tuple items read, written and unpacked by native code under
# guards on the list's storage form, its length and the items' types. Each
# guard fails mid-loop: a float list gets an int or a str stored into it, a
# list shrinks under an index (IndexError caught, then uncaught at the end),
# an unpacked list changes length, a list is rebound to a tuple. Reference
# counts stay exact: replaced heap items are freed when the interpreter
# would free them.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


# Floats in lists built from literals (lists of values) and compact ones.
def accumulate(vs, n, switch_at, switch_value):
    for k in range(n):
        vs[0] += 0.5
        vs[1] -= vs[0] * 0.25
        vs[2] = vs[0] + vs[1]
        if k == switch_at:
            vs[1] = switch_value
    return vs


print(accumulate([0.0, 1.0, 2.0], 3000, 1500, 7))
print(accumulate([0.0] * 3, 3000, 1500, 7))
print(accumulate([float(i) for i in range(3)], 3000, 2000, 3))
try:
    accumulate([0.0, 1.0, 2.0], 3000, 1200, "str")
except TypeError as e:
    print("TypeError", e)
try:
    accumulate([0.0] * 3, 3000, 1200, "str")
except TypeError as e:
    print("TypeError", e)


# The storage kind changes under the loop: an int, then a str into a compact float list.
def kinds(n):
    xs = [0.0] * 4
    total = 0.0
    for k in range(n):
        xs[k % 4] = k * 0.5
        total += xs[(k + 1) % 4]
        if k == 1000:
            xs[2] = 5
        if k == 2000:
            xs[3] = "s"
            xs[3] = 1.5
    return total, xs


print(kinds(3000))


# Immediates stored over heap items: the old item is released by the store.
def overwrite(n):
    xs = [Noisy("a"), Noisy("b"), 1.0, None, True]
    for k in range(n):
        xs[k % 5] = k * 1.0
        if k == 2500:
            xs[1] = Noisy("c")
        if k == 2600:
            xs[3] = None
            xs[4] = False
    print("overwritten")
    return xs


print(overwrite(3000))


# Heap items read from a list stay alive while the trace uses them.
def heap_reads(n):
    xs = [Noisy("h0"), Noisy("h1")]
    names = 0
    for k in range(n):
        item = xs[k % 2]
        if k == 1500:
            xs[k % 2] = 0.0
            xs[k % 2] = Noisy("h2")
        names += len(item.name)
    return names


print(heap_reads(3000))


# A list that shrinks: the index runs out of range at iteration N.
def shrinking(n, at):
    xs = [1.0, 2.0, 3.0, 4.0]
    total = 0.0
    for k in range(n):
        total += xs[3] + xs[-1]
        xs[3] = xs[3] + 1.0
        if k == at:
            xs.pop()
    return total


try:
    shrinking(3000, 1700)
except IndexError as e:
    print("IndexError", e)


def shrinking_store(n, at):
    ys = [0, 1, 2, 3]
    for k in range(n):
        ys[3] = k
        ys[-4] = k + 1
        if k == at:
            del ys[0]
    return ys


try:
    shrinking_store(3000, 900)
except IndexError as e:
    print("IndexError", e)


# Unpacking lists and tuples of known length; the length and the types change.
def unpack_rows(rows):
    sx = sy = 0.0
    count = 0
    for row in rows:
        x, y = row
        sx += x
        sy += y
        count += 1
    return sx, sy, count


rows = [[float(i), float(i * 2)] for i in range(3000)]
print(unpack_rows(rows))
rows[2000] = [1.0, 2.0, 3.0]
try:
    unpack_rows(rows)
except ValueError as e:
    print("ValueError", e)
rows[2000] = (1.5, 2.5)
print(unpack_rows(rows))
rows[2100] = [1, 2]
print(unpack_rows(rows))
rows[2200] = [1.0, "x"]
try:
    unpack_rows(rows)
except TypeError as e:
    print("TypeError", e)


# Nested unpacking of tuples holding lists (as n-body's pairs).
def pairs_step(pairs, n):
    for _ in range(n):
        for (([x1, y1], v1, m1), ([x2, y2], v2, m2)) in pairs:
            dx = x1 - x2
            dy = y1 - y2
            v1[0] -= dx * m2
            v1[1] -= dy * m2
            v2[0] += dx * m1
            v2[1] += dy * m1


bodies = [[[float(i), float(-i)], [0.0, 0.0], 1.0 + i] for i in range(4)]
pairs = [(bodies[i], bodies[j]) for i in range(4) for j in range(i + 1, 4)]
pairs_step(pairs, 400)
print(bodies)
bodies[2][0].append(0.0)
try:
    pairs_step(pairs, 10)
except ValueError as e:
    print("ValueError", e)
bodies[2][0].pop()
bodies[3][1] = (0.0, 0.0)
try:
    pairs_step(pairs, 10)
except TypeError as e:
    print("TypeError", e)
print(bodies)


# A variable holding a list is rebound to a tuple at iteration N.
def rebound(n):
    p = [1.0, 2.0]
    total = 0.0
    for k in range(n):
        a, b = p
        total += a * b + p[1]
        if k == 1500:
            p = (3.0, 4.0)
        if k == 2500:
            p = [5, 6]
    return total


print(rebound(3000))

# `for x in list`: items of another type, the list grown, shrunk and
# generalized while the loop walks it, tuples, None items.
def walk(xs, change_at):
    total = 0.0
    seen = 0
    for x in xs:
        if seen == change_at:
            xs.append(0.25)
            xs[seen + 1] = 2
            del xs[-3]
        total += x
        seen += 1
    return total, seen, len(xs)


print(walk([float(i) for i in range(3000)], 1000))
print(walk([0.5] * 3000, 2000))
print(walk([i for i in range(3000)], 1500))
print(walk([0.5, 1.0, 1.5] * 1000, 2999))
items = [float(i) for i in range(3000)]
items[1200] = "s"
try:
    walk(items, -1)
except TypeError as e:
    print("TypeError", e)


def count_nones(seq):
    n = 0
    for x in seq:
        if x is None:
            n += 1
    return n


print(count_nones([None, 1, None] * 1000), count_nones(tuple([None, 2.0] * 1000)), count_nones([None] * 2000))


def walk_rows(rows):
    total = 0
    for row in rows:
        total += len(row)
    return total


rows2 = [[i] for i in range(2000)] + [(1, 2)] * 500 + ["abc"] * 500
print(walk_rows(rows2), walk_rows(tuple(rows2)))


# Uncaught: the traceback names the line inside the loop.
shrinking(3000, 2200)
