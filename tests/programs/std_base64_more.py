# base64: every codec on edge lengths (0-11 bytes), alternative alphabets,
# str/bytearray/memoryview inputs, padding and alphabet errors, Ascii85
# options (adobe, wrapcol, foldspaces, pad), Base85 overflow, file helpers.
import base64
import binascii
import io

samples = [bytes(range(n)) for n in range(12)] + [b"\xff" * 7, b"    spaces  ", b"\0\0\0\0\0"]
for data in samples:
    row = [base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b32hexencode(data),
           base64.b16encode(data), base64.a85encode(data), base64.b85encode(data)]
    back = [base64.b64decode(row[0]), base64.urlsafe_b64decode(row[1]), base64.b32decode(row[2]), base64.b32hexdecode(row[3]),
            base64.b16decode(row[4]), base64.a85decode(row[5]), base64.b85decode(row[6])]
    print(len(data), row, all(b == data for b in back))
    print("  ", base64.a85encode(data, pad=True), base64.b85encode(data, pad=True), base64.a85encode(data, foldspaces=True))

print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"*!"), base64.b64decode("+/+-", altchars="-!"), base64.b64decode(bytearray(b"YWJj")))
print(base64.b64decode(memoryview(b"YQ==")), base64.b64encode(bytearray(b"x")), base64.b64encode(memoryview(b"yz")))
print(base64.b64decode("YW Jj\n"), base64.standard_b64encode(b"\xfb\xef"), base64.standard_b64decode("++/v"), base64.urlsafe_b64decode("--__"))
print(base64.b32decode("me======", casefold=True), base64.b32decode("0I======", map01="L"), base64.b32decode(b"1I======", map01=b"I"))
print(base64.b32hexdecode("cO======", casefold=True), base64.b16decode("abCD", casefold=True), base64.b16decode(b"00FF"))
checks = [
    lambda: base64.b64decode("YWJj!", validate=True),
    lambda: base64.b64decode("YWJ"),
    lambda: base64.b64decode("é"),
    lambda: base64.b64decode(12),
    lambda: base64.b64encode("text"),
    lambda: base64.b32decode("MFRGG==="),
    lambda: base64.b32decode("MFRGGZD"),
    lambda: base64.b32decode("M1RGGZDF"),
    lambda: base64.b32decode("mfrggzdf"),
    lambda: base64.b32decode("MFRGG=ZD"),
    lambda: base64.b32hexdecode("WWWWWWWW"),
    lambda: base64.b16decode("abcd"),
    lambda: base64.b16decode("ABC"),
    lambda: base64.b16decode("GG"),
    lambda: base64.a85decode("z!!"),
    lambda: base64.a85decode("!!z"),
    lambda: base64.a85decode("s8W-\""),
    lambda: base64.a85decode("abc~>", adobe=True),
    lambda: base64.a85decode(b"\x7f"),
    lambda: base64.a85decode("!!y", foldspaces=True),
    lambda: base64.b85decode("|NsC0~"),
    lambda: base64.b85decode("\x00"),
    lambda: base64.b85decode("|||||"),
    lambda: base64.b85encode("str"),
    lambda: base64.encodebytes("str"),
    lambda: base64.b32encode(3.5),
]
for check in checks:
    try:
        print("ok", check())
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

text = b"Man is distinguished, not only by his reason, but by this singular passion" * 2
for kw in ({}, {"adobe": True}, {"wrapcol": 20}, {"wrapcol": 20, "adobe": True}, {"wrapcol": 1, "adobe": True}, {"foldspaces": True}):
    enc = base64.a85encode(text[:60] + b"    " * 3, **kw)
    print(kw, enc[:50], enc[-12:], base64.a85decode(enc, adobe=kw.get("adobe", False), foldspaces=kw.get("foldspaces", False)) == text[:60] + b"    " * 3)
print(base64.a85decode("<~9jqo^~>", adobe=True), base64.a85decode("9jqo^~>", adobe=True), base64.a85decode("9j qo\n^", ignorechars=b" \n"), base64.a85decode("yy", foldspaces=True))
print(base64.a85encode(b"abcd", wrapcol=2, adobe=True), base64.a85encode(b"", adobe=True), base64.a85encode(b"\0\0\0\0abc"))
big = bytes(range(256)) * 2
lines = base64.encodebytes(big)
print(lines.count(b"\n"), max(len(l) for l in lines.split(b"\n")), base64.decodebytes(lines) == big, base64.encodebytes(b""), base64.decodebytes(b"YWJj\nZGVm\n"))
src, dst = io.BytesIO(big), io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue() == lines, base64.MAXLINESIZE, base64.MAXBINSIZE)
back = io.BytesIO()
base64.decode(io.BytesIO(lines), back)
print(back.getvalue() == big, sorted(base64.__all__)[:5], base64.bytes_types)
# Base85 digit groups that end in 'z' (only Ascii85 folds zero words).
for data in (b"\x01\x02:", b"\x00\x00\x00\x5a", b"\xff\xff\xff", b"\x00\x00\x00\x01\x00", b"\x00" * 6):
    print(base64.b85encode(data), base64.b85encode(data, pad=True), base64.a85encode(data), base64.b85decode(base64.b85encode(data)) == data)
print([base64.b85encode(bytes([0, 0, 0, i])) for i in range(56, 62)])
try:
    base64.b64encode(b"x", altchars="-_")
except TypeError as e:
    print("TypeError:", e)
