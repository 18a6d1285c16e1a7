# Instance-slot loads and stores that see two receiver layouts with the
# attribute in the same slot keep both (a two-entry cache); a third layout,
# a slot at another index, a property added to the base class and a deleted
# attribute must all still behave exactly as in CPython.


class Base:
    def __init__(self, v):
        self.v = v
        self.n = 0

    def bump(self):
        self.n = self.n + self.v
        return self.n


class A(Base):
    pass


class B(Base):
    def __init__(self, v):
        super().__init__(v)
        self.extra = "b"


class C(Base):
    def __init__(self, v):
        self.pad = None
        super().__init__(v)


objs = [A(1), B(2)] * 20 + [C(3)] * 5 + [A(4)]
print(sum(o.bump() for o in objs for _ in range(3)))
print([o.n for o in objs[-7:]])


def total(items):
    t = 0
    for o in items:
        t += o.v
    return t


print(total(objs))
Base.v = property(lambda self: 100)
try:
    print(total(objs))
except AttributeError as e:
    print("AttributeError:", e)
del Base.v
print(total(objs))
del objs[0].v
try:
    total(objs)
except AttributeError as e:
    print("AttributeError:", e)
objs[0].v = -1
print(total(objs), objs[0].bump())
