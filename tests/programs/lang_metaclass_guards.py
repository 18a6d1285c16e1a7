# Sites warmed on classes with metaclasses, then invalidated by changes to the
# metaclass or to the classes of cached attribute values.
class Member:
    def __init__(self, name):
        self.name = name

class Meta(type):
    pass

class Palette(metaclass=Meta):
    RED = Member("red")
    BLUE = Member("blue")
    size = 2

def read():
    return Palette.RED

def make():
    return Palette()

def size():
    return Palette.size

out = []
for i in range(1000):
    m = read()
    p = make()
    s = size()
    if i == 400:
        # Members become descriptors: reads through the class call __get__.
        Member.__get__ = lambda self, obj, owner: "got " + self.name
    if i == 600:
        # The metaclass starts intercepting calls of its classes.
        Meta.__call__ = lambda cls, *a: "meta call"
    if i == 800:
        # A metaclass data descriptor shadows the class attribute.
        Meta.size = property(lambda cls: "meta size")
    if i in (399, 401, 599, 601, 799, 801):
        out.append((i, m if isinstance(m, str) else m.name, p if isinstance(p, str) else type(p).__name__, s))
for row in out:
    print(row)

# A class attribute holding an instance, read via an instance of the class.
class Sentinel:
    pass
MISSING = Sentinel()

class Holder:
    default = MISSING
    def get(self):
        return self.default

h = Holder()
hits = 0
for i in range(1000):
    if h.get() is MISSING:
        hits += 1
    if i == 500:
        Sentinel.__get__ = lambda self, obj, owner: "descriptor now"
print(hits, h.get())
