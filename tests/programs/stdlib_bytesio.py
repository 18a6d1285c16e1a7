# io.BytesIO: an in-memory binary stream.
import io
from io import BytesIO

b = BytesIO()
print(b.write(b"hello "), b.write(bytearray(b"world\n")), b.tell())
b.write(b"second line\nthird")
print(b.getvalue())
print(b.seek(0), b.read(5), b.read(1), b.tell())
print(b.readline(), b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines())
b.seek(0)
print(b.readlines(8))
b.seek(0)
print(list(b))
b.seek(0)
for line in b:
    print(len(line), line)
print(b.read(), b.read(3), b.tell())

c = BytesIO(b"abcdef")
print(c.tell(), c.read(2), c.seek(1, 1), c.read(), c.seek(-2, 2), c.read(), c.seek(-100, 1), c.tell())
c.seek(3)
c.write(b"XY")
print(c.getvalue(), c.tell())
c.seek(10)
c.write(b"Z")
print(c.getvalue())
print(c.seek(2), c.truncate(), c.getvalue(), c.tell())
print(c.truncate(1), c.getvalue(), c.tell())
c.seek(0)
print(c.read(None), c.read(-1), c.readline(0))
print(BytesIO(initial_bytes=b"q\nr").readlines(), BytesIO(None).getvalue(), BytesIO(bytearray(b"ba")).read())
print(c.readable(), c.writable(), c.seekable(), c.isatty(), c.flush(), c.closed)
d = BytesIO(b"a\nb\n")
d.writelines([b"xx", bytearray(b"yy")])
print(d.getvalue(), d.read1(), d.readline(-1))

with BytesIO(b"ctx") as e:
    print(e.read())
print(e.closed)

buf = bytearray(4)
f = BytesIO(b"abcdef")
print(f.readinto(buf), buf, f.readinto(buf), buf)
print(isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase), type(f).__name__)

# Data round trip through the buffer.
g = BytesIO()
for i in range(300):
    g.write(bytes([i % 256]))
g.write("é".encode("utf-8"))
print(len(g.getvalue()), sum(g.getvalue()), g.getvalue()[-4:].decode("latin-1"))

h = BytesIO(b"abc")
tests = [lambda: h.write("x"), lambda: h.write(5), lambda: h.read("x"), lambda: h.read(1.0),
         lambda: h.seek(-1), lambda: h.seek(0, 3), lambda: h.seek("a"), lambda: h.seek(1.5),
         lambda: BytesIO("abc"), lambda: BytesIO(5), lambda: h.readline("a"), lambda: h.truncate(-1),
         lambda: h.readlines("x"), lambda: h.writelines([b"a", "b"]), lambda: h.getvalue()]
for t in tests:
    try:
        print("ok", t())
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
h.close()
print(h.closed, h.close())
closed = [h.read, h.getvalue, h.tell, lambda: h.write(b"x"), lambda: h.seek(0), h.readable, h.__enter__,
          h.flush, h.isatty, h.readline, h.readlines, lambda: next(iter(h)), h.truncate]
for t in closed:
    try:
        print("ok", t())
    except ValueError as exc:
        print(type(exc).__name__, exc)

# Many small writes, then line iteration (linear time).
big = BytesIO()
for i in range(20000):
    big.write(b"line %d\n" % i)
big.seek(0)
print(sum(len(line) for line in big), big.tell(), len(big.getvalue()))


class Counting(BytesIO):
    def write(self, b):
        self.count = getattr(self, "count", 0) + 1
        return super().write(b)


cw = Counting(b"init")
cw.seek(0, 2)
cw.write(b"+1")
cw.write(b"+2")
print(cw.count, cw.getvalue(), isinstance(cw, BytesIO), type(cw).__name__)

# Uncaught: writing str to a binary stream.
BytesIO().write("text")
