# pidigits (Benchmarks Game): spigot with big ints.
def pidigits(n):
    out = []
    k, n1, n2, d, acc = 1, 4, 3, 1, 0
    i = 0
    num, den = 1, 1
    q, r, t = 1, 0, 1
    k = 1
    digits = []
    while len(digits) < n:
        # next term of the Gibbons spigot
        q, r, t, k = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1), k + 1
        if q > r:
            continue
        d3 = (q * 3 + r) // t
        d4 = (q * 4 + r) // t
        if d3 == d4:
            digits.append(d3)
            q, r = q * 10, (r - d3 * t) * 10
    return digits
ds = pidigits(300)
s = ''.join(map(str, ds))
for i in range(0, len(s), 10):
    chunk = s[i:i + 10]
    print('%-10s\t:%d' % (chunk, i + len(chunk)))
big = 3 ** 2000 - 7 ** 900
print(big.bit_length(), big % 1000003, len(str(big)), str(big)[:20], hex(big)[-12:])
print(pow(3, 10**5, 10**9 + 7), pow(-7, 3), divmod(-big, 10**40)[1], (big >> 1000) & 0xffff, -big // 12345 % 97)
from math import gcd, isqrt, factorial, comb
print(gcd(factorial(50), 2**100 - 1), isqrt(big)  % 10**9, comb(200, 100) % 10**12, int('9' * 60) + 1 == 10**60)
print(f'{2**200:,}'[:30], f'{-2**70:x}', format(10**30, '_d')[:20], (10**25).to_bytes(11, 'big').hex())
