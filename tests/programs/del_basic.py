# __del__: when the last reference goes, once, in CPython's order.
import sys


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = A("rebound")
a = None
print("after rebinding")
b = A("deleted")
del b
print("after del")


def scope():
    x = A("local")
    print("in scope")


scope()
print("after call")


def local_del():
    y = A("del in function")
    del y
    print("after del in function")


local_del()
items = [A("first"), A("second"), A("third")]
del items
print("after list (last item first)")
pair = (A("t1"), A("t2"))
pair = None
print("after tuple")
d = {"k1": A("v1"), "k2": A("v2")}
d.clear()
print("after dict clear")
holder = A("holder")
holder.child = A("child")
del holder
print("after nested")


# Resurrection: __del__ stores self somewhere; it is not called again.
class Phoenix:
    saved = []

    def __del__(self):
        print("phoenix del, saved before:", len(Phoenix.saved))
        Phoenix.saved.append(self)


p = Phoenix()
del p
print("resurrected:", len(Phoenix.saved))
Phoenix.saved.clear()
print("released again (no second __del__)")


# An exception in __del__ is reported through sys.unraisablehook and ignored.
class Bad:
    def __del__(self):
        raise ValueError("boom in __del__")


def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__qualname__)


sys.unraisablehook = hook
bad = Bad()
del bad
print("program goes on")
sys.unraisablehook = sys.__unraisablehook__


# __del__ added after the class was made, and inherited.
class Late:
    pass


Late.__del__ = lambda self: print("late del")
late = Late()
del late


class Child(A):
    pass


c = Child("inherited")
del c


# An object with __del__ referenced from a function's frame dies with it.
def make_and_drop():
    A("temporary")
    return "returned"


print(make_and_drop())
print("end")
