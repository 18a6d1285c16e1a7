from array import array
a = array('i', [1, 2, 3])
tests = [lambda: a[1.5], lambda: a['x'], lambda: a.__iadd__([1]), lambda: a + [1], lambda: array('i').pop(), lambda: a.pop(10),
         lambda: a.remove(9), lambda: array('i', 5), lambda: array(5), lambda: array('ii'), lambda: array('u', [1]), lambda: array('i', 'ab'),
         lambda: a * 'x', lambda: hash(a), lambda: a.fromlist((1,)), lambda: array('d', [10**400]), lambda: a.insert(100, 5) or a,
         lambda: a.insert(-100, 0) or a, lambda: array('i', [1]) == array('d', [1.0]), lambda: array('i', array('d', [1.5])),
         lambda: array('d', array('i', [1, 2])), lambda: 2 * array('b', [1]), lambda: a[-4], lambda: a[1:2].typecode, lambda: array('I', [4294967295]),
         lambda: array('Q', [2**64 - 1]), lambda: len(array('u', 'héllo')), lambda: array('u', 'ab').tounicode(), lambda: array('i') < array('i', [0]),
         lambda: array('b', [1, 2]).index(2, 0, 1)]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
a += array('i', [4]); print(a)
a *= 2; print(a)
