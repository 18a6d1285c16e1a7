# repr/str of floats must be the shortest round-tripping form, as CPython prints them.

values = [
    0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 10 / 3,
    1e15, 1e16, 1e17, 1.5e16, 123456789012345678.0, 1e22, 1e23, 1e100, 1e300, 1e308,
    1e-4, 1e-5, 0.0001, 0.00001, 0.000123, 1.5e-7, 5e-324, 2.2250738585072014e-308,
    1.7976931348623157e308, 3.141592653589793, 2.718281828459045, 100.0, 1234.5,
    0.5, 0.25, 0.125, 1 / 7, 9007199254740993.0, 4.35, 2.675, 1.1 * 1.1, 0.1 * 3,
    float("inf"), float("-inf"), float("nan"), 1e16 + 1, 12345678.9, 99999999999999.99,
]
for v in values:
    print(repr(v), str(v), v)

print([0.1, 0.5, 1e-10, 1e20, -2.5])
print((0.1, 1.0), {"x": 1.5})
print(float("1.5"), float("  -3.25  "), float("1e3"), float("inf"), float("-Infinity"), float("nan"))
print(float(10), float(-7), float(True), float("0.1"), float("1_000.5"))
print(2.0 ** 0.5, 2 ** 0.5, 10 ** -2, 2.0 ** 10, (-8.0) ** 2, 4 ** 0.5)
print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(1.0 / 3.0, 2.0 * 3, 3 - 0.5, 0.1 + 0.7, 1.0 - 0.9, 100 * 1.1)
print(sum([0.1] * 10), 0.1 * 10, sum([0.1, 0.2, 0.3]))
print(1e16 + 1 == 1e16, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(float("inf") > 1e308, float("-inf") < -1e308, float("inf") == float("inf"))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
inf = float("inf")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / 1e308, 1 / inf, -1 / inf)
print(int(2.9), int(-2.9), int(1e10), int(-0.5), int(123456.789))
print(abs(-2.5), abs(-0.0), -(0.0), max(1.5, 2), min(-0.5, -1), round(-0.0))
print(1.5 == 3 / 2, 1.0 == 1, hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(1e20) == hash(10 ** 20))
print(type(1.0 + 1).__name__, type(1 * 1.0).__name__, type(3 // 2.0).__name__)
