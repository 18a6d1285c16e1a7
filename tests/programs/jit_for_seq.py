# Loops over lists and tuples of numbers in the jit tier, with items of
# another type at iteration N, sequences that end early or are empty, and
# break/else: the trace takes only items of the type it was recorded with.


def total(xs):
    s = 0.0
    for x in xs:
        s += x * 0.5
    return s


def count_big(xs, limit):
    n = 0
    for x in xs:
        if x > limit:
            n += 1
    return n


def first_negative(xs):
    for i in xs:
        if i < 0:
            print("found", i)
            break
    else:
        print("none negative")


floats = [i * 0.25 for i in range(40)]
ints = list(range(40))
print(total(floats), total(ints), total(tuple(floats)))
print(count_big(ints, 17), count_big(floats, 3.3), count_big((True, False, True) * 9, 0))

# An int among the floats, then a str: the trace leaves, the interpreter goes on.
mixed = floats[:]
mixed[25] = 7
print(total(mixed))
mixed[30] = "x"
try:
    print(total(mixed))
except TypeError as e:
    print("TypeError:", e)

# None in a list of ints at iteration 33, compared with an int.
with_none = ints[:]
with_none[33] = None
try:
    print(count_big(with_none, 5))
except TypeError as e:
    print("TypeError:", e)

# Big ints past the machine-int range midway.
bigs = ints[:]
bigs[20] = 2 ** 70
print(count_big(bigs, 10), total(bigs))

# Empty and short sequences, and the same loop warmed on one type then fed another.
print(total([]), total([1.5]), total(()))
for k in range(4):
    xs = [float(j) for j in range(30)] if k % 2 == 0 else list(range(30))
    print(k, total(xs), count_big(xs, 12))

first_negative(list(range(10, -5, -1)))
first_negative(list(range(50)))
first_negative(tuple(range(30)) + (-7,))

# Nested loops over lists: the inner one is traced, the outer one is not.
grid = [[r * 10 + c for c in range(12)] for r in range(12)]
acc = 0
for row in grid:
    for v in row:
        acc += v % 7
print(acc)
