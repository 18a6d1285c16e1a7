# array.array: every typecode, every method, slicing and slice assignment,
# concatenation and repetition, comparisons, iteration, repr, buffers
# (bytes(), memoryview, tobytes/frombytes, tofile/fromfile), subclasses.
import array as array_module
from array import array
import copy

print(array_module.typecodes, array_module.ArrayType is array)
print(type(array('i')), array.__name__, array.__module__)

samples = {
    'b': [-128, -1, 0, 5, 127], 'B': [0, 1, 200, 255, 7], 'u': 'h\xe9llo',
    'h': [-32768, 300, 0, 32767, -2], 'H': [0, 65535, 300, 2, 9], 'i': [-2**31, 2**31 - 1, 0, 4, -4],
    'I': [0, 2**32 - 1, 17, 3, 3], 'l': [-2**63, 2**63 - 1, 0, 1, -1], 'L': [0, 2**64 - 1, 5, 5, 6],
    'q': [-2**63, 2**63 - 1, 12, -12, 0], 'Q': [0, 2**64 - 1, 2**63, 1, 2], 'f': [0.5, -1.25, 3.0, 1e10, 0.1],
    'd': [0.5, -1.25, 3.0, 1e300, 0.1],
}
for tc, init in samples.items():
    a = array(tc, init)
    print(tc, a.typecode, a.itemsize, len(a), a, list(a), a.tolist() == list(a))
    print('  ', a[0], a[-1], a[1:3], a[::-2], a[10:], a[-2:], repr(a[:0]))
    print('  ', a.buffer_info()[1], len(a.tobytes()), array(tc, a.tobytes()) if tc != 'u' else a.tounicode())
    b = array(tc)
    b.frombytes(a.tobytes())
    print('  ', b == a, bytes(a) == a.tobytes(), bytearray(a) == a.tobytes())
    c = array(tc, a)
    c.byteswap()
    c.byteswap()
    print('  ', c == a, c is not a, a.count(a[1]), a.index(a[-1]), a[1] in a, a + a[:1], a[:2] * 2, 2 * a[:1])
    m = memoryview(a)
    same = (m.tolist() == a.tolist(), m[1] == a[1]) if tc != 'u' else 'w-format'
    print('  ', m.format, m.itemsize, m.nbytes, len(m), same, m.readonly)

# Floats stored in 'f' are rounded to single precision.
f = array('f', [0.1, 1 / 3, 1e39, -1e-46, 16777217.0])
print(f, f[0] == 0.1, f.tolist())
d = array('d', range(5))
print(d, array('d', [True, 2]), array('f', b'\x00\x00\x80\x3f'))

# Mutating methods.
a = array('i', range(10))
a.append(10)
a.extend([11, 12])
a.extend(array('i', [13]))
a.extend(x * x for x in range(3))
a.insert(0, -1)
a.insert(100, 99)
a.insert(-3, 77)
a.insert(-100, -99)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(77)
a.reverse()
print(a, a.index(5), a.index(5, 3), a.index(1, -4), a.count(4))
a.fromlist([7, 8])
print(a.tolist())
u = array('u', 'abc')
u.fromunicode('de')
u.append('f')
u.extend('gh')
print(u, u.tounicode(), u[1], u[::2])

# Slicing, slice assignment and deletion.
a = array('i', range(10))
a[2:5] = array('i', [20, 30])
print(a)
a[::3] = array('i', [-1, -2, -3])
print(a)
a[1:1] = array('i', [100, 101, 102])
print(a)
a[-2:] = array('i')
print(a)
del a[0]
del a[::2]
print(a)
del a[100:]
del a[-1]
print(a, a[::-1], a[5:1:-1], a[-100:100])
a[len(a):] = a
print(a)
a[:] = array('i', [9, 8])
print(a)
a[0] = -7
a[-1] = True
print(a)

# Concatenation, repetition, in-place forms.
a = array('h', [1, 2])
b = a
a += array('h', [3])
a *= 2
print(a, b is a, a * 0, a * -1, array('h', [5]) * 3)
print(array('d', [1.5]) + array('d', [2.5]))

# Comparisons (item by item, across typecodes).
x, y = array('i', [1, 2, 3]), array('i', [1, 2, 4])
print(x == y, x != y, x < y, x <= y, x > y, x >= y, x == array('d', [1.0, 2.0, 3.0]))
print(array('i', [1, 2]) < array('i', [1, 2, 0]), array('b') == array('b'), x == [1, 2, 3], x != (1, 2, 3))
print(array('u', 'ab') == array('u', 'ab'), array('u', 'ab') < array('u', 'b'), array('d', [float('nan')]) == array('d', [float('nan')]))

# Iteration and the sequence protocol.
a = array('d', [0.25, 0.5, 0.75])
it = iter(a)
print(type(it).__name__, next(it), list(it), list(reversed(a)), sorted(a, reverse=True), sum(a), max(a), 0.5 in a, 2 in a)
print([v * 2 for v in array('B', b'abc')], enumerate(array('b', [4])).__next__(), bool(array('i')), bool(a))
a = array('i', [1, 2, 3])
total = 0
for v in a:
    total += v
    if v == 1:
        a.append(4)
print(total, a)

# Buffers: memoryview reads and writes through, cast, bytes of an array.
a = array('i', [1, 2, 3, 4])
m = memoryview(a)
m[0] = 100
print(a, m[1:3].tolist(), m.tobytes() == a.tobytes(), m.cast('B')[:4].tolist(), m.obj is a)
m.release()
bs = memoryview(array('B', [1, 2, 3]))
bs[1] = 9
print(bs.tolist(), bytes(bs), b''.join([array('B', [65, 66]), b'C']))
print(memoryview(array('d', [1.5, 2.5])).tolist(), memoryview(array('q', [-1])).format)

# tofile / fromfile.
import io
a = array('H', [1, 2, 3, 65535])
buf = io.BytesIO()
a.tofile(buf)
print(buf.getvalue())
buf.seek(0)
b = array('H')
b.fromfile(buf, 3)
print(b)
try:
    b.fromfile(buf, 5)
except EOFError as e:
    print('EOFError', e, b)

# Copies and pickling helpers.
a = array('l', [1, 2])
c1, c2 = copy.copy(a), copy.deepcopy(a)
a[0] = 50
print(c1, c2, a.__copy__(), a.__deepcopy__({}))


# Subclasses keep the behaviour and may override it.
class Scaled(array):
    def __new__(cls, tc, items, k):
        self = super().__new__(cls, tc, [v * k for v in items])
        self.k = k
        return self

    def __getitem__(self, i):
        return super().__getitem__(i) + 0.5

    def total(self):
        return sum(self.tolist())


s = Scaled('d', [1, 2, 3], 2)
print(type(s).__name__, s.k, s[0], s.total(), len(s), s.typecode, isinstance(s, array), s + array('d', [1]))
print(repr(s), s == array('d', [2.0, 4.0, 6.0]))
