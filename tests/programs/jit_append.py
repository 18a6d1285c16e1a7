# jit: list.append and comprehensions (LIST_APPEND) in traces: immediates
# are boxed, heap values referenced by the list; the items' types change
# mid-loop, the list is swapped for another object at iteration N, and
# reference counts stay exact.
import sys

squares = [k * k for k in range(2000)]
halves = [k / 2 for k in range(2000)]
print(sum(squares), sum(halves), squares[-3:], halves[-3:])

mixed = [k if k % 500 else str(k) for k in range(2000)]
print(len(mixed), mixed[499:502], mixed[1000])


def collect(n):
    out = []
    for k in range(n):
        out.append(k * 3)
        if k % 400 == 399:
            out.append(None)
            out.append(0.5)
    return out


c = collect(2000)
print(len(c), c[:3], c[398:404], sum(x for x in c if isinstance(x, int)))

rows = [[float(i + j) for j in range(4)] for i in range(600)]


def pick(rows, col):
    out = []
    for row in rows:
        out.append(row)
        out.append(row[col])
    return out


p = pick(rows, 2)
print(len(p), p[1], p[-1], p[-2] is rows[-1])
print(sys.getrefcount(rows[5]) - 1)
del p
print(sys.getrefcount(rows[5]) - 1)


class Sink:
    def __init__(self):
        self.seen = 0

    def append(self, v):
        self.seen += 1


# The target stops being a list at iteration N.
def feed(targets):
    n = 0
    for t in targets:
        t.append(n)
        n += 1
    return n


lists = [[] for _ in range(600)]
sink = Sink()
print(feed(lists[:300] + [sink] + lists[300:]), sink.seen, sum(len(x) for x in lists))

nested = [[i * j for j in range(10)] for i in range(300)]
print(sum(sum(r) for r in nested))
