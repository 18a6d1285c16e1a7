# Methods of str and dict.get inside compiled loops (conformance runs the jit tier
# with --jit-threshold=2): the helpers call the builtin methods; guards fail when the
# result changes type (find's -1 is still an int, get's default is not), when a
# receiver changes type, and when a method raises at iteration N.


def classify(lines):
    counts = {"comment": 0, "blank": 0, "code": 0}
    for line in lines:
        s = line.strip()
        if s.startswith("#"):
            counts["comment"] += 1
        elif s == "":
            counts["blank"] += 1
        else:
            counts["code"] += 1
    return counts


def fields(rows):
    total = 0
    names = []
    for row in rows:
        parts = row.split(",")
        names.append(parts[0].upper())
        total += len(parts)
    return total, "-".join(names[:5])


def lookups(n):
    table = {"a": 1, "b": 2, 3: "three"}
    out = 0
    misses = 0
    for i in range(n):
        key = "ab"[i % 2] if i < 30 else 3
        v = table.get(key)
        if isinstance(v, int):
            out += v
        else:
            misses += 1
        if table.get("zz", 0) != 0:
            out += 1000
    return out, misses


def finds(words):
    hits = 0
    for w in words:
        k = w.find("an")
        if k >= 0:
            hits += k
    return hits


def joins(parts_list):
    out = []
    for parts in parts_list:
        out.append(" ".join(parts))
    return out[-1]


print(classify(["x = 1", "  # note", "", "   ", "y = 2  ", "#!"] * 10))
print(fields(["ab,cd,ef", "gh,ij", "kl"] * 10))
print(lookups(60))
print(finds(["banana", "apple", "mango", "ant"] * 10))
print(joins([["a", "b"], ["c"], ["d", "e", "f"]] * 10))
try:
    joins([["a", "b"]] * 12 + [["c", 3]])
except TypeError as e:
    print("TypeError:", e)
