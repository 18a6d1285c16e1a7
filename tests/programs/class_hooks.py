class D:
    def __set_name__(self, o, n): self.name = n
class C:
    attr = D()
print(C.attr.name)
class B:
    subs = []
    def __init_subclass__(cls, **kw):
        B.subs.append(cls.__name__)
class A(B): pass
class A2(A): pass
print(B.subs)
def f(a, b, /): pass
try:
    f(a=1, b=2)
except TypeError as e: print(e)
