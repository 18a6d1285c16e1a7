# f-strings: format specs, conversions, nested fields, expressions.

name = "Ada"
age = 36
pi = 3.14159265358979
items = ["x", "y"]
data = {"k": 1, "j": [1, 2]}

print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {items!r} {data}")
print(f"{age:5d}|{age:<5d}|{age:^5d}|{age:>5}|{age:05d}|{age:+d}|{-age:+d}|{age: d}|{age:x}|{age:X}|{age:o}|{age:b}")
print(f"{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:^10.2f}|{pi:e}|{pi:.3e}|{pi:g}|{pi:%}|{pi:.0f}|{pi:010.4f}")
print(f"{1234567:,}|{1234567.891:,.1f}|{1234567:_}|{0.000123:g}|{123456789.0:g}|{1e-7:.2g}")
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^10}|{name:.2}|{name:-<6}")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|{name:>{width}}|{age:{'0'}{width}d}")
print(f"{age * 2 + 1} {age // 5} {age % 5} {age ** 2} {pi * 2:.4f} {len(items)}")
print(f"{'nested'} {f'{age}'} {items[0]} {data['k']} {data['j'][1]}")
print(f"{{literal braces}} {{{age}}}")
print(f"{name.upper()} {name.lower()[::-1]} {', '.join(items)}")
print(f"{True} {None} {3 > 2} {[i * i for i in range(4)]} {(1, 2)}")
print(f"{age=} {pi=:.2f} {name=!s}")
values = [1, -2.5, 1e10, "s", None, [1], (2,), {"a": 1}]
for v in values:
    print(f"[{v!r:>12}] [{v!s:<12}] [{str(v):^12}]")
for i in range(1, 6):
    print(f"{i:2d} {i * i:3d} {i ** 3:4d} {1 / i:8.5f} {'#' * i:<5}|")
print(f"{-0.0:.1f} {float('inf'):.3f} {float('nan'):5} {-1.5:+.2f} {2.5:.0f} {3.5:.0f}")
print(f"{12:#x} {12:#o} {12:#b} {255:08b} {-255:x} {65:c}")
print(f"{'a'!r:>5} {3.0!r} {0.1 + 0.2!r} {0.1 + 0.2!s} {0.1 + 0.2:.17g}")


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.3f}"
        return str(self)


p = Point(3, 4)
print(f"{p} {p!r} {p!s} {p:polar}", format(p, "polar"), str(p), repr(p))
print(f"{[p, p]}")
table = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 4.125)]
print(f"{'fruit':<10}{'qty':>5}{'price':>8}{'total':>9}")
for fruit, qty, price in table:
    print(f"{fruit:<10}{qty:>5}{price:>8.2f}{qty * price:>9.3f}")
print(f"{sum(q * p for _, q, p in table):.2f}")
