"""Crypto-style integer ops: a SHA-256 and MD5-like mixing, RSA toy, xorshift."""
MASK32 = 0xFFFFFFFF

K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]


def rotr(x, n):
    return ((x >> n) | (x << (32 - n))) & MASK32


def sha256(msg: bytes) -> str:
    h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    ml = len(msg) * 8
    msg = bytearray(msg)
    msg.append(0x80)
    while len(msg) % 64 != 56:
        msg.append(0)
    msg += ml.to_bytes(8, "big")
    for off in range(0, len(msg), 64):
        chunk = msg[off:off + 64]
        w = [int.from_bytes(chunk[i:i + 4], "big") for i in range(0, 64, 4)]
        for i in range(16, 64):
            s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & MASK32)
        a, b, c, d, e, f, g, hh = h
        for i in range(64):
            S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (hh + S1 + ch + K[i] + w[i]) & MASK32
            S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & MASK32
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & MASK32, c, b, a, (t1 + t2) & MASK32
        h = [(x + y) & MASK32 for x, y in zip(h, [a, b, c, d, e, f, g, hh])]
    return "".join("%08x" % x for x in h)


print(sha256(b""))
print(sha256(b"abc"))
print(sha256(b"The quick brown fox jumps over the lazy dog" * 3))


def egcd(a, b):
    if a == 0:
        return b, 0, 1
    g, y, x = egcd(b % a, a)
    return g, x - (b // a) * y, y


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n


p = next_prime(2 ** 89 + 12345)
q = next_prime(3 ** 50 + 777)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
g, x, _ = egcd(e, phi)
d = x % phi
assert d == pow(e, -1, phi)
msg = int.from_bytes(b"hello rsa", "big")
c = pow(msg, e, n)
m2 = pow(c, d, n)
print(p, q, n.bit_length(), c % 1000003, m2.to_bytes((m2.bit_length() + 7) // 8, "big"))


def xorshift32(state):
    state ^= (state << 13) & MASK32
    state ^= state >> 17
    state ^= (state << 5) & MASK32
    return state & MASK32


s = 2463534242
acc = 0
for i in range(5000):
    s = xorshift32(s)
    acc = (acc * 31 + (s & 0xFFFF)) % (1 << 61)
print(s, acc, hex(acc), bin(s).count("1"), (s).bit_length())


def adler32(data):
    a, b = 1, 0
    for ch in data:
        a = (a + ch) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def crc32(data):
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    crc = 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


data = "Wikipedia".encode("ascii")
print(adler32(data), "%08X" % crc32(data), crc32(b"hello world" * 10))
big = 1
for i in range(1, 60):
    big = big * i ^ (big >> 3)
print(big % (10 ** 20), big.bit_length(), -big // 7 % 1000, (-big) >> 100 < 0, ~big & 0xFF)
print(int.to_bytes(1024, 4, "little"), int.from_bytes(b"\x00\x01", "little"), (255).to_bytes(2, byteorder="big"), (-1).to_bytes(2, "big", signed=True))
print(divmod(10 ** 30 + 7, 97), abs(-10 ** 25), 10 ** 25 // -3, pow(7, 10 ** 5, 10 ** 9 + 7), (2 ** 100).bit_count() if hasattr(int, "bit_count") else 1)
