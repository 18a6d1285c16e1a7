# Finalizers and collections around compiled loops: a trace that overwrites
# list items drops the last references to objects with __del__ (which run at
# the trace's next eval-breaker check, before anything else is printed), and
# cycles it cuts loose are found by the next collection, with the trace
# still installed. The conformance run compiles these loops at once.
import gc


class Cyclic:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        print("del cyclic", self.n)


class Plain:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del plain", self.n)


def overwrite(xs):
    total = 0
    for i in range(len(xs)):
        xs[i] = i
        total += i
    return total


def accumulate(acc, n):
    for i in range(n):
        acc[i % 4] = acc[i % 4] + i
    return acc


gc.disable()
for rnd in range(3):
    xs = [Plain(i) for i in range(6)]
    print("overwrite plain", overwrite(xs))
    ys = [Cyclic(i) for i in range(6)]
    print("overwrite cyclic", overwrite(ys))
    print("collected", gc.collect())
    # Automatic collections run while the loop's trace stays installed.
    gc.enable()
    for k in range(3000):
        pair = [[], []]
        pair[0].append(pair[1])
        pair[1].append(pair[0])
    print(accumulate([0, 0, 0, 0], 100 + rnd))
    # What the automatic collections left depends on when they ran.
    print("leftovers found", gc.collect() > 0)
    gc.disable()
print("end")
