# Comprehensions of every kind, nesting, conditions, scoping.

n = 6
print([i * i for i in range(n)])
print([i for i in range(30) if i % 3 == 0 if i % 2 == 0])
print([(i, j) for i in range(4) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([x if x % 2 else -x for x in range(8)])
print([c.upper() for c in "hello" if c not in "aeiou"])
print({w: len(w) for w in "to be or not to be".split()})
print({i % 4 for i in range(20)} == {0, 1, 2, 3}, sorted({c for c in "abracadabra"}))
print(sum(x * x for x in range(100)), max(len(w) for w in ["a", "abc", "ab"]), any(x > 5 for x in [1, 9]))
print(list(x for x in "abc"), tuple(i for i in range(3)), dict((k, k * 2) for k in "xy"), set(i for i in [1, 1]) == {1})
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [matrix[i][2 - i] for i in range(3)])
print([[row[c] for row in matrix] for c in range(3)])
print([v for row in matrix for v in row if v % 2 == 1])
print([[v for v in row if v > 4] for row in matrix])
scale = 10
offset = 3
print([v * scale + offset for row in matrix for v in row])


def make_table(size, fill):
    return [[fill(r, c) for c in range(size)] for r in range(size)]


print(make_table(4, lambda r, c: r * c), make_table(3, lambda r, c: int(r == c)))
x = "outer"
result = [x for x in range(3)]
print(result, x)
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig"]
print([w for w in words if w[0].isupper()], {w[0].lower(): w for w in words}, [len(w) for w in words if len(w) > 4])
gen = (i * 2 for i in range(5))
print(next(gen), next(gen), list(gen), list(gen))
squares = (i * i for i in range(10**9))
first_big = next(s for s in squares if s > 1000)
print(first_big, next(squares))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
primes = [p for p in range(2, 80) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes)
print(sorted([(len(w), w) for w in words], reverse=True)[:3])
print({k: [v for v in range(k)] for k in range(4)})
counts = {ch: "mississippi".count(ch) for ch in sorted(set("mississippi"))}
print(counts)
print([(lambda y: y + 1)(z) for z in range(3)], [str(i) * i for i in range(4)])
