# Cycles through each kind of container, freed by gc.collect() with the count
# CPython reports (objects CPython keeps apart, such as a closure's tuple of
# cells or a class's MRO tuple, are counted as it counts them).
import gc

gc.disable()
gc.collect()


def collect(label):
    print(label, gc.collect())


class N:
    pass


a = N(); b = N(); a.other = b; b.other = a
del a, b
collect("two instances")

l = []; l.append(l)
del l
collect("list holding itself")

d = {}; d["self"] = d
del d
collect("dict holding itself")

s = N(); s.__dict__; s.me = s
del s
collect("instance with __dict__")

t = ([],); t[0].append(t)
del t
collect("tuple and list")


def make_closure():
    def f():
        return f
    return f


f = make_closure()
del f
collect("closure holding itself")


def make_pair():
    x = [1]
    def g():
        return x, h
    def h():
        return x, g
    return g


g = make_pair()
del g
collect("two closures")


class M:
    def meth(self):
        return self


m = M(); m.bound = m.meth
del m
collect("bound method")


def make_class():
    class C:
        def f(self):
            return 1
    return C


C = make_class()
del C
collect("class with a method")


def make_class_with_instance():
    class K:
        pass
    k = K()
    K.instance = k
    return k


k = make_class_with_instance()
del k
collect("class holding its instance")


class H:
    pass


h = H(); sset = {h}; h.s = sset
del h, sset
collect("set")

x = N(); x.it = iter([x])
del x
collect("iterator")


def fdefault(x=[]):
    pass


fdefault.__defaults__[0].append(fdefault)
del fdefault
collect("function defaults")


def gen():
    me = yield 1
    yield 2


it = gen(); next(it); it.send(it)
del it
collect("generator holding itself (closed, then freed)")


def gen2(lst):
    yield 1


lst = []
it = gen2(lst); lst.append(it)
del it, lst
collect("unstarted generator")

y = N(); y.data = {"k": [y]}
del y
collect("instance, dict, list")

z = N(); z.atoms = {"a": 1, "b": "two"}; z.me = z
del z
collect("instance with a dict of atoms")

e = ValueError(1, 2); e.me = e
del e
collect("exception")

outer = N()
inner = N(); inner.back = outer; outer.inner = inner
print("reachable cycle kept:", gc.collect(), inner.back is outer)
del outer, inner
collect("now unreachable")
