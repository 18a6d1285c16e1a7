"""Signal processing with complex numbers: a recursive and an iterative radix-2 FFT
(`cmath.exp`, complex `*`/`+`, bit reversal), big-integer-free polynomial multiplication
through the FFT, a windowed spectrum of a synthetic signal (`math.sin`, `math.cos`,
`math.hypot`, `math.atan2`, `math.log10`), and Simpson integration."""
import sys
import math
import cmath


def fft_recursive(xs):
    n = len(xs)
    if n == 1:
        return list(xs)
    even = fft_recursive(xs[0::2])
    odd = fft_recursive(xs[1::2])
    out = [0j] * n
    half = n // 2
    for k in range(half):
        t = cmath.exp(-2j * math.pi * k / n) * odd[k]
        out[k] = even[k] + t
        out[k + half] = even[k] - t
    return out


def fft_iterative(xs, inverse=False):
    n = len(xs)
    a = list(xs)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            a[i], a[j] = a[j], a[i]
    length = 2
    sign = 1 if inverse else -1
    while length <= n:
        angle = sign * 2 * math.pi / length
        wlen = complex(math.cos(angle), math.sin(angle))
        for start in range(0, n, length):
            w = 1 + 0j
            half = length // 2
            for k in range(start, start + half):
                u = a[k]
                v = a[k + half] * w
                a[k] = u + v
                a[k + half] = u - v
                w *= wlen
        length <<= 1
    if inverse:
        a = [x / n for x in a]
    return a


def multiply_polynomials(p, q):
    size = 1
    while size < len(p) + len(q):
        size *= 2
    fp = fft_iterative([complex(c) for c in p] + [0j] * (size - len(p)))
    fq = fft_iterative([complex(c) for c in q] + [0j] * (size - len(q)))
    product = fft_iterative([x * y for x, y in zip(fp, fq)], inverse=True)
    return [round(c.real) for c in product[:len(p) + len(q) - 1]]


def hann(n):
    return [0.5 - 0.5 * math.cos(2 * math.pi * i / (n - 1)) for i in range(n)]


def spectrum(samples, rate):
    n = len(samples)
    window = hann(n)
    spec = fft_iterative([complex(s * w, 0.0) for s, w in zip(samples, window)])
    peaks = []
    mags = [math.hypot(z.real, z.imag) for z in spec[:n // 2]]
    for k in range(1, n // 2 - 1):
        if mags[k] > mags[k - 1] and mags[k] >= mags[k + 1] and mags[k] > n / 50:
            peaks.append((k * rate / n, 20 * math.log10(mags[k]), math.atan2(spec[k].imag, spec[k].real)))
    return peaks


def simpson(f, a, b, steps):
    h = (b - a) / steps
    total = f(a) + f(b)
    for i in range(1, steps):
        x = a + i * h
        total += (4 if i % 2 else 2) * f(x)
    return total * h / 3


def main(n):
    size = 1 << n
    signal = [math.sin(2 * math.pi * 50 * t / size) + 0.5 * math.sin(2 * math.pi * 120 * t / size + 0.3)
              + 0.25 * math.cos(2 * math.pi * 300 * t / size) for t in range(size)]
    a = fft_recursive([complex(x) for x in signal])
    b = fft_iterative(signal)
    err = max(abs(x - y) for x, y in zip(a, b))
    print(f"fft size {size}: max difference {err:.2e}")
    back = fft_iterative(b, inverse=True)
    print(f"round trip error {max(abs(x.real - s) for x, s in zip(back, signal)):.2e}")
    for freq, db, phase in spectrum(signal, size)[:6]:
        print(f"  peak {freq:8.1f} Hz {db:7.2f} dB phase {phase:+.3f}")
    p = [(i * 7 + 3) % 10 for i in range(size // 4)]
    q = [(i * 3 + 1) % 10 for i in range(size // 4)]
    prod = multiply_polynomials(p, q)
    direct = sum(p[i] * q[40 - i] for i in range(41) if i < len(p) and 40 - i < len(q))
    print("poly product digest", sum(c * (k % 97) for k, c in enumerate(prod)) % 1000000007,
          "len", len(prod), "coefficient 40", prod[40], direct)
    integral = simpson(lambda x: math.exp(-x * x) * math.cos(3 * x), -4.0, 4.0, size * 4)
    print(f"integral {integral:.10f}")
    print(f"erf check {simpson(lambda t: 2 / math.sqrt(math.pi) * math.exp(-t * t), 0.0, 1.0, size):.12f}"
          f" vs {math.erf(1.0):.12f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 16)
