# weakref.finalize: called once, when the object dies, when called, or at exit
# (newest first, unless atexit is false).
import weakref

# finalize
class Res: pass
res = Res()
f = weakref.finalize(res, print, "finalized", 42)
print(f.alive, f.atexit)
del res
print(f.alive)
res2 = Res()
f2 = weakref.finalize(res2, print, "second")
print(f2.peek()[1:] == (print, ("second",), {}))
print(f2(), f2.alive)
print(f2())
res3 = Res()
f3 = weakref.finalize(res3, print, "at exit 3")
res4 = Res()
f4 = weakref.finalize(res4, print, "at exit 4")
def never(): pass
f5 = weakref.finalize(never, print, "never")
f5.atexit = False



# A finalizer whose object is in a cycle runs when the collector frees it.
import gc
gc.disable()
class Node:
    pass
n1 = Node(); n2 = Node(); n1.n = n2; n2.n = n1
weakref.finalize(n1, print, "cycle finalized")
del n1, n2
print("collect", gc.collect())
gc.enable()
print("end")
