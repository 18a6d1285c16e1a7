# Method loads that see two receiver layouts keep both (a two-entry cache);
# a third class, a method replaced on one class, a method shadowed on one
# instance, a base-class change and a class gaining __getattribute__-free
# attributes must all still call what CPython calls.


class Task:
    def __init__(self, n):
        self.n = n

    def take(self):
        return self.n

    def step(self, x):
        return x


class Worker(Task):
    def __init__(self, n):
        super().__init__(n)
        self.count = 0

    def step(self, x):
        self.count += 1
        return x * 2 + self.n


class Handler(Task):
    def __init__(self, n):
        super().__init__(n)
        self.total = 0.5

    def step(self, x):
        self.total += x
        return x - self.n


class Idle(Task):
    def step(self, x):
        return -x


def drive(tasks, rounds):
    acc = 0
    for r in range(rounds):
        for t in tasks:
            acc += t.step(r) + t.take()
    return acc


w, h = Worker(1), Handler(2)
print(drive([w, h], 100))
# A third layout at the same site.
print(drive([w, h, Idle(3)], 50))
# Replace the method on one of the two cached classes.
Worker.step = lambda self, x: 1000
print(drive([w, h], 20))
del Worker.step
print(drive([w, h], 20))
# Shadow a method on one instance (an instance attribute wins over a
# non-data descriptor).
h.step = lambda x: 7
print(drive([w, h], 20))
del h.step
print(drive([w, h], 20))
# Change the base class's method that both inherit (take).
Task.take = lambda self: 100
print(drive([w, h], 20))
# A new subclass instance with another layout; then a fresh Worker whose
# layout differs (an attribute added before __init__ ran the same way).
w2 = Worker(5)
w2.extra = 1
print(drive([w, h, w2], 20))
print(w.count, h.total, w2.count)


# Methods on two layouts of one class (attributes set in different orders).
class P:
    def __init__(self, flip):
        if flip:
            self.b = 1
            self.a = 2
        else:
            self.a = 2
            self.b = 1

    def s(self):
        return self.a * 10 + self.b


ps = [P(i % 2 == 0) for i in range(40)]
print(sum(p.s() for p in ps))
P.s = lambda self: self.b
print(sum(p.s() for p in ps))
