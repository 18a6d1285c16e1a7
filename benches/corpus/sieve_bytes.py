"""Prime tables in a bytearray: a sieve of Eratosthenes, twin primes, gaps and a
segmented sieve for a window far above the base table."""
import sys


def sieve(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0] = flags[1] = 0
    p = 2
    while p * p <= limit:
        if flags[p]:
            flags[p * p::p] = bytes(len(range(p * p, limit + 1, p)))
        p += 1
    return flags


def twin_and_gaps(flags):
    twins = 0
    gaps = {}
    last = 2
    for n in range(3, len(flags)):
        if flags[n]:
            gap = n - last
            gaps[gap] = gaps.get(gap, 0) + 1
            if gap == 2:
                twins += 1
            last = n
    return twins, gaps


def segment(low, high, base_primes):
    seg = bytearray(b"\x01" * (high - low))
    for p in base_primes:
        start = max(p * p, (low + p - 1) // p * p)
        for m in range(start, high, p):
            seg[m - low] = 0
    return [low + i for i in range(len(seg)) if seg[i]]


def main(limit):
    flags = sieve(limit)
    count = sum(flags)
    twins, gaps = twin_and_gaps(flags)
    print("primes below", limit, ":", count, "twin pairs:", twins)
    common = sorted(gaps.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
    print("commonest gaps", common, "largest gap", max(gaps))
    low = 40 * limit
    high = low + limit // 8
    base = [p for p in range(2, int(high ** 0.5) + 1) if flags[p]]
    window = segment(low, high, base)
    print("primes in window:", len(window), "first", window[:3], "last", window[-1])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8000000)
