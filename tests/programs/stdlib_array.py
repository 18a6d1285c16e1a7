from array import array
import array as arraymod

a = array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a.typecode, a.itemsize)
a.append(4)
a.extend([5, 6])
a.extend(array('i', [7]))
print(a, a.tolist(), list(a), sum(a))
print(a[1:4], a[::-1], a[::2], type(a[1:3]).__name__)
a[0] = 100
a[-1] = -7
print(a)
d = array('d', [1.0, 2.0])
print(d, repr(d), d.itemsize, str(array('d')), array('b'))
d.append(3)
print(d, d[2], type(d[2]).__name__)
f = array('f', [0.1, 1.5, 3.3])
print(f, f[0], f.tolist())
f[1] = 2.2
print(f[1], array('f', [1e300])[0])
print(array('i', range(5)), array("B", [97, 98]), array('q', (x * x for x in range(4))))
for tc in 'bBhHiIlLqQfd':
    print(tc, array(tc).itemsize, end='; ')
print()
for tc, v in [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 32768), ('h', -40000), ('H', 70000), ('H', -1),
              ('i', 2**31), ('i', -2**31 - 1), ('I', 2**32), ('I', -1), ('l', 2**63), ('L', -5), ('L', 2**64),
              ('q', 2**63), ('Q', -1), ('Q', 2**64)]:
    try:
        array(tc, [v])
    except OverflowError as e:
        print(tc, v, "OverflowError:", e)
b = array('b', [1, 2])
try:
    b[0] = 200
except OverflowError as e:
    print("OverflowError:", e)
try:
    b.append(-200)
except OverflowError as e:
    print("OverflowError:", e)
for args in [('i', [1.5]), ('d', ['x']), ('x', [])]:
    try:
        array(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b[5]
except IndexError as e:
    print("IndexError:", e)
try:
    b[5] = 1
except IndexError as e:
    print("IndexError:", e)
print(b, b[0], array('b', [127, -128]))
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1]) == [1],
      array('i', [1, 2]) != array('i', [1, 3]), array('i', [1, 2]) < array('i', [1, 3]))
c = array('h', [5, 3, 5, 1])
print(c.index(5), c.count(5), c.pop(), c, 3 in c, 9 in c)
c.insert(0, 9); c.remove(5); c.reverse()
print(c, c + array('h', [8]), c * 2)
del c[0]
print(c)
c[0:1] = array('h', [4, 4])
print(c, [x * 2 for x in c])
try:
    c.extend(array('d', [1.0]))
except TypeError as e:
    print("TypeError:", e)
print(arraymod.typecodes, array('d', [True, 3]))
total = array('d')
for i in range(10):
    total.append(i / 4)
print(total, sum(total))
edge = array('f', [1e-45, 7e-46, 1e-46, -1e-46, 3.4028235e38, 3.5e38, -3.5e38, 1.1754942e-38, -0.0, 2**-149, 3*2**-151, 16777217.0, 1/3])
print(edge)
