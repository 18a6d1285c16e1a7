# Whether a class attribute is a data descriptor depends on *its* class: giving
# that class __set__ (or taking __get__ away) mid-loop changes how the
# attribute of every class holding such an object behaves, though none of
# those classes changed itself.


class Desc:
    def __get__(self, obj, cls):
        return "Desc.__get__"


class SubDesc(Desc):
    pass


class Holder:
    d = Desc()
    s = SubDesc()


h = Holder()
h.d = "instance d"
h.s = "instance s"
seen = []
for i in range(60):
    if i == 15:
        def desc_set(self, obj, value):
            seen.append(("set", value))
        Desc.__set__ = desc_set
    if i == 30:
        del Desc.__set__
    if i == 45:
        del Desc.__get__
    seen.append((h.d, h.s))
    if i % 15 == 14:
        h.d = "instance d %d" % i


def runs(seq):
    out = []
    for v in seq:
        if out and out[-1][0] == v:
            out[-1][1] += 1
        else:
            out.append([v, 1])
    return out


print(runs(seen))
print(sorted(vars(h).items()))


# A plain object stored on a class becomes a descriptor when its class gains
# __get__, and a data descriptor when it gains __set__.
class Plain:
    pass


class Owner:
    p = Plain()


o = Owner()
kinds = []
for i in range(45):
    if i == 15:
        Plain.__get__ = lambda self, obj, cls: "now a descriptor"
    if i == 30:
        Plain.__set__ = lambda self, obj, value: kinds.append("stored via __set__")
    if i == 20:
        o.p = "instance p"
    v = o.p
    kinds.append(v if isinstance(v, str) else type(v).__name__)
    if i in (35, 40):
        o.p = i
print(runs(kinds))
