# Bit manipulation as used in hashing and bitboard code.

def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def reverse_bits(n, width):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out


for n in [0, 1, 2, 3, 7, 8, 255, 256, 1023, 0xDEADBEEF, 2 ** 40 + 5]:
    print(n, bin(n), hex(n), oct(n), popcount(n), reverse_bits(n & 0xFF, 8))

for n in [-1, -2, -7, -128, -255, -(2 ** 33)]:
    print(n, bin(n), hex(n), oct(n), n & 0xFF, n >> 1, n >> 3, n << 2, ~n)

print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 1, 5 >> 1, -5 >> 1, -5 & 3, -5 | 3, -5 ^ 3)
print(1 << 0, 1 << 31, 1 << 32, 1 << 63, (1 << 63) - 1, 0xFFFFFFFF >> 16)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)

# FNV-1a style hash over bytes, 64-bit masked
def fnv1a(text):
    h = 0xcbf29ce484222325
    for ch in text:
        h ^= ord(ch)
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h

for word in ["", "a", "hello", "quicken", "the quick brown fox"]:
    print(repr(word), fnv1a(word), hex(fnv1a(word)))

# xorshift random generator
state = 88172645463325252
def xorshift():
    global state
    x = state
    x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
    x ^= x >> 7
    x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
    state = x
    return x

print([xorshift() % 1000 for _ in range(12)])
print(state)

# format specs for binary
for n in [5, 255, 1000]:
    print(format(n, "b"), format(n, "08b"), format(n, "#x"), format(n, "#o"), format(n, "X"),
          f"{n:#010b}", f"{n:_b}", f"{n:,}")

print(int("1010", 2), int("777", 8), int("DeadBeef", 16), int("-0b11", 0), int("  12  ", 10))
print((255).bit_length(), (256).bit_length(), (-256).bit_length())
