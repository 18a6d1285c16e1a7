# Cycles through the kinds of objects that came with coroutines, frame
# objects, annotations, metaclasses and lru_cache: gc.collect() finds them
# with CPython's count and runs the finalizers of what they hold.
import gc, sys, functools, weakref
gc.disable()
gc.collect()

def collect(label):
    print(label, gc.collect())

class Probe:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

# A coroutine suspended in an await, holding itself through a list.
class Suspend:
    def __await__(self):
        yield "paused"

async def waiter(box):
    p = Probe("coroutine local")
    await Suspend()
    return box

box = []
c = waiter(box)
print(c.send(None))
box.append(c)
del c, box
collect("suspended coroutine in a cycle")

# An async generator suspended at a yield, holding itself.
async def agen(box):
    p = Probe("async generator local")
    yield 1
    yield 2

box = []
ag = agen(box)
try:
    ag.asend(None).send(None)
except StopIteration as e:
    print("yielded", e.value)
box.append(ag)
del ag, box
collect("suspended async generator in a cycle")

# A generator suspended in an except block: its handled exception is part of it.
def handler_gen(box):
    try:
        raise KeyError("k")
    except KeyError:
        yield 1

box = []
g = handler_gen(box)
next(g)
box.append(g)
del g, box
collect("generator suspended in except")

# Annotations dict holding the function.
def annotated(x: int) -> int:
    return x
annotated.__annotations__["self"] = annotated
del annotated
collect("function annotations holding it")

# lru_cache wrapper whose cache holds the wrapper (CPython's count includes
# the parts of its functools written in Python: only that it is freed shows).
@functools.lru_cache(maxsize=None)
def cached(n):
    p = Probe("cached result")
    p.wrapper = cached
    return p
cached(1)
del cached
print("lru_cache holding itself, found:", gc.collect() > 0)

# A metaclass with a class attribute cycle.
class Meta(type):
    registry = []
def make():
    class K(metaclass=Meta):
        pass
    Meta.registry.append(K)
    return K
make()
Meta.registry.clear()
collect("class of a metaclass")

# Frame object kept in its own variables, with a finalizer on a local.
def keep_frame():
    p = Probe("frame local")
    me = sys._getframe()
    return 1
keep_frame()
collect("frame holding itself")

# f_locals dict of a frame kept by the frame's variables.
def keep_locals():
    p = Probe("f_locals value")
    fr = sys._getframe()
    loc = fr.f_locals
    return 1
keep_locals()
collect("frame with f_locals")

# Weak reference callback to something in a cycle.
class Obj:
    pass
o = Obj(); o.me = o
r = weakref.ref(o, lambda ref: print("  callback, alive:", ref() is not None))
del o
collect("cycle with a weakly referenced object")
print("ref cleared:", r() is None)
