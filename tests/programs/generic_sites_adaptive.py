# Sites the adaptive tier cannot specialize (mixed operand types) run their
# generic form inside the hot loop between specialization attempts: results,
# errors (with their lines) and dunder calls must be what CPython gives,
# including when the types change mid-loop and ints overflow.

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if o == "boom":
            raise ValueError("boom in __add__")
        return NotImplemented
    def __radd__(self, o):
        return V(o + self.x)
    def __lt__(self, o):
        return self.x < (o.x if isinstance(o, V) else o)
    def __eq__(self, o):
        return isinstance(o, V) and o.x == self.x
    __hash__ = None
    def __repr__(self):
        return "V(%r)" % (self.x,)

pool = [1, 2.5, 3j, V(4), "s", (1, 2), [3], 2 ** 62, True, None, frozenset({1})]
errors = {}
acc = []
lt = 0
for i in range(12000):
    a = pool[i % len(pool)]
    b = pool[(i // len(pool) + i * 3) % len(pool)]
    try:
        r = a + b                 # one site, every pairing
        acc.append(type(r).__name__)
    except TypeError as e:
        errors[str(e)] = errors.get(str(e), 0) + 1
    try:
        if a < b:                 # one comparison site, every pairing
            lt += 1
    except TypeError as e:
        errors[str(e)] = errors.get(str(e), 0) + 1
print(len(acc), lt, sorted(set(acc)))
for k in sorted(errors):
    print(errors[k], k)

# Overflow on a site that has seen mixed types: int arithmetic becomes big.
big = 0
for i in range(6000):
    x = (2 ** 62) if i % 3 else 1.5
    big = big + x * x if i % 3 else big
print(big % 1000003, big.bit_length())

# Tuples, lists, sets, mixed numeric comparisons on one site.
cmp_pool = [(1, 2), (1, 3), [1], [0, 9], {1, 2}, {1}, 3, 3.0, 2 ** 70, frozenset({1})]
counts = [0, 0, 0]
for i in range(9000):
    a = cmp_pool[i % len(cmp_pool)]
    b = cmp_pool[(i // len(cmp_pool)) % len(cmp_pool)]
    try:
        counts[0] += a <= b
        counts[1] += a == b
        counts[2] += a != b
    except TypeError:
        counts[0] -= 1
print(counts)

# A dunder raising inside the loop: the traceback names this line.
def run():
    t = V(0)
    for i in range(5000):
        t = t + (V(1) if i < 4999 else "boom")
    return t
try:
    run()
except ValueError as e:
    import traceback
    print("ValueError", e, [f.lineno for f in traceback.extract_tb(e.__traceback__)])
