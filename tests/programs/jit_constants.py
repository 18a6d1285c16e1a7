# Constants of heap types (str, tuple, bytes) inside compiled loops (conformance runs
# the jit tier with --jit-threshold=2): tuple constants subscripted natively, str
# constants stored in locals and passed to inlined functions; reference counts stay
# exact, and guards on the items fail mid-loop.
import sys

WEIGHTS = (3, 1, 4, 1, 5, 9, 2, 6)


def weighted(n):
    s = 0
    for i in range(n):
        s += (3, 1, 4, 1, 5, 9, 2, 6)[i % 8] * i
    return s


def mixed_tuple(n):
    # The item's type changes with the index: the guard on it leaves the trace.
    s = 0.0
    for i in range(n):
        v = (1, 2.5, 3, 4.5)[i % 4 if i > 20 else 0]
        s += v
    return s


def label(x, tag):
    return x


def labels(n):
    last = None
    before = sys.getrefcount("alpha-label")
    for i in range(n):
        name = "alpha-label"
        last = label(name, b"raw")
        i + 1
    return last, sys.getrefcount("alpha-label") - before


def nested_constant(n):
    s = 0
    for i in range(n):
        pair = ((1, 2), (3, 4))[i % 2]
        s += pair[0] * pair[1]
    return s


def past_the_end(n):
    s = 0
    for i in range(n):
        s += (10, 20, 30)[i]
    return s


print(weighted(100))
print(mixed_tuple(100))
print(labels(100))
print(nested_constant(100))
try:
    past_the_end(10)
except IndexError as e:
    print("IndexError:", e)
