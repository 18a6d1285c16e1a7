"""unpack_sequence / tuple-heavy code."""
def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
    return s

print(do_unpacking(1000, tuple(range(10))))
print(do_unpacking(1000, list(range(10))))

first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
for i, (x, y) in enumerate(zip("abc", [1, 2, 3])):
    print(i, x, y, end="; ")
print()
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
d = {"x": 1, "y": 2}
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
x, y = y, x = 3, 4
print(x, y)
t = (1, 2) * 3 + (9,)
print(t, t.count(1), t.index(9), len(t), t[::-2], min(t), max(t))
print(sorted({(1, 'b'), (0, 'z'), (1, 'a')}))
nested = [[(i, j) for j in range(3)] for i in range(2)]
print(nested)
print([(a, b) for a, b in [(1, 2), (3, 4)] if a > 1])
print(dict(zip(range(3), "abc")), list(zip(*[(1, 2), (3, 4), (5, 6)])))
def swap(*args, **kw):
    return args[::-1], sorted(kw.items())
print(swap(1, 2, 3, z=1, a=2))
print(*[1, 2], *(3,), sep="-")
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print([*range(3), *"ab"])
