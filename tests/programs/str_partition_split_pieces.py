# str.partition/rpartition return the separator object itself (a str subclass
# stays one, as CPython); split/partition pieces of ASCII and non-ASCII text
# keep their lengths, hashes and indexes.


class Sep(str):
    pass


for text in ("key=value", "a=b=c", "no separator", "", "ünï=cødé", "=lead", "trail="):
    for sep in ("=", Sep("="), "==", "é"):
        p = text.partition(sep)
        r = text.rpartition(sep)
        print(repr(text), repr(sep), p, r, type(p[1]).__name__, type(r[1]).__name__, p[1] is sep or p[1] == "")
pieces = "GET /index.html HTTP/1.1".split(" ") + "x,ÿ,z€,,".split(",") + "  a  b c ".split()
for w in pieces:
    print(repr(w), len(w), w[-1:] if w else "", w.upper(), hash(w) == hash(w + ""), w in {"GET", "z€", "b"})
counts = {}
for line in ("a=1", "b=2", "a=3", "é=4"):
    k, _, v = line.partition("=")
    counts[k] = counts.get(k, 0) + int(v)
print(sorted(counts.items()))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".partition(3)
except TypeError as e:
    print("TypeError", e)
