# Fixed-point float formatting: values with few decimals (exact when scaled: a fast path)
# and others, to every precision, compared by digest.
import random, struct
random.seed(5)
vals = [0.0, -0.0, 12.5, 66.0, 0.05, 0.125, 1e15, 2.0**52, 2.0**53, 123456789.25, 0.5, 2.5, 1.005, 0.1, 1e-7, 5e-324, 1e22, 9007199254740991.0]
for _ in range(3000):
    k = random.random()
    if k < 0.3:
        vals.append(random.randint(-10**6, 10**6) / random.choice([1, 2, 4, 8, 16, 10, 100, 1000, 1024]))
    elif k < 0.6:
        vals.append(round(random.uniform(-1e6, 1e6), random.randint(0, 6)))
    else:
        vals.append(struct.unpack("d", struct.pack("Q", random.getrandbits(64)))[0])
out = []
for v in vals:
    for p in (0, 1, 2, 3, 5, 10, 15, 16, 20):
        out.append(f"{v:.{p}f}|{v:.{p}%}|{v:{p}.{p}f}")
import hashlib
print(len(out), hashlib.md5("\n".join(out).encode()).hexdigest())
print(f"{12.5:.2f} {0.05:.3f} {-0.0:.2f} {1e15:.2f} {2.5:.0f} {0.5:.0f} {1.5:.0f}")
