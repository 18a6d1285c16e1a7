# Specialized comparisons decide by the outcome (less, equal, greater,
# unordered) and the operator's mask: every operator on ints, on floats with
# signed zeros, infinities and NaNs, and on int/float mixes, in hot loops
# (both as a value and fused with the conditional jump that follows).
import math

ints = [-(2 ** 62), -7, -1, 0, 1, 3, 2 ** 62]
floats = [-math.inf, -2.5, -0.0, 0.0, 1.0, 3.0, math.inf, math.nan]


def table(values):
    rows = []
    for x in values:
        for y in values:
            row = [x < y, x <= y, x == y, x != y, x > y, x >= y]
            n = 0
            if x < y:
                n += 1
            if x <= y:
                n += 2
            if x == y:
                n += 4
            if x != y:
                n += 8
            if x > y:
                n += 16
            if x >= y:
                n += 32
            rows.append((sum(row), n))
    return rows


def loop(values, rounds):
    total = 0
    for _ in range(rounds):
        for r in table(values):
            total += r[0] * 100 + r[1]
    return total


print(loop(ints, 40))
print(loop(floats, 40))
print(loop([1, 2.0, -0.0, 0, 3, math.nan, 2], 40))
print(table(floats)[-9:])
