# The gc module's controls and introspection.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) for c in count))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError:", e)

# What is tracked (the examples of the gc documentation, and more).
class C:
    pass


print([gc.is_tracked(v) for v in (0, "a", 1.5, None, True, b"x", [], {}, {"a": 1}, {"a": []}, set(), lambda: 0, C, C(), gc)])

# Referents, in CPython's order.
print(gc.get_referents([1, "a", None]))
print(gc.get_referents({"a": 1, "b": [2]}))
print(gc.get_referents({1: "x", "b": 2}))
obj = C(); obj.a = 1; obj.b = [2]
print(gc.get_referents(obj))
print(gc.get_referents(5, "s"))
print(gc.get_referents((1, 2), [3]))

# Referrers.
target = C()
holder1 = [target]
holder2 = {"t": target}
holder3 = C(); holder3.t = target
found = gc.get_referrers(target)
print(any(r is holder1 for r in found), any(r is holder2 for r in found), any(r is holder3 for r in found))
print(any(x is target for x in gc.get_objects()))

# freeze: objects move to the permanent generation and stay out of collections.
gc.collect()
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

# is_finalized
class D:
    def __del__(self):
        pass


x = D(); y = D(); x.y = y; y.x = x
print(gc.is_finalized(x))
saved = x
del x, y
gc.collect()
print(gc.is_finalized(saved))
del saved

# DEBUG_SAVEALL: what the collector finds goes to gc.garbage, uncleared.
gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = C(); b = C(); a.b = b; b.a = a
del a, b
print(gc.collect(), len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
first = gc.garbage[0]
print(first.b.a is first)
gc.set_debug(0)
gc.garbage.clear()
del first
print(gc.collect())

# gc.callbacks: called with the phase and an info dict.
events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
l = []; l.append(l); del l
gc.collect()
gc.callbacks.remove(cb)
print(events)
stats = gc.get_stats()
print(stats[2]["collections"] > 0, stats[2]["uncollectable"])
gc.enable()
