# Bit-exactness of the random module against CPython: long recorded streams.
import random

random.seed(42)
xs = [random.random() for _ in range(1000)]
for i in range(0, 1000, 4):
    print(repr(xs[i]), repr(xs[i + 1]), repr(xs[i + 2]), repr(xs[i + 3]))

print([random.getrandbits(64) for _ in range(20)])
print([random.getrandbits(100) for _ in range(10)])
print(random.getrandbits(1000))
print([random.getrandbits(k) for k in range(0, 70)])

random.seed(2024)
print([random.randrange(10) for _ in range(50)])
print([random.randrange(5, 500) for _ in range(30)])
print([random.randrange(-100, 100, 7) for _ in range(30)])
print([random.randrange(100, -100, -3) for _ in range(30)])
print([random.randrange(2**70) for _ in range(5)])
print([random.randrange(-2**65, 2**65, 12345) for _ in range(5)])
print([random.randint(1, 6) for _ in range(60)])
print([random.randint(-10**20, 10**20) for _ in range(4)])
print(random.randint(True, 3), random.randrange(True, 9))

deck = list(range(100))
random.shuffle(deck)
print(deck)
words = "the quick brown fox jumps over the lazy dog".split()
random.shuffle(words)
print(words)

random.seed(7)
print(random.sample(range(1000), 25))
print(random.sample(range(30), 25))
print(random.sample(list("abcdefghijklmnopqrstuvwxyz"), 10))
print(random.sample(tuple(range(5)), 5), random.sample("hello world", 4))
print(random.sample(range(10**9), 8))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print([random.choice("abcdefg") for _ in range(40)])
print([random.choice([10, 20, 30]) for _ in range(20)])
print(random.choices(range(10), k=20))
print(random.choices("abc", weights=[5, 1, 2], k=20))
print(random.choices("abc", [0.1, 0.7, 0.2], k=10))
print(random.choices(["x", "y", "z"], cum_weights=[1, 5, 6], k=15))
print(random.choices([1, 2, 3]))

random.seed(99)
print([random.gauss(0, 1) for _ in range(15)])
print([random.gauss(10, 2.5) for _ in range(5)])
print([random.normalvariate(0, 1) for _ in range(15)])
print([random.normalvariate(100, 15) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(10)])
print([random.uniform(-5, 5) for _ in range(10)])
print([random.uniform(1.5, 2.5) for _ in range(5)])
print([random.triangular(0, 10, 3) for _ in range(5)], random.triangular())
print([random.lognormvariate(0, 0.5) for _ in range(5)])
print([random.vonmisesvariate(1.0, 4.0) for _ in range(5)], random.vonmisesvariate(0, 0))
print([random.gammavariate(a, 2.0) for a in (0.3, 1.0, 2.5, 9.0)])
print([random.betavariate(2, 5) for _ in range(5)])
print([random.paretovariate(2.5) for _ in range(5)])
print([random.weibullvariate(1.0, 1.5) for _ in range(5)])

# Seeds of every supported kind.
for s in [0, 1, -1, 12345, 2**32, 2**32 - 1, 2**64 + 7, -(2**80), 10**30, True, False,
          "", "a", "hello world", "ünïcødé ☃", "x" * 200, 3.25, -2.5, 1e100, 0.0]:
    random.seed(s)
    print(repr(s)[:30], random.random(), random.getrandbits(32))
random.seed("hello", version=1)
print(random.random())
random.seed("", version=1)
print(random.random())

# State round trips.
random.seed(5)
random.gauss(0, 1)
st = random.getstate()
a = [random.random() for _ in range(700)] + [random.gauss(0, 1) for _ in range(3)]
random.setstate(st)
b = [random.random() for _ in range(700)] + [random.gauss(0, 1) for _ in range(3)]
print(a == b, st[0], len(st[1]), st[1][-1], st[2])

# Independent instances.
r1 = random.Random(1)
r2 = random.Random(1)
r3 = random.Random("seed")
print(r1.random() == r2.random(), r1.random(), r3.random(), r3.randrange(1000))
r1.seed(1)
print(r1.random(), r2.random())
r2.setstate(r1.getstate())
print(r1.random() == r2.random())
print([r3.choice("xyz") for _ in range(10)], r3.sample(range(50), 5))
l = list(range(12))
r3.shuffle(l)
print(l)
print(type(r1).__name__, isinstance(r1, random.Random), random.Random.VERSION)


class Const(random.Random):
    """A subclass overriding only random(): other methods use it."""

    def random(self):
        return 0.5


c = Const(3)
print(c.random(), c.uniform(0, 10), c.choice("abcd"), c.randrange(100), c.choices("abc", k=3))
print(c.expovariate(2.0), c.gauss(1, 2), c.sample(range(10), 3))


class Bits(random.Random):
    """A subclass overriding getrandbits: _randbelow uses it."""

    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 3


b = Bits(0)
print(b.randrange(7), b.choice(range(6)), b.random() < 1)


class Logged(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def seed(self, a=None, version=2):
        self.calls += 1
        super().seed(a, version)


g = Logged(11)
print(g.calls, g.random(), g.randint(1, 100))
g.seed(11)
print(g.calls, g.random())
