# Operator sites specialized on big ints (BINARY_OP_BIG_INT,
# COMPARE_OP_BIG_INT) whose operands later change: small ints, floats,
# bools, strs, zero divisors, negative shifts. Every tier must agree.
big = 7 ** 40
acc = 1
hits = 0
for i in range(400):
    a = big + i if i < 250 else (i if i < 300 else (i * 0.5 if i < 350 else True))
    b = big - 3 * i if i % 5 else i + 1
    acc = (acc * 31 + a * b) % (big * 3 + 11)     # big, then small, float, bool
    if a * b > big:                               # compare: big, small, float
        hits += 1
    if a != b:
        hits += 2
    d = (big * big) // b - (big << (i % 70)) + (a & big if not isinstance(a, float) else 0)
    acc = int(acc) ^ (int(d) & 0xFFFF)
print(acc, hits)

# Floor division and modulo signs on big operands, then a zero divisor
# raising from the specialized form.
vals = [10 ** 25, -(10 ** 25), 10 ** 25 + 7, -3, 4, 0]
out = []
for x in vals:
    for y in vals:
        try:
            out.append(((10 ** 30 + x) // y, (10 ** 30 + x) % y, x * y - 1, x >> 3, -x << 2))
        except ZeroDivisionError as e:
            out.append(("zero", str(e)))
print(len(out), out[:3], out[5], out[-1])

# A negative shift count, a str operand and a float at sites warmed up on
# big ints.
def shift(n, k):
    return n >> k


def add(n, m):
    return n + m


def less(n, m):
    return n < m


def both(x, y):
    return x & y


def each(f, first, seconds):
    # `f(first, second)` at a site warmed up on big ints, for each second.
    for second in seconds:
        try:
            print(f(first, second))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)


n = 10 ** 20
shifted = [shift(n * 10 ** 5, k) for k in range(60)]
print(sum(shifted) % 1000003)
each(shift, n, [3, 0, -1])
total = 0
for m in range(60):
    total += add(n, 10 ** 20 + m) % 97
print(total)
each(add, n, [10 ** 20, 5, 2.5, "x"])
print(sum(less(n, 10 ** 20 + m - 30) for m in range(60)))
each(less, n, [10 ** 21, 2, 1.5, "y"])
# `&` of two bools is a bool, also at a site that saw only big ints.
print(sum(both(n + m, n - m) for m in range(60)) % 1000003)
each(both, True, [True, False, 3, n])

# In-place operators on a growing big int, shrinking back to small.
x = 1
for i in range(200):
    x *= 3
for i in range(200):
    x //= 3
print(x, x + 1, x == 1)
