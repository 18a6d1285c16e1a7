# Dictionaries: insertion order, key equivalence, methods, comprehensions.

d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d))
del d["a"]
d["a"] = 99
print(d)

k = {}
k[1] = "int"
k[1.0] = "float"
k[True] = "bool"
print(k, len(k))
k2 = {True: "t", 1: "one", 1.0: "float one", 0: "zero", False: "f", 0.0: "fz"}
print(k2)
print({1: "a", 1.0: "b"}[True], 2 in {2.0: 1}, hash(1) == hash(1.0) == hash(True))

inv = {"apple": 3, "pear": 0}
print(inv.get("apple"), inv.get("kiwi"), inv.get("kiwi", -1), inv.setdefault("kiwi", 7), inv.setdefault("apple", 100))
print(inv)
print(inv.pop("pear"), inv.pop("nope", "default"), inv)
try:
    inv.pop("nope")
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    inv["missing"]
except KeyError as e:
    print("KeyError:", e)
inv.update({"apple": 1, "plum": 4})
inv.update([("fig", 2)], grape=6)
print(inv)
print(inv.popitem(), inv.popitem(), inv)
c = inv.copy()
c["new"] = 0
print(inv, c, inv == c, {"a": 1, "b": 2} == {"b": 2, "a": 1})
c.clear()
print(c, bool(c), bool(inv))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"q": 1}, r=2))
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
print({**{"a": 1}, **{"b": 2, "a": 3}}, {"k": v for v in range(3)})

squares = {n: n * n for n in range(8)}
odd = {n: sq for n, sq in squares.items() if n % 2}
print(squares, odd)
inverted = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inverted)
for key in squares:
    if key > 5:
        break
    print(key, end=" ")
print()
for key, value in sorted(squares.items(), key=lambda kv: -kv[1])[:3]:
    print(key, value)
print(3 in squares, 30 in squares, 9 in squares.values(), (2, 4) in squares.items(), sum(squares.values()))
try:
    for key in squares:
        squares[key + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)

text = "it was the best of times it was the worst of times"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
groups = {}
for word in text.split():
    groups.setdefault(len(word), []).append(word)
print(groups)
print(max(counts, key=counts.get), sorted(counts, key=lambda w: (-counts[w], w))[:4])
nested = {"cfg": {"depth": 2, "tags": ["a", "b"]}, "n": None}
nested["cfg"]["tags"].append("c")
nested["cfg"]["depth"] += 1
print(nested, nested["cfg"]["tags"][-1])
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
dist = {"a": 0}
frontier = ["a"]
while frontier:
    nxt = []
    for node in frontier:
        for nb in graph[node]:
            if nb not in dist:
                dist[nb] = dist[node] + 1
                nxt.append(nb)
    frontier = nxt
print(dist)
memo = {}


def fib(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result


print(fib(90), len(memo), list(memo)[:5])
keys = {(1, 2): "tuple", 3.5: "float", None: "none", "s": "str", -1: "neg", frozenset([1]): "fs"}
print(keys[(1, 2)], keys[3.5], keys[None], keys[-1], keys[frozenset({1})])
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print(repr({}), repr({"a": [1, {"b": (2,)}]}), str({1: "x"}))
