"""Integer-heavy number theory with big ints: exact Fibonacci numbers by fast doubling,
Fibonacci modulo primes (Pisano periods), modular exponentiation and a Miller-Rabin test on
Mersenne-like candidates, and digit sums of factorials."""
import sys


def fib_pair(n):
    """(F(n), F(n+1)) by fast doubling."""
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def pisano(m):
    a, b = 0, 1
    for i in range(1, 6 * m + 1):
        a, b = b, (a + b) % m
        if a == 0 and b == 1:
            return i
    return -1


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def main(n):
    f, _ = fib_pair(n + n // 2)
    digits = str(f)
    print(f"F({n + n // 2}) has {len(digits)} digits, starts {digits[:12]}, ends {digits[-12:]}")
    periods = [pisano(m) for m in range(2, n // 8)]
    print("pisano sum", sum(periods), "max", max(periods))
    mersenne = [p for p in range(2, n // 8) if is_probable_prime(p) and is_probable_prime(2 ** p - 1)]
    print("mersenne exponents", mersenne)
    fact = 1
    digit_sums = 0
    for k in range(1, n // 8):
        fact *= k
        if k % 50 == 0:
            digit_sums += sum(int(ch) for ch in str(fact))
    print("factorial digit sums", digit_sums, "bits of last factorial", fact.bit_length())
    acc = 0
    for k in range(n):
        acc = (acc * 31 + pow(3, k * k + 7, 1000000007) + (k ** 5 >> 3)) % (2 ** 61 - 1)
    print("mixed accumulator", acc)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 12000)
