# `return local` and `return constant` run as one fused instruction in the
# adaptive tier: returns from loops (the iterator is still on the stack),
# try/finally, with, generators, __init__, unbound locals and recursion.


def from_loop(xs):
    for x in xs:
        for y in range(3):
            if x * y > 4:
                return x
    return None


def with_finally(n, log):
    try:
        if n > 1:
            return n
        return -1
    finally:
        log.append(n)


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *exc):
        self.log.append("exit")
        return False


def with_block(log):
    with Ctx(log) as c:
        v = len(log)
        return v


def gen(n):
    for i in range(n):
        yield i
    total = n * 10
    return total


def unbound(flag):
    if flag:
        value = 1
    return value


class Point:
    def __init__(self, x):
        self.x = x


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


log = []
out = []
for i in range(30):
    out.append((from_loop([1, 2, 3, i]), with_finally(i % 3, log), with_block(log)))
print(out[:4], out[-1], log[:8], len(log))
g = gen(3)
print(list(g))
try:
    next(gen(0))
except StopIteration as e:
    print("StopIteration", e.value)
print(sum(Point(i).x for i in range(50)), fib(20))
for flag in [True, True, False]:
    try:
        print(unbound(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
