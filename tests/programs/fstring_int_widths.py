# f-strings and str() of ints: the width-only specs written directly
# ("", "d", "N", "0N", "0Nd") next to specs the full parser handles, bools,
# int subclasses (with and without __format__/__str__), big ints, conversions.


class Num(int):
    pass


class Fancy(int):
    def __format__(self, spec):
        return "fancy<" + spec + ">"

    def __str__(self):
        return "fancy-str"


values = [0, 7, -7, 42, -42, 100000, -99999, 2 ** 63 - 1, -2 ** 63, 2 ** 64, -2 ** 70]
for v in values:
    print(f"{v}|{v:d}|{v:3}|{v:03}|{v:05d}|{v:0}|{v:1d}|{v:>6}|{v:<6}|{v:+d}|{v:,}|{v:x}|{v!s}|{v!r:>4}|{v!s:>4}")
    print(str(v), repr(v), format(v), format(v, "04"), "%d" % v, "{:02d}".format(v))
for width in (2, 9, 30, 63, 64, 65, 99, 100):
    print(width, f"{-5:0{width}d}"[-8:], len(f"{5:{width}}"))
for b in (True, False):
    print(f"{b}|{b:d}|{b:03}|{b!s}|{b:>6}", str(b))
print(f"{Num(5)}|{Num(5):03d}|{Num(-5):4}", str(Num(12)))
print(f"{Fancy(5)}|{Fancy(5):03d}|{Fancy(5)!s}", str(Fancy(3)))
for bad in ("dd", "5x5", "0>", "=03", "05s", ".2d"):
    try:
        print(bad, format(12, bad))
    except ValueError as e:
        print(bad, "ValueError", e)
total = 0
for i in range(-300, 300, 7):
    total += len(f"{i}:{i:02d}:{i:5}") + len(str(i))
print("total", total)
