# str.join over lists, tuples and other iterables (ASCII and not), and dict.get
# with str and int keys, fresh and shared.

parts = ["ka", "lo", "mi"]
print("".join(parts), "-".join(parts), ", ".join(("a", "b")), "x".join([]), "x".join(()))
one = ["solo"]
print("sep".join(one), "sep".join(one) is one[0], "".join(("t",)))
print("·".join(["é", "ß", "中文"]), len("·".join(["é", "ß", "中文"])), "é".join("abc"))
print(len("".join(["ab", "ü"])), "".join(["ab", "ü"])[2], "".join(["ab", "ü"]).upper())
print("/".join(str(i) for i in range(5)), "".join(map(str, [1, 2, 3])), ",".join({"k": 1}))
for bad in (["a", 1], ("a", None), [b"x"], [2], ["a", "b", 3.0]):
    try:
        "+".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)
nums = [1, 2, 3]
try:
    " ".join(nums)
except TypeError as e:
    print("TypeError:", e)
print(nums, sum(nums))
s = "-".join(["x" * 3, "y" * 2])
print(s, len(s), s.split("-"), s.count("x"), hash(s) == hash("xxx-yy"), s == "xxx-yy")

freq = {}
for w in ["ka" + "lo", "kalo", "".join(["ka", "lo"]), "mi", "mi", "é" + "x", "éx"]:
    freq[w] = freq.get(w, 0) + 1
print(freq, freq.get("kalo"), freq.get("nope"), freq.get("nope", "dflt"), freq.get("éx", -1))
lengths = {}
for n in [3, 4, 3, 2 ** 70, 2 ** 70, 3.0, True, 1]:
    lengths[n] = lengths.get(n, 0) + 1
print(lengths, lengths.get(3.0), lengths.get(1.0), lengths.get(2 ** 70))
try:
    freq.get([1])
except TypeError as e:
    print("TypeError:", e)
try:
    freq.get()
except TypeError as e:
    print("TypeError:", e)
print({}.get("a"), {(1, "a"): 2}.get((1, "a")), {"a": None}.get("a", 5))
