# open(): text and binary files, the '+' modes, seek/tell, newline and
# encoding handling, reprs and the errors of bad modes and closed files; in a
# temporary directory of its own.
import io
import os
import shutil
import tempfile

start = os.getcwd()
top = tempfile.mkdtemp(prefix="q_std_open_")
os.chdir(top)

# text: write, read back, iterate
with open("t.txt", "w") as f:
    print(repr(f), f.mode, f.name, f.encoding, f.errors, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write("alpha\n"), f.write("béta\r\ngamma\rdelta"), f.tell())
    f.writelines(["\nx", "y\n"])
print(f.closed)
with open("t.txt") as f:
    print(repr(f.read()))
with open("t.txt", newline="") as f:
    print(f.readlines())
with open("t.txt", newline="\n") as f:
    print(f.readlines())
with open("t.txt", newline="\r\n") as f:
    print(f.readlines())
with open("t.txt", "rb") as f:
    print(f.read())
with open("t.txt") as f:
    print(f.readline(), f.readline(3), f.readline(), f.read(4), f.read(1), f.readline(-1), list(f), f.read(), f.readline())
with open("t.txt", encoding="latin-1") as f:
    print(repr(f.readline()), f.encoding)
with open("t.txt") as f:
    print([line for line in f])
with open("t.txt", "a") as f:
    print(f.tell())
    f.write("appended\n")
print(open("t.txt").read().splitlines()[-1])

# newline translation on write
with open("nl.txt", "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open("nl.txt", "w+", newline="") as g:
    pass
with open("nl.txt", "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open("nl.txt", "rb").read(), open("nl.txt").read())

# binary
with open("b.bin", "wb") as f:
    print(repr(f), f.mode, f.write(b"0123456789"), f.write(bytearray(b"ab")), f.tell(), f.raw if hasattr(f, "raw") else "-")
with open("b.bin", "rb") as f:
    print(repr(f), f.read(3), f.tell(), f.seek(5), f.read(2), f.seek(-2, 2), f.read(), f.seek(1, 0), f.seek(2, 1), f.read(1))
    print(f.read(), f.read(), f.tell(), f.seek(0), f.readline(), f.peek(1)[:1] if False else "", f.readable(), f.writable())
with open("b.bin", "rb", buffering=0) as f:
    print(repr(f), f.read(4), f.readall(), f.mode)
with open("lines.bin", "wb") as f:
    f.write(b"l1\nl2\n\nl4")
with open("lines.bin", "rb") as f:
    print(f.readlines(), f.readlines())
with open("lines.bin", "rb") as f:
    print(list(f), f.readline())

# read and write on one file
with open("rw.txt", "w+") as f:
    f.write("hello world")
    f.seek(0)
    print(f.read(5), f.tell())
    f.write("!")
    f.seek(0)
    print(f.read())
with open("rw.txt", "r+") as f:
    print(f.read(3))
    f.seek(0, 2)
    f.write(" end")
    f.seek(0)
    print(f.read())
with open("rw.bin", "w+b") as f:
    print(repr(f), f.mode, f.write(b"abcdef"), f.seek(2), f.read(2), f.write(b"XY"), f.tell())
    f.seek(0)
    print(f.read(), f.truncate(3), f.tell())
    f.seek(0)
    print(f.read())
with open("rw.bin", "a+b") as f:
    print(f.mode, f.tell(), f.write(b"+"), f.seek(0), f.read())
with open("rw.bin", "r+b") as f:
    f.write(b"Z")
    print(f.read())
    f.seek(0)
    print(f.read())
with open("new.bin", "xb") as f:
    print(f.mode, f.write(b"x"))
with open("new.txt", "x") as f:
    print(f.mode)

# truncate and detach-free text positions
with open("tr.txt", "w") as f:
    f.write("0123456789")
    print(f.truncate(4), f.tell())
print(open("tr.txt").read())
with open("tr.txt") as f:
    print(f.read(2), f.tell(), f.seek(0), f.read(), f.seek(0, 2), f.read())

# file objects without close: flushed and closed when dropped
def write_and_drop():
    f = open("dropped.txt", "w")
    f.write("kept after drop")
write_and_drop()
print(open("dropped.txt").read())

# errors
for args in [("t.txt", "rw"), ("t.txt", "z"), ("t.txt", "rr"), ("t.txt", "rbt"), ("t.txt", "b"), ("t.txt", "r+w")]:
    try:
        open(*args)
    except ValueError as e:
        print("ValueError:", e)
for kw in [dict(mode="rb", encoding="utf-8"), dict(mode="rb", errors="strict"), dict(mode="rb", newline=""),
           dict(buffering=0), dict(newline="x"), dict(encoding="no-such-codec")]:
    try:
        open("t.txt", **kw)
    except (ValueError, LookupError) as e:
        print(type(e).__name__ + ":", e)
for bad in [lambda: open(1.5), lambda: open(None), lambda: open("t.txt", 1), lambda: open("missing"),
            lambda: open("no/dir/x", "w"), lambda: open(".")]:
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__ + ":", e)
f = open("t.txt")
for call in [lambda: f.write("x"), lambda: f.writelines(["x"])]:
    try:
        call()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
f.close()
f.close()
for name in ["read", "readline", "write", "tell", "seek", "flush", "fileno", "__iter__", "__next__", "readlines"]:
    try:
        getattr(f, name)(*(["x"] if name == "write" else [0] if name == "seek" else []))
    except ValueError as e:
        print(name, "ValueError:", e)
try:
    with f:
        pass
except ValueError as e:
    print("with ValueError:", e)
g = open("b.bin", "wb")
try:
    g.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    g.write("text")
except TypeError as e:
    print("TypeError:", e)
g.close()
for name in ["read", "readline", "write", "seek", "tell", "flush", "fileno"]:
    try:
        getattr(g, name)(*([b"x"] if name == "write" else [0] if name == "seek" else []))
    except ValueError as e:
        print(name, "ValueError:", e)
h = open("t.txt", "w")
try:
    h.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    h.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
h.close()
r = open("b.bin", "rb", buffering=0)
try:
    r.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
r.close()
print(repr(r))

# the io classes
print(io.open is open, io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper)
with open("t.txt", "rb") as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase))
with open("t.txt") as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), type(f.buffer).__name__)
with open("t.txt", "rb", buffering=0) as f:
    print(isinstance(f, io.FileIO), isinstance(f, io.RawIOBase))
w = io.TextIOWrapper(io.BytesIO(b"one\ntwo\n"), encoding="utf-8")
print(w.readline(), w.read())

os.chdir(start)
shutil.rmtree(top)
print(os.path.exists(top))
