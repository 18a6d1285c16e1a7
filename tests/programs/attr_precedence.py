# Attribute lookup order: an instance's own attribute beats non-data class
# attributes (methods, plain values) but not data descriptors (properties,
# objects with __set__), also when the class changes after the fact.


class Plain:
    kind = "class"

    def method(self):
        return "method"


p = Plain()
print(p.kind, p.method())
p.kind = "instance"
p.method = lambda: "instance function"
print(p.kind, p.method())


class Desc:
    def __get__(self, obj, cls):
        return "descriptor get"

    def __set__(self, obj, value):
        obj.__dict__["via_set"] = value


class NonData:
    def __get__(self, obj, cls):
        return "non-data get"


class Holder:
    d = Desc()
    n = NonData()


h = Holder()
h.__dict__["d"] = "shadow?"
h.__dict__["n"] = "shadowed non-data"
print(h.d, h.n)
h.d = 5
print(h.via_set, h.d)

out = []
for i in range(40):
    if i == 20:
        Plain.kind = property(lambda self: "property now")
    out.append(p.kind)
print(out[19], out[20])


class Sub(Plain):
    pass


s = Sub()
s.kind = "ignored?"
