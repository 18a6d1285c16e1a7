# Binary operators whose left operand's class defines the dunder in Python
# run it in a frame of their own (BINARY_OP_DUNDER). Each guard fails here:
# NotImplemented results, a subclass with a reflected method on the right,
# the dunder replaced mid-loop, an in-place dunder added, other operand
# types, exceptions raised inside the dunder, and deep recursion.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented

    def __mul__(self, k):
        return V(self.x * k)

    def __sub__(self, o):
        if o == "boom":
            raise ValueError("boom in __sub__")
        return V(self.x - o.x)

    def __repr__(self):
        return "V(%r)" % (self.x,)


class W(V):
    def __radd__(self, o):
        return "W.__radd__ first"


class Other:
    def __radd__(self, o):
        return "Other.__radd__"


def run(pairs):
    out = []
    for a, b in pairs:
        try:
            out.append(a + b)
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


v = V(1)
print(run([(v, V(2))] * 3 + [(v, 5), (v, W(3)), (v, Other()), (v, "s"), (v, 2.5), (v, [1])]))
acc = V(0)
for i in range(100):
    acc = acc + V(i) * 2
    acc += 1
print(acc)

# Replacing the dunder on the class mid-loop.
out = []
for i in range(60):
    if i == 30:
        V.__mul__ = lambda self, k: "patched"
    out.append(V(i) * 3)
print(out[28:32])
del V.__mul__
try:
    V(1) * 2
except TypeError as e:
    print("TypeError:", e)

# An in-place dunder added mid-loop takes over `+=`.
acc = V(0)
for i in range(60):
    if i == 30:
        V.__iadd__ = lambda self, o: V(self.x + 1000)
    acc += 1
print(acc)

# Exceptions from inside the dunder unwind through its frame.
for i in range(40):
    try:
        V(1) - ("boom" if i % 13 == 12 else V(i))
    except ValueError as e:
        print(i, e)


class Deep:
    def __add__(self, o):
        return self + o


try:
    Deep() + 1
except RecursionError as e:
    print("RecursionError:", e)


class Counter:
    calls = 0

    def __add__(self, o):
        Counter.calls += 1
        return NotImplemented

    def __radd__(self, o):
        return "radd"


c = Counter()
print([1 + c for _ in range(40)][-1], Counter.calls)
try:
    for _ in range(40):
        c + c
except TypeError as e:
    print("TypeError:", e, Counter.calls)
try:
    for _ in range(40):
        c + 1
except TypeError as e:
    print("TypeError:", e, Counter.calls)
