"""Symbolic expressions as trees: random expressions over x and y are built from node
classes, evaluated on a grid, differentiated symbolically, simplified, and printed."""
import sys


class Expr:
    def __add__(self, other):
        return Add(self, other)

    def __mul__(self, other):
        return Mul(self, other)


class Num(Expr):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def diff(self, var):
        return Num(0.0)

    def simplify(self):
        return self

    def show(self):
        return f"{self.value:g}"


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]

    def diff(self, var):
        return Num(1.0 if var == self.name else 0.0)

    def simplify(self):
        return self

    def show(self):
        return self.name


class Binary(Expr):
    symbol = "?"

    def __init__(self, left, right):
        self.left = left
        self.right = right

    def show(self):
        return f"({self.left.show()} {self.symbol} {self.right.show()})"


class Add(Binary):
    symbol = "+"

    def eval(self, env):
        return self.left.eval(env) + self.right.eval(env)

    def diff(self, var):
        return Add(self.left.diff(var), self.right.diff(var))

    def simplify(self):
        a = self.left.simplify()
        b = self.right.simplify()
        if isinstance(a, Num) and isinstance(b, Num):
            return Num(a.value + b.value)
        if isinstance(a, Num) and a.value == 0.0:
            return b
        if isinstance(b, Num) and b.value == 0.0:
            return a
        return Add(a, b)


class Mul(Binary):
    symbol = "*"

    def eval(self, env):
        return self.left.eval(env) * self.right.eval(env)

    def diff(self, var):
        return Add(Mul(self.left.diff(var), self.right), Mul(self.left, self.right.diff(var)))

    def simplify(self):
        a = self.left.simplify()
        b = self.right.simplify()
        if isinstance(a, Num) and isinstance(b, Num):
            return Num(a.value * b.value)
        for p, q in ((a, b), (b, a)):
            if isinstance(p, Num):
                if p.value == 0.0:
                    return Num(0.0)
                if p.value == 1.0:
                    return q
        return Mul(a, b)


def random_expr(depth, state):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    r = state[0] >> 16
    if depth == 0 or r % 7 == 0:
        if r % 3 == 0:
            return Num(float(r % 5 + 1))
        return Var("x" if r % 2 else "y")
    left = random_expr(depth - 1, state)
    right = random_expr(depth - 1, state)
    return left + right if r % 2 else left * right


def size(e):
    if isinstance(e, Binary):
        return 1 + size(e.left) + size(e.right)
    return 1


def main(count):
    state = [17]
    total = 0.0
    nodes = 0
    shown = []
    for k in range(count):
        e = random_expr(6, state)
        d = e.diff("x").simplify()
        nodes += size(e) + size(d)
        for i in range(5):
            env = {"x": i * 0.25, "y": 1.0 - i * 0.125}
            total += e.eval(env) - d.eval(env)
        if k < 2:
            shown.append(e.show()[:70])
            shown.append(d.show()[:70])
    print(f"expressions {count} nodes {nodes} total {total:.6f}")
    for s in shown:
        print(s)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
