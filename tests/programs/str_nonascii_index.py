# Indexing and slicing long non-ASCII strings at many positions (quicken
# keeps a checkpoint index of byte offsets for them): every result must
# match the list of characters.

def check(s, label):
    chars = list(s)
    n = len(s)
    bad = 0
    for i in range(-n, n):
        if s[i] != chars[i]:
            bad += 1
    for start in range(-3, n + 3, 5):
        for stop in range(start - 2, n + 4, 7):
            if s[start:stop] != "".join(chars[start:stop]):
                bad += 1
            for step in (2, 3, -1, -4):
                if s[start:stop:step] != "".join(chars[start:stop:step]):
                    bad += 1
    for i in (0, 31, 32, 33, 63, 64, 65, n - 1):
        if 0 <= i < n and s[i:] != "".join(chars[i:]):
            bad += 1
    print(label, n, bad, repr(s[n // 2:n // 2 + 3]), repr(s[-1]))
    try:
        s[n]
    except IndexError as e:
        print("IndexError", e)

check("é" + "a" * 200, "one accent at start")
check("a" * 200 + "é", "one accent at end")
check("".join(chr(0x61 + i % 26) if i % 7 else chr(0xe9 + i % 40) for i in range(333)), "mixed")
check("".join(chr(0x4e00 + i) for i in range(130)), "cjk")
check("😀x" * 70, "astral")
for n in (31, 32, 33, 63, 64, 65, 96, 97):
    check("ü" * n, "umlauts")

# A scanner over text with accents: character by character (the hot pattern).
text = ("naïve café résumé — déjà vu; " * 40).strip()
counts = {}
i = 0
while i < len(text):
    c = text[i]
    if c.isalpha():
        j = i
        while j < len(text) and text[j].isalpha():
            j += 1
        w = text[i:j]
        counts[w] = counts.get(w, 0) + 1
        i = j
    else:
        i += 1
print(sorted(counts.items()))
print(text.find("vu", 500), text[text.find("vu", 500) - 5:text.find("vu", 500) + 2])
print(text[::97], text[-3:], text[100:140])
