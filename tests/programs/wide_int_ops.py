# Int arithmetic around the 64- and 128-bit boundaries, the way 64-bit
# generators and hashes run it: the operands cross from small to big ints
# mid-loop, results go back to small ones, and the error cases raise as
# CPython's do (zero divisors, negative shift counts).

EDGES = [0, 1, -1, 2, -2, 3, 7, -7, 33, 63, 64, 127, 128,
         2**31 - 1, 2**32, -(2**32), 2**62, 2**63 - 1, -(2**63), 2**63, -(2**63) - 1,
         2**64 - 1, 2**64, -(2**64), 2**100 + 12345, -(2**100) - 7,
         2**126, 2**127 - 1, -(2**127), 2**127, -(2**127) - 1, 2**128 + 1, 3**90]

OPS = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
    ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b), (">>", lambda a, b: a >> b),
    ("<<", lambda a, b: a << (b % 200) if b >= 0 else a << b),
]


def table():
    digest = 0
    errors = {}
    for name, f in OPS:
        for a in EDGES:
            for b in EDGES:
                try:
                    r = f(a, b)
                except (ZeroDivisionError, ValueError) as e:
                    key = (name, type(e).__name__, str(e))
                    errors[key] = errors.get(key, 0) + 1
                    continue
                digest = (digest * 1000003 + hash(r) + r.bit_length()) % (1 << 61)
                if type(r) is not int:
                    print("not int", name, a, b)
    print("digest", digest)
    for key in sorted(errors):
        print(key, errors[key])


def lcg64(n):
    state = 12345
    out = []
    for i in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append((state >> 33) % 1000)
        if i == n // 2:
            state = -state  # negative state: floor semantics of % and >>
    return out, state


def xorshift(n):
    x = 88172645463325252
    acc = 0
    for _ in range(n):
        x ^= (x << 13) & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 7
        x ^= (x << 17) & 0xFFFFFFFFFFFFFFFF
        acc = (acc + x) % 1000000007
    return x, acc


def mixed_kinds():
    # The same site sees small ints, big ints, bools and then a float.
    vals = [5, 2**70, True, -(2**64), 3.5]
    out = []
    for v in vals:
        out.append(v * 3 + (2**65))
        out.append(v // 2)
    print(out)


table()
seq, final = lcg64(300)
print(sum(seq), seq[:10], seq[-5:], final)
print(xorshift(500))
mixed_kinds()
