# Micro-benchmark of the standard-library hot functions named in issue 3.
# Run under quicken and /usr/bin/python3.11 and compare the printed seconds:
#   target/release/quicken benches/stdlib_hot.py; /usr/bin/python3.11 benches/stdlib_hot.py
import time
import random
import heapq
import bisect
from collections import deque


def timed(name, fn):
    t0 = time.perf_counter()
    fn()
    print("%-22s %.3f s" % (name, time.perf_counter() - t0))


def bench_random():
    r = random.random
    for _ in range(2_000_000):
        r()


def bench_deque():
    d = deque()
    append, popleft = d.append, d.popleft
    for i in range(1_000_000):
        append(i)
        append(i)
        popleft()


def bench_heap():
    h = []
    push, pop = heapq.heappush, heapq.heappop
    random.seed(1)
    data = [random.random() for _ in range(200_000)]
    for x in data:
        push(h, x)
    while h:
        pop(h)


def bench_bisect():
    xs = list(range(0, 1_000_000, 3))
    bl = bisect.bisect_left
    for i in range(500_000):
        bl(xs, i)


timed("random.random x2M", bench_random)
timed("deque append/popleft", bench_deque)
timed("heappush/heappop 200k", bench_heap)
timed("bisect_left x500k", bench_bisect)
