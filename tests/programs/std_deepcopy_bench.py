import copy
from dataclasses import dataclass, field

@dataclass
class A:
    string: str
    lst: list
    boolean: bool

def make():
    a = {'list': [1, 2, 3, 43], 't': (1, 2, 3), 'str': 'hello', 'subdict': {'a': True}}
    dc = A('hello', [1, 2, 3], True)
    return a, dc

a, dc = make()
for i in range(200):
    x = copy.deepcopy(a)
    y = copy.deepcopy(dc)
    z = copy.copy(a)
print(x == a, x is a, x['list'] is a['list'], z['list'] is a['list'])
print(y, y == dc, y.lst is dc.lst)
memo = {}
copy.deepcopy([a, a], memo)
print(len(memo) > 0)
class Custom:
    def __init__(self, v): self.v = v
    def __deepcopy__(self, memo): return Custom(self.v * 2)
    def __copy__(self): return Custom(-self.v)
print(copy.deepcopy([Custom(2)])[0].v, copy.copy(Custom(5)).v)
cyc = [1]; cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc)
print(copy.deepcopy(frozenset({1, 2})), copy.deepcopy((1, [2])), copy.copy(range(3)))
