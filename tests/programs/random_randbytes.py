# random.randbytes and Random.randbytes: seeded, they must give CPython's exact bytes
# (getrandbits(n*8) in little-endian order); a subclass's getrandbits is honoured.
import random

random.seed(1234)
print(random.randbytes(0), random.randbytes(1), random.randbytes(5))
print(random.randbytes(37).hex())
rng = random.Random(99)
data = rng.randbytes(64)
print(len(data), data.hex())
print([rng.randbytes(3) for _ in range(4)])
print(rng.random())

class Fixed(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k else 0

print(Fixed(0).randbytes(4))
for bad in [-1, "3"]:
    try:
        random.randbytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
