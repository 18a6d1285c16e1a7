# Text processing: word frequencies, n-grams, justification, run-length encoding, a Markov chain.

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us."""


def words(text):
    cleaned = "".join(ch.lower() if ch.isalpha() else " " for ch in text)
    return cleaned.split()


ws = words(TEXT)
print(len(ws), len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for word, count in top:
    print(f"{word:>10} {count:3d} {'*' * count}")
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
lengths = {}
for w in ws:
    lengths.setdefault(len(w), set()).add(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))


def justify(words_, width):
    lines, current = [], []
    for w in words_:
        if current and len(" ".join(current + [w])) > width:
            lines.append(current)
            current = []
        current.append(w)
    lines.append(current)
    out = []
    for line in lines[:-1]:
        if len(line) == 1:
            out.append(line[0].ljust(width))
            continue
        gaps = len(line) - 1
        spaces = width - sum(len(w) for w in line)
        parts = []
        for i, w in enumerate(line[:-1]):
            parts.append(w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0)))
        parts.append(line[-1])
        out.append("".join(parts))
    out.append(" ".join(lines[-1]).ljust(width))
    return out


for line in justify(TEXT.split(), 36):
    print("|" + line + "|")


def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    enc = rle_encode(s)
    print(repr(s), enc, rle_decode(enc) == s)

chain = {}
for a, b in zip(ws, ws[1:]):
    chain.setdefault(a, []).append(b)
state = 12345
word = "it"
generated = [word]
for _ in range(15):
    options = chain.get(word)
    if not options:
        break
    state = (state * 214013 + 2531011) % 2 ** 32
    word = options[(state >> 16) % len(options)]
    generated.append(word)
print(" ".join(generated))
vowels = sum(TEXT.lower().count(v) for v in "aeiou")
print("vowels:", vowels, "consonants:", sum(1 for ch in TEXT if ch.isalpha()) - vowels)
print("lines:", len(TEXT.splitlines()), [len(l) for l in TEXT.splitlines()])
print("title:", TEXT.splitlines()[0][:26].title(), "| upper:", TEXT[:10].upper())
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed(acronym)), acronym.lower().center(11, "~"))
