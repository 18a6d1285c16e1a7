# Lists and tuples read and written by native code in compiled loops (conformance
# runs the jit tier with --jit-threshold=2): the guards on a list's storage form,
# its item kind, its length and the index are made to fail mid-loop.
import sys


def form_change(n):
    # A compact float list becomes a list of values when a str arrives.
    xs = [0.5] * 8
    total = 0.0
    for i in range(n):
        if i == n // 2:
            xs[3] = "x"
        v = xs[i % 8]
        total += 1.0 if isinstance(v, str) else v
    return total


def kind_change(n):
    # A compact int list, then one whose items are floats (another kind).
    xs = list(range(10))
    s = 0
    for i in range(n):
        if i == 40:
            xs = [float(x) for x in xs]
        s += xs[i % 10]
    return s


def grows_and_shrinks(n):
    # Appends move the item buffer; pops shorten the list under the bounds check.
    xs = [1, 2, 3]
    s = 0
    for i in range(n):
        xs.append(i)
        s += xs[len(xs) - 1] + xs[0]
        if i % 7 == 6:
            while len(xs) > 2:
                xs.pop()
    return s, len(xs)


def negative_then_positive(n):
    xs = [10, 20, 30, 40]
    s = 0
    for i in range(n):
        k = -1 - (i % 4) if i < n // 2 else i % 4
        s += xs[k] * (i + 1)
    return s


def past_the_end(n):
    xs = [1.0, 2.0, 3.0]
    s = 0.0
    i = 0
    try:
        while True:
            s += xs[i]
            i += 1
            if i == n:
                xs = xs + [4.0] * 5
    except IndexError as e:
        return s, i, str(e)


def stores_of_a_kind(n):
    # Stores into a compact int list, then a float, then a big int arrive.
    xs = [0] * 5
    for i in range(n):
        if i == 60:
            xs[i % 5] = 0.5
        elif i == 80:
            xs[(i + 1) % 5] = 2 ** 70
        else:
            xs[i % 5] = xs[i % 5] + i
    return xs


def store_past_the_end(n):
    xs = [0.0] * 5
    for i in range(n):
        xs[i] = i * 1.5
    return xs


def tuple_items(n):
    # Heap items of a tuple read with a new reference each: counts stay exact.
    word = "lorem"
    t = (word, "ipsum", 3, 4.5, None)
    before = sys.getrefcount(word)
    seen = []
    for i in range(n):
        w = t[i % 5]
        if i % 5 == 0:
            seen.append(w)
    return len(seen), sys.getrefcount(word) - before


def list_rebound(n):
    a = [1, 2, 3]
    b = [1.5, 2.5, 3.5]
    s = 0
    for i in range(n):
        xs = a if i % 3 else b
        s += xs[i % 3]
    return s


def nested_rows(n):
    grid = [[r * 10 + c for c in range(4)] for r in range(4)]
    s = 0
    for i in range(n):
        row = grid[i % 4]
        s += row[(i * 3) % 4]
        if i == 50:
            grid[2] = (7, 7, 7, 7)
    return s


print(form_change(200))
print(kind_change(100))
print(grows_and_shrinks(100))
print(negative_then_positive(100))
print(past_the_end(2))
print(stores_of_a_kind(100))
try:
    store_past_the_end(50)
except IndexError as e:
    print("IndexError:", e)
print(tuple_items(100))
print(list_rebound(100))
print(nested_rows(100))
store_past_the_end(9)
