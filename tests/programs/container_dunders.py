# Container protocol, iterator protocol, callables, context managers and truthiness.


class Grid:
    def __init__(self, width, height, fill=0):
        self.width = width
        self.height = height
        self.cells = [fill] * (width * height)

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError(f"cell {pos} out of range")
        return self.cells[y * self.width + x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.width + x] = value

    def __delitem__(self, pos):
        self[pos] = 0

    def __contains__(self, value):
        return value in self.cells

    def __len__(self):
        return self.width * self.height

    def __iter__(self):
        for y in range(self.height):
            yield [self[x, y] for x in range(self.width)]

    def __str__(self):
        return "\n".join(" ".join(f"{v:2}" for v in row) for row in self)


g = Grid(4, 3)
for i in range(4):
    g[i, i % 3] = i + 1
g[3, 2] = 9
print(g)
print(len(g), 9 in g, 7 in g, g[1, 1], list(g)[2])
del g[3, 2]
print(9 in g, sum(sum(row) for row in g))
try:
    g[10, 10]
except IndexError as e:
    print("IndexError:", e)


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(5)), sum(Countdown(100)), max(Countdown(3)), sorted(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
for a, b in zip(Countdown(3), "xyz"):
    print(a, b, end="; ")
print()


class Squares:
    def __getitem__(self, index):
        if index >= 5:
            raise IndexError
        return index * index


print(list(Squares()), 9 in Squares(), [s for s in Squares()])


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __len__(self):
        return len(self.coeffs)

    def __bool__(self):
        return any(self.coeffs)


p = Polynomial(1, -3, 2)
print([p(x) for x in range(5)], callable(p), len(p), bool(p), bool(Polynomial(0, 0)), list(map(p, [0.5, -1])))


class Empty:
    def __len__(self):
        return 0


print(bool(Empty()), "falsy" if not Empty() else "truthy", bool(object()))


class Tracer:
    depth = 0

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        Tracer.depth += 1
        print("  " * Tracer.depth + f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  " * Tracer.depth + f"exit {self.name} exc={exc_type.__name__ if exc_type else None} {exc!r}")
        Tracer.depth -= 1
        return self.suppress


with Tracer("a") as t:
    print("inside", t.name)
with Tracer("outer"), Tracer("inner") as inner:
    print("both active, inner is", inner.name)
with Tracer("swallow", suppress=True):
    raise KeyError("ignored")
print("after suppression")
try:
    with Tracer("x") as x, Tracer("y", suppress=False):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", repr(e))


def use_resource(fail):
    with Tracer("res"):
        if fail:
            return "early return"
        print("working")
    return "normal"


print(use_resource(True), use_resource(False))
for i in range(3):
    with Tracer(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)


class Registry(dict):
    def __missing__(self, key):
        value = self[key] = len(self)
        return value


reg = Registry()
print(reg["a"], reg["b"], reg["a"], reg, len(reg), isinstance(reg, dict))


class Seq:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Seq(self.data[idx])
        return self.data[idx]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"Seq({self.data})"

    def __reversed__(self):
        return iter(self.data[::-1])


s = Seq(list(range(10)))
print(s[2], s[-1], s[2:5], s[::3], s[::-1][:2], len(s), list(reversed(s))[:3])
