# Operators on strs, big ints, lists and tuples inside compiled loops (conformance
# runs the jit tier with --jit-threshold=2): the helpers call the interpreter's own
# operations; guards fail when an operand or result changes type mid-loop, and a
# TypeError at iteration N has the interpreter's traceback.


def tokenize(src):
    ops = 0
    digits = 0
    for i in range(len(src)):
        c = src[i]
        if c == "+" or c == "-":
            ops += 1
        elif "0" <= c <= "9":
            digits += 1
        elif c != " ":
            ops += 100
    return ops, digits


def fib_big(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a, b % 1000003


def shrink(n):
    # A big int falls back into the machine range.
    x = 2 ** 80
    steps = 0
    for i in range(n):
        if x > 1000:
            x = x // 7
            steps += 1
    return x, steps


def words(n):
    out = ""
    for i in range(n):
        out = out + "ab"[i % 2] * (i % 3)
    return len(out), out[:12]


def seqs(n):
    t = ()
    xs = []
    for i in range(n):
        t = t + (i,)
        xs = xs + [i * 0.5]
    return len(t), t[-3:], xs[-2:]


def mixed_compare(values):
    smaller = 0
    for v in values:
        if v < "m":
            smaller += 1
    return smaller


print(tokenize("12 + 345 - 6 * 7 + 89 " * 10))
print(fib_big(120))
print(shrink(60))
print(words(50))
print(seqs(40))
print(mixed_compare(["apple", "zoo", "kiwi", "melon"] * 10))
try:
    mixed_compare(["apple"] * 20 + [3])
except TypeError as e:
    print("TypeError:", e)
mixed_compare(["pear"] * 12 + [None])
