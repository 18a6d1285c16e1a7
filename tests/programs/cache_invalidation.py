# Caches keyed by class versions must miss after any class mutation.
class Base:
    kind = "base"
    def greet(self):
        return "hello from " + self.kind

class Child(Base):
    pass

c = Child()
out = []
for i in range(6):
    out.append(c.greet())
    if i == 1:
        Base.greet = lambda self: "patched " + self.kind       # base method replaced
    if i == 2:
        Child.kind = "child"                                     # subclass attribute added
    if i == 3:
        c.greet = lambda: "instance override"                    # instance shadows method
    if i == 4:
        del c.greet
        del Child.kind                                           # attribute deleted again
print(out)

class Point:
    def __init__(self, x):
        self.x = x

p = Point(1)
vals = []
for i in range(4):
    p.x = i
    vals.append(p.x)
    if i == 1:
        Point.__setattr__ = lambda s, k, v: object.__setattr__(s, k, v * 10)
    if i == 2:
        del Point.__setattr__
print(vals)

class Temp:
    def __init__(self):
        self._c = 0
t = Temp()
reads = []
for i in range(4):
    if i == 2:
        Temp.c = property(lambda self: self._c + 100)
    t._c = i
    reads.append(getattr(t, "c", None))
print(reads)

def total(xs):
    return sum(xs)
results = []
for i in range(4):
    results.append(total([1, 2, 3]))
    if i == 1:
        sum = lambda xs: -1                                      # global shadows builtin
    if i == 2:
        del sum
print(results)
