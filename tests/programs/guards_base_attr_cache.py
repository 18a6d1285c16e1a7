# Attribute caches of the object model going stale: each loop runs long enough
# for every tier to cache what it saw, then changes a class, a base class or
# one instance mid-loop and prints what each access returned.


def show(label, seq):
    # Runs of equal results, so a change shows where it happened.
    runs = []
    for v in seq:
        if runs and runs[-1][0] == v:
            runs[-1][1] += 1
        else:
            runs.append([v, 1])
    print(label, runs)


# A base class attribute and method replaced, deleted and restored mid-loop.
class Base:
    x = "base x"

    def m(self):
        return "base m"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self):
        self.own = 1


leaf = Leaf()
xs, ms, bound = [], [], []
for i in range(60):
    if i == 15:
        Base.x = "base x v2"
    if i == 25:
        Base.m = lambda self: "patched m"
    if i == 35:
        Mid.x = "mid x"
    if i == 45:
        del Mid.x
        del Base.m
    try:
        ms.append(leaf.m())
    except AttributeError as e:
        ms.append(str(e))
    xs.append(leaf.x)
    f = getattr(leaf, "m", None)
    bound.append(None if f is None else f())
show("base x", xs)
show("base m", ms)
show("bound m", bound)


# A property added to a base class after instances hold an attribute of that
# name: the property (a data descriptor) wins; removing it uncovers the slot.
class PBase:
    pass


class PSub(PBase):
    def __init__(self, v):
        self.v = v


objs = [PSub(i) for i in range(3)]
vs, stores = [], []
for i in range(60):
    o = objs[i % 3]
    if i == 20:
        PBase.v = property(lambda self: "prop", lambda self, val: stores.append(("setter", val)))
    if i == 40:
        del PBase.v
    v = o.v
    vs.append(v if v == "prop" else "slot %d" % (i - v))
    o.v = i
show("property added", vs)
print("setter saw", len(stores), stores[:2])
print("after removal", [o.v for o in objs])


# A read-only property added to a base: stores raise, loads hit the property.
class RBase:
    pass


class RSub(RBase):
    pass


r = RSub()
r.w = 1
out = []
for i in range(30):
    if i == 10:
        RBase.w = property(lambda self: "ro")
    if i == 20:
        del RBase.w
    try:
        r.w = i
        out.append("stored" if r.w == i else r.w)
    except AttributeError as e:
        out.append(str(e))
show("read-only property", out)


# A method shadowed on one instance, the shadow deleted, the method patched.
class Greeter:
    def hello(self):
        return "class hello"


g1, g2 = Greeter(), Greeter()
out1, out2 = [], []
for i in range(60):
    if i == 10:
        g1.hello = lambda: "instance hello"
    if i == 30:
        del g1.hello
    if i == 40:
        Greeter.hello = lambda self: "patched hello"
    if i == 50:
        g2.hello = "not callable"
    out1.append(g1.hello())
    try:
        out2.append(g2.hello())
    except TypeError as e:
        out2.append(str(e))
show("g1 hello", out1)
show("g2 hello", out2)


# A class attribute swapped between a function, an int, a staticmethod, a
# classmethod and a plain callable instance.
class Swap:
    pass


class Callable:
    def __call__(self, *args):
        return ("callable", len(args))


def as_method(self):
    return "function"


s = Swap()
out = []
for i in range(70):
    if i % 10 == 0:
        choice = (i // 10) % 5
        if choice == 0:
            Swap.f = as_method
        elif choice == 1:
            Swap.f = 42
        elif choice == 2:
            Swap.f = staticmethod(lambda: "static")
        elif choice == 3:
            Swap.f = classmethod(lambda cls: cls.__name__)
        else:
            Swap.f = Callable()
    try:
        r = s.f()
    except TypeError as e:
        r = str(e)
    out.append((r, type(s.f).__name__))
show("swap", out)


# Attributes deleted and re-added, in different orders, on many instances;
# then more attributes than a small layout holds.
class Bag:
    pass


bags = [Bag() for _ in range(4)]
log = []
for i in range(40):
    b = bags[i % 4]
    if i % 3 == 0:
        b.a = i
    if i % 5 == 0:
        b.b = -i
    if i % 7 == 0 and hasattr(b, "a"):
        del b.a
    log.append((getattr(b, "a", None), getattr(b, "b", None), hasattr(b, "c")))
print("bags", log[-8:])
print("bag keys", [sorted(vars(b)) for b in bags])

big = Bag()
names = ["k%d" % i for i in range(70)]
for i, n in enumerate(names):
    setattr(big, n, i)
total = 0
for rep in range(30):
    total += big.k0 + big.k7 + big.k15 + big.k23 + big.k69
    if rep == 10:
        del big.k7
        big.k7 = 700
    if rep == 20:
        del big.k0
        big.k0 = 1000
print("big", total, [getattr(big, n) for n in names[::7]])
print("missing", hasattr(big, "k70"), hasattr(big, "k" + "69"), hasattr(big, "k" + "23"))

# Names built at run time (not interned) read and write the same slots.
dyn = Bag()
dyn.dyn2 = 0
for i in range(20):
    setattr(dyn, "dyn" + str(i % 4), i)
    dyn.dyn2 = getattr(dyn, "dyn" + "2") + 100
print("dynamic", [getattr(dyn, "dyn" + str(i)) for i in range(4)], dyn.dyn2)


# __setattr__ and __getattr__ added to a base class after instances exist,
# then removed again.
class HBase:
    pass


class HSub(HBase):
    def __init__(self):
        self.seen = 0


h = HSub()
got = []
for i in range(50):
    if i == 10:
        def hooked_setattr(self, name, value):
            object.__setattr__(self, name, ("hooked", value))
        HBase.__setattr__ = hooked_setattr
    if i == 20:
        HBase.__getattr__ = lambda self, name: "fallback " + name
    if i == 30:
        del HBase.__setattr__
    if i == 40:
        del HBase.__getattr__
    h.seen = i
    seen = h.seen
    kind = seen[0] if isinstance(seen, tuple) else "plain"
    try:
        got.append((kind, h.nothing))
    except AttributeError as e:
        got.append((kind, str(e)))
show("hooks", got)


# __slots__: stores to declared slots, errors for others, unset slots, and a
# subclass without __slots__ (which has a __dict__ again).
class Slotted:
    __slots__ = ("a", "b")
    kind = "slotted"


class Unslotted(Slotted):
    pass


sl, un = Slotted(), Unslotted()
res = []
for i in range(30):
    sl.a = i
    un.a = i
    un.c = i * 2
    if i == 15:
        del sl.a
        try:
            res.append(sl.a)
        except AttributeError as e:
            res.append("unset: " + str(e))
        sl.a = "back"
    for target, name in ((sl, "c"), (sl, "kind")):
        try:
            setattr(target, name, i)
        except AttributeError as e:
            if i % 10 == 0:
                res.append(str(e))
    res.append((sl.a, un.a, un.c, un.kind))
print("slots", [x for x in res if isinstance(x, str)], res[14:17], res[-1])


# An instance switched to its __dict__ mid-loop keeps its attributes.
class DictMode:
    def __init__(self):
        self.p = 1
        self.q = 2


dm = DictMode()
acc = []
for i in range(30):
    if i == 10:
        d = dm.__dict__
        d["r"] = "from dict"
    if i == 20:
        del dm.__dict__["p"]
    dm.q = i
    acc.append((getattr(dm, "p", "no p"), dm.q - i, getattr(dm, "r", "no r")))
show("dict mode", acc)


# Exception instances: their own attributes and the special ones.
class MyError(Exception):
    code = "class code"


errs = []
for i in range(20):
    e = MyError("msg", i)
    if i >= 10:
        e.code = i
    e.note = "n%d" % i
    errs.append((e.args[1], e.code, e.note))
print("exceptions", errs[8:12])
