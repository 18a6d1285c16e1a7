"""Histogram, prefix sums and range queries over array('i') data.

Sensor readings come from a linear congruential generator; they are bucketed into an
array('i') histogram, the prefix sum answers "how many readings between a and b" queries
and percentile lookups, and a sliding-window maximum scans the raw readings.
"""
import sys
from array import array


def readings(count, seed):
    values = array('i')
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        # a bumpy distribution: sum of two uniform parts
        values.append((state >> 8) % 600 + (state >> 20) % 400)
    return values


def histogram(values, buckets):
    hist = array('i', [0] * buckets)
    for v in values:
        hist[v] += 1
    return hist


def prefix_sums(hist):
    prefix = array('i', [0] * (len(hist) + 1))
    running = 0
    for i in range(len(hist)):
        running += hist[i]
        prefix[i + 1] = running
    return prefix


def percentile(prefix, q):
    target = q * prefix[-1] // 100
    lo, hi = 0, len(prefix) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if prefix[mid + 1] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo


def window_max_total(values, width):
    total = 0
    for start in range(0, len(values) - width, width // 2):
        best = values[start]
        for j in range(start + 1, start + width):
            if values[j] > best:
                best = values[j]
        total += best
    return total


def main(count):
    values = readings(count, 2024)
    hist = histogram(values, 1000)
    prefix = prefix_sums(hist)
    queries = 0
    for a in range(0, 1000, 7):
        b = min(999, a + 137)
        queries += prefix[b + 1] - prefix[a]
    print("readings", prefix[-1], "query total", queries)
    print("percentiles", [percentile(prefix, q) for q in (1, 10, 25, 50, 75, 90, 99)])
    print("mode bucket", max(range(1000), key=lambda i: hist[i]))
    print("window max total", window_max_total(values, 64))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 900000)
