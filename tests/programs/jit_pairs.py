# Loops that unpack pairs straight into two locals (enumerate, zip, dict
# items) in traces: the pair's values change type mid-loop, hold heap
# values, come from an iterator whose step runs Python code, and the dict
# changes size during the loop.
def sums(xs, d):
    t = 0
    for i, x in enumerate(xs):
        t += i * x
    s = 0.0
    for k, v in d.items():
        s += k * v
    z = 0
    for a, b in zip(xs, xs[1:]):
        z += a - b
    return t, s, z


xs = list(range(3000))
d = {i: i * 0.5 for i in range(3000)}
total = 0
for r in range(30):
    total += sums(xs, d)[0]
print("sums", total, sums(xs, d))


def describe(pairs):
    out = []
    for name, val in pairs:
        if isinstance(name, int):
            out.append(name * 2)
        else:
            out.append(str(name) + "!")
        if val is None:
            out.append(0)
    return len(out), out[-3:]


mixed = [(i, i) for i in range(2000)] + [("s%d" % i, None) for i in range(2000)] + [(i * 1.5, [i]) for i in range(2000)]
print("mixed items", describe(dict(mixed).items()))
print("mixed zip", describe(zip([p[0] for p in mixed], [p[1] for p in mixed])))
print("enumerate", describe(enumerate(range(3000))))


def gen(n):
    for i in range(n):
        yield i * i


def over_generator(n):
    t = 0
    for i, sq in enumerate(gen(n)):
        t += sq - i
    return t


print("generator", over_generator(3000))


def big_counts(n):
    acc = 0
    for i, x in enumerate(range(n), 2**62):
        acc += x
        if i > 2**62 + n - 3:
            acc += i % 1000
    return acc


print("big start", big_counts(3000))


def growing(d):
    n = 0
    for k, v in d.items():
        n += v
        if n > 5000:
            d[-k - 1] = 0
    return n


try:
    growing({i: i for i in range(3000)})
except RuntimeError as e:
    print("RuntimeError", e)


def raises_at(pairs, bad):
    t = 0
    for i, v in pairs:
        t += 100 // (v - bad)
    return t


try:
    raises_at(enumerate(range(4000)), 2500)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def rebind_inside(n):
    last = None
    for i, x in enumerate([[j] for j in range(n)]):
        x = x + [i]
        last = x
    return last


print("rebind", rebind_inside(3000))
print(raises_at(zip(range(4000), range(4000)), 3999))
