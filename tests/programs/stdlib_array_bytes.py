from array import array
import copy
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3, 100])
    b = a.tobytes()
    print(tc, a.itemsize, b, len(b) == a.itemsize * len(a))
    c = array(tc); c.frombytes(b); print(c == a, c)
    c.byteswap(); print(c.tobytes() == b''.join(b[i:i+a.itemsize][::-1] for i in range(0, len(b), a.itemsize)))
    c.byteswap(); print(c == a)
print(array('b', [-1, -128]).tobytes(), array('h', [-2]).tobytes(), array('Q', [2**64-1]).tobytes())
x = array('Q'); x.frombytes(b'\xff' * 16); print(x)
x = array('q'); x.frombytes(b'\xff' * 8 + b'\x00' * 7 + b'\x80'); print(x)
x = array('d', [1.5, -2.25]); print(x.tobytes())
x = array('u', 'hé'); print(x.tobytes()); y = array('u'); y.frombytes(x.tobytes()); print(y)
for bad in (b'abc', 'str', 5, [1]):
    try:
        array('h').frombytes(bad)
    except Exception as e:
        print(type(e).__name__, e)
y = array('i', [1, 2]); y.frombytes(bytearray(b'\x05\x00\x00\x00')); print(y)
z = array('d', [1.0, 2.0]); print(copy.copy(z), copy.deepcopy(z), copy.copy(z) is z)
print(array.typecodes if hasattr(array, 'typecodes') else None)
import array as m; print(m.typecodes)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


a = array('i', range(8))
show("slice", lambda: a[2:6])
show("step slice", lambda: a[::-3])
b = array('i', a)
b[1:3] = array('i', [9, 9, 9])
show("set slice", lambda: b)
show("set slice other code", lambda: b.__setitem__(slice(0, 1), array('h', [1])))
show("set slice list", lambda: b.__setitem__(slice(0, 1), [1]))
del b[::2]
show("del slice", lambda: b)
show("add", lambda: a + array('i', [100]))
show("add list", lambda: a + [1])
show("mul", lambda: array('b', [1, 2]) * 3)
show("rmul", lambda: 2 * array('d', [0.5]))
c = array('h', [1]); c += array('h', [2]); c *= 2
show("iadd imul", lambda: c)
show("compare", lambda: (a == array('i', range(8)), a < array('i', [0, 2]), a >= a, a != array('d', range(8))))
show("in", lambda: (3 in a, 30 in a, 2.0 in a))
show("len iter", lambda: (len(a), sum(a), list(reversed(a))[:2]))
show("methods", lambda: (a.index(5), a.count(1), a.pop(), a.pop(0), a.tolist()))
a.insert(0, -5); a.remove(3); a.reverse(); a.fromlist([7, 7]); a.extend([1]); a.append(2)
show("after", lambda: (a, a.buffer_info()[1], a.typecode, a.itemsize))
show("overflow append", lambda: array('B').append(-1))
show("overflow extend", lambda: array('h').extend([1, 40000]))
show("float into int", lambda: array('l', [1.0]))
show("hash", lambda: hash(array('b')))
show("repr", lambda: (repr(array('d', [1.0, 2.0])), repr(array('u')), repr(array('f', [0.1]))))
show("init mixed d", lambda: array('d', [1, 2.5, True, 2 ** 60]))
show("init tuple", lambda: array('i', (1, 2, -3)))
show("init overflow", lambda: array('b', [1, 2, 300]))
show("init bools", lambda: array('B', [True, False]))
show("init f", lambda: array('f', [0.1, 1]))
show("init from array", lambda: array('d', array('i', [1, 2])))
show("extend tuple", lambda: (lambda x: (x.extend((4, 5)), x)[1])(array('h', [1])))
show("extend bad", lambda: array('H').extend((1, -1)))
show("fromlist bad", lambda: array('i').fromlist([1, "2"]))
show("fromlist tuple", lambda: array('i').fromlist((1, 2)))
show("insert", lambda: (lambda x: (x.insert(1, 9), x.insert(-10, 8), x)[2])(array('q', [1, 2])))
show("insert bad", lambda: array('q').insert(0, 2 ** 63))
