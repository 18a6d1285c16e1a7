# __del__ of objects in a reference cycle (PEP 442): each runs once, before
# the collector clears the cycle; a finalizer may resurrect the cycle.
import gc

gc.disable()
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name, "other is", self.other.name if self.other else None)


a = Node("a"); b = Node("b"); c = Node("c")
a.other = b; b.other = c; c.other = a
del a, b, c
print("collected", gc.collect())
print("second collection", gc.collect())


class Keeper:
    kept = None

    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("finalizing", self.name)
        if self.name == "x":
            Keeper.kept = self


x = Keeper("x"); y = Keeper("y"); x.peer = y; y.peer = x
del x, y
print("resurrecting collection", gc.collect())
print("kept", Keeper.kept.name, Keeper.kept.peer.name)
# Finalizers ran once: letting go again frees the cycle without them.
Keeper.kept = None
print("freed", gc.collect())


# A cycle reachable from a __del__-less container: nothing is freed while it is reachable.
class Box:
    def __del__(self):
        print("box del")


holder = []
box = Box(); box.me = box
holder.append(box)
del box
print("reachable", gc.collect())
holder.clear()
print("unreachable", gc.collect())


# A generator suspended in try/finally inside a cycle: its finally runs.
def worker(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("worker finally")


log = []
w = worker(log)
next(w)
log.append(w)
del w, log
print("generator cycle", gc.collect())


# Garbage found by automatic collection (allocations trigger it).
class Counted:
    dels = 0

    def __del__(self):
        Counted.dels += 1


gc.enable()
for i in range(3000):
    p = Counted(); q = Counted(); p.q = q; q.p = p
del p, q
gc.collect()
print("finalized by the collector:", Counted.dels)
