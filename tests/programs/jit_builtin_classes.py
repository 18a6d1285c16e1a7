# Calls of builtin classes that run no Python code in hot loops (`int`,
# `float`, `str`, `bool` of numbers and strs, empty `set()`, `list()`,
# `dict()`), with guards that fail mid-loop: a str that does not parse, an
# infinite float, a result that becomes a big int, an argument of another type.


def conversions(n):
    t = 0
    s = 0.0
    texts = []
    for i in range(n):
        t += int(i * 0.75) + int(str(i)) + bool(i % 3)
        s += float(i) + float(str(i % 7))
        texts.append(str(i % 10))
    return t, s, "".join(texts[:12]), len(texts)


def parse_failures(n):
    good = 0
    bad = 0
    for i in range(n):
        text = "x%d" % i if i % 500 == 499 else str(i)
        try:
            good += int(text)
        except ValueError as e:
            bad += 1
            last = str(e)
    return good, bad, last


def big_results(n):
    t = 0
    x = 1.5
    for i in range(n):
        if i == n - 20:
            x = 1e30
        if i == n - 10:
            x = float("inf")
        try:
            t += int(x)
        except OverflowError as e:
            print("OverflowError:", e)
            x = 2.5
    return t


def argument_types(n):
    out = []
    for i in range(n):
        v = i if i < n // 2 else (i * 0.5 if i < 3 * n // 4 else [i])
        try:
            out.append(int(v))
        except TypeError as e:
            out.append(-1)
    return out[0], out[n // 2 + 1], out[-1], len(out)


def empties(n):
    total = 0
    for i in range(n):
        seen = set()
        items = list()
        table = dict()
        seen.add(i)
        items.append(i)
        table[i] = i
        total += len(seen) + len(items) + len(table)
    return total


print(conversions(3000))
print(parse_failures(3000))
print(big_results(3000))
print(argument_types(3000))
print(empties(3000))


def uncaught(n):
    t = 0
    for i in range(n):
        t += int("7" if i != n - 4 else "seven")
    return t


print(uncaught(3000))
