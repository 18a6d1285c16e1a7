# super().method(...) and super().method(*args, **kwargs) at specialized
# sites: methods found after the class on the instance's MRO, diamonds,
# a base method redefined or deleted mid-loop, class attributes, properties
# and classmethods through super(), two-argument super, and the errors.


class Base:
    scale = 2

    def __init__(self, v, *, unit="m"):
        self.v = v
        self.unit = unit

    def value(self, k):
        return self.v * k

    def describe(self):
        return f"{self.v}{self.unit}"

    @property
    def doubled(self):
        return self.v * 2

    @classmethod
    def make(cls, v):
        return cls(v)


class Left(Base):
    def __init__(self, v, **kw):
        super().__init__(v + 1, **kw)

    def value(self, k):
        return super().value(k) + 1

    def describe(self):
        return "L" + super().describe()


class Right(Base):
    def value(self, k):
        return super().value(k) * 10

    def describe(self):
        return "R" + super().describe()


class Diamond(Left, Right):
    def value(self, k):
        return super().value(k) - 1

    def describe(self):
        return "D" + super().describe() + str(super().scale) + str(super().doubled)

    @classmethod
    def make(cls, v):
        return super().make(v + 100)


objs = [Left(1), Right(2), Diamond(3), Left(4, unit="cm"), Diamond(5, unit="km")]


def total(k):
    return sum(o.value(k) for o in objs)


print([o.describe() for o in objs])
print(sum(total(k) for k in range(200)))

acc = 0
for i in range(600):
    if i == 200:
        Right.value = lambda self, k: -k
    if i == 400:
        del Right.value
    acc += objs[i % 5].value(i)
print("redefined", acc)

acc = 0
for i in range(300):
    if i == 100:
        del Base.value
    try:
        acc += objs[i % 5].value(i)
    except AttributeError as e:
        if i % 50 == 0:
            print(i, "AttributeError:", e)
print("deleted", acc)
Base.value = lambda self, k: self.v + k
print("restored", total(3))

print(Diamond.make(1).describe(), Left.make(2).describe())


class Two(Right):
    def value(self, k):
        return super(Right, self).value(k) + super(Two, self).value(k)


print([Two(i).value(i) for i in range(5)])
try:
    super(Left, Right(1)).value(1)
except TypeError as e:
    print("TypeError:", e)


class Missing(Base):
    def value(self, k):
        return super().nothing(k)


for i in range(3):
    try:
        Missing(i).value(i)
    except AttributeError as e:
        print("AttributeError:", e)
Missing(1).value(2)
