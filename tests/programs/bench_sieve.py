# Prime sieves and prime-related number crunching.


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            for multiple in range(i * i, limit + 1, i):
                is_prime[multiple] = False
    return [i for i, flag in enumerate(is_prime) if flag]


def sieve_slices(limit):
    flags = bytearray_like(limit + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [0] * ((limit - i * i) // i + 1)
    return [i for i in range(limit + 1) if flags[i]]


def bytearray_like(n):
    return [1] * n


def segmented_count(limit, segment=1000):
    base = sieve(int(limit ** 0.5) + 1)
    count = 0
    low = 0
    while low <= limit:
        high = min(low + segment - 1, limit)
        mark = [True] * (high - low + 1)
        for p in base:
            start = max(p * p, (low + p - 1) // p * p)
            for m in range(start, high + 1, p):
                mark[m - low] = False
        for k in range(low, high + 1):
            if k >= 2 and mark[k - low]:
                count += 1
        low += segment
    return count


primes = sieve(30000)
print(len(primes), primes[:20], primes[-5:])
print(sieve_slices(30000) == primes)
print(segmented_count(30000), len(sieve(10000)), len(sieve(100)))
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin pairs:", len(twins), twins[:6], twins[-2:])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print("gaps:", sorted(gaps.items())[:10])
print("max gap:", max(gaps))
prime_set = set(primes)
goldbach = {}
for n in range(4, 200, 2):
    for p in primes:
        if n - p in prime_set:
            goldbach[n] = (p, n - p)
            break
print([goldbach[n] for n in range(100, 130, 2)])


def factorize(n):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors


for n in [360, 97, 1001, 65536, 999999, 123456789, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
print("sum of primes below 30000:", sum(primes))
digits = {}
for p in primes:
    d = p % 10
    digits[d] = digits.get(d, 0) + 1
print("last digits:", sorted(digits.items()))
