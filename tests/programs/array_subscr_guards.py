# Guards of the array.array subscript forms: sites warmed on one typecode
# are fed another typecode or another type, indices out of range, and values
# the typecode rejects or converts, at a late iteration.
from array import array


def read(seq, i):
    return seq[i]


def write(seq, i, v):
    seq[i] = v


def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Sub(array):
    def __getitem__(self, i):
        return ("sub", array.__getitem__(self, i))

    def __setitem__(self, i, v):
        array.__setitem__(self, i, v * 2)


d = array('d', [0.5 * k for k in range(30)])
total = 0.0
for n in range(200):
    total += read(d, n % 30) + read(d, -(n % 30) - 1)
print("warm read", total)
for other in (array('i', range(10)), array('b', [-1, -2, -3]), array('f', [0.25, 1.5]),
              array('u', 'xyz'), array('Q', [2 ** 64 - 1, 7]), [4, 5], bytearray(b"ab"),
              "str", Sub('h', [3, 4])):
    run("read " + type(other).__name__ + " " + getattr(other, "typecode", "-"), lambda: read(other, 1))
run("read out of range", lambda: read(d, 30))
run("read negative out of range", lambda: read(d, -31))
run("read negative", lambda: read(d, -30))
run("read bool index", lambda: read(d, True))
run("read float index", lambda: read(d, 1.0))
run("read slice", lambda: read(d, slice(1, 4)))

for n in range(200):
    write(d, n % 30, n * 0.25)
print("warm write d", d[:4], d[-1])
run("write int into d", lambda: (write(d, 0, 7), d[0])[1])
run("write bool into d", lambda: (write(d, 0, True), d[0])[1])
run("write str into d", lambda: write(d, 0, "x"))
run("write big int into d", lambda: (write(d, 1, 2 ** 80), d[1])[1])
run("write out of range", lambda: write(d, 30, 1.0))
run("write negative", lambda: (write(d, -1, 2.5), d[29])[1])
run("write negative out of range", lambda: write(d, -31, 1.0))

cases = [
    ('b', 127), ('b', 128), ('b', -128), ('b', -129),
    ('B', 255), ('B', 256), ('B', -1),
    ('h', 32768), ('h', -32769), ('H', 65536), ('H', -1),
    ('i', 2 ** 31), ('i', -2 ** 31 - 1), ('I', 2 ** 32), ('I', -1),
    ('l', 2 ** 63), ('L', -1), ('q', -2 ** 63 - 1), ('Q', 2 ** 64), ('Q', -1),
    ('i', 1.5), ('i', "7"), ('i', True), ('I', 2 ** 32 - 1), ('Q', 2 ** 63),
    ('f', 1.1), ('f', 3), ('f', 1e300), ('u', 'q'), ('u', 5), ('d', None),
]
for tc, value in cases:
    arr = array(tc, [1] * 4) if tc != 'u' else array('u', 'abcd')
    run("write %s %r" % (tc, value), lambda: (write(arr, 2, value), arr.tolist())[1])

# Overflow into the typecode's range at iteration N of a warm loop.
small = array('b', [0] * 4)
try:
    for n in range(300):
        small[n % 4] = n
except OverflowError as e:
    print("b loop stopped at", n, e, small)
unsigned = array('H', [0] * 4)
try:
    for n in range(100):
        unsigned[n % 4] = 50 - n
except OverflowError as e:
    print("H loop stopped at", n, e, unsigned)
# A read loop past the end, and a store loop whose value turns float.
acc = 0
ints = array('i', range(20))
try:
    for n in range(40):
        acc += ints[n]
except IndexError as e:
    print("read loop stopped at", n, acc, e)
try:
    for n in range(40):
        ints[n % 20] = n if n < 33 else n / 2
except TypeError as e:
    print("store loop stopped at", n, e, ints[:5])
# A subclass overriding the item methods is not treated as an array.
s = Sub('i', [1, 2, 3])
for n in range(60):
    write(s, n % 3, n)
print(s.tolist(), [read(s, k) for k in range(3)])
# The array resized under a warm site.
grow = array('l')
for n in range(60):
    grow.append(n)
    grow[-1] = grow[len(grow) - 1] * 3
    if n % 7 == 0:
        grow.pop(0)
print(grow[:5], len(grow), grow[-1])
