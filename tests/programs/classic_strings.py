# Unicode and string manipulation: methods, slicing, formatting, encoding.
TEXT = """The quick brown fox jumps over the lazy dog.
Pack my box with five dozen liquor jugs!  Ünïcödé — naïve café, straße, ΑΒΓ αβγ, Привет мир.
日本語のテキスト and emoji 😀🎉; tabs\tand\\backslashes "quoted" 'single'.
"""

words = TEXT.split()
print(len(TEXT), len(words), words[:6], words[-3:])
print(TEXT.upper()[:60])
print(TEXT.lower()[60:130])
print(TEXT.title()[:50], TEXT.swapcase()[:20], "straße".casefold(), "ǅ".lower(), "ß".upper())
print("hello world".capitalize(), "HELLO".capitalize(), "  x y  ".strip(), "xxhixx".strip("x"), "abc".center(9, "*"), "abc".ljust(6, "-") + "|", "abc".rjust(6) + "|", "42".zfill(5), "-42".zfill(6), "+7".zfill(4))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c ".split(), " a b ".rsplit(None, 1), "k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("x"))
print("line1\nline2\r\nline3\rline4".splitlines(), "x\ny\n".splitlines(True), "".splitlines(), "a\n\nb".split("\n"))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), "abc" * 3, "ab" in "cabd", "abcabc".find("c"), "abcabc".rfind("c"), "abcabc".index("b", 2), "abcabc".count("bc"), "aaa".count("a", 1), "abc".find("z"))
print("Hello".startswith("He"), "Hello".endswith(("lo", "x")), "Hello".startswith("l", 2), "abc".replace("b", "BB"), "aaaa".replace("a", "b", 2), "x".join("123"))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), "  ".isspace(), "Title Case".istitle(), "lower".islower(), "UPPER".isupper(), "ab_1".isidentifier(), "1ab".isidentifier(), "é".isalpha(), "日".isalpha(), "١٢".isdigit())
s = "Ünïcödé — naïve café"
print(len(s), s[::-1], s[2:9], s[-4:], s[::3], s[100:], s[-100:3], repr(s[5]), ord(s[0]), chr(0x1F600), hex(ord("—")))
print(repr("tab\there"), repr("quote'"), repr('dq"'), repr("both'\""), repr("\x00\x1f\x7f\x80\xff"), repr("\u200b\u2028"), repr("😀"), ascii("café😀"), repr("\\"))
table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), "hello".translate({ord("l"): None, ord("h"): "J"}), sorted(table.items()))
print("%s|%5s|%-5s|%.2s|%c|%r" % ("x", "ab", "ab", "abcdef", "Z", "q"), "{0}{1}{0}".format("a", "b"), "{name}:{val:>8.3f}".format(name="pi", val=3.14159), "{:{w}.{p}f}".format(2.5, w=8, p=2))
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':*^11}|{12:#06x}|{-3.5:=+9.2f}|{1e6:,.0f}|{0.25:.1%}|{'s'!r:>5}|{3!s}")
print("{!a} {!r} {!s}".format("é", "é", "é"), "{:x<4d}".format(7), "{:,}".format(10 ** 12), "{:_b}".format(255), "{:e}".format(123.456), "{:G}".format(1e-20), "{:n}".format(1234))
print("{0[1]} {0[0]} {1.real} {d[key]}".format([1, 2], 4.5, d={"key": "v"}), "{{literal}} {}".format(1))
freq = {}
for ch in TEXT:
    if ch.isalpha():
        k = ch.lower()
        freq[k] = freq.get(k, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
print(top)
print(sorted(set(TEXT) - set("abcdefghijklmnopqrstuvwxyz \n"), key=ord)[:30])
caesar = lambda t, k: "".join(chr((ord(c) - 97 + k) % 26 + 97) if "a" <= c <= "z" else c for c in t)
enc = caesar("the quick brown fox", 13)
print(enc, caesar(enc, 13))
print(min("hello"), max("hello"), sorted("hello"), sorted("Hello World", key=str.lower), "b" > "a", "B" < "a", "abc" < "abd", "ab" < "abc", "é" > "z")
print("a\tb\tc".expandtabs(4), "12345\t6".expandtabs(), "Straße".lower().upper(), "ﬁ".upper(), len("ﬁ".upper()))
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for name, price, qty in rows:
    print(f"{name:<8}{price:>8.2f}{qty:>4d}{price * qty:>10.3f}")
print("%-8s%8.2f%4d" % rows[0], "%(a)s %(a)r" % {"a": "x"}, "%5.1f%%" % 99.5, "%+.3e" % -0.000123, "%o %X" % (64, 48879), "%i" % 3.9)
print(str(123), str(-0.0), str(True), str(None), str([1, "a"]), str((1,)), str({1: "x"}), int("-0"), float("1e-3"), str(1e-3), str(12345678.9), str(0.1 + 0.7))
