# The text methods of bytes and bytearray that DNA / binary-format scripts use:
# translate with a maketrans table (reverse complement), partition of headers,
# splitlines of raw input, padding, case and prefix helpers, ord() of one byte.
COMPLEMENT = bytes.maketrans(b"ACGTUMRWSYKVHDBNacgtumrwsykvhdbn",
                             b"TGCAAKYWSRMBDHVNTGCAAKYWSRMBDHVN")

def reverse_complement(seq):
    return seq.translate(COMPLEMENT, b"\n")[::-1]

raw = b">ONE test sequence\nGGCCGGGCGCGGTGGCTCA\nCGCCTGTAATCCCAGCA\r\n>TWO second\nacgtnNRY\n"
records = []
for block in raw.split(b">")[1:]:
    header, _, body = block.partition(b"\n")
    records.append((header, body))
for header, body in records:
    name, _, title = header.partition(b" ")
    rc = reverse_complement(body.replace(b"\r", b""))
    print(name, title, rc, len(rc))
    for i in range(0, len(rc), 8):
        print(rc[i:i + 8].ljust(8, b"."), rc[i:i + 8].rjust(9), rc[i:i + 8].center(11, b"*"))

table = bytearray(COMPLEMENT)
print(len(table), table[ord(b"A")], chr(table[ord("c")]), bytes(table[60:70]))
ba = bytearray(b"GATTACA")
print(ba.translate(COMPLEMENT), type(ba.translate(None)).__name__, ba.translate(None, b"A"))
print(bytearray.maketrans(b"ab", b"xy")[97:99])

for line in b"first\nsecond\r\nthird\rfourth\n\nlast".splitlines():
    print(repr(line), line.isupper(), line.islower(), line.isascii())
print(b"a\r\nb\n".splitlines(keepends=True), bytearray(b"x\ny").splitlines())
print(b"key=value=more".partition(b"="), b"key=value=more".rpartition(b"="))
print(b"none".partition(b"="), b"none".rpartition(b"="), bytearray(b"a:b").partition(b":"))
print(b"42".zfill(5), b"-42".zfill(5), b"+7".zfill(4), b"abc".zfill(2))
print(b"abc".center(6), b"abc".center(7, b"-"), b"ab".center(5, b"-"), b"x".center(4, b"#"))
print(b"hello WORLD 42".title(), b"hello WORLD".swapcase(), b"hELLO wORLD".capitalize())
print(b"HELLO 1".isupper(), b"hello 1".islower(), b"123".isupper(), b"".isascii(), b"\x80".isascii())
print(b"v1.2.tar.gz".removesuffix(b".gz"), b"v1.2".removeprefix(b"v"), b"v1.2".removeprefix(b"x"))
print(b"a-b-c".rindex(b"-"), b"a-b-c".rindex(b"-", 0, 3), bytearray(b"xyz").removeprefix(b"x"))
print(ord(b"A"), ord(bytearray(b"\xff")), [ord(b[i:i + 1]) for b in [b"Hi!"] for i in range(3)])

for bad in [lambda: ord(b"ab"), lambda: ord(b""), lambda: b"x".translate(b"short"),
            lambda: bytes.maketrans(b"ab", b"c"), lambda: b"a".partition(b""),
            lambda: b"abc".rindex(b"z"), lambda: b"a".ljust(3, b"ab")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
