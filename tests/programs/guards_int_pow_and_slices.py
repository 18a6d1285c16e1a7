# Guards of `int ** int` in the int form (a site warmed on small powers
# overflows into a big int, gets a negative exponent, a bool, a float) and of
# the slice fast path for bytes, bytearray and non-ASCII str (bounds past
# the ends, negative bounds, steps, subclasses, other types at a warm site).


def power(x, y):
    return x ** y


def square_sum(n):
    total = 0
    for i in range(n):
        total += (i - n // 2) ** 2
    return total


def cut(seq, a, b):
    return seq[a:b]


def cut_step(seq, a, b, c):
    return seq[a:b:c]


def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print("square sum", square_sum(200))
x = 3
for i in range(60):
    x = power(i % 7 + 2, i % 5)
print("warm power", x)
for y in (10, 39, 40, 41, 62, 63, 64, 100):
    print("3 **", y, power(3, y))
print("2 ** 63", power(2, 63), "-2 ** 63", power(-2, 63), "-2 ** 64", power(-2, 64))
run("negative exponent", lambda: power(2, -3))
run("zero negative", lambda: power(0, -1))
print("bools", power(True, 5), power(2, True), power(False, 0))
print("float", power(2, 0.5), power(2.5, 2))
print("zero", power(0, 0), power(-7, 0), power(-1, 99))
print("big base", power(2 ** 70, 2))
acc = 1
for i in range(70):
    acc = power(7, i)
print("late overflow", acc)

data = bytes(range(60))
buf = bytearray(b"abcdefghij" * 6)
text = "héllo wörld, " * 8 + "end"
plain = "ascii only text " * 5
warm = 0
for i in range(60):
    warm += len(cut(data, i % 7, i % 13 + 5)) + len(cut(buf, -i, None)) + len(cut(text, i, i + 9)) + len(cut(plain, i // 2, -i))
print("warm slices", warm)
for a, b in ((0, 0), (5, 3), (-5, None), (None, -70), (58, 900), (-900, 2), (2 ** 40, None)):
    print("bounds", a, b, cut(data, a, b), cut(buf, a, b), repr(cut(text, a, b)), repr(cut(plain, a, b)))
print("types", type(cut(data, 1, 4)).__name__, type(cut(buf, 1, 4)).__name__)
copy = cut(buf, None, None)
copy[0] = 90
print("copy is new", buf[:3], copy[:3])
for c in (2, -1, -3):
    print("step", c, cut_step(data, 1, 20, c), cut_step(text, None, None, c)[:12], cut_step(buf, -3, 2, c))


class MyBytes(bytes):
    pass


class MyStr(str):
    pass


for other in (MyBytes(b"subclass"), MyStr("sübclass"), memoryview(b"view"), [1, 2, 3, 4], (5, 6, 7), range(10)):
    r = cut(other, 1, 3)
    print("other", type(other).__name__, type(r).__name__, bytes(r) if isinstance(r, memoryview) else r)
run("float bound", lambda: cut(data, 1.5, 3))
run("str bound", lambda: cut(text, "a", 3))
run("zero step", lambda: cut_step(buf, 1, 3, 0))
run("not sliceable", lambda: cut(42, 1, 2))
print("emoji", cut("a😀b😀c" * 20, 3, 9), cut("a😀b😀c" * 20, -4, None))
