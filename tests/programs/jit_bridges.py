# Bridges (side traces from hot exits): the branch a loop trace did not
# record runs through a bridge back to the loop header. Each section makes a
# bridge's own guards fail: an int growing big, a type change, an exception
# at iteration N, a rebound global, a redefined method, a three-way branch
# whose distribution shifts, heap values on the stack where a bridge starts.
import sys


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print("collatz", [collatz_steps(n) for n in range(1, 60)], sum(collatz_steps(n) for n in range(1, 3000)))


def grow_in_bridge(count):
    # The odd branch multiplies: ints outgrow i64 inside the bridge.
    x = 1
    out = []
    for i in range(count):
        if i % 4:
            x += i
        else:
            x = x * 1000003 + 7
        if i % 50 == 0:
            out.append(x % 1000000007)
    return x % 998244353, out[-3:], x.bit_length()


print("grow", grow_in_bridge(2000))


def mixed_types(values):
    total = 0
    for v in values:
        if v > 10:
            total += v
        else:
            total -= v * 2
    return total


print("mixed", mixed_types([i % 23 for i in range(3000)]))
print("mixed floats late", mixed_types([i % 23 for i in range(1500)] + [(i % 23) * 0.5 for i in range(1500)]))


def raises_in_bridge(count, bad):
    acc = 0
    for i in range(count):
        if i % 3:
            acc += i
        else:
            acc += 1000 // (bad - i)
    return acc


print("raise caught", end=" ")
try:
    raises_in_bridge(5000, 3000)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print("no raise", raises_in_bridge(2000, 100000))

SCALE = 3


def uses_global(count):
    global SCALE
    acc = 0
    for i in range(count):
        if i % 2:
            acc += SCALE
        else:
            acc -= 1
        if i == 1200:
            SCALE = 2.5
    return acc


print("global", uses_global(3000))


class Shape:
    def area(self):
        return 1


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


def areas(items, count):
    total = 0
    for i in range(count):
        it = items[i % len(items)]
        if i % 5 == 0:
            total += it.area()
        else:
            total += 1
        if i == 1500:
            Square.area = lambda self: -self.s
    return total


print("method", areas([Square(2), Square(3)], 3000))


def three_way(count):
    a = b = c = 0
    for i in range(count):
        k = i % 7 if i < count // 2 else i % 3
        if k == 0:
            a += 1
        elif k == 1:
            b += i
        else:
            c -= 1
    return a, b, c


print("three way", three_way(4000))


def build_strings(count):
    s = ""
    parts = []
    for i in range(count):
        s = s + ("a" if i % 3 else "bc")
        if len(s) > 40:
            parts.append(s)
            s = ""
    return len(parts), parts[-1], s


print("strings", build_strings(3000))


def break_late(values):
    found = -1
    for i, v in enumerate(values):
        if v < 0:
            found = i
            break
        if v % 2:
            found += 0
        else:
            found -= 0
    return found


print("break", break_late(list(range(2000)) + [-5] + list(range(10))))


def storage_change(lst, count):
    acc = 0.0
    for i in range(count):
        v = lst[i % len(lst)]
        if i % 2:
            acc += v
        else:
            acc -= v
        if i == 1000:
            lst.append("x")
            lst.pop()
            lst[0] = 1.5
    return acc


print("storage", storage_change([1, 2, 3, 4], 2500))


def uncaught(count):
    acc = 0
    for i in range(count):
        if i % 2:
            acc += i
        else:
            acc += [1, 2][i // 1500]
    return acc


print(uncaught(4000))
