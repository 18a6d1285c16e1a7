# What abc.ABCMeta and enum.EnumMeta written in Python need from the language.
def abstract(f):
    f.__isabstractmethod__ = True
    return f

class MiniABCMeta(type):
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns, **kw)
        abstracts = {n for n, v in ns.items() if getattr(v, "__isabstractmethod__", False)}
        for b in bases:
            for n in getattr(b, "__abstractmethods__", ()):
                if getattr(getattr(cls, n, None), "__isabstractmethod__", False):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._registry = set()
        return cls

    def register(cls, sub):
        cls._registry.add(sub)
        return sub

    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))

    def __subclasscheck__(cls, sub):
        if cls in getattr(sub, "__mro__", ()):
            return True
        return any(issubclass(sub, r) for r in cls._registry)

class Shape(metaclass=MiniABCMeta):
    @abstract
    def area(self): ...
    @abstract
    def name(self): ...
    def describe(self):
        return f"{self.name()} of area {self.area()}"

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "square"

class Half(Shape):
    def area(self): return 1

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape))

@Shape.register
class Circle:
    pass
print(isinstance(Circle(), Shape), issubclass(Circle, Shape), isinstance(3, Shape), issubclass(int, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)


# An enum-like metaclass: members created in __new__, lookup by value via __call__.
class _Members(dict):
    def __init__(self):
        super().__init__()
        self.names = []
        self.auto = 0

    def __setitem__(self, key, value):
        if not key.startswith('_') and not callable(value) and not hasattr(value, '__get__'):
            if value is AUTO:
                self.auto += 1
                value = self.auto
            else:
                self.auto = value
            if key in self.names:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            self.names.append(key)
        super().__setitem__(key, value)

AUTO = object()

class MiniEnumMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return _Members()

    def __new__(mcs, name, bases, ns, **kw):
        names = list(ns.names) if isinstance(ns, _Members) else []
        plain = {k: v for k, v in ns.items() if k not in names}
        cls = super().__new__(mcs, name, bases, plain, **kw)
        cls._member_names_ = []
        cls._value2member_ = {}
        base_new = object.__new__
        for b in cls.__mro__[1:]:
            if b in (int, str):
                base_new = b.__new__
                break
        for n in names:
            value = ns[n]
            if base_new is object.__new__:
                member = base_new(cls)
            else:
                member = base_new(cls, value)
            member._name_ = n
            member._value_ = value
            type.__setattr__(cls, n, member)
            cls._member_names_.append(n)
            cls._value2member_[value] = member
        return cls

    def __call__(cls, value):
        try:
            return cls._value2member_[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}") from None

    def __iter__(cls):
        return (getattr(cls, n) for n in cls._member_names_)

    def __reversed__(cls):
        return (getattr(cls, n) for n in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        if name not in cls._member_names_:
            raise KeyError(name)
        return getattr(cls, name)

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_names_

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_names_', ()):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_names_', ()):
            raise AttributeError(f"cannot delete member {name!r}")
        super().__delattr__(name)

    @property
    def __members__(cls):
        return {n: getattr(cls, n) for n in cls._member_names_}

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

    def __bool__(cls):
        return True


class MiniEnum(metaclass=MiniEnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"
    @property
    def name(self):
        return self._name_
    @property
    def value(self):
        return self._value_
    def __hash__(self):
        return hash(self._name_)


class Color(MiniEnum):
    RED = 1
    GREEN = AUTO
    BLUE = AUTO
    def is_warm(self):
        return self is Color.RED

print(list(Color), len(Color), Color['GREEN'], Color(3), Color.RED.is_warm(), Color.BLUE.is_warm())
print(Color.RED in Color, 1 in Color, [m.name for m in reversed(Color)], repr(Color), str(Color.GREEN), f"{Color.BLUE!r}")
print(sorted(Color.__members__), isinstance(Color.RED, Color), type(Color.RED) is Color, bool(Color))
print({Color.RED: 'r', Color.BLUE: 'b'}[Color.BLUE], Color.RED == Color.RED, Color.RED != Color.GREEN)
for bad in (lambda: Color(7), lambda: Color['PINK'], lambda: setattr(Color, 'RED', 5), lambda: delattr(Color, 'RED')):
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
Color.extra = 5
del Color.extra
print(hasattr(Color, 'extra'))
try:
    class Dup(MiniEnum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)


class Num(int, MiniEnum):
    ONE = 1
    TWO = 2
    TEN = 10

print(Num.TWO + 1, Num.TEN * Num.TWO, Num.ONE < Num.TWO, Num(10), Num.TWO == 2, isinstance(Num.ONE, int))
print(sorted([Num.TEN, Num.ONE, Num.TWO]), sum(Num), [x for x in range(Num.TWO)], Num.TEN // 3, -Num.TWO, Num.TWO ** 3)
print(hash(Num.ONE) == hash('ONE'), "%d items" % Num.TEN, f"{Num.TEN:>4}", int(Num.TWO), float(Num.ONE), Num.TWO.bit_length())


class Tag(str, MiniEnum):
    A = "alpha"
    B = "beta"
print(Tag.A.upper(), Tag.B + "!", len(Tag.A), Tag("beta"), Tag.A == "alpha", sorted(Tag, key=str), ",".join([Tag.A, Tag.B]))

# Hot loop over members: the adaptive tier specializes around class attributes.
total = 0
for i in range(300):
    for m in Color:
        if m is Color.GREEN:
            total += m.value
    total += Num.TWO
print(total)

# Abstract properties and class methods, and a metaclass __getattr__ after a descriptor's AttributeError.
def abstractmethod2(f):
    f.__isabstractmethod__ = True
    return f
class A:
    @property
    @abstractmethod2
    def x(self): ...
    @classmethod
    @abstractmethod2
    def make(cls): ...
    @staticmethod
    def plain(): ...
print(A.__dict__['x'].__isabstractmethod__, A.__dict__['make'].__isabstractmethod__, A.__dict__['plain'].__isabstractmethod__)
print(property(lambda s: 1).__isabstractmethod__)

class DynAttr:
    def __get__(self, obj, owner):
        if obj is None:
            raise AttributeError("class access")
        return "instance access"
class M(type):
    def __getattr__(cls, name):
        return "meta getattr " + name
class C(metaclass=M):
    d = DynAttr()
print(C.d, C().d, C.other)
