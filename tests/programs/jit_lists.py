# List reads and writes inside compiled loops (conformance runs the jit tier with
# --jit-threshold=2), made to leave the trace: a float list that gets a None, an
# index past the end at iteration N (IndexError with its traceback), a negative
# index, an item of another type, and a list of bools written in place.


def dot(a, b):
    s = 0.0
    for k in range(len(a)):
        s += a[k] * b[k]
    return s


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    count = 0
    for n in range(limit + 1):
        if flags[n]:
            count += 1
    return count


def storage_flip(n):
    xs = [0.5] * n
    total = 0.0
    for i in range(n):
        if i == n // 2:
            xs[i + 1] = None
        v = xs[i]
        if v is None:
            total += 1000.0
        else:
            total += v
        xs[i] = i * 2
    return total, xs[:3], xs[-2:]


def negative_index(n):
    xs = list(range(10))
    s = 0
    i = 0
    while i < n:
        s += xs[-1 - (i % 10)]
        i += 1
    return s


def mixed_items(n):
    xs = [1, 2.5, True, 4] * (n // 4)
    s = 0
    for i in range(len(xs)):
        s = s + xs[i]
    return s


def past_the_end(n):
    xs = [1] * n
    s = 0
    for i in range(n + 5):
        s += xs[i]
    return s


print(dot([0.5 * i for i in range(1000)], [1.0 - 0.001 * i for i in range(1000)]))
print(sieve(10000))
print(storage_flip(200))
print(negative_index(1000))
print(mixed_items(1000))
print(past_the_end(300))
