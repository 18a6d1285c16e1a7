# `for a, b in <iterator of pairs>` steps enumerate, zip of two and dict items
# without building the pair: the loop variables, counts, errors and the
# iterator's later use must match CPython's, whatever the iterator holds.
import sys


def total_enumerate(xs, start=0):
    acc = 0
    for i, x in enumerate(xs, start):
        acc += i * 3 + x
    return acc


def gen(n, fail_at=None):
    for k in range(n):
        if k == fail_at:
            raise ValueError("generator failed at %d" % k)
        yield k * 2


def main():
    # (inside a function: the loop variables are fast locals)
    # enumerate over a list, a tuple, a range, a generator, a string and a big start
    for _ in range(3):
        print(total_enumerate([5, 6, 7] * 20))
        print(total_enumerate((1, 2, 3) * 20, 10))
        print(total_enumerate(range(50), -5))
        print(total_enumerate(gen(40)))
        print(total_enumerate([1] * 30, sys.maxsize - 10))


    def chars(s):
        out = []
        for i, c in enumerate(s):
            out.append(c * (i % 3))
        return "".join(out)


    print(chars("abcdefghij" * 3))

    # the count passes sys.maxsize mid-loop: it becomes a big int
    last = None
    for i, x in enumerate(range(25), sys.maxsize - 12):
        last = (i, x)
    print(last, type(last[0]).__name__)

    # an exception from the inner iterator at iteration N, then the loop variables
    try:
        for i, x in enumerate(gen(60, fail_at=37)):
            pass
    except ValueError as e:
        print("caught", e, i, x)

    # the list grows and shrinks while enumerated
    xs = list(range(10))
    seen = []
    for i, x in enumerate(xs):
        if i == 3:
            xs.append(100)
        if i == 6:
            del xs[0]
        seen.append((i, x))
    print(seen)

    # the enumerate object is used again after a break
    e = enumerate("hello world")
    for i, c in e:
        if c == " ":
            break
    print(i, c, next(e), list(e))

    # zip of two: shorter first, shorter second, generators, the second raising
    def zsum(a, b):
        acc = 0
        for p, q in zip(a, b):
            acc += p * q
        return acc


    for _ in range(3):
        print(zsum([1, 2, 3] * 20, range(100)))
        print(zsum(range(100), (4, 5) * 15))
        print(zsum(gen(40), gen(35)))

    consumed = iter(range(100))
    for p, q in zip(consumed, [7, 8, 9]):
        pass
    print(p, q, next(consumed))

    try:
        for p, q in zip(range(100), gen(80, fail_at=50)):
            pass
    except ValueError as e:
        print("caught", e, p, q)

    # zip(strict=True) raises after unpacking the rest
    try:
        for p, q in zip([1, 2, 3] * 10, range(31), strict=True):
            pass
    except ValueError as e:
        print("caught", e, p, q)

    # three iterables unpack as before
    for a, b, c in zip(range(3), "xyz", [None, 1.5, "s"]):
        print(a, b, c)

    # dict items: values replaced mid-loop are seen, a new key raises
    d = {str(k): k for k in range(40)}
    acc = 0
    for k, v in d.items():
        acc += v
        if k == "5":
            d["30"] = -1000
    print(acc)
    try:
        for k, v in d.items():
            if v == 20:
                d["new"] = 1
    except RuntimeError as e:
        print("caught", e, k, v)

    # items of a dict deleted while iterating raises too
    d2 = dict.fromkeys(range(30), 0)
    try:
        for k, v in d2.items():
            if k == 10:
                del d2[29]
    except RuntimeError as e:
        print("caught", e, k, v)

    # a pair that is not two items: the same errors as CPython
    for bad in ([(1, 2), (3, 4, 5)], [(1, 2), (3,)], [(1, 2), 7]):
        try:
            for i, (a, b) in enumerate(bad):
                pass
            for a, b in bad:
                pass
        except (ValueError, TypeError) as e:
            print("caught", type(e).__name__, e)

    # an enumerate of a subclassed list and an iterator class with __next__
    class MyList(list):
        def __iter__(self):
            return iter(list(reversed(self)))


    class Countdown:
        def __init__(self, n):
            self.n = n

        def __iter__(self):
            return self

        def __next__(self):
            if self.n == 0:
                raise StopIteration
            self.n -= 1
            return self.n


    print([(i, x) for i, x in enumerate(MyList([1, 2, 3]))])
    out = []
    for i, x in enumerate(Countdown(30)):
        out.append(i - x)
    print(out)
    for i, x in zip(Countdown(5), MyList("abc")):
        print(i, x)

    # the loop variables are locals of a function and globals at module level
    def pairs_in_function():
        res = []
        for idx, val in enumerate(["a", "b"] * 30):
            res.append(idx)
        for key, val in {"x": 1, "y": 2}.items():
            res.append(key)
        return res[-4:], idx, val


    print(pairs_in_function())


main()
