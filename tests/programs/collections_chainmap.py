from collections import ChainMap, OrderedDict, Counter
import collections
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm)
print(cm['a'], cm['b'], cm['c'], cm.get('d'), cm.get('d', 'dflt'))
print(len(cm), list(cm), 'a' in cm, 'z' in cm, bool(cm), bool(ChainMap()), ChainMap())
print(sorted(cm.items()), sorted(cm.keys()), sorted(cm.values()))
print(cm.keys(), list(cm.values()))
print(dict(cm), {**cm})
cm['d'] = 4
print(over, base)
cm['a'] = 100
print(over['a'], base['a'], cm['a'])
del cm['a']
print(cm['a'])
try:
    del cm['c2']
except KeyError as e:
    print('KeyError', e)
try:
    cm['missing']
except KeyError as e:
    print('KeyError', e)
child = cm.new_child()
child['x'] = 'child'
print(child)
print(child.parents)
print(child.maps[0], len(child.maps))
print(cm.new_child({'q': 1}))
print(cm.new_child(r=2))
print(child.parents.parents)
print(cm == dict(cm), cm == {'a': 0}, cm != {}, ChainMap({'a': 1}) == ChainMap({}, {'a': 1}))
print(cm.pop('d'), over)
print(cm.setdefault('n', 9), cm.setdefault('a', 0), over)
cm.update({'u': 1}, v=2)
print(over)
print(cm.copy(), cm.copy().maps[0] is over)
print(ChainMap.fromkeys('ab', 0))
print(cm | {'zz': 1})
print({'zz': 1} | ChainMap({'a': 1}))
c2 = ChainMap({'k': 1})
c2 |= {'k': 2}
print(c2)
print(ChainMap(OrderedDict(a=1), Counter('aab')))
print(cm.keys() & {'a', 'b'} == {'a', 'b'}, ('b', 20) in cm.items(), 20 in cm.values())
print(cm.popitem(), over)
e = ChainMap({})
try:
    e.popitem()
except KeyError as ex:
    print('KeyError', ex)
print(isinstance(cm, ChainMap), 'ChainMap' in dir(collections))
class Sub(ChainMap):
    pass
print(Sub({'a': 1}), Sub({'a': 1}).new_child())
print(sorted(ChainMap({1: 'x'}, {2: 'y'}, {1: 'z', 3: 'w'}).items()))
print(list(ChainMap({'x': 1}, {'y': 2}, {'z': 3, 'x': 0})))
