# Complex numbers: Mandelbrot render, FFT, quadratic roots, cmath.
import cmath
import math


def mandelbrot(width=60, height=24, max_iter=40):
    chars = " .:-=+*#%@"
    rows = []
    for y in range(height):
        row = []
        for x in range(width):
            c = complex(-2.2 + 3.0 * x / width, -1.2 + 2.4 * y / height)
            z = 0j
            n = 0
            while abs(z) <= 2 and n < max_iter:
                z = z * z + c
                n += 1
            row.append(chars[n * (len(chars) - 1) // max_iter])
        rows.append("".join(row))
    return rows


for line in mandelbrot():
    print(line.rstrip())


def fft(xs):
    n = len(xs)
    if n == 1:
        return [complex(xs[0])]
    even = fft(xs[0::2])
    odd = fft(xs[1::2])
    out = [0j] * n
    for k in range(n // 2):
        t = cmath.exp(-2j * cmath.pi * k / n) * odd[k]
        out[k] = even[k] + t
        out[k + n // 2] = even[k] - t
    return out


def ifft(xs):
    n = len(xs)
    conj = fft([x.conjugate() for x in xs])
    return [x.conjugate() / n for x in conj]


signal = [math.sin(2 * math.pi * 2 * t / 16) + 0.5 * math.cos(2 * math.pi * 5 * t / 16) for t in range(16)]
spectrum = fft(signal)
print("spectrum magnitudes:", [round(abs(c), 6) for c in spectrum])
print("peaks:", [k for k, c in enumerate(spectrum) if abs(c) > 1e-6])
print("X[2] =", spectrum[2])
back = ifft(spectrum)
print("round trip ok:", all(cmath.isclose(a, b, abs_tol=1e-12) for a, b in zip(back, signal)))
print("back[:4]:", [complex(round(c.real, 9), round(c.imag, 9)) for c in back[:4]])


def quadratic_roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 1, 1), (1, 0, -2)]:
    r1, r2 = quadratic_roots(*coeffs)
    print(coeffs, "->", r1, r2)

# Literals, repr and arithmetic
vals = [2j, 1.5e3j, 1 + 2j, complex(1.0, 2.0), -0 - 1j, complex(1.5, 0), complex(float("nan"), float("inf")),
        complex(-0.0, -0.0), complex(0.0, -0.0), complex(1e16, 1e-7), 0j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -3, a ** 0.5, a ** b, 2 ** a, 1j ** 1j)
print(a + 1, 1 - a, a * 2.5, 2.5 / a, a / 2, abs(a), -a, +a, a.conjugate())
print(a == 3 + 4j, a != b, 1 + 0j == 1, 2.5 == 2.5 + 0j, 1j == 1)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(a), hash(-1j), hash(complex(0.5, -1.25)))
print(bool(0j), bool(0.1j), type(a).__name__, isinstance(a, complex))
print((-8) ** (1 / 3), (-2.0) ** 0.5, (-1) ** 1.5, pow(-27, 1 / 3))
print(sum([1j, 2, 3.5, -0.5j]), {1j: "a", 1: "b"}[1 + 0j], {2j, 2j, 1}, sorted([3, 1, 2], key=lambda k: abs(k * 1j)))
print(complex("1+2j"), complex(" (-3.5-2.25J) "), complex("j"), complex("-j"), complex("4"), complex("1e3j"),
      complex(2, 3), complex(real=1, imag=-1), complex(1 + 1j, 1j), complex(imag=2))
print(format(a, ""), format(a, ".2f"), format(a, ">20"), f"{b:+.3e}", f"{2j:8}|", f"{a:^24.1f}|", f"{1.5 + 0j:g}")
print(cmath.sqrt(-4), cmath.sqrt(2 + 3j), cmath.exp(1j * cmath.pi), cmath.log(1j), cmath.log(8, 2), cmath.log10(-100))
print(cmath.phase(-1), cmath.phase(1j), cmath.polar(1 + 1j), cmath.rect(2, cmath.pi / 4))
print(cmath.sin(1 + 1j), cmath.cos(1 - 2j), cmath.tan(0.5 + 0.25j))
print(cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.pi, cmath.e, cmath.inf)
for label, fn in [
    ("lt", lambda: a < b),
    ("div0", lambda: a / 0),
    ("zero-pow", lambda: 0j ** -1),
    ("floordiv", lambda: a // 2),
    ("mod", lambda: a % 2),
    ("parse", lambda: complex("1+")),
    ("str-arg", lambda: complex("1", 2)),
    ("list-arg", lambda: complex([])),
    ("float", lambda: float(a)),
    ("log0", lambda: cmath.log(0)),
    ("overflow", lambda: (1e200 + 1e200j) ** 2),
]:
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e)
