"""Closures as state: a closure-based state machine that parses a stream of log lines,
counter factories, a memoizing decorator, and an event bus of callbacks that close over
their accumulators."""
import sys


def make_counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


def memoize(fn):
    table = {}

    def wrapper(*args):
        if args in table:
            return table[args]
        value = fn(*args)
        table[args] = value
        return value

    wrapper.table = table
    return wrapper


@memoize
def paths(rows, cols):
    """Lattice paths with some blocked cells (no closed form, so the memo table matters)."""
    if rows == 0 or cols == 0:
        return 1
    if (rows * 7 + cols * 3) % 11 == 0:
        return 0
    return (paths(rows - 1, cols) + paths(rows, cols - 1)) % 1000000007


def make_bus():
    handlers = {}

    def subscribe(topic, handler):
        handlers.setdefault(topic, []).append(handler)

    def publish(topic, value):
        for h in handlers.get(topic, ()):
            h(value)

    return subscribe, publish


def make_machine():
    """A parser for lines like 'BEGIN', 'V 12', 'V 7', 'END', written as a state machine whose
    states are closures returning the next state."""
    totals = []
    current = [0]
    errors = make_counter()

    def idle(line):
        if line == "BEGIN":
            current[0] = 0
            return in_block
        errors()
        return idle

    def in_block(line):
        if line == "END":
            totals.append(current[0])
            return idle
        if line.startswith("V "):
            current[0] += int(line[2:])
            return in_block
        errors()
        return recover

    def recover(line):
        if line == "END":
            return idle
        return recover

    return idle, totals, errors


def log_lines(n):
    for i in range(n):
        yield "BEGIN"
        for j in range(i % 7 + 1):
            if (i + j) % 23 == 0:
                yield "BAD"
            yield f"V {(i * j) % 97}"
        yield "END"
        if i % 13 == 0:
            yield "noise"


def main(n):
    state, totals, errors = make_machine()
    for line in log_lines(n):
        state = state(line)
    print("blocks", len(totals), "sum", sum(totals), "errors", errors(0))

    subscribe, publish = make_bus()
    sums = {}
    for topic in ("temp", "load", "temp"):
        acc = make_counter()
        sums.setdefault(topic, []).append(acc)
        subscribe(topic, lambda v, acc=acc: acc(v))
    seen = make_counter()
    subscribe("load", lambda v: seen())
    for i in range(n):
        publish("temp", i % 40)
        publish("load", (i * 3) % 17)
    print("temp", [a(0) for a in sums["temp"]], "load", [a(0) for a in sums["load"]], "events", seen(0))

    total = 0
    for k in range(n // 50):
        total = (total + paths(40 + k % 60, 30 + k % 45)) % 1000000007
    print("paths total", total, "memo size", len(paths.table))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 130000)
