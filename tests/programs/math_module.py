import math
from math import sqrt, pi

print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(sqrt(2), sqrt(16), math.sqrt(0.25), math.sqrt(1e100), math.sqrt(2) ** 2)
for angle in [0, pi / 6, pi / 4, pi / 3, pi / 2, pi, 1.0, -2.5]:
    print("%.4f" % angle, math.sin(angle), math.cos(angle), round(math.tan(angle), 6) if angle != pi / 2 else "big")
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log10(2))
print(math.log(1), math.log(10), math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.floor(7))
print(type(math.floor(2.5)).__name__, math.floor(1e20), math.ceil(-1e20))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 20 + 1))
print(math.gcd(48, 36), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(17, 31), math.gcd(0, 0))
print([math.factorial(n) for n in range(13)])
print(math.fabs(-3), math.fabs(2.5), math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.02))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(1e308))

# Numerical integration and series that exercise the functions in loops
def simpson(f, a, b, n):
    h = (b - a) / n
    total = f(a) + f(b)
    for i in range(1, n):
        total += (4 if i % 2 else 2) * f(a + i * h)
    return total * h / 3

print("integral sin 0..pi =", simpson(math.sin, 0, math.pi, 100))
print("integral exp 0..1 =", simpson(math.exp, 0, 1, 50), math.e - 1)
print("integral 1/x 1..e =", simpson(lambda x: 1 / x, 1, math.e, 60))

leibniz = 0.0
for k in range(2000):
    leibniz += (-1) ** k / (2 * k + 1)
print("leibniz pi ~", 4 * leibniz)

def newton_sqrt(x):
    guess = x / 2.0
    for _ in range(30):
        guess = (guess + x / guess) / 2
    return guess

for v in [2, 10, 12345.678]:
    print(v, newton_sqrt(v), math.sqrt(v), math.isclose(newton_sqrt(v), math.sqrt(v)))

points = [(math.cos(2 * pi * k / 7), math.sin(2 * pi * k / 7)) for k in range(7)]
perimeter = sum(math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]) for i in range(7))
print("heptagon perimeter:", perimeter, "vs 2pi:", 2 * pi)
