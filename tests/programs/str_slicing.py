# String indexing, slicing with steps, iteration and unicode.

s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10], s[3:7], s[:4], s[6:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:3], s[-1:-5:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[::-1][10:]), s[-2::-4])
for start in (None, 0, 2, -3, 20):
    for stop in (None, 5, -1, -20):
        for step in (None, 1, 2, -1, -2):
            print(repr(s[start:stop:step]), end=" ")
    print()
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)

u = "héllo wörld – ñ 日本語 🐍!"
print(u, len(u), u.upper(), u[::-1], u[6:11], u.find("日"), u.split(" "))
print([c for c in u if ord(c) > 127], [hex(ord(c)) for c in "é日🐍"])
print(repr(u))
print(repr("quote'single"), repr('quote"double'), repr("both'\""), repr("back\\slash"), repr("tab\tnl\n"))
print(repr("\x00\x7f\x80\xff"), repr("\u200b"), repr("é"), len("e\u0301"))
print("".join(reversed("stressed")), "racecar" == "racecar"[::-1])

def is_palindrome(text):
    cleaned = [c.lower() for c in text if c.isalnum()]
    return cleaned == cleaned[::-1]

for t in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(t), is_palindrome(t))

def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)

enc = caesar("Hello, World! xyz", 3)
print(enc, caesar(enc, -3))
print(sorted("banana"), "".join(sorted("banana", reverse=True)), list("abc"), tuple("ab"))
print(max("hello"), min("hello"), "l" in "hello", "hello".count("l"), sorted(set("mississippi")))
acc = ""
for i in range(20):
    acc += str(i % 10)
print(acc, len(acc), acc[::5])
