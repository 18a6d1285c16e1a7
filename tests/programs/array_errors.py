# array.array's errors, as CPython words them: item conversion for every
# typecode (OverflowError ranges, TypeError for wrong types), the
# constructor, indexes, slices, methods and operators.
from array import array


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, r)


values = [300, -300, 70000, -70000, 2**31, -2**31 - 1, 2**32, 2**63, -2**63 - 1, 2**64, 2**70, -2**70, -1,
          1.5, "a", "ab", None, True, Idx(), Flt(), b"x"]
for tc in "bBuhHiIlLqQfd":
    for v in values:
        name = type(v).__name__ if isinstance(v, (Idx, Flt)) else repr(v)
        attempt(tc + " " + name, lambda: array(tc, [v]))
    a = array(tc, "x" if tc == "u" else [1])
    attempt(tc + " setitem", lambda: a.__setitem__(0, 2**64 if tc != "u" else 5))
    attempt(tc + " append", lambda: a.append("zz"))

a = array('i', [1, 2, 3])
attempt("ctor no args", lambda: array())
attempt("ctor bad code", lambda: array('z'))
attempt("ctor long code", lambda: array('ii'))
attempt("ctor int code", lambda: array(5))
attempt("ctor kw", lambda: array('i', initializer=[1]))
attempt("ctor three", lambda: array('i', [1], 2))
attempt("ctor str for i", lambda: array('i', 'abc'))
attempt("ctor ints for u", lambda: array('u', [1, 2]))
attempt("ctor int init", lambda: array('i', 5))
attempt("ctor u from i", lambda: array('u', array('i', [1])))
attempt("ctor i from u", lambda: array('i', array('u', 'a')))
attempt("ctor d from i", lambda: array('d', array('i', [1, 2])))
attempt("ctor i from d", lambda: array('i', array('d', [1.0])))
attempt("ctor bytes odd", lambda: array('i', b'abc'))
attempt("ctor bytearray", lambda: array('h', bytearray(b'abcd')))
attempt("index float", lambda: a[1.5])
attempt("index str", lambda: a['x'])
attempt("index Idx", lambda: a[Idx()])
attempt("index out", lambda: a[3])
attempt("index neg out", lambda: a[-4])
attempt("set out", lambda: a.__setitem__(3, 1))
attempt("set float index", lambda: a.__setitem__(1.0, 1))
attempt("del out", lambda: a.__delitem__(5))
attempt("slice set list", lambda: a.__setitem__(slice(0, 1), [1]))
attempt("slice set other code", lambda: a.__setitem__(slice(0, 1), array('h', [1])))
attempt("ext slice size", lambda: a.__setitem__(slice(None, None, 2), array('i', [1])))
attempt("ext slice step 0", lambda: a[::0])
attempt("pop empty", lambda: array('i').pop())
attempt("pop out", lambda: a.pop(10))
attempt("pop float", lambda: a.pop(1.0))
attempt("remove missing", lambda: a.remove(9))
attempt("index missing", lambda: a.index(9))
attempt("index range", lambda: a.index(3, 0, 2))
attempt("insert float", lambda: a.insert(1.5, 1))
attempt("insert bad value", lambda: a.insert(0, 'x'))
attempt("extend other code", lambda: a.extend(array('d', [1.0])))
attempt("extend int", lambda: a.extend(5))
attempt("extend bad item", lambda: a.extend([1, 'x']))
attempt("after bad extend", lambda: a)
attempt("fromlist tuple", lambda: a.fromlist((1,)))
attempt("fromlist bad", lambda: a.fromlist([1, 2**40]))
attempt("after bad fromlist", lambda: a)
attempt("frombytes str", lambda: a.frombytes('abc'))
attempt("frombytes odd", lambda: a.frombytes(b'abc'))
attempt("frombytes int", lambda: a.frombytes(5))
attempt("fromunicode i", lambda: a.fromunicode('x'))
attempt("fromunicode int", lambda: array('u').fromunicode(5))
attempt("tounicode i", lambda: a.tounicode())
attempt("fromfile neg", lambda: a.fromfile(None, -1))
attempt("fromfile no file", lambda: a.fromfile(5, 1))
attempt("tofile no file", lambda: a.tofile(5))
attempt("add list", lambda: a + [1])
attempt("add other code", lambda: a + array('d'))
attempt("iadd list", lambda: a.__iadd__([1]))
attempt("radd", lambda: [1] + a)
attempt("mul str", lambda: a * 'x')
attempt("mul float", lambda: a * 1.5)
attempt("imul float", lambda: a.__imul__(1.5))
attempt("rmul", lambda: 3 * array('b', [1]))
attempt("lt list", lambda: a < [1])
attempt("hash", lambda: hash(a))
attempt("no attr", lambda: a.foo)
attempt("set typecode", lambda: setattr(a, 'typecode', 'd'))
attempt("class attr", lambda: setattr(array, 'x', 1))
attempt("instance attr", lambda: setattr(a, 'x', 1))
attempt("byteswap args", lambda: a.byteswap(1))
attempt("count no args", lambda: a.count())
attempt("append two", lambda: a.append(1, 2))
attempt("tolist arg", lambda: a.tolist(1))
print(a)
a[0] = 2**31 - 1
attempt("after", lambda: a)
print(array('d', [1, 2]) == array('i', [1, 2]), array('I', [2**32 - 1])[0], array('b', [Idx()]))
