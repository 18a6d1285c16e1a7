def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__) if e.__cause__ else "")

class M(type): pass
class M3(type): pass
class A(metaclass=M): pass
class B(metaclass=M3): pass
def conflict():
    class AB(A, B): pass
check(conflict)
def kw():
    class Z(metaclass=M, foo=1): pass
check(kw)
def prep():
    class M2(type):
        @classmethod
        def __prepare__(m, name, bases, **kw): return 5
    class Z(metaclass=M2): pass
check(prep)
def boolsub():
    class BB(bool): pass
check(boolsub)
def intbase():
    class Q(1): pass
check(intbase)
check(lambda: type('X', (1,), {}))
check(lambda: type('X', [], {}))
check(lambda: type('X', (), []))
check(lambda: type(1, (), {}))
check(lambda: type('a', 'b'))
check(lambda: M('a'))
class C: pass
check(lambda: C[1])
def setname():
    class D:
        def __set_name__(self, owner, name):
            raise ValueError("boom")
    class E:
        x = D()
check(setname)
def rangesub():
    class R(range): pass
check(rangesub)
def layout():
    class X(int, str): pass
check(layout)
def initsub():
    class P:
        def __init_subclass__(cls, *, required):
            cls.required = required
    class Q(P): pass
check(initsub)
class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError("cannot reassign %r" % name)
class K(metaclass=Frozen): X = 1
def reassign(): K.X = 2
check(reassign)
class Meta(type):
    def __call__(cls, *a):
        raise TypeError("no instances of " + cls.__name__)
class NoInst(metaclass=Meta): pass
check(lambda: NoInst(1))
def badmro():
    class X: pass
    class Y(X): pass
    class Z(X, Y): pass
check(badmro)
check(lambda: iter(C))
check(lambda: len(C))
class L(type):
    def __len__(cls): return -1
class LL(metaclass=L): pass
check(lambda: len(LL))
check(lambda: issubclass(1, int))
check(lambda: issubclass(int, 5))
check(lambda: super(int, 'x'))
print(type.__call__(C).__class__.__name__)
print(Meta.__call__ is not type.__call__)
