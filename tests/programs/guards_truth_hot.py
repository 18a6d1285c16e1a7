# POP_JUMP_IF_TRUE/FALSE on values without an inline truth test (deques,
# sets, ranges, instances with __bool__ or __len__) at warm sites: each
# __bool__ runs exactly once per test, errors raise CPython's messages, and
# generators finalized at a loop's back edge do not make a test run twice.
from collections import deque


class Flag:
    calls = 0

    def __init__(self, value):
        self.value = value

    def __bool__(self):
        Flag.calls += 1
        return self.value


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Liar:
    def __bool__(self):
        return 1


class Negative:
    def __len__(self):
        return -1


def drain():
    line = deque(range(50))
    served = 0
    while line:
        line.popleft()
        served += 1
        if line and len(line) % 10 == 0:
            served += 100
    return served


def mixed():
    values = [set(), {1}, range(0), range(3), frozenset(), Sized(0), Sized(2), Flag(True), Flag(False), deque(), deque([0]), 0j, b"", b"x"]
    out = []
    for i in range(200):
        v = values[i % len(values)]
        if v:
            out.append(1)
        else:
            out.append(0)
        if not v:
            out.append(2)
    return sum(out), out[:14]


def errors():
    for i in range(100):
        v = i
        if i == 60:
            v = Liar()
        elif i == 70:
            v = Negative()
        try:
            if v:
                pass
        except (TypeError, ValueError) as e:
            print(i, type(e).__name__ + ":", e)


def gen():
    try:
        yield 1
        yield 2
    finally:
        finalized.append(1)


finalized = []


def finalizers_at_back_edge():
    Flag.calls = 0
    flag = Flag(True)
    n = 0
    while flag:
        g = gen()
        next(g)
        g = None
        n += 1
        if n == 300:
            flag.value = False
    return n, Flag.calls, len(finalized)


print(drain())
print(mixed())
errors()
print(finalizers_at_back_edge())
