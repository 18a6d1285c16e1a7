# String methods, exercised on a small log-parsing task and on edge cases.

text = "  The quick brown fox jumps over the lazy dog.  "
print(repr(text.strip()), repr(text.lstrip()), repr(text.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("\t\n x \r\n".strip()))
print(text.split())
print(text.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 1), "".split(), "".split(","))
print("one  two three".rsplit(None, 1), "k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(5)), "x".join("abc"))
print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "ab".replace("x", "y"))
s = "mississippi"
print(s.find("ss"), s.find("ss", 3), s.find("zz"), s.rfind("ss"), s.rfind("i"), s.index("p"), s.rindex("s"))
print(s.count("s"), s.count("ss"), s.count("i", 2), s.count(""), s.startswith("miss"), s.endswith("pi"))
print(s.startswith(("x", "mi")), s.endswith("ss", 0, 4), s.startswith("ss", 2), "ss" in s, "xyz" not in s)
try:
    s.index("zz")
except ValueError as e:
    print("index error:", e)
print("Hello World".upper(), "Hello World".lower(), "hello world foo".title(), "hELLO wORLD".capitalize())
print("ß".upper(), "they're bill's".title())
print(repr("abc".center(9)), repr("abc".center(10, "*")), repr("abc".ljust(6, ".")), repr("abc".rjust(6)))
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abcdef".zfill(3), "3.14".zfill(8))
for t in ["123", "12a", "", "abc", "ABC", "   ", " a ", "\t\n", "Ab1", "½", "٣"]:
    print(repr(t), t.isdigit(), t.isalpha(), t.isspace(), t.isalnum(), t.isupper(), t.islower())
print("line1\nline2\r\nline3\rline4\n".splitlines(), "a\n\nb".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("ab", "cd"), "{name} is {age}".format(name="Bo", age=7))
print("a b c".split(" ", maxsplit=1))
print(" ".join(w.capitalize() for w in "the rain in spain".split()))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "abc" == "abc", "a" * 3, 3 * "ab", "ab" + "cd")
print(str(12), str(-0.5), str(True), str(None), str([1, "a"]), str((1,)), str("x"))
print(ord("a"), ord("€"), chr(65), chr(8364), chr(0x1F600) == "\U0001F600", len("\U0001F600"))
print("hello"[1], "hello"[-1], "hello"[1:3], len("hello"))

log = """2024-01-03 12:00:01 INFO  server started on port 8080
2024-01-03 12:00:05 WARN  disk usage at 91%
2024-01-03 12:01:17 ERROR failed to open file: data.csv
2024-01-03 12:01:18 INFO  retrying
2024-01-03 12:02:00 ERROR timeout after 30s
"""
counts = {}
for line in log.splitlines():
    date, time, level, *rest = line.split(maxsplit=3)
    message = rest[0] if rest else ""
    counts[level] = counts.get(level, 0) + 1
    hour, minute, second = map(int, time.split(":"))
    print(f"{level:<5}|{hour:02d}h{minute:02d}m{second:02d}s|{message.upper()[:20]!r}")
print(counts)
errors = [l.split("ERROR", 1)[1].strip() for l in log.splitlines() if "ERROR" in l]
print(errors)
words = "the cat and the hat and the bat".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
csv = "name,qty,price\nwidget,3,2.50\ngadget,10,0.99\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
header, body = rows[0], rows[1:]
for row in body:
    rec = dict(zip(header, row))
    print(rec["name"].ljust(8), rec["qty"].rjust(4), "%.2f" % (int(rec["qty"]) * float(rec["price"])))
