# Dict subscripts by int and str keys and str subscripts inside compiled loops
# (conformance runs the jit tier with --jit-threshold=2), made to leave the trace:
# a missing key (KeyError at iteration N), a value of another type, a stored key
# whose equality is Python code, a non-ASCII str, an index past the end.
import sys

PRICES = {"apple": 3, "pear": 5, "fig": 7}


def basket(items):
    total = 0
    for name in items:
        total += PRICES[name]
    return total


def by_int_key(n):
    squares = {i: i * i for i in range(10)}
    s = 0
    for i in range(n):
        if i == 30:
            squares[3] = 2.5
        s += squares[i % 10]
    return s


class Key:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        print("Key.__eq__ called with", other)
        return other == self.text


def python_equality(n):
    d = {"x": 1, "y": 2}
    s = 0
    for i in range(n):
        if i == 10:
            d[Key("z")] = 100
        s += d["x" if i % 2 else "y"]
        if i == 12:
            s += d["z"]
    return s


def letters(text, n):
    vowels = 0
    for i in range(n):
        c = text[i % len(text)]
        if c == "a" or c == "e":
            vowels += 1
    return vowels


def scan(words):
    out = []
    for w in words:
        out.append(w[0])
    return "".join(out)


def missing(names):
    try:
        return basket(names)
    except KeyError as e:
        return "KeyError: " + repr(e.args[0])


def refcounts(n):
    value = [1, 2, 3]
    d = {"k": value}
    before = sys.getrefcount(value)
    for i in range(n):
        v = d["k"]
    return sys.getrefcount(value) - before


print(basket(["apple", "fig", "pear"] * 30))
print(by_int_key(100))
print(python_equality(20))
print(letters("banana bread", 100))
print(scan(["alpha", "beta", "gamma", "δέλτα", "epsilon"] * 5))
print(missing(["apple"] * 20 + ["kiwi"]))
print(refcounts(50))
print(letters("ab", 5), scan(["x", ""]))
