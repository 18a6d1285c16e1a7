"""array for quicken: typed arrays stored as a Python list of checked values.

`a[i]` and `a[i] = x` with an int index run in the interpreter's hot loop
(src/modules/array.rs), which reads the slots `_tc` and `_a` directly: keep
those names and their meaning. `_pack`/`_unpack` are native helpers, and so
are `_item(tc, v)` / `_items(tc, list_or_tuple)`: the checked item(s) when
every value is one the typecode takes as it is, else None (then `_check`
converts or raises)."""

import math

typecodes = 'bBuhHiIlLqQfd'

_INFO = {
    'b': (1, -128, 127, 'signed char', 'signed char'),
    'B': (1, 0, 255, 'unsigned byte integer', 'unsigned byte integer'),
    'h': (2, -32768, 32767, 'signed short integer', 'signed short integer'),
    'H': (2, 0, 65535, 'unsigned short', 'unsigned short'),
    'i': (4, -2147483648, 2147483647, 'signed integer', 'signed integer'),
    'I': (4, 0, 4294967295, 'unsigned int', None),
    'l': (8, -9223372036854775808, 9223372036854775807, None, None),
    'L': (8, 0, 18446744073709551615, None, None),
    'q': (8, -9223372036854775808, 9223372036854775807, None, None),
    'Q': (8, 0, 18446744073709551615, None, None),
    'f': (4, None, None, None, None),
    'd': (8, None, None, None, None),
    'u': (4, None, None, None, None),
}

_LONG_MIN = -9223372036854775808
_LONG_MAX = 9223372036854775807
_ULONG_MAX = 18446744073709551615


def _to_f32(x):
    if x != x or x in (math.inf, -math.inf) or x == 0.0:
        return x
    m, e = math.frexp(x)
    # float32: 24-bit significand, exponent range; subnormals below 2**-126
    if e - 24 < -149:
        shift = -149
    else:
        shift = e - 24
    r = round(math.ldexp(x, -shift))
    if r == 0:
        return math.copysign(0.0, x)
    v = math.ldexp(float(r), shift)
    if abs(v) >= 3.4028235677973366e+38:
        return math.copysign(math.inf, x)
    return v


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")
    return v.__index__()


def _key(i):
    if isinstance(i, int):
        return i
    if not hasattr(type(i), '__index__'):
        raise TypeError("array indices must be integers")
    return i.__index__()


def _check(tc, v):
    if tc == 'd' or tc == 'f':
        if isinstance(v, float):
            pass
        elif isinstance(v, int):
            v = float(v)
        elif hasattr(type(v), '__float__'):
            v = float(v)
        else:
            raise TypeError("must be real number, not " + type(v).__name__)
        return _to_f32(v) if tc == 'f' else v
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    v = _index(v)
    size, lo, hi, lname, hname = _INFO[tc]
    if tc in 'bBhHi':
        if v < _LONG_MIN or v > _LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        if v < lo:
            raise OverflowError(lname + " is less than minimum")
        if v > hi:
            raise OverflowError(hname + " is greater than maximum")
    elif tc == 'I' or tc == 'L':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > _ULONG_MAX:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if v > hi:
            raise OverflowError("unsigned int is greater than maximum")
    elif tc == 'l':
        if v < lo or v > hi:
            raise OverflowError("Python int too large to convert to C long")
    elif tc == 'q':
        if v < lo or v > hi:
            raise OverflowError("int too big to convert")
    elif tc == 'Q':
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > hi:
            raise OverflowError("int too big to convert")
    return v


class array:
    __slots__ = ('_tc', '_a')

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not " + type(typecode).__name__)
        if typecode not in _INFO:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._a = []
        if initializer is None:
            return
        if isinstance(initializer, array):
            if initializer._tc != typecode and (typecode == 'u' or initializer._tc == 'u'):
                raise TypeError("cannot use a unicode array to initialize an array with typecode '" + typecode + "'")
            items = _items(typecode, initializer._a)
            self._a = [_check(typecode, v) for v in initializer._a] if items is None else items
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '" + typecode + "'")
            self._a = list(initializer)
        else:
            items = _items(typecode, initializer)
            self._a = [_check(typecode, v) for v in initializer] if items is None else items

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _INFO[self._tc][0]

    def _new(self, items):
        r = array.__new__(type(self))
        r._tc = self._tc
        r._a = items
        return r

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __contains__(self, v):
        return v in self._a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._a[i])
        i = _key(i)
        try:
            return self._a[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "' + type(v).__name__ + '") to array slice')
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._a[i] = list(v._a)
            return
        i = _key(i)
        item = _item(self._tc, v)
        v = _check(self._tc, v) if item is None else item
        try:
            self._a[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._a[i]
            return
        try:
            del self._a[_key(i)]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def append(self, v):
        item = _item(self._tc, v)
        self._a.append(_check(self._tc, v) if item is None else item)

    def extend(self, it):
        if isinstance(it, array):
            if it._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._a.extend(it._a)
            return
        tc = self._tc
        items = _items(tc, it)
        if items is not None:
            self._a.extend(items)
            return
        for v in it:
            self._a.append(_check(tc, v))

    def insert(self, i, v):
        item = _item(self._tc, v)
        self._a.insert(i, _check(self._tc, v) if item is None else item)

    def pop(self, i=-1):
        if not self._a:
            raise IndexError("pop from empty array")
        try:
            return self._a.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._a.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        a = self._a
        if stop is None:
            stop = len(a)
        try:
            return a.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._a.count(v)

    def reverse(self):
        self._a.reverse()

    def tolist(self):
        return list(self._a)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        tc = self._tc
        items = _items(tc, lst)
        self._a.extend([_check(tc, v) for v in lst] if items is None else items)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._a)

    def tobytes(self):
        return _pack(self._tc, self._a)

    def frombytes(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '" + type(data).__name__ + "'")
        self._a.extend(_unpack(self._tc, data, False))

    def byteswap(self):
        if self._tc not in 'bB':
            self._a = _unpack(self._tc, _pack(self._tc, self._a), True)

    def buffer_info(self):
        return (0, len(self._a))

    def __copy__(self):
        return self._new(list(self._a))

    def __deepcopy__(self, memo):
        return self._new(list(self._a))

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "' + type(other).__name__ + '") to array')
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._a + other._a)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "' + type(other).__name__ + '")')
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '" + type(n).__name__ + "'")
        return self._new(self._a * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._a *= _index(n)
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a == other._a

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a != other._a

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a < other._a

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a <= other._a

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a > other._a

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._a >= other._a

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __repr__(self):
        if not self._a:
            return "array('" + self._tc + "')"
        if self._tc == 'u':
            return "array('u', " + repr(''.join(self._a)) + ")"
        return "array('" + self._tc + "', " + repr(self._a) + ")"

    def __reduce__(self):
        return (array, (self._tc, list(self._a)))


ArrayType = array
