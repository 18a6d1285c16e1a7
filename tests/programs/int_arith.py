# Integer arithmetic: floor division and modulo with mixed signs, divmod, pow.

def show(label, value):
    print(label, "=", value)


pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 7), (-1, 7),
         (10, 5), (-10, 5), (123456789, 1000), (-123456789, 1000)]
for a, b in pairs:
    q = a // b
    r = a % b
    d = divmod(a, b)
    print("%d // %d = %d   %d %% %d = %d   divmod -> %s" % (a, b, q, a, b, r, d))
    assert q * b + r == a
    assert d == (q, r)

# true division between ints gives floats
for a, b in [(1, 2), (7, 7), (-9, 4), (10, 3), (2**53, 3), (1, 3)]:
    print(a, "/", b, "=", a / b)

# exponentiation
show("2 ** 10", 2 ** 10)
show("2 ** -1", 2 ** -1)
show("(-2) ** 3", (-2) ** 3)
show("-2 ** 2", -2 ** 2)
show("2 ** 3 ** 2", 2 ** 3 ** 2)
show("0 ** 0", 0 ** 0)
show("10 ** -3", 10 ** -3)
show("pow(3, 4)", pow(3, 4))
show("pow(3, 200, 1000)", pow(3, 200, 1000))
show("pow(-3, 3, 7)", pow(-3, 3, 7))
show("pow(5, -1, 7)", pow(5, -1, 7))
show("pow(2, 0, 1)", pow(2, 0, 1))
show("pow(123456789, 987654321, 1000000007)", pow(123456789, 987654321, 1000000007))

# augmented assignment on ints
x = 17
x += 5
print("x after += 5:", x)
x -= 30
print("x after -= 30:", x)
x *= -3
print("x after *= -3:", x)
x //= 5
print("x after //= 5:", x)
x %= 7
print("x after %= 7:", x)
x **= 3
print("x after **= 3:", x)
x <<= 4
print("x after <<= 4:", x)
x >>= 2
print("x after >>= 2:", x)
x |= 0x100
print("x after |= 0x100:", x)
x &= 0xFF0
print("x after &= 0xFF0:", x)
x ^= 0b1010
print("x after ^= 0b1010:", x)

# unary ops and abs
for v in [0, 1, -1, 42, -42]:
    print(v, -v, +v, abs(v), ~v)

# comparisons between ints and floats
print(1 == 1.0, 2 < 2.5, -1 > -1.5, 3 != 3.0, 10 ** 20 == 1e20, 10 ** 30 == 1e30)
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53))

# int() conversions
print(int(3.9), int(-3.9), int("42"), int("  -17  "), int("0x1f", 16), int("ff", 16))
print(int("0b101", 0), int("0o17", 0), int("0x1F", 0), int("z", 36), int("1_000_000"))
print(int(True), int(False), int(7), int("+5"))
print(round(7), round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))

# integer literals
print(0x7FFFFFFF, 0o777, 0b1111_0000, 1_000_000_007)
print(type(7 // 2).__name__, type(7 / 2).__name__, type(2 ** -1).__name__)

# sums and products
total = 0
product = 1
for i in range(1, 21):
    total += i * i
    product *= i
print("sum of squares:", total, "20!:", product)
print("sum(range(1000)):", sum(range(1000)), "sum with start:", sum([1, 2, 3], 10))

# gcd by hand and collatz
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print([gcd(a, b) for a, b in [(12, 18), (17, 5), (100, 75), (0, 9), (270, 192)]])

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz(n) for n in range(1, 30)])
best = max(range(1, 3000), key=collatz)
print("longest collatz below 3000:", best, collatz(best))
