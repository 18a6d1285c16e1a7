# weakref.ref: identity, callbacks (newest first), hashing, equality, and
# the types that cannot be weakly referenced.
import gc
import weakref


class C:
    pass


c = C()
r = weakref.ref(c)
print(type(r).__name__, weakref.ref is weakref.ReferenceType, r() is c)
print("shared basic ref:", weakref.ref(c) is r)
r2 = weakref.ref(c, lambda w: print("callback 2, dead:", w() is None))
r3 = weakref.ref(c, lambda w: print("callback 3, dead:", w() is None))
print(weakref.getweakrefcount(c), [x is r for x in weakref.getweakrefs(c)], weakref.getweakrefs(c)[1] is r3)
print("__weakref__:", c.__weakref__ is r, r2.__callback__ is not None, r.__callback__)
print(hash(r) == hash(c), r == r2, r != r2)
del c
print("after del:", r(), r2(), repr(r).endswith("; dead>"))
print(r == r2, r == r)

for v in [1, "s", (1,), [1], {}, None, 1.5, b"x", range(3), iter([]), property(), Exception()]:
    try:
        weakref.ref(v)
        print("ok", type(v).__name__)
    except TypeError as e:
        print(e)


def func():
    pass


def gen():
    yield 1


for v in [func, C, {1}, frozenset(), gen(), weakref, len]:
    w = weakref.ref(v)
    print("ok", type(v).__name__, w() is v)


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


try:
    weakref.ref(Slotted())
except TypeError as e:
    print(e)
print(weakref.ref(SlottedWeak())() is None)


class E(Exception):
    pass


print(weakref.ref(E())() is None)

dead = weakref.ref(C())
try:
    hash(dead)
except TypeError as e:
    print("TypeError:", e)


# Callbacks of weak references to objects in a cycle run when the collector
# finds the cycle; a weak reference that is itself trash gets no callback.
class Node:
    pass


gc.disable()
a = Node(); b = Node(); a.b = b; b.a = a
wa = weakref.ref(a, lambda w: print("a's callback"))
a.self_ref = weakref.ref(a, lambda w: print("never called"))
del a, b
print("collect:", gc.collect(), wa())
gc.enable()


# A callback that raises is reported and ignored.
import sys
sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value)
x = C()
wx = weakref.ref(x, lambda w: 1 / 0)
del x
print("end")
