class A:
    __slots__ = ("__x", "y")
    def __init__(self):
        self.__x = 1
        self.y = 2
    def get(self):
        return self.__x
    def __priv(self):
        return "priv"
    def call(self):
        return self.__priv(), [self.__x for _ in range(2)], (lambda: self.__x)()
    class __Inner:
        def f(self):
            return self.__z if hasattr(self, "_Inner__z") else "noz"
class B:
    def __init__(self):
        self.__v = 5
class C(B):
    def __init__(self):
        super().__init__()
        self.__v = 6
    def both(self):
        return self.__v, self._B__v
    @staticmethod
    def __s(__a, b=2):
        return __a + b
    def t(self):
        return C.__s(1), self.__s(5, b=3)
a = A()
print(a.get(), a._A__x, a.call(), A._A__priv.__name__, A._A__priv.__qualname__, A._A__Inner.__name__, A._A__Inner().f())
print(C().both(), sorted(vars(C())), C().t())
try:
    a.__x
except AttributeError as e:
    print(e)
class ___:
    def __init__(self):
        self.__q = 1
print(vars(___()))
__g = 7
class D:
    def f(self):
        return __g
try:
    D().f()
except NameError as e:
    print(e)


class Account:
    """Subclass and base keep separate private attributes."""
    __slots__ = ("__balance", "owner")

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    @property
    def balance(self):
        return self.__balance

    def __check(self, amount):
        if amount > self.__balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.__balance))

    def withdraw(self, amount):
        self.__check(amount)
        self.__balance -= amount
        return self.__balance


class Savings(Account):
    __slots__ = ["__rate"]

    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.__rate = rate

    def interest(self):
        return self.balance * self.__rate

    def try_base_private(self):
        try:
            return self.__balance
        except AttributeError as e:
            return "AttributeError: %s" % e


s = Savings("ann", 100, 0.5)
print(s.withdraw(30), s.interest(), s.try_base_private(), s._Account__balance, s._Savings__rate)
try:
    s.withdraw(500)
except ValueError as e:
    print("ValueError:", e)


class Mod:
    def f(self, x):
        global __gv
        __gv = x
        return [__gv for _ in range(1)]


print(Mod().f(3), _Mod__gv)
class C:
    __slots__ = ("__x", "y", "__z__")
    def __init__(self):
        self.__x = 1
        self.y = 2
        self.__z__ = 3
    def get(self):
        return self.__x + self.y + self.__z__
c = C()
print(C.__slots__, c.get(), c._C__x)
class _D:
    __slots__ = "__w"
    def __init__(self):
        self.__w = 5
print(_D().__dict__ if hasattr(_D(), "__dict__") else "no dict", _D()._D__w)
