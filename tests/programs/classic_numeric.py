# Numeric library behaviour: math functions to the last bit, errors, int/float corners.
import sys, math, time
print(sys.maxsize, sys.version_info >= (3, 0), sys.version_info[:2], sys.version_info[0], type(sys.argv).__name__, len(sys.argv))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit if hasattr(sys, "int_info") else 30)
print(sys.byteorder, sys.platform[:3], sys.intern("abc"), sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
t0 = time.perf_counter(); t1 = time.time(); t2 = time.monotonic(); t3 = time.process_time()
print(type(t0).__name__, t1 > 1e9, time.perf_counter() >= t0)
print(math.inf, -math.inf, math.nan, math.tau, math.e, math.pi)
print(math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 3), math.modf(3.75), math.modf(-2.5), math.frexp(10.0), math.ldexp(0.625, 4))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.dist((0, 0), (3, 4)), math.erf(0.5), math.erfc(0.5), math.gamma(5.5), math.lgamma(10))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5), math.asin(0.5), math.acos(0.5), math.atan(1))
print(math.expm1(1e-10), math.log1p(1e-10), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp2(3) if hasattr(math, "exp2") else 8.0, math.pow(2, 0.5), math.sqrt(2))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.lcm(4, 6), math.gcd(0, 0), math.gcd(-12, 18), math.isqrt(10 ** 20), math.floor(1e20), math.ceil(-0.5))
print(math.log(8, 2), math.log(1e-300), math.log(2 ** 1000), math.log10(2 ** 100), math.log2(2 ** 70), math.trunc(1e20), math.floor(-1e-300))
print(math.fsum([1e100, 1.0, -1e100]), math.fsum([0.1] * 3), math.hypot(1, 2, 2), math.hypot(), math.comb(50, 25), math.perm(10), math.factorial(0))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.remainder(10, 3), math.isclose(1, 1.0000000001), math.isclose(1e-10, 0, abs_tol=1e-9))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000), lambda: math.acos(2), lambda: 1 / 0, lambda: 1 % 0, lambda: 2.0 ** 10000, lambda: int(math.inf), lambda: int(math.nan), lambda: math.factorial(2.5), lambda: [].pop(), lambda: {}.popitem(), lambda: "".index("x"), lambda: [1].index(2), lambda: int("x"), lambda: float("y"), lambda: chr(-1), lambda: ord("ab"), lambda: divmod(1, 0), lambda: 10 ** -1 % 0]:
    try:
        bad()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
print(float(10 ** 308), 1e308 * 10, -1e308 * 10, 2 ** 1023 * 2.0 if False else 0, round(1e300), int(1e20), float(2 ** 63), 123456789 * 987654321 * 1000000007)
print(7 / 2, 7 // 2, -7 // 2, 7 % -2, -7 % -2, 2 ** 62 + 2 ** 62, -(2 ** 63), (2 ** 64) // 3, (2 ** 64) % 1000, abs(-2 ** 70), 10 ** 30 / 10 ** 10)
print(hash(1) == hash(1.0), hash(-1), hash(0.5), hash((1, 2)) == hash((1, 2)), hash(2 ** 61), hash(2 ** 61 - 1), hash(-2 ** 61), hash(float("inf")), hash(1e100) == hash(int(1e100)))
xs = [0.5, 1.5, 2.5, 5.5, 10.3, 0.1, 1e-5, 3.7, 7.25, 20.5, 30.1, 57.3, 100.7, 150.2, 170.5, -0.5, -1.5, -2.3, -10.7, -150.3, 24.0, 25.0, 1e-25, 4.999, 5.001]
for x in xs:
    print(x, repr(math.gamma(x)), repr(math.lgamma(x)))
for x in [0, -1, -2.0]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f(x))
        except ValueError as e:
            print("VE", e)
try:
    math.gamma(171.7)
except OverflowError as e:
    print("OE", e)
print(math.lgamma(1e300), math.gamma(-250.5))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.exp2(3), math.exp2(0.5), math.exp2(-1074))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7.5, 2), math.remainder(5, 2), math.remainder(7, 2), math.remainder(3, math.inf))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(5, 5), math.ulp(1e300), math.ulp(0.0), math.ulp(-3.5), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
try:
    math.exp2(2000)
except OverflowError as e:
    print(e)
for n in [2**1000, 10**400, 3**5000 + 1, 2**1023, 2**1024, 7**600, 10**20, 2**64 - 1]:
    print(math.log(n), math.log2(n), math.log10(n), math.log(n, 10), math.log(n, 2), math.log1p(n) if n < 2**1024 else 0)
print(math.log(10**400, 10**5))
s = 12345
def r():
    global s
    s = (s * 1103515245 + 12345) % 2**31
    return (s / 2**31 - 0.3) * 10 ** (s % 9 - 4)
for i in range(60):
    a, b, c, d = r(), r(), r(), r()
    print(repr(math.hypot(a, b)), repr(math.hypot(a, b, c)), repr(math.dist((a, b), (c, d))), repr(math.dist((a, b, c, d), (d, c, b, a))), repr(math.hypot(a)))
print(math.hypot(3, 4), math.hypot(), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308) if False else 0, math.dist([1], [4]))
vals = [0.5, 1, 2, 3, -0.5, 0.1, 1e-5, 5, -3.3, 0.9, 1.5, 2.5, 4.2, 6.1, 10, 27]
s = 12345
for i in range(30):
    s = (s * 1103515245 + 12345) % 2**31
    vals.append((s / 2**31 - 0.5) * 12)
for v in vals:
    print(repr(math.erf(v)), repr(math.erfc(v)), repr(math.expm1(v)), repr(math.log1p(abs(v))), repr(math.atanh(v / 30)), repr(math.tan(v)), repr(math.sinh(v)), repr(math.exp(v)), repr(math.acosh(abs(v) + 1)), repr(math.asinh(v)))
vals = [0.5, 1, 2, 3, 0.1, 1e-5, 5, 0.9, 1.5, 2.5, 4.2, 6.1, 10, 27, 1e10, 1e-10, 100.5, 700.1]
s = 12345
for i in range(30):
    s = (s * 1103515245 + 12345) % 2**31
    vals.append((s / 2**31) * 10 ** (s % 8 - 3))
for v in vals:
    print(repr(math.sin(v)), repr(math.cos(v)), repr(math.tan(v)), repr(math.atan2(v, 1.7)), repr(math.hypot(v, 2.3)), repr(math.pow(v, 1.37)), repr(math.fmod(v, 0.7)), repr(math.log(v)), repr(math.log2(v)), repr(math.log10(v)))
    print(repr(math.exp(v % 700)), repr(math.sqrt(v)), repr(math.asin(1 / (1 + v))), repr(math.acos(1 / (1 + v))), repr(math.atan(v)), repr(math.cosh(v % 700)), repr(math.tanh(v)), repr(math.dist((v, 1), (2, v))), repr(math.fsum([v, 1e-3, -v / 3])), repr(v ** 0.37), repr(math.degrees(v)), repr(math.radians(v)))
