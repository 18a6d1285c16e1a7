# COMPARE_OP_TUPLE: tuple comparisons at warm sites whose items later become
# instances with __eq__/__lt__ (which must run, once per comparison CPython
# makes; a missing __le__ raises), NaNs, mixed types that raise, nested tuples, big ints, bools.
import heapq


class Key:
    calls = []

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Key.calls.append(("eq", self.v))
        return isinstance(other, Key) and self.v == other.v

    def __lt__(self, other):
        Key.calls.append(("lt", self.v))
        return self.v < other.v

    def __hash__(self):
        return hash(self.v)


def sites():
    out = []
    for i in range(160):
        a = (i % 7, "x", 2.5)
        b = (3, "x", i * 0.5)
        if i == 120:
            a = (3, Key(1))
            b = (3, Key(2))
        elif i == 121:
            a = (3, Key(5), 1)
            b = (3, Key(5), 2)
        elif i == 122:
            a = (3, "s")
            b = (3, 4)
        elif i == 123:
            nan = float("nan")
            a = (1.0, nan, 1)
            b = (1.0, 0.5, 2)
        elif i == 124:
            a = ((1, (2, (3, (4, (5, 6))))), 0)
            b = ((1, (2, (3, (4, (5, 7))))), 0)
        elif i == 125:
            a = (2**70, 1)
            b = (2**70, 0)
        elif i == 126:
            a = (True, 1)
            b = (1, 2)
        elif i == 127:
            a = (None, 1)
            b = (None, 2)
        elif i == 128:
            a = (None, 1)
            b = (0, 2)
        elif i == 129:
            a = (1, 2)
            b = (1, 2, 0)
        try:
            r = (a < b, a <= b, a == b, a != b, a > b, a >= b)
        except TypeError as e:
            r = "TypeError: " + str(e)
        if i % 50 == 0 or i >= 120 and i < 130:
            out.append((i, r))
    for x in out:
        print(x)
    print(Key.calls)


def loop_test():
    goal = (9, 9)
    cell = (0, 0)
    steps = 0
    while cell != goal:
        r, c = cell
        cell = (r + 1, c) if r < 9 else (r, c + 1)
        steps += 1
        if steps == 15:
            goal = (9, Key(9))
            Key.calls.clear()
        if steps > 40:
            break
    print(steps, cell, len(Key.calls))


def heap():
    h = []
    for i in range(50):
        heapq.heappush(h, ((i * 7) % 11, -i, str(i)))
    order = [heapq.heappop(h) for _ in range(5)]
    print(order, order[0] < order[1], order[1] >= order[2])


sites()
loop_test()
heap()
