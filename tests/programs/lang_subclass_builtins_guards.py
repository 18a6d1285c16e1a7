# Sites the adaptive tier warms on exact builtin types, then reached by
# instances of subclasses: the guards must tell them apart, so overridden
# dunders run and inherited ones give the base type's results.
class Loud(int):
    def __add__(self, other):
        return "add(%d, %d)" % (int(self), int(other))
    def __radd__(self, other):
        return "radd(%d, %d)" % (int(other), int(self))
    def __lt__(self, other):
        return True
    def __mul__(self, other):
        return NotImplemented

class Quiet(int):
    pass

def add(a, b):
    return a + b

def lt(a, b):
    return a < b

def mul(a, b):
    return a * b

def sub(a, b):
    return a - b

for i in range(2000):
    add(i, 1)
    lt(i, 5)
    mul(i, 3)
    sub(i, 2)
results = []
for i in range(2000):
    x = Loud(i) if i % 500 == 7 else i
    results.append((add(x, 1), add(1, x), lt(x, -1), mul(x, 3), sub(x, 2)))
    if i % 500 == 7:
        print(results[-1], type(results[-1][3]).__name__, type(results[-1][4]).__name__)
print(len(results), results[-1])

total = 0
for i in range(3000):
    q = Quiet(i)
    total += q + i
    total -= i * 2
    if q < 10:
        total += 1
print(total, type(Quiet(5) + 5).__name__)

class Celsius(float):
    def __add__(self, other):
        return Celsius(float(self) + float(other) + 0.5)
    def __truediv__(self, other):
        return "div"

def fadd(a, b):
    return a + b

def fdiv(a, b):
    return a / b

for i in range(2000):
    fadd(1.5, i * 0.5)
    fdiv(i * 1.0, 2.0)
print(fadd(Celsius(1.0), 2.0), type(fadd(Celsius(1.0), 2.0)).__name__, fdiv(Celsius(3.0), 2.0), fadd(2.0, Celsius(1.0)), type(fadd(2.0, Celsius(1.0))).__name__)

class Shout(str):
    def __add__(self, other):
        return Shout(str.__add__(self, other).upper())
    def __eq__(self, other):
        return str(self).lower() == str(other).lower()
    __hash__ = str.__hash__
    def __getitem__(self, i):
        return "item%d" % i
    def __len__(self):
        return 99
    def __contains__(self, x):
        return x == "magic"

def sadd(a, b):
    return a + b

def seq(a, b):
    return a == b

def sget(s, i):
    return s[i]

def slen(s):
    return len(s)

def sin(x, s):
    return x in s

for i in range(2000):
    sadd("a", "b")
    seq("x", "x")
    sget("abc", 1)
    slen("abcd")
    sin("b", "abc")
print(sadd(Shout("ab"), "c"), seq(Shout("HI"), "hi"), seq("hi", Shout("HI")), sget(Shout("abc"), 1), slen(Shout("x")), sin("magic", Shout("")), sin("a", Shout("a")))

class Row(tuple):
    def __getitem__(self, i):
        return ("row", tuple.__getitem__(self, i))
    def __len__(self):
        return 42

def tget(t, i):
    return t[i]

def unpack(t):
    a, b = t
    return a + b

def tlen(t):
    return len(t)

for i in range(2000):
    tget((1, 2, 3), 1)
    unpack((i, 1))
    tlen((1, 2))
print(tget(Row((1, 2, 3)), 1), unpack(Row((5, 6))), tlen(Row((1,))))

class Bag(list):
    def __getitem__(self, i):
        return "bag"
    def append(self, x):
        list.append(self, x * 10)

def lget(l, i):
    return l[i]

def lappend(l, x):
    l.append(x)
    return l

for i in range(2000):
    lget([1, 2, 3], 0)
    lappend([], i)
print(lget(Bag([1, 2, 3]), 0), lappend(Bag(), 4), lget([7], 0))

class Table(dict):
    def __getitem__(self, k):
        return "table:" + str(k)
    def __contains__(self, k):
        return True

def dget(d, k):
    return d[k]

def din(k, d):
    return k in d

for i in range(2000):
    dget({1: 2}, 1)
    din(1, {1: 2})
print(dget(Table(), 5), din(9, Table()), dget({5: 'plain'}, 5))

class Tally(set):
    def __or__(self, other):
        return "tally-or"
    def __contains__(self, x):
        return x == "any"

def sor(a, b):
    return a | b

def setin(x, s):
    return x in s

for i in range(2000):
    sor({1}, {2})
    setin(1, {1})
print(sor(Tally({1}), {2}), setin("any", Tally()), setin(1, Tally({1})), sorted(sor({1}, Tally({2}))))

# Iteration and method calls warmed on exact types.
class Odd(list):
    def __iter__(self):
        return iter([99])

def first(xs):
    for x in xs:
        return x

for i in range(2000):
    first([i])
    "abc".upper()
print(first(Odd([1, 2])), first([3]))

class Up(str):
    def upper(self):
        return "custom upper"

def up(s):
    return s.upper()

for i in range(2000):
    up("abc")
print(up(Up("abc")), up("abc"))
