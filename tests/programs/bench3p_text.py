"""Text processing without regex: tokenizer, word freq, wrap, ciphers, anagrams."""
from collections import Counter, defaultdict
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we were
all going direct the other way -- in short, the period was so far like the
present period, that some of its noisiest authorities insisted on its being
received, for good or for evil, in the superlative degree of comparison only."""


def tokenize(text):
    tokens = []
    word = []
    for ch in text:
        if ch.isalpha() or ch == "'":
            word.append(ch.lower())
        else:
            if word:
                tokens.append("".join(word))
                word = []
            if ch in string.punctuation:
                tokens.append(ch)
    if word:
        tokens.append("".join(word))
    return tokens


toks = tokenize(TEXT)
words = [t for t in toks if t[0].isalpha()]
print(len(toks), len(words), len(set(words)))
freq = Counter(words)
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:>10} {c:3d} {'*' * c}")
print(freq.most_common(1), sum(freq.values()), freq["times"], freq.get("zzz", 0))


def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + " " + w if cur else w
    if cur:
        lines.append(cur)
    return lines


for line in wrap(TEXT, 38)[:6]:
    print("|" + line.ljust(38) + "|")


def caesar(s, k):
    out = []
    for ch in s:
        if ch in string.ascii_lowercase:
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif ch in string.ascii_uppercase:
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("rot13 me".translate(table))

anagrams = defaultdict(list)
for w in sorted(set(words)):
    anagrams["".join(sorted(w))].append(w)
print({k: v for k, v in anagrams.items() if len(v) > 1})


def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]


print([s for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""] if is_pal(s)])


def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)


print(rle("aaabccddddde"), rle(""), rle("x"))
lines = TEXT.splitlines()
print(max(lines, key=len)[:20], min(map(len, lines)), [len(l.split()) for l in lines])
print(TEXT.count("it was"), TEXT.find("Heaven"), TEXT.rfind("the"), TEXT[:20].upper(), TEXT[-10:].title())
print(" ".join(w.capitalize() for w in "the old man and the sea".split()), "snake_case_name".replace("_", " ").title().replace(" ", ""))
print(sorted(set("".join(words)))[:10], "".join(sorted(set(string.ascii_letters) - set("".join(words))))[:20])
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
print(vowels, f"{vowels / len(TEXT):.2%}", string.digits, string.hexdigits, len(string.printable), string.capwords("hello   world"))
print(list(map(str.strip, " a , b ,c ".split(","))), "x".join("abc"), "abc"[::-1], "a-b-c".split("-", 1), "%s" % "".join(reversed("xyz")))
csv = "name,age,city\nalice,30,NYC\nbob,25,LA\ncarol,35,SF"
hdr, *rows = [l.split(",") for l in csv.splitlines()]
recs = [dict(zip(hdr, r)) for r in rows]
print(sorted(recs, key=lambda r: int(r["age"]))[0], sum(int(r["age"]) for r in recs) / len(recs))
print("\n".join("{name:<6}{age:>4} {city:^5}|".format(**r) for r in recs))
