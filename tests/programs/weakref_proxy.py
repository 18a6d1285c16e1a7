# weakref.proxy: attribute access, operators and calls go to the referent
# while it lives; then ReferenceError.
import weakref


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __str__(self):
        return "Vec(%d, %d)" % (self.x, self.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(1, 2)
p = weakref.proxy(v)
print(type(p).__name__, isinstance(p, weakref.ProxyTypes), weakref.getweakrefcount(v))
print(p.x, p.y, p.norm1(), len(p), p[1], str(p), list(p))
p.x = 10
print(v.x, (p + Vec(1, 1)).x, (Vec(1, 1) + v).x)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


def double(n):
    return 2 * n


cp = weakref.proxy(double)
print(type(cp).__name__, cp(21))

notes = []
q = weakref.proxy(v, lambda proxy: notes.append("proxy callback"))
del v
print(notes)
for op in (lambda: p.x, lambda: len(p), lambda: str(q)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
