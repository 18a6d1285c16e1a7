# Float floor division, modulo and powers at specialized sites (BINARY_OP_FLOAT):
# signs, signed zeros, infinities, NaN, int/float mixes, and a zero divisor at
# iteration N, which must raise exactly as the generic path does.
import math

def sign(v):
    # NaN's sign bit is not part of Python's semantics.
    return math.copysign(1.0, v) if v == v else 'nan'

def floor_mod_table(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            try:
                q = x // y
                r = x % y
                out.append((q, r, sign(q), sign(r)))
            except ZeroDivisionError as e:
                out.append(str(e))
    return out

values = [7.5, -7.5, 0.0, -0.0, 1e300, -1e-300, 3.0, -3.0, math.inf, -math.inf]
divisors = [2.0, -2.0, 0.5, -0.25, math.inf, -math.inf, 3, -3, 1e-300]
for row in floor_mod_table(values, divisors):
    print(row)

# NaN results print the same either way.
print(math.nan // 2.0, math.nan % 2.0, 5.0 % math.nan)

# A warm site, then a zero divisor at iteration 500.
total = 0.0
for i in range(1000):
    d = 7.0 if i != 500 else 0.0
    try:
        total += (i * 1.5) // d + (i * 0.5) % d
    except ZeroDivisionError as e:
        print("iteration", i, e)
print(total)

# Same with the float on the left and an int divisor going to zero.
acc = 0.0
for i in range(600):
    d = 300 - i if i < 300 else 0
    try:
        acc += 1234.5 % d - 1234.5 // d
    except ZeroDivisionError as e:
        acc += 1
print(acc)

# Powers of zero, and negative bases at a site warmed on positive ones.
p = 0.0
for i in range(300):
    base = float(i % 5) - (3.0 if i > 250 else 0.0)
    try:
        p += base ** 2.0 + (i % 7) ** 0.5
    except Exception as e:
        print(type(e).__name__, i)
        break
print(p, 0.0 ** 3.0, -0.0 ** 3.0, (-0.0) ** 3.0, (-0.0) ** 0.5)

# A site that sees big ints and float mixes.
m = 0.0
for i in range(200):
    a = 2 ** 60 if i == 150 else i
    m += a % 7.5
print(m)
