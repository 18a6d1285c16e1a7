"""A bank with several tellers simulated by Monte Carlo: customers arrive with exponential
gaps, pick the shortest line (deque per teller), and are served for a random time; tried
for several staffing levels and seeds, reporting waiting-time statistics."""
import math
import random
import sys
from collections import deque


def simulate(tellers, customers, seed):
    rng = random.Random(seed)
    lines = [deque() for _ in range(tellers)]
    free_at = [0.0] * tellers
    clock = 0.0
    waits = []
    longest = 0
    for c in range(customers):
        clock += rng.expovariate(1.0)
        # finish everyone whose service ended before now
        for t in range(tellers):
            line = lines[t]
            while line and free_at[t] <= clock:
                line.popleft()
                if line:
                    free_at[t] += line[0]
        best = min(range(tellers), key=lambda t: (len(lines[t]), t))
        service = rng.gauss(tellers * 0.8, 0.3)
        if service < 0.1:
            service = 0.1
        line = lines[best]
        if not line:
            free_at[best] = clock + service
            waits.append(0.0)
        else:
            ahead = free_at[best] - clock + sum(list(line)[1:])
            waits.append(ahead)
        line.append(service)
        if len(line) > longest:
            longest = len(line)
    return waits, longest


def summarize(waits):
    n = len(waits)
    mean = sum(waits) / n
    var = sum((w - mean) ** 2 for w in waits) / n
    ordered = sorted(waits)
    return mean, math.sqrt(var), ordered[n // 2], ordered[int(n * 0.95)]


def main(customers):
    for tellers in (2, 3, 4):
        for seed in (1, 2):
            waits, longest = simulate(tellers, customers, seed)
            mean, sd, median, p95 = summarize(waits)
            print(f"tellers {tellers} seed {seed}: mean {mean:.4f} sd {sd:.4f} "
                  f"median {median:.4f} p95 {p95:.4f} longest line {longest}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 45000)
