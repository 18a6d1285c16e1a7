# Nested loops in the jit tier: the inner loop's trace ends, a bridge runs
# the rest of the outer body and the outer loop's next step, makes the next
# inner iterator and enters the inner trace again (or a sibling inner loop's).
# The guards of those bridges fail here: types changing in the outer body,
# ranges of another kind, a break, exceptions at an outer iteration N, a
# rebound global, iterators of other types.


def grid(rows, cols):
    total = 0
    for i in range(rows):
        s = 0
        for j in range(cols):
            s += i * j
        total += s
        if i == rows // 2:
            total = total * 0.5
    return total


print("grid", grid(300, 40))


def siblings(steps, xs, ys):
    acc = 0.0
    for k in range(steps):
        for x in xs:
            acc += x * k
        for y in ys:
            acc -= y
    return acc


print("siblings", siblings(400, [1.5, 2.5, 3.5], [1, 2, 3, 4]))


def kinds(rows):
    out = 0
    for i in range(rows):
        seq = (1, 2, 3) if i % 7 == 3 else [i, i + 1, i + 2, i + 3]
        for v in seq:
            out += v
        for j in range(i % 5):
            out -= j
    return out


print("kinds", kinds(600))


def with_break(rows):
    hits = 0
    for i in range(rows):
        for j in range(50):
            if j * i > 900:
                break
            hits += 1
    return hits


print("break", with_break(500))


def while_outer(n):
    t = 0
    i = 0
    while i < n:
        for j in range(0, i % 9, 2):
            t += j
        i += 1
    return t


print("while", while_outer(2000))

LIMIT = 10


def uses_global(rows):
    global LIMIT
    t = 0
    for i in range(rows):
        for j in range(LIMIT):
            t += j
        if i == 200:
            LIMIT = 3
    return t


print("global", uses_global(500))


def raises(rows, bad):
    t = 0
    for i in range(rows):
        for j in range(10):
            t += j
        t += 100 // (bad - i)
    return t


try:
    raises(500, 300)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def range_of_float(rows):
    t = 0
    n = 5
    for i in range(rows):
        for j in range(n):
            t += j
        if i == 250:
            n = 5.0
    return t


try:
    range_of_float(400)
except TypeError as e:
    print("TypeError", e)


def pairs_outer(rows):
    t = 0
    for i, w in enumerate(rows):
        for j in range(w):
            t += i * j
    return t


print("pairs outer", pairs_outer([3, 5, 7, 9] * 100))


def big_inner(rows):
    t = 0
    for i in range(rows):
        for j in range(2**62, 2**62 + 3):
            t += j % 1000
        t += i
    return t


print("big", big_inner(300))


def triple(n):
    t = 0
    for a in range(n):
        for b in range(a):
            for c in range(b):
                t += a ^ b ^ c
    return t


print("triple", triple(40))


def uncaught(rows):
    t = 0
    for i in range(rows):
        for j in range(5):
            t += j
        t += [1, 2, 3][i // 100]
    return t


print(uncaught(400))
