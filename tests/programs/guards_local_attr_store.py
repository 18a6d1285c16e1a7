# `obj.attr = value` with `obj` a local runs fused with the load of `obj`;
# the store's guards must still see other classes, other layouts, modules,
# properties and __setattr__ added mid-run, __slots__ and unbound locals.
import math


class P:
    def __init__(self, v):
        self.v = v
        self.w = 0


class Q(P):
    pass


class S:
    __slots__ = ("v", "w")

    def __init__(self, v):
        self.v = v
        self.w = 0


def bump(objs, rounds):
    for _ in range(rounds):
        for o in objs:
            o.w = o.v * 2
            o.v = o.v + 1
    return [(type(o).__name__, o.v, o.w) for o in objs]


print(bump([P(1), Q(2), S(3), P(4)], 5))


def modules_and_classes(rounds):
    out = []
    for i in range(rounds):
        target = P(i) if i % 3 else math
        target.w = i
        out.append(target.w)
    return out


print(modules_and_classes(9))
math.w = None
del math.w


def with_property(objs):
    for o in objs:
        o.v = 10
    return [o.v for o in objs]


ps = [P(1) for _ in range(5)]
print(with_property(ps))
P.v = property(lambda self: self._v * 100, lambda self, x: setattr(self, "_v", x))
print(with_property([P(2) for _ in range(3)]))
del P.v
print(with_property([P(3), P(4)]))

log = []


def hook(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)


q = Q(7)
print(with_property([q] * 3))
Q.__setattr__ = hook
print(with_property([q] * 2), log)


def unbound(flag):
    if flag:
        o = P(0)
    o.v = 5
    return o.v


print(unbound(True), unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
