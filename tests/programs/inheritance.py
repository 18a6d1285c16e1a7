# Single and multiple inheritance, C3 MRO, super() in both forms, method overriding.


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area():.2f}"

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h, name="rectangle"):
        Shape.__init__(self, name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")


class Triangle(Shape):
    sides = 3

    def __init__(self, base, height):
        super(Triangle, self).__init__("triangle")
        self.base = base
        self.height = height

    def area(self):
        return 0.5 * self.base * self.height


shapes = [Rectangle(2, 3), Square(4), Triangle(3, 5)]
for s in shapes:
    print(s, s.describe())
print(isinstance(shapes[1], Rectangle), isinstance(shapes[1], Shape), isinstance(shapes[2], Rectangle))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(Square, (Triangle, Rectangle)), issubclass(bool, int))
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)


class A:
    def who(self):
        return ["A"]

    def hello(self):
        return "A.hello"


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()

    def hello(self):
        return "C.hello"


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print([k.__name__ for k in D.__mro__])
print(D().who(), D().hello(), B().hello())
print([k.__name__ for k in D.mro()])


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass


print([k.__name__ for k in M.__mro__])
try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print("TypeError:", " ".join(str(e).split()))


class Base:
    def __init__(self, **kwargs):
        self.log = ["Base"]
        for k, v in kwargs.items():
            setattr(self, k, v)


class Timestamped(Base):
    def __init__(self, stamp=0, **kwargs):
        super().__init__(**kwargs)
        self.stamp = stamp
        self.log.append("Timestamped")


class Named(Base):
    def __init__(self, name="?", **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append("Named")


class Record(Timestamped, Named):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Record")


rec = Record(stamp=5, name="r1", extra=True)
print(rec.log, rec.stamp, rec.name, rec.extra, [c.__name__ for c in Record.__mro__])


class Animal:
    sound = "..."
    legs = 4

    def speak(self):
        return f"{type(self).__name__.lower()} says {self.sound}"

    @classmethod
    def create(cls):
        return cls()


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"
    legs = 2

    def speak(self):
        return super().speak() + "!" * self.legs


class Parrot(Bird):
    def speak(self):
        base = super(Parrot, self).speak()
        return base.replace("tweet", "hello")


for animal in [Dog(), Bird(), Parrot.create(), Animal.create()]:
    print(animal.speak(), animal.legs, type(animal).__name__)
print(Dog.__bases__[0].__name__, Parrot.__base__.__name__, object in Parrot.__mro__)


class Meta:
    pass


print(type(Meta).__name__, type(Meta()).__name__, type(type).__name__, type(3).__name__, type(None).__name__)
