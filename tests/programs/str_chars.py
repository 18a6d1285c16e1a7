# Per-character string code: indexing (ASCII and not, negative, out of range),
# iteration, chr/ord, comparisons of one-character strings with constants and with
# strings built at run time, and CPython's identity of one-character Latin-1 strings.

def tokenize(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == ' ':
            i += 1
        elif '0' <= c <= '9':
            j = i
            while j < len(s) and '0' <= s[j] <= '9':
                j += 1
            out.append(int(s[i:j]))
            i = j
        elif c in '+-*/()':
            out.append(c)
            i += 1
        else:
            out.append('?' + c)
            i += 1
    return out

print(tokenize("12 + 3*(45 - 6) / 7 é € 😀 x"))

text = "naïve café — 😀 ok"
print([text[i] for i in range(len(text))])
print([text[-i] for i in range(1, len(text) + 1)])
print([c for c in text if c > 'm'])
print(sorted(set(text)))

# A site warmed on ASCII strings, then a non-ASCII one, then an out-of-range index.
words = ["alpha", "beta", "gamma", "δέλτα", "epsilon"]
firsts = []
for w in words * 20:
    firsts.append(w[0] + w[-1])
print(firsts[:6], len(firsts))
try:
    for k in range(10):
        "abc"[k]
except IndexError as e:
    print("IndexError", k, e)

# Equality between shared characters, identifiers and strings built at run time.
name = "".join(["na", "me"])
print(name == "name", "name" == name, name != "name", name < "namf", name >= "name")
pieces = [chr(c) for c in range(60, 70)]
print(pieces, [p == "A" for p in pieces])
a = "abc"[0]
b = chr(97)
c = "xa"[1:]
print(a == b, a == c, "".join([]) == "", "é"[0] == chr(233))
print(ord("é"[0]), ord(chr(255)), chr(256), ord(chr(0x1F600)))

# A comparison site that sees strings, then ints (a guard miss), then strings again.
def same(x, y):
    return x == y
print([same(x, y) for x, y in [("a", "a"), ("a", "b"), (1, 1), (1, 2), ("é", "é"), ("ab", "a" + "b")]])
