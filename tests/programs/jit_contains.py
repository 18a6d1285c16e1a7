# Membership tests inside compiled loops (conformance runs the jit tier with
# --jit-threshold=2): ints and strs in lists, tuples, sets, dicts and strs, made to
# leave the trace when Python code must decide (an __eq__ of a stored key or an
# item), when the container changes, and when the key is unhashable.


def primes_below(n):
    found = []
    for k in range(2, n):
        if k % 2 == 0 and k != 2:
            continue
        composite = False
        for p in found:
            if k % p == 0:
                composite = True
                break
        if not composite:
            found.append(k)
    hits = 0
    for k in range(n):
        if k in found:
            hits += 1
        if k not in (2, 3, 5):
            hits += 0
    return hits


def growing_set(n):
    seen = set()
    repeats = 0
    for i in range(n):
        v = (i * 7) % 23
        if v in seen:
            repeats += 1
        seen.add(v)
    return repeats


def words_in(text, words):
    n = 0
    for w in words:
        if w in text:
            n += 1
        if w not in {"x": 1, "beta": 2}:
            n += 10
    return n


class Noisy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("Noisy.__eq__", self.v, other)
        return self.v == other

    def __hash__(self):
        return hash(self.v)


def python_decides(n):
    items = [1, 2, 3]
    keys = {10, 20}
    hits = 0
    for i in range(n):
        if i == 15:
            items.insert(0, Noisy(99))
        if i == 17:
            keys.add(Noisy(20))
        if (i % 4) in items:
            hits += 1
        if 20 in keys:
            hits += 1
    return hits


def unhashable(n):
    s = {1, 2}
    k = 0
    try:
        for i in range(n):
            key = i if i < 12 else [i]
            if key in s:
                k += 1
    except TypeError as e:
        return k, str(e)


print(primes_below(200))
print(growing_set(100))
print(words_in("alpha beta gamma", ["beta", "delta", "gam", "a b"] * 10))
print(python_decides(20))
print(unhashable(20))
