# getattr(obj, name, default) and hasattr: only AttributeError means
# "missing"; any other error propagates. Builtin values, instances with
# __getattr__, properties that raise, modules, classes.
import math

class Lazy:
    def __init__(self):
        self.calls = 0
    def __getattr__(self, name):
        self.calls += 1
        if name.startswith("boom"):
            raise ValueError("boom from __getattr__: " + name)
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)

lz = Lazy()
hits = 0
for i in range(300):
    if getattr(lz, "x%d" % (i % 3), None) is not None:
        hits += 1
    if getattr(lz, "missing", 7) == 7:
        hits += 1
    if not hasattr(lz, "nope"):
        hits += 1
print("lazy", hits, lz.calls)
for probe in (lambda: getattr(lz, "boom1", 0), lambda: hasattr(lz, "boom2")):
    try:
        probe()
    except ValueError as e:
        print("ValueError", e)

class Props:
    @property
    def missing(self):
        raise AttributeError("inner missing")
    @property
    def broken(self):
        raise KeyError("broken")
    @property
    def fine(self):
        return 42

p = Props()
print("props", hasattr(p, "missing"), getattr(p, "missing", "dflt"), hasattr(p, "fine"), getattr(p, "fine", 0))
for probe in (lambda: hasattr(p, "broken"), lambda: getattr(p, "broken", 1)):
    try:
        probe()
    except KeyError as e:
        print("KeyError", e)

# Builtin values: present, missing, methods, special attributes.
vals = [1, 2.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, True, 3j, range(3), len, math.sqrt, bytearray(b"x")]
names = ["real", "imag", "append", "upper", "keys", "__class__", "nope", "__name__", "start", "conjugate", "decode", "count"]
table = []
for v in vals:
    table.append("".join("1" if hasattr(v, n) else "0" for n in names))
print("builtins", table)
print("defaults", [getattr(v, "nope", i) for i, v in enumerate(vals)])
print("bound", getattr([3, 1, 2], "index", None)(1), getattr("abc", "upper", None)())
print("types", getattr(int, "bit_length", None) is int.bit_length, getattr(int, "nope", "no"))

def fn():
    pass
fn.tag = "tagged"
print("function", getattr(fn, "tag", None), getattr(fn, "other", "none"), hasattr(fn, "__code__"))
print("module", getattr(math, "pi", 0) > 3, getattr(math, "tau2", "x"), hasattr(math, "floor"))

class Meta(type):
    def __getattr__(cls, name):
        if name == "dyn":
            return "from meta"
        raise AttributeError(name)

class WithMeta(metaclass=Meta):
    pass

print("metaclass", getattr(WithMeta, "dyn", None), getattr(WithMeta, "nope", "d"), hasattr(WithMeta, "mro"))

class Slots:
    __slots__ = ("a", "b")
s = Slots()
s.a = 1
print("slots", hasattr(s, "a"), hasattr(s, "b"), getattr(s, "b", "unset"))

# The wrong number of arguments and a non-string name still raise.
for probe in (lambda: getattr(1), lambda: getattr(1, 2, 3), lambda: hasattr(1, None)):
    try:
        probe()
    except TypeError as e:
        print("TypeError", e)
try:
    getattr(1, "nope")
except AttributeError as e:
    print("AttributeError", e)
