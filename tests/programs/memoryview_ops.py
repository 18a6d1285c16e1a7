# memoryview over bytes and bytearray: items, slices sharing memory (writes
# reach the bytearray), tobytes/tolist/hex, comparisons, hashing, release and
# the context manager, cast() to other native formats, and the errors.
ba = bytearray(b"hello world")
mv = memoryview(ba)
print(len(mv), mv[0], mv[-1], mv.format, mv.itemsize, mv.nbytes, mv.readonly, mv.ndim, mv.shape, mv.strides)
print(mv.tobytes(), mv.tolist()[:3], mv.hex(), mv.hex(':', 2), bytes(mv[:5]), bytearray(mv[6:]))
mv[0] = ord("H")
print(ba)
mv[6:11] = b"WORLD"
print(ba)
sub = mv[2:9:2]
print(sub.tobytes(), len(sub), sub.strides, sub.contiguous, sub[1], sub.tolist())
sub[0] = 76
print(ba)
r = mv[::-1]
print(r.tobytes(), r[0], r.strides)
print(mv == b"Hello WORLD", mv == ba, b"Hello WORLD" == mv, mv == mv, mv != b"x", mv == memoryview(b"Hello WORLD"), mv == 5)
m = memoryview(b"abc")
print(m.readonly, m.obj, hash(m) == hash(b"abc"), list(m), [x for x in m[::2]])
for bad in [lambda: m.__setitem__(0, 1), lambda: mv.__setitem__(0, 256), lambda: mv.__setitem__(0, "x"), lambda: mv[20],
            lambda: mv["a"], lambda: mv.__setitem__(slice(0, 2), b"abc"), lambda: memoryview(5), lambda: memoryview("str"),
            lambda: hash(mv), lambda: mv.cast("H"), lambda: mv[::2].cast("B"), lambda: mv.cast("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with memoryview(b"ctx") as c:
    print(c.tobytes())
print(repr(c).startswith("<released memory at 0x"), repr(mv).startswith("<memory at 0x"))
try:
    c.tobytes()
except ValueError as e:
    print(e)
try:
    len(c)
except ValueError as e:
    print(e)
mv2 = memoryview(bytearray(8))
h = mv2.cast("H")
print(h.format, h.itemsize, len(h), h.tolist(), h.nbytes)
h[1] = 0x1234
print(mv2.tolist(), h[1], h.cast("B").tolist())
i = mv2.cast("i"); i[1] = -2; print(i.tolist(), mv2.tobytes())
d = memoryview(bytearray(16)).cast("d"); d[0] = 1.5; print(d.tolist(), d.format)
q = memoryview(bytearray(b"\xff" * 8)).cast("Q"); print(q[0], q.cast("B")[0])
qs = memoryview(bytearray(b"\xff" * 8)).cast("q"); print(qs[0])
cc = memoryview(b"xyz").cast("c"); print(cc[0], cc.tolist())
bb = memoryview(b"\xff\x01").cast("b"); print(bb.tolist())
m.release(); m.release()
print(b"".join([memoryview(b"ab"), b"cd"]))
print(type(mv).__name__, isinstance(mv, memoryview))
mm = memoryview(mv)
mm[1] = ord("E"); print(ba)
mv.release()
print(bytes(mm))
acc = bytearray(b"ab")
acc += memoryview(b"cd")
acc += memoryview(bytearray(b"ef"))[::2]
print(acc)
