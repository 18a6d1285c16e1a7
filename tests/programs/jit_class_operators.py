# Operators of Python classes (`__add__`, `__sub__`, `__mul__`) in hot loops,
# which the jit inlines with the operands kept on the caller's stack, with
# guards that fail mid-loop: the dunder redefined, NotImplemented returned
# (the reflected method of the right operand takes over), an exception
# raised inside the dunder, a right operand of another class.


class V:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / self.dot(self) ** 0.5)


def vectors(n):
    total = V(0.0, 0.0, 0.0)
    for i in range(n):
        d = V(i * 0.5, 1.0, -2.0).norm()
        total = total + d - V(0.0, 0.5, 0.0) * 0.25
    return round(total.x, 6), round(total.y, 6), round(total.z, 6)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if o is None:
            return NotImplemented
        return Num(self.v + o.v)

    def __radd__(self, o):
        return Num(o + self.v)

    def __mul__(self, o):
        if o.v == -1:
            raise ArithmeticError("negative one at %d" % self.v)
        return Num(self.v * o.v)


class Other:
    def __init__(self, v):
        self.v = v

    def __radd__(self, o):
        return Num(o.v + 1000 * self.v)


def mixed(n):
    acc = Num(0)
    for i in range(n):
        if i == n // 2:
            right = Other(1)
        else:
            right = Num(i)
        acc = acc + right
    return acc.v


def not_implemented(n):
    out = 0
    for i in range(n):
        try:
            r = Num(i) + (None if i % 1000 == 999 else Num(1))
            out += r.v
        except TypeError as e:
            print("TypeError:", e)
    return out


def redefined(n):
    acc = Num(0)
    for i in range(n):
        if i == n // 2:
            Num.__add__ = lambda self, o: Num(self.v - o.v)
        acc = acc + Num(1)
    return acc.v


def raising(n):
    t = 0
    for i in range(n):
        try:
            t += (Num(i) * Num(-1 if i == n - 7 else 2)).v
        except ArithmeticError as e:
            print("caught:", e)
    return t


def returns_self(n):
    class Acc:
        def __init__(self):
            self.n = 0

        def __add__(self, k):
            self.n += k
            return self

    a = Acc()
    for i in range(n):
        a = a + i
    return a.n


print(vectors(3000))
print(mixed(3000))
print(not_implemented(3000))
print(returns_self(3000))
print(raising(3000))
print(redefined(3000))


def uncaught(n):
    t = 0
    for i in range(n):
        t += (Num(i) * Num(-1 if i == n - 3 else 1)).v
    return t


print(uncaught(3000))
