"""A log-processing pipeline made of generators: a source yields raw lines, stages parse,
filter, enrich and window them (`yield from`, generator expressions, a sliding window with
a deque), and the sink aggregates per-service latency statistics."""
import sys
from collections import deque

SERVICES = ["auth", "search", "cart", "pay", "feed"]


def source(n):
    state = 99
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        service = SERVICES[state % 5]
        latency = 5 + (state >> 9) % 300
        status = 500 if (state >> 5) % 47 == 0 else 200
        yield f"{i} {service} {latency} {status}"


def parse(lines):
    for line in lines:
        ident, service, latency, status = line.split()
        yield int(ident), service, int(latency), int(status)


def only_ok(records):
    return (r for r in records if r[3] == 200)


def batches(records, size):
    batch = []
    for r in records:
        batch.append(r)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(batches_):
    for batch in batches_:
        yield from batch


def moving_average(records, width):
    window = deque()
    total = 0
    for r in records:
        window.append(r[2])
        total += r[2]
        if len(window) > width:
            total -= window.popleft()
        yield r, total / len(window)


def main(n):
    stats = {}
    spikes = 0
    pipeline = moving_average(flatten(batches(only_ok(parse(source(n))), 64)), 20)
    for (ident, service, latency, _), avg in pipeline:
        count, total, worst = stats.get(service, (0, 0, 0))
        stats[service] = (count + 1, total + latency, max(worst, latency))
        if latency > 2.5 * avg:
            spikes += 1
    for service in sorted(stats):
        count, total, worst = stats[service]
        print(f"{service:<7} requests {count:6d} mean {total / count:8.3f} worst {worst}")
    errors = sum(1 for r in parse(source(n)) if r[3] != 200)
    slow = sum(r[2] for r in parse(source(n)) if r[2] > 250)
    print("spikes", spikes, "errors", errors, "slow latency sum", slow)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 160000)
