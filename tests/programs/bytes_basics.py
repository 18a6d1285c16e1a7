"""bytes / bytearray: a tiny length-prefixed record encoder/decoder,
checksums, a hex dump and raw writes to sys.stdout.buffer."""
import sys


def encode_record(fields):
    """Encode a dict of str -> int|str as TLV records."""
    out = bytearray()
    out += b"QK"
    out.append(len(fields))
    for key, value in fields.items():
        kb = key.encode("utf-8")
        out.append(len(kb))
        out.extend(kb)
        if isinstance(value, int):
            out.append(0x01)
            out += value.to_bytes(4, "big", signed=True)
        else:
            vb = value.encode()
            out.append(0x02)
            out += len(vb).to_bytes(2, "little")
            out += vb
    out += checksum(out).to_bytes(2, "big")
    return bytes(out)


def decode_record(data):
    if not data.startswith(b"QK"):
        raise ValueError("bad magic: %r" % (data[:2],))
    body, check = data[:-2], int.from_bytes(data[-2:], "big")
    if checksum(body) != check:
        raise ValueError("checksum mismatch")
    pos = 3
    fields = {}
    for _ in range(data[2]):
        klen = data[pos]
        key = data[pos + 1:pos + 1 + klen].decode()
        pos += 1 + klen
        tag = data[pos]
        pos += 1
        if tag == 0x01:
            fields[key] = int.from_bytes(data[pos:pos + 4], "big", signed=True)
            pos += 4
        else:
            n = int.from_bytes(data[pos:pos + 2], "little")
            fields[key] = data[pos + 2:pos + 2 + n].decode("utf-8")
            pos += 2 + n
    return fields


def checksum(data):
    """Fletcher-16."""
    a = b = 0
    for byte in data:
        a = (a + byte) % 255
        b = (b + a) % 255
    return (b << 8) | a


def hexdump(data, width=8):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = chunk.hex(" ")
        text = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        lines.append(f"{off:04x}  {hexpart:<{width * 3}} |{text}|")
    return "\n".join(lines)


rec = {"name": "café", "id": 1234, "delta": -7, "tag": "x'y"}
blob = encode_record(rec)
print(type(blob).__name__, len(blob))
print(blob)
print(hexdump(blob))
print(decode_record(blob) == rec, decode_record(blob))
corrupt = bytearray(blob)
corrupt[5] ^= 0xFF
try:
    decode_record(bytes(corrupt))
except ValueError as e:
    print("error:", e)
try:
    decode_record(b"XX" + blob[2:])
except ValueError as e:
    print("error:", e)

# Literals, reprs and quoting.
samples = [b"", b"abc", b"a\x00\n\t\r\\", b"it's", b'say "hi"', b"both ' and \"", b"\x7f\x80\xff"]
for s in samples:
    print(repr(s), len(s), list(s)[:4])
print(bytearray(b"it's"), bytearray(b'q"'), bytearray(3), bytearray([104, 105]))

# Construction and errors.
print(bytes(4), bytes([1, 2, 3]), bytes((65,)), bytes(range(97, 100)), bytes(bytearray(b"xy")))
for bad in ([256], [-1]):
    try:
        bytes(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    bytes("text")
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray([1, 2]).append(300)
except ValueError as e:
    print("ValueError:", e)

# Sequence behaviour.
data = b"hello world"
print(data[0], data[-1], data[1:5], data[::-1], data[::3])
print(b"o" in data, ord("w") in data, b"xyz" in data, 200 in data)
print(data + b"!", b"ab" * 3, 2 * b"-", data == b"hello world", data != bytearray(data))
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", sorted([b"pear", b"apple", b"fig"]))
print(hash(b"abc") == hash(b"ab" + b"c"), {b"k": 1}[b"k"], len({b"a", b"a", b"b"}))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
try:
    data[0] = 72
except TypeError as e:
    print("TypeError:", e)
try:
    data[100]
except IndexError as e:
    print("IndexError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" in data
except TypeError as e:
    print("TypeError:", e)

# Mutation.
buf = bytearray(b"abc")
buf[0] = ord("A")
buf[1:2] = b"BBB"
buf.append(0x21)
buf.extend(b"??")
buf += bytearray(b".")
del buf[-1]
print(buf, len(buf), buf.pop(), buf, isinstance(buf, bytearray), isinstance(buf, bytes))
print(list(reversed(bytearray(b"xyz"))), sum(buf), max(b"az"))

# Methods.
print(b"a,b,,c".split(b","), b"  one  two three ".split(), b"k=v=w".split(b"=", 1))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip())
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]))
print(b"banana".find(b"an"), b"banana".rfind(b"an"), b"banana".find(b"x"), b"banana".count(b"a"), b"banana".index(b"n"))
print(b"banana".replace(b"a", b"o"), b"Hello".upper(), b"Hello".lower(), b"123".isdigit())
print(data.startswith(b"hell"), data.endswith((b"x", b"world")), data.startswith(b"world", 6))
print(b"\x00\xffA".hex(), b"\xde\xad\xbe\xef".hex(":"), bytes.fromhex("de ad BE ef"), bytearray.fromhex("4142"))

# Codecs.
text = "naïve café"
enc = text.encode()
print(enc, len(text), len(enc), enc.decode("utf-8") == text)
print(text.encode("latin-1"), text.encode("latin-1").decode("latin-1"), "plain".encode("ascii"))
print(text.encode("ascii", "replace"), text.encode("ascii", "ignore"), str(enc, "utf-8"))
for s, codec in (("é", "ascii"), ("ab\u20ac\u20ac", "latin-1"), ("x\U0001f600", "ascii")):
    try:
        s.encode(codec)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
for b, codec in ((b"\xff", "utf-8"), (b"ab\xe9", "ascii"), (b"\xc3", "utf-8")):
    try:
        b.decode(codec)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
try:
    "x".encode("klingon")
except LookupError as e:
    print("LookupError:", e)

# Raw output interleaved with text output.
print("text before")
sys.stdout.buffer.write(b"raw: " + enc + b"\n")
print("text after")
n = sys.stdout.buffer.write(bytearray(b"bytearray line\n"))
sys.stdout.buffer.flush()
print("wrote", n)
print(b"printed bytes", [b"in", b"list"], f"{b'fmt'}")
