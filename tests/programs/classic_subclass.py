class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for w in "abracadabra":
    c[w] += 1
print(sorted(c.items()), c["z"], len(c), isinstance(c, dict))
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def append(self, x):
        super().append(x * 2)
s = Stack([1])
s.push(2).push(3)
print(s, len(s), s[1:], sum(s), s == [1, 4, 6], type(s[1:]).__name__)
Dyn = type("Dyn", (object,), {"x": 5, "hello": lambda self: "hi %d" % self.x})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), type(d).__name__)
class S:
    __slots__ = ("a", "_b")
    def __init__(self):
        self.a = 1
        self._b = 2
    @property
    def b(self):
        return self._b
    @b.setter
    def b(self, v):
        self._b = v * 10
s2 = S(); s2.b = 3
print(s2.a, s2.b, S.__slots__)
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
    def __hash__(self): return hash(self.v)
print(P(1) in [P(2), P(1)], P(1) in {P(1)}, [P(3)].index(P(3)), {P(1): "a"}[P(1)], P(1) != P(2))
