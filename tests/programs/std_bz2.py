import bz2, hashlib, io, os, tempfile

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(2000))
for level in (1, 5, 9):
    c = bz2.compress(text, level)
    print(level, len(c), hashlib.sha1(c).hexdigest(), bz2.decompress(c) == text)
print(bz2.compress(b"").hex())
print(bz2.compress(bytearray(b"abc")).hex())
print(bz2.decompress(b""))

# streaming compressor in pieces gives the same bytes as one shot
comp = bz2.BZ2Compressor(9)
pieces = [comp.compress(text[i:i + 777]) for i in range(0, len(text), 777)]
pieces.append(comp.flush())
print(b"".join(pieces) == bz2.compress(text))
for call in (lambda: comp.compress(b"x"), comp.flush):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
for bad in (0, 10):
    try:
        bz2.BZ2Compressor(bad)
    except ValueError as e:
        print("ValueError:", e)

# decompressor: max_length, needs_input, eof, unused_data
data = bz2.compress(text) + b"TRAILING"
d = bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
out = d.decompress(data[:100], 10)
print(len(out), d.needs_input, d.eof)
got = [out]
while not d.eof:
    chunk = d.decompress(data[100:] if d.needs_input else b"", 5000)
    got.append(chunk)
    if d.needs_input and not d.eof:
        data = data[:100]
print(b"".join(got) == text, d.eof, d.needs_input, d.unused_data)
try:
    d.decompress(b"more")
except EOFError as e:
    print("EOFError:", e)

d2 = bz2.BZ2Decompressor()
try:
    d2.decompress(b"not bz2 data at all")
except OSError as e:
    print("OSError:", e)
try:
    bz2.decompress(bz2.compress(text)[:-10])
except ValueError as e:
    print("ValueError:", e)
try:
    bz2.decompress(b"garbage!")
except OSError as e:
    print("OSError:", e)
# concatenated streams, trailing garbage after a stream is dropped
two = bz2.compress(b"first ") + bz2.compress(b"second")
print(bz2.decompress(two))
print(bz2.decompress(two + b"junkjunk"))
try:
    bz2.compress("str")
except TypeError as e:
    print("TypeError:", e)

# files
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "x.bz2")
    with bz2.BZ2File(path, "w") as f:
        print(f.write(text[:5000]), f.writable(), f.readable(), f.tell())
        f.write(text[5000:])
    with builtins_open(path, "rb") if False else open(path, "rb") as raw:
        print(raw.read() == bz2.compress(text))
    with bz2.open(path, "rb") as f:
        print(f.read(20), f.tell())
        print(f.readline())
        print(len(f.read()), f.read(), f.tell())
        f.seek(5)
        print(f.read(10), f.seek(0, 2), f.tell())
        print(f.seek(-10, 1), f.read())
    with bz2.BZ2File(path) as f:
        lines = list(f)
        print(len(lines), lines[1999])
    with bz2.open(path, "a") as f:
        f.write(b"appended\n")
    with bz2.open(path) as f:
        print(f.read()[-30:])
    with bz2.open(path, "wt", encoding="utf-8") as f:
        f.write("héllo\nwörld\n")
    with bz2.open(path, "rt", encoding="utf-8") as f:
        print(f.readlines())
    with bz2.open(path, "rt") as f:
        print(repr(f.read()))
    f = bz2.BZ2File(path)
    f.close()
    print(f.closed)
    try:
        f.read()
    except ValueError as e:
        print("ValueError:", e)
    w = bz2.BZ2File(path, "w")
    for call in (w.read, lambda: w.seek(0)):
        try:
            call()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation:", e)
    w.close()
    r = bz2.BZ2File(path)
    try:
        r.write(b"x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
    r.close()
    # a file object
    buf = io.BytesIO()
    with bz2.BZ2File(buf, "wb", compresslevel=3) as f:
        f.write(b"in memory " * 100)
    print(buf.getvalue() == bz2.compress(b"in memory " * 100, 3))
    buf.seek(0)
    with bz2.BZ2File(buf) as f:
        print(f.read(30), f.peek()[:5])
    # truncated file
    with open(path, "wb") as raw:
        raw.write(bz2.compress(text)[:-20])
    try:
        with bz2.open(path) as f:
            f.read()
    except EOFError as e:
        print("EOFError:", e)

for mode in ("rw", "rbt"):
    try:
        bz2.open("x", mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    bz2.open("x", "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
try:
    bz2.BZ2File(123)
except TypeError as e:
    print("TypeError:", e)
print(bz2.BZ2Compressor, bz2.BZ2Decompressor)
