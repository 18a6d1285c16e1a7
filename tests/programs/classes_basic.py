# Classes: instances, class attributes, methods, properties, static/class methods, __slots__.


class BankAccount(object):
    interest_rate = 0.02
    accounts_opened = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        BankAccount.accounts_opened += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest_rate), 2)

    @classmethod
    def opened(cls):
        return f"{cls.__name__}: {cls.accounts_opened} opened"

    @staticmethod
    def validate_owner(name):
        return name.isalpha() and name[0].isupper()

    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self.balance})"


a = BankAccount("Alice", 100)
b = BankAccount("Bob")
a.deposit(50).withdraw(30)
b.deposit(10)
print(a, b, a.history, b.history)
try:
    b.withdraw(100)
except ValueError as e:
    print("ValueError:", e)
a.add_interest()
b.interest_rate = 0.5
b.add_interest()
print(a.balance, b.balance, BankAccount.interest_rate, a.interest_rate, b.interest_rate)
BankAccount.interest_rate = 0.1
print(a.interest_rate, b.interest_rate, BankAccount.opened(), a.opened())
print(BankAccount.validate_owner("Carol"), a.validate_owner("x1"), BankAccount.validate_owner("Dan"))
print(type(a).__name__, type(a) is BankAccount, isinstance(a, BankAccount), isinstance(a, object))
print(hasattr(a, "owner"), hasattr(a, "nope"), getattr(a, "owner"), getattr(a, "nope", "default"))
setattr(a, "nickname", "Al")
print(a.nickname, sorted(a.__dict__), "nickname" in a.__dict__)
method = a.deposit
method(1)
print(a.balance, BankAccount.deposit(a, 1).balance)
try:
    a.missing_method()
except AttributeError as e:
    print("AttributeError:", e)


class Temperature:
    def __init__(self, celsius=0.0):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)


class ReadOnly:
    @property
    def value(self):
        return 42


r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError raised")


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def length(self):
        return (self.x * self.x + self.y * self.y) ** 0.5


v = Vec(3, 4)
v.x = 6
print(v.x, v.y, v.length(), Vec.__slots__)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count


objs = [Counter() for _ in range(4)]
print([o.id for o in objs], Counter.count, objs[0].count)


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def reverse(self):
        prev, cur = None, self.head
        while cur is not None:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def to_list(self):
        out, cur = [], self.head
        while cur:
            out.append(cur.value)
            cur = cur.next
        return out


ll = LinkedList([1, 2, 3, 4])
print(ll.to_list(), ll.size)
ll.reverse()
ll.push(0)
print(ll.to_list(), ll.size)
print(str(BankAccount)[:8], BankAccount.__name__, Temperature.fahrenheit.__class__.__name__)
