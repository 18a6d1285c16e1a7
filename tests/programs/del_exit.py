# Objects still alive when the program ends get their __del__ (and weak
# reference callbacks), as CPython's finalization runs them: the module's
# globals in the order they were made, then what containers held.
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = A("a")
b = A("b")
b.friend = a
_private = A("underscore")
items = [A("item 1"), A("item 2")]
c1 = A("cycle 1"); c2 = A("cycle 2"); c1.other = c2; c2.other = c1
mapping = {"x": A("value x"), "y": A("value y")}


class Watched:
    pass


w = Watched()
r = weakref.ref(w, lambda ref: print("weakref callback at exit"))
print("end of program")
