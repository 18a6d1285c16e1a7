# Metaclasses written in Python.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        cls._registry = []
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args, kw)
        inst = super().__call__(*args, **kw)
        cls._registry.append(inst)
        return inst

    def describe(cls):
        return "class " + cls.__name__

    @property
    def count(cls):
        return len(cls._registry)


class Base(metaclass=Meta, flag=True):
    def __init__(self, x=0):
        self.x = x

    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, kw)


class Child(Base):
    y = 2

print(type(Base).__name__, type(Child).__name__, Base.created_by, Child.created_by)
a = Child(5)
b = Child(x=7)
print(a.x, b.x, Child.count, Base.count, Child.describe())
print(isinstance(Child, Meta), isinstance(Child, type), isinstance(a, Base), Child.__class__ is Meta)
print(Meta.__mro__)
print(repr(Child), str(Child))


# __prepare__ with an ordered-recording namespace (a dict subclass).
class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("__prepare__", name, kw)
        return RecordingDict()

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.field_order = list(ns.order)
        return cls


class Rec(metaclass=OrderedMeta, tag="x"):
    zeta = 1
    alpha = 2
    def method(self): return self.alpha
    beta = alpha + zeta

print(Rec.field_order, Rec().method(), Rec.beta)


# A metaclass making classes iterable, sized, subscriptable, with membership.
class EnumLike(type):
    def __new__(mcs, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith('_') and isinstance(v, int)}
        cls = super().__new__(mcs, name, bases, ns)
        cls._members = members
        return cls

    def __iter__(cls):
        return iter(sorted(cls._members.items(), key=lambda kv: kv[1]))

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]

    def __contains__(cls, value):
        return value in cls._members.values()

    def __repr__(cls):
        return "<EnumLike %s>" % cls.__name__

    def __bool__(cls):
        return True

    def __reversed__(cls):
        return iter(sorted(cls._members, reverse=True))


class Color(metaclass=EnumLike):
    RED = 1
    GREEN = 2
    BLUE = 3

for name, value in Color:
    print(name, value)
print(len(Color), Color['GREEN'], 2 in Color, 9 in Color, repr(Color), str(Color), bool(Color))
print(list(reversed(Color)), list(Color), sorted(dict(Color)))
print([n for n, v in Color if v > 1])
print(f"{Color}")
try:
    Color['PURPLE']
except KeyError as e:
    print("KeyError", e)


class Empty(metaclass=EnumLike):
    pass
print(len(Empty), bool(Empty), list(Empty))


# type(name, bases, dict) and metaclass instances made by calling the metaclass.
Point = type('Point', (object,), {'x': 1, 'norm': lambda self: self.x * 2})
print(Point.__name__, Point().norm(), Point.__module__)
Dyn = Meta('Dyn', (), {'z': 3})
print(Dyn.z, Dyn.created_by, type(Dyn).__name__)
Dyn2 = type.__new__(Meta, 'Dyn2', (Dyn,), {})
print(Dyn2.__mro__, type(Dyn2))


# A metaclass given as a plain function.
def make_class(name, bases, ns, **kw):
    ns['made'] = (name, kw)
    return type(name, bases, ns)

class F(metaclass=make_class, opt=1):
    pass
print(F.made, type(F))


# __init_subclass__ with keywords and super() chains.
class Plugin:
    plugins = {}
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        if key is not None:
            Plugin.plugins[key] = cls

class A(Plugin, key="a"): pass
class B(Plugin, key="b"): pass
class C(B): pass
print(sorted((k, v.__name__) for k, v in Plugin.plugins.items()))


# __class_getitem__.
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
class SubBox(Box): pass
print(Box[int], SubBox[str])


# __set_name__.
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset:' + self.name)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2

class Model:
    size = Field()
    label = Field()
m = Model()
m.size = 21
print(Model.size.name, Model.size.owner, Model.label.name, m.size, m.label)


# __instancecheck__ and __subclasscheck__.
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')

class Quacker(metaclass=Duck): pass
class Mallard:
    def quack(self): return "quack"
print(isinstance(Mallard(), Quacker), isinstance(3, Quacker), issubclass(Mallard, Quacker), issubclass(int, Quacker))
print(isinstance(Mallard(), (int, Quacker)), issubclass(Mallard, (str, Quacker)))


# Metaclass attributes and methods reached from the class, class attributes win.
class WithDefaults(type):
    kind = "meta-kind"
    def greet(cls): return "hello from " + cls.__name__
class Thing(metaclass=WithDefaults):
    pass
class Other(metaclass=WithDefaults):
    kind = "own-kind"
print(Thing.kind, Other.kind, Thing.greet(), Other.greet())
WithDefaults.kind = "changed"
print(Thing.kind, Other.kind)
try:
    Thing().greet()
except AttributeError as e:
    print("AttributeError", e)


# A metaclass __setattr__ guarding class attributes; __getattr__ fallback.
class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith('_'):
            return super().__setattr__(name, value)
        raise AttributeError("cannot reassign %r" % name)
    def __getattr__(cls, name):
        if name == 'dynamic':
            return 42
        raise AttributeError(name)
class Const(metaclass=Frozen):
    X = 1
Const._private = 5
print(Const._private, Const.dynamic)
try:
    Const.X = 2
except AttributeError as e:
    print("AttributeError", e)
print(Const.X)
