# Call-heavy code: plain recursion, mutual recursion, recursive methods over
# a tree of objects, small helpers called from loops, defaults and closures.
# Written for this repository as benchmark-style training for PGO builds.


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def partitions(n, largest):
    # Partitions of n into parts no larger than `largest`, by plain recursion.
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


class Num:
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value

    def depth(self):
        return 1


class Var:
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        return env[self.name]

    def depth(self):
        return 1


class Add:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def evaluate(self, env):
        return self.left.evaluate(env) + self.right.evaluate(env)

    def depth(self):
        return 1 + max(self.left.depth(), self.right.depth())


class Mul(Add):
    def evaluate(self, env):
        return self.left.evaluate(env) * self.right.evaluate(env) % 1000003


def build(level, seed):
    if level == 0:
        return Var("x") if seed % 3 == 0 else Num(seed % 7 + 1)
    left = build(level - 1, seed * 5 + 1)
    right = build(level - 1, seed * 3 + 2)
    return Mul(left, right) if seed % 2 else Add(left, right)


def clamp(v, lo=0, hi=255):
    if v < lo:
        return lo
    if v > hi:
        return hi
    return v


def make_scaler(factor):
    def scale(v):
        return v * factor // 8
    return scale


def pixels(n):
    scale = make_scaler(11)
    total = 0
    for i in range(n):
        total += clamp(scale(i % 300) - 20)
        total += clamp(i % 97, hi=50)
    return total


def main():
    print("ackermann", ackermann(2, 300), ackermann(3, 5))
    print("partitions", [partitions(n, n) for n in (10, 20, 30, 40)])
    print("parity", sum(1 for k in range(400) if is_even(k)))
    print("gcd", sum(gcd(a, 7919 * 13) for a in range(1, 20000)))
    tree = build(11, 1)
    print("tree", tree.depth(), [tree.evaluate({"x": x}) for x in range(1, 6)])
    print("pixels", pixels(60000))


main()
