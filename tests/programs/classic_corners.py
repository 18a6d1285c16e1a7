print(str(KeyError("k")), str(KeyError(1, 2)), str(KeyError()), repr(KeyError("k")), str(Exception("a", 1)), repr(ValueError()), str(IndexError("x")))
e = StopIteration(5); print(e.value, e.args)
class A:
    xs = [1, 2, 3]
    ys = [x * 2 for x in xs]
    total = sum(x for x in xs)
print(A.ys, A.total)
try:
    class B:
        n = 3
        zs = [n * i for i in range(3)]
except NameError as e:
    print("NameError", e)
try:
    x = int("9" * 5000)
except ValueError as e:
    print("ValueError", str(e)[:60])
x = 10 ** 4000
print(len(str(x)), str(x)[:10])
try:
    str(10 ** 5000)
except ValueError as e:
    print("VE", e)
def g():
    try:
        yield 1
        return 5
    finally:
        print("gen finally")
gg = g()
print(next(gg))
try:
    next(gg)
except StopIteration as e:
    print("stop", e.value)
print(list(zip(range(3), "abc", strict=True)))
try:
    list(zip(range(3), "ab", strict=True))
except ValueError as e:
    print(e)
print(f"{3.14159:.{2}f}", f"{'x'!r:^7}", f"{10:#b}", f"{-0.0:+.1f}", f"{1e-7:g}", f"{123456789:.3e}", f"{0.000001234:.2g}", f"{12.0:g}", f"{1e16:g}", f"{float('nan'):>6}")
print("{:.3}".format(3.14159), "{:.0f}".format(2.5), "{:.0f}".format(3.5), "{:10.4}".format("abcdefg"), "{:<+6d}|".format(5), "{:^+9.2f}|".format(-1.5))
print(format(1234.5, "n"), format(0.1, ".17g"), format(2 ** 70, ","), format(-1234567.891, "_.2f"), format(5, "c") if False else "", format(True, "d"), format(3, ".2f"), format(12, "x"))
print(round(0.125, 2), round(0.375, 2), round(2.5e-5, 5), round(1e300, -300), round(123.456, -1), round(-0.5), round(5, 1), type(round(5.0)).__name__, round(float("inf")) if False else 0)
print(1e300 * 1e300, -1e300 * 1e300, float("inf") - float("inf"), 0.0 * -1, -0.0 + 0.0, abs(-0.0), 1 / 3 * 3, 0.1 * 3, 4.35 * 100, 1.1 + 2.2)
print(repr(1e22), repr(1e21), repr(1.5e-7), repr(123456789012345.6), repr(0.1 + 0.2), str(1e-4), str(9.999999999999999e22), 2 ** 53 + 1.0, float(2 ** 53 + 1))
print(int(1e23), int(-1.9999999999999998), 3 // 0.7, 3 % 0.7, -3 % 0.7, divmod(3.5, -0.7), 10 ** 0.5, 2 ** -1074, 2.0 ** 1023 * 2 if False else 1)
print(bool(0.0), bool(""), bool([]), bool(None), bool(()), bool({}), bool(set()), bool(range(0)), bool(" "), not not [0])
print(list(range(10, 0, -3)), range(5)[1:3], range(0, 10, 2)[::-1], len(range(-5, 5, 3)), 7 in range(0, 10, 7), range(3) == range(0, 3), list(range(5))[-2:])
print(sorted({3: 1, 1: 2}), sorted({"b": 1, "a": 2}.items()), list({1: 1, 2: 2}.values()), {1, 2} == frozenset({1, 2}), ({1: 2} | {3: 4}))
print([1, 2, 3].index(2), [1, 2, 3, 2].count(2), [3, 1, 2].copy(), [[]] * 2, [1] + [2], (1,) * 3, (1, 2) + (3,), tuple([1, 2]), list((1, 2)), [*range(3), *"ab"], {**{"a": 1}, "b": 2})
a = [5, 3, 1]; a.sort(); a.reverse(); a.insert(1, 9); a.extend((7, 7)); a.remove(7); print(a, a.pop(0), a.pop(), a)
print("".join(map(str, range(5))), str.join(",", ["a", "b"]), ", ".join(sorted({"x", "y"})), "%s" % [1, "2"], "%s %s" % ("a", "b"), "%r" % ((1, 2),), "%d%%" % 50)
print(chr(97), ord("a"), chr(0x10FFFF) == "\U0010ffff", hex(ord("€")), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é", len("\U0001F600"), "a\
b")
