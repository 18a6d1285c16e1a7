# The weak containers of weakref, WeakMethod, and weak references to methods.
import weakref, gc

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name
    def method(self):
        return "method of " + self.name

# WeakValueDictionary
cache = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
cache["a"] = a
cache["b"] = b
cache["c"] = c
print(len(cache), sorted(cache.keys()), "a" in cache)
del a
print(len(cache), sorted(cache.keys()), "a" in cache, cache.get("a"))
def drop_b():
    global b
    b = None
drop_b()
print(sorted(cache.items(), key=lambda kv: kv[0]))
try:
    cache["b"]
except KeyError as e:
    print("KeyError", e)
print(cache.pop("c").name, len(cache))

# WeakKeyDictionary
extra = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
extra[k1] = 1
extra[k2] = 2
print(len(extra), extra[k1], k2 in extra)
del k1
print(len(extra), [o.name for o in extra.keys()], list(extra.values()))

# WeakSet
ws = weakref.WeakSet()
items = [Obj(str(i)) for i in range(4)]
for it in items:
    ws.add(it)
print(len(ws), items[0] in ws)
del items[1:3]
print(len(ws), sorted(o.name for o in ws))
items.clear()
print(len(ws))

# WeakMethod
o = Obj("m")
wm = weakref.WeakMethod(o.method)
print(wm()())
r = weakref.ref(o.method)
print(r())
del o
print(wm())

# callbacks order and arguments
class T: pass
t = T()
log = []
r1 = weakref.ref(t, lambda w: log.append(("r1", w() is None)))
r2 = weakref.ref(t, lambda w: log.append(("r2", w is r2)))
del t
print(log)

