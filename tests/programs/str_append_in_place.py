# `s += t` appends in place when the local holds the only reference (as CPython's
# BINARY_OP_INPLACE_ADD_UNICODE does): building a long string stays linear. The other
# holders must never see the change: a second name taken mid-loop, a dict key, a
# list item, the caller's argument; the cached hash, length and indexes stay right.


def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return len(s), s[-4:]


def snapshot_midway(n):
    s = "x"
    kept = None
    for i in range(n):
        if i == n // 2:
            kept = s
        s = s + str(i % 10)
    return len(kept), kept[-3:], len(s), s[-3:]


def keyed(n):
    s = "k"
    d = {}
    for i in range(n):
        if i % 10 == 0:
            d[s] = i
        s += "."
    return sorted((len(k), v) for k, v in d.items())[:3], len(s)


def hashes(n):
    s = "h"
    same = 0
    for i in range(n):
        h = hash(s)
        s += "é"
        if h == hash(s):
            same += 1
        if hash(s) != hash("h" + "é" * (i + 1)):
            same += 100
    return same, len(s), s[5], s[-1]


def caller_keeps(text):
    def extend(t):
        for i in range(3):
            t += "!"
        return t
    out = extend(text)
    return text, out


def items_keep(n):
    parts = []
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 7 == 0:
            parts.append(s)
    return [len(p) for p in parts][:5], parts[1]


def unicode_index(n):
    s = "ω"
    for i in range(n):
        s += "αβ" if i % 2 else "x"
    return len(s), s[1], s[2], s[-1], s[n // 2], s.count("α")


print(build(100000))
print(snapshot_midway(1000))
print(keyed(50))
print(hashes(20))
word = "abc" + "def"
print(caller_keeps(word), word)
print(items_keep(30))
print(unicode_index(101))
