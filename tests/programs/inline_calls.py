# Calls the hot loop runs in frames of its own (arguments moved from the
# caller's stack, vacant frames reused): defaults, closures, __init__,
# property getters, errors unwinding through several inline frames.


def add(a, b=10, c=100):
    return a + b + c


def outer(n):
    k = n * 2

    def inner(x):
        return x + k

    return inner


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Bad:
    def __init__(self):
        return 42


def fails(n):
    if n == 0:
        raise ValueError("bottom")
    return fails(n - 1) + 1


def catches(n):
    try:
        return fails(n)
    except ValueError as e:
        return "caught " + str(e) + " at depth " + str(n)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


total = 0
for i in range(300):
    total += add(i)
    total += add(i, 1)
    total += add(i, 1, 2)
    total += outer(i)(i)
    total += (lambda z: z * 3)(i)
    total += Point(i, -i).norm1 + Point(i).norm1
print(total)

# Defaults rebound mid-loop: the next call sees the new ones.
acc = []
for i in range(6):
    if i == 3:
        add.__defaults__ = (1000, 10000)
    acc.append(add(i))
print(acc)

for i in range(3):
    print(catches(i * 5))

try:
    for i in range(50):
        Bad()
except TypeError as e:
    print("TypeError:", e)

print(deep(900))
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError:", e)
print(deep(10))

# A function object that lives only on the stack while it runs.
print([(lambda *_: 7)() for _ in range(3)], (lambda q=5: q)())

print("done")
