# Guards of the bytes/bytearray subscript forms: sites warmed on one type are
# fed another, out-of-range and negative indices, and bad stored values, at a
# late iteration (after the site has specialized).


def read(seq, i):
    return seq[i]


def write(seq, i, v):
    seq[i] = v


def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


ba = bytearray(range(40))
b = bytes(range(100, 140))
warm = sum(read(ba, i) for i in range(40)) + sum(read(ba, -i - 1) for i in range(40))
print("warm", warm)
for other in (b, [1, 2, 3, 4], "text", (9, 8, 7), {1: "one"}, range(5)):
    run("read " + type(other).__name__, lambda: read(other, 1))
run("read bool index", lambda: read(ba, True))
run("read out of range", lambda: read(ba, 40))
run("read negative out of range", lambda: read(ba, -41))
run("read bytes out of range", lambda: read(b, 99))
run("read bytes negative", lambda: read(b, -1))
run("read float index", lambda: read(ba, 1.5))
run("read big index", lambda: read(ba, 2 ** 70))
run("read slice", lambda: read(ba, slice(2, 5)))

for n in range(60):
    write(ba, n % 40, (n * 7) % 256)
print("written", list(ba[:10]))
run("write 256", lambda: write(ba, 3, 256))
run("write -1", lambda: write(ba, 3, -1))
run("write str", lambda: write(ba, 3, "x"))
run("write float", lambda: write(ba, 3, 1.0))
run("write bool", lambda: write(ba, 3, True))
run("write out of range", lambda: write(ba, 40, 1))
run("write negative", lambda: write(ba, -40, 77))
run("write negative out of range", lambda: write(ba, -41, 1))
run("write bytes", lambda: write(b, 0, 1))
run("write list", lambda: (write(lst := [0, 0], 1, 5), lst)[1])
run("write big value", lambda: write(ba, 0, 2 ** 70))
print("after", list(ba[:5]))

# A store whose value turns bad at iteration N of a warm loop.
data = bytearray(8)
try:
    for n in range(300):
        data[n % 8] = n
except ValueError as e:
    print("loop store stopped at", n, e)
# A read loop running past the end.
total = 0
try:
    for n in range(100):
        total += data[n]
except IndexError as e:
    print("loop read stopped at", n, total, e)
# Negative indices warm, then past the start.
try:
    for n in range(1, 100):
        total += b[-n]
except IndexError as e:
    print("negative read stopped at", n, total, e)

# The buffer resized under a warm site.
grow = bytearray(b"ab")
for n in range(50):
    if n < len(grow):
        grow[n] = 65 + n % 26
    if n < 40:
        grow.append(97)
print(bytes(grow), len(grow))
# Iteration sees appends made meanwhile; `in`, comparisons read in place.
seen = []
ba2 = bytearray(b"xy")
for c in ba2:
    seen.append(c)
    if len(ba2) < 5:
        ba2.append(c + 1)
print(seen, 121 in ba2, b"yz" in ba2, ba2 == b"xyyzz", ba2 < b"xz", ba2 >= ba2)


# `+=` warmed on bytearray += bytes, then other operands.
def extend(acc, more):
    acc += more
    return acc


out = bytearray()
for n in range(60):
    same = extend(out, bytes([n % 26 + 97]))
print(same is out, len(out), bytes(out[:30]))
run("extend bytearray", lambda: bytes(extend(out, bytearray(b"XY"))[-4:]))
run("extend self", lambda: len(extend(bytearray(b"ab"), b"cd")))
run("extend str", lambda: extend(out, "str"))
run("extend int", lambda: extend(out, 5))
run("extend list", lambda: extend(out, [1, 2]))
run("bytes += bytes", lambda: (lambda b0: (extend(b0, b"!"), b0))(b"abc"))
run("list += list", lambda: extend([1], [2, 3]))
run("str += str", lambda: extend("a", "b"))
print(len(out))
