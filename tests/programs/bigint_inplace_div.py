# Big-int arithmetic across the i64 boundary (both ways), floor division and
# modulo with short quotients on long operands, and in-place operators on
# shared and temporary big ints.

B = 2 ** 63
edges = [0, 1, -1, 7, -7, B - 1, -B, B, -B - 1, B + 1, 2 * B, -2 * B,
         3 ** 50, -(3 ** 50), 10 ** 40 + 1, -(10 ** 40) - 3]

def h(x):
    # Short fingerprint of a possibly huge result.
    return (x % 1000000007, x.bit_length(), x < 0) if isinstance(x, int) else x

checks = 0
acc = 0
for a in edges:
    for b in edges:
        rs = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b != 0:
            rs += [a // b, a % b, divmod(a, b)]
        if 0 <= b < 200:
            rs += [a << b, a >> b]
        for r in rs:
            acc = (acc * 31 + hash(r)) % 1000000007
            checks += 1
        # type and normal form: results that fit i64 behave as small ints
        assert (a + b) - b == a and (a - b) + b == a
        if b != 0:
            q, m = divmod(a, b)
            assert q * b + m == a
            assert m == 0 or (m < 0) == (b < 0)
print("edge checks", checks, acc)

# Results that come back into the i64 range.
x = 2 ** 64 + 5
print(x - 2 ** 64, (x - 2 ** 64) + 1, type(x - 2 ** 64).__name__)
print(x // (2 ** 60), x % (2 ** 60), -x // (2 ** 60), -x % (2 ** 60))
print((B * 3) // 3 == B, (B * 3) // 3 - 1, B - 1 + 1 == B)
print((-B) * -1, (-B) // -1, -B - 1 + 1)
print(pow(2, 100) >> 90, pow(-2, 101) >> 99, (-(2 ** 100)) >> 200, (2 ** 100) >> 200)
print(3 ** 40 * 0, 0 * -(3 ** 40), (3 ** 40) * 1 == 3 ** 40, (3 ** 40) * -1)

# Long operands, short quotients (the leading-bits estimate and its corrections).
import random
rng = random.Random(12345)
acc = 0
for bits in (65, 100, 127, 128, 129, 640, 4000, 9000, 20000):
    for extra in (0, 1, 2, 30, 61, 62, 63, 64, 65, 200):
        for _ in range(4):
            b = rng.getrandbits(bits) | (1 << (bits - 1))
            q = rng.getrandbits(extra) if extra else rng.randrange(2)
            r = rng.randrange(b)
            for sa in (1, -1):
                for sb in (1, -1):
                    for rr in (0, r, b - 1):
                        a = sa * (q * b + rr)
                        d = sb * b
                        qq, mm = divmod(a, d)
                        assert qq == a // d and mm == a % d
                        assert qq * d + mm == a and abs(mm) < b and (mm == 0 or (mm < 0) == (d < 0))
                        acc = (acc * 7 + qq + mm) % 1000000007
print("short quotients", acc)

# Divisors just below a power of two (estimate too large) and all-ones.
for k in (64, 65, 128, 200, 1000):
    d = 2 ** k - 1
    for a in (2 ** (k + 50), 2 ** (k + 62) - 1, d * (2 ** 62 - 1), d * (2 ** 62 - 1) + d - 1, -d * 5 - 1):
        print(k, h(a // d), h(a % d), h(-a // d), h(a // -d))

# In-place operators must not change other names bound to the same int.
b = 10 ** 30
a = b
a *= 3
print(a, b)
a = b
a += 1
print(a, b)
a = b
a -= b * 2
print(a, b)
a = b
a //= 7
print(a, b)
a = b
a %= 10 ** 29 + 7
print(a, b)
a = b
a <<= 3
a >>= 1
print(a, b)
c = [b, b]
c[0] *= 2
print(c, b)
lst = [2 ** 70]
t = lst[0]
lst[0] += 1
print(lst, t)

# Temporaries: results built from temporaries, shared operands untouched.
q, r, t = 3 ** 60, 5 ** 45, 7 ** 35
for _ in range(3):
    u = 4 * q + r - t
    v = (10 * (3 * q + r)) // t - 10 * 3
    w = (q * (7 * 3 + 2) + r * 5) // (t * 5)
    print(h(u), v, w, h(q), h(r), h(t))
    q, r, t = q * 7, (2 * q + r) * 3, t * 3
print(h(-(q * 3) + q * 3 - 1), h((q - q) * q), h(q * -(r)), h(-q * r + q * r))

# Bools and mixed small operands on big ints.
big = 2 ** 80
print(big + True, big * False, True - big, big // True, big % (True + True))
print(big & -1 == big, big | 0 == big, -big ^ 0, ~big, -big & 0xFFFF, (-big) | 1)
print(float(big) * 2, big / 3, (-big) / 7, 7 / big)
print(big ** 2 // big == big, big ** 0, (-big) ** 3 < 0, 2 ** -2)
print(big > 5, big < -5, -big < 5, -big > -(2 ** 81), big == 2 ** 80, big != 2 ** 80 + 1)
print(sorted([big, -big, 3, -3, B, -B - 1, 0]))
print(max(big, 3), min(-big, -3), big in {2 ** 80: 1}, hash(2 ** 80) == hash(big))
