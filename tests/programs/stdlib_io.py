import io
from io import StringIO

s = StringIO()
print(s.write("hello "), s.write("world\n"))
print(repr(s.getvalue()), s.tell())
print("line two", 42, file=s)
print("a", "b", sep="-", end="!\n", file=s)
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()))
print(repr(s.read(4)))
print(repr(s.read()))
print(repr(s.read()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
for i, line in enumerate(s):
    print(i, repr(line))

t = StringIO("alpha\nbeta\ngamma")
print([ln.rstrip() for ln in t])
t.seek(0)
print(repr(t.readline(3)), repr(t.readline()), t.tell())
t.seek(0)
t.write("ALP")
print(repr(t.getvalue()))
t.seek(0, 2)
t.write("!")
print(repr(t.getvalue()), t.tell())
print(t.truncate(5), repr(t.getvalue()))
t.close()
print(t.closed)
try:
    t.write("x")
except ValueError as e:
    print("ValueError:", e)
try:
    StringIO().write(5)
except TypeError as e:
    print("TypeError:", e)

with StringIO() as buf:
    for k in range(5):
        buf.write(f"{k}:{k*k};")
    out = buf.getvalue()
print(out, buf.closed)

def render(rows):
    out = io.StringIO()
    for name, qty in rows:
        print(f"{name:<8}{qty:>4}", file=out)
    return out.getvalue()

print(render([("apple", 3), ("kiwi", 12), ("fig", 100)]), end="")
lines = io.StringIO("x=1\ny=2\n\nz=3\n").read().splitlines()
print(lines)
big = StringIO()
for i in range(1000):
    big.write(str(i))
print(len(big.getvalue()), big.getvalue()[-10:])
s2 = StringIO()
s2.writelines(["a\n", "b\n"])
print(repr(s2.getvalue()), isinstance(s2, io.StringIO))

class Upper(io.StringIO):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix
        self.calls = 0
    def write(self, s):
        self.calls += 1
        return super().write(s.upper())

u = Upper("> ")
u.write("abc")
u.write("def\n")
print(u.prefix, u.calls, repr(u.getvalue()), type(u).__name__, isinstance(u, io.StringIO))
uni = StringIO("héllo\nwörld\n")
print(uni.read(3), uni.tell(), repr(uni.readline()), repr(uni.readline()), uni.tell())
uni.seek(1)
uni.write("É")
print(repr(uni.getvalue()))
uni.seek(15)
uni.write("x")
print(repr(uni.getvalue()))
print(StringIO(None).getvalue() == "", StringIO("a\nb").readlines(), StringIO("abc\ndef\nghi\n").readlines(5))
try:
    StringIO(5)
except TypeError as e:
    print("TypeError:", e)
for meth in ("getvalue", "read", "tell", "readline"):
    try:
        t.__getattribute__(meth)()
    except ValueError as e:
        print(meth, "ValueError:", e)

import sys
saved = sys.stdout
sys.stdout = captured = io.StringIO()
print("captured", 1, [2])
print("more", end="")
sys.stdout.write("|direct\n")
sys.stdout = saved
print(repr(captured.getvalue()))
print("back on stdout")
