# Attribute loads and stores at sites that see many classes: slot loads at
# different indexes, class values, stores that add attributes (each class
# its own layouts), then classes that a polymorphic or megamorphic entry
# must not cover: a property, __slots__, __setattr__, __getattr__, a
# materialized __dict__, a deleted attribute.


class Base:
    tag = "base"

    def __init__(self, x):
        self.x = x
        self.y = x + 1


class P1(Base):
    def __init__(self, x):
        self.pre = 0
        super().__init__(x)


class P2(Base):
    tag = "p2"


class P3(Base):
    def __init__(self, x):
        self.a = self.b = 0
        super().__init__(x)


class P4(P2):
    pass


class P5(Base):
    tag = "p5"

    def __init__(self, x):
        super().__init__(x)
        self.z = 9


class P6(P1):
    pass


classes = [Base, P1, P2, P3, P4, P5, P6]


def build(n, width):
    return [classes[i % width](i) for i in range(n)]


def sums(objs):
    sx = sy = 0
    tags = {}
    for o in objs:
        sx += o.x
        sy += o.y
        tags[o.tag] = tags.get(o.tag, 0) + 1
    return sx, sy, sorted(tags.items())


for width in (1, 2, 3, 5, 7):
    print(width, sums(build(70, width)))


# Stores into existing slots at polymorphic and megamorphic sites.
def bump(objs, k):
    for o in objs:
        o.x = o.x + k
        o.y = o.y * 2
    return sum(o.x + o.y for o in objs)


objs = build(70, 7)
print("bump", bump(objs, 1), bump(objs, 2))


# A property on one class: it must run, not a cached slot or class value.
class Prop(Base):
    @property
    def x(self):
        return 1000

    @x.setter
    def x(self, v):
        self.__dict__["seen"] = v


mixed = build(14, 7) + [Prop(5)]
print("prop", sums(mixed), bump(mixed, 3), mixed[-1].seen)


# __slots__, __setattr__ and __getattr__ classes at a megamorphic site.
class Slotted:
    __slots__ = ("x", "y")
    tag = "slotted"

    def __init__(self, x):
        self.x = x
        self.y = 0


class Hooked(Base):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10 if isinstance(value, int) else value)


class Lazy:
    tag = "lazy"

    def __getattr__(self, name):
        return len(name)


mixed = build(21, 7) + [Slotted(4), Hooked(5), Lazy()]
print("hooks", sums(mixed), bump(mixed[:-1], 1))
try:
    bump(mixed, 1)
except AttributeError as e:
    print("AttributeError:", e)

# A materialized __dict__ and a deleted attribute.
objs = build(21, 7)
objs[3].__dict__["x"] = -100
del objs[5].y
try:
    sums(objs)
except AttributeError as e:
    print("AttributeError:", e)
objs[5].y = 1
print("changed", sums(objs))

# A class attribute rebound on the base while sites are megamorphic.
Base.tag = "rebound"
P2.tag = "p2b"
print("rebound", sums(objs))

# Stores that add attributes across more classes than a polymorphic site keeps.
def tagged(width):
    out = []
    for i in range(40):
        o = classes[i % width](i)
        o.note = i
        o.more = -i
        out.append(o.note + o.more + o.x)
    return sum(out)


print("adds", [tagged(w) for w in (1, 3, 7)])
print(sorted(vars(classes[6](1)).items()))
