# Arbitrary precision integers.
import math

print(2 ** 100)
print(-(2 ** 100))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 63 - 1)
print(10 ** 50 + 1)
big = 123456789012345678901234567890123456789012345678901234567890
print(big)
print(big * big)
print(big // 97, big % 97, divmod(big, 10 ** 20))
print(-big // 97, -big % 97, divmod(-big, 10 ** 20))
print(big // -7, big % -7)
print(big + 1 - big, big - big, big * 0)
print(type(big).__name__, type(2 ** 200 // 2 ** 199).__name__)
print(2 ** 200 // 2 ** 199, (2 ** 200) / (2 ** 199))

# overflow boundaries near 64 bits
m = 9223372036854775807
print(m + 1, m * 2, m * m, -m - 1, -m - 2, (-m - 1) * -1)
print(m // -1, (-m - 1) // -1, abs(-m - 1), -(-m - 1))
print((m + 1) >> 1, 1 << 64, 1 << 100, (1 << 100) >> 99, -1 << 70, (-1 << 70) >> 69)
print(3 * 2 ** 62, 2 ** 62 + 2 ** 62, 4611686018427387904 * 2)

# factorials and fibonacci
print(math.factorial(30))
print(math.factorial(52))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print("fib(300) =", a)
print("digits in fib(300):", len(str(a)))
print("digit sum of 2**1000:", sum(int(c) for c in str(2 ** 1000)))
print("100! has", len(str(math.factorial(100))), "digits, trailing zeros:",
      len(str(math.factorial(100))) - len(str(math.factorial(100)).rstrip("0")))

# bit operations on big numbers
x = 2 ** 130 + 2 ** 65 + 7
print(x & (2 ** 66 - 1), x | 1, x ^ (2 ** 130), ~x, x >> 64, x << 3)
print((-x) & 0xFFFF, (-x) | 0xFF, (-x) ^ 0xF0F0, (-x) >> 60)
print(x.bit_length(), (2 ** 100).bit_length(), (-2 ** 100).bit_length(), (0).bit_length())
print(bin(2 ** 70), hex(2 ** 100 - 1), oct(-2 ** 40))

# pow with modulus on big numbers
p = 2 ** 127 - 1
print(pow(3, p - 1, p), pow(2, 10 ** 20, 10 ** 9 + 7), pow(7, -1, p) * 7 % p)

# int <-> float
print(float(2 ** 100), float(-2 ** 60), int(1e20), int(1.5e30), int(-2.5e18))
print(int(float(2 ** 53 + 1)), 2 ** 53 + 1)
print(10 ** 20 / 10 ** 10, 10 ** 400 // 10 ** 398, (10 ** 400) / (10 ** 399))
print(1 / 3 * 3 == 1, 2 ** 1000 > 1e300, 2 ** 1100 > 1e308, -2 ** 1100 < -1e308)

# huge literal and string conversion
lit = 31415926535897932384626433832795028841971693993751058209749445923078164062862089986280348253421170679
print(lit % 1000000007, lit // 10 ** 90, len(str(lit)))
s = "9" * 120
n = int(s)
print(n + 1 == 10 ** 120, str(n + 1)[:5], len(str(n + 1)))
print(int("-" + "12345678901234567890" * 3) // 3)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(10 ** 30) == hash(10 ** 30))

# isqrt and gcd on big numbers
print(math.isqrt(10 ** 60), math.isqrt(2 * 10 ** 40), math.gcd(2 ** 100, 6 ** 50))
print(math.gcd(math.factorial(40), 2 ** 200 * 3 ** 5))

# comparisons
vals = [2 ** 70, -2 ** 70, 0, 2 ** 64, -1, 2 ** 70 + 1, 10 ** 20]
print(sorted(vals))
print(max(vals), min(vals), sum(vals))
