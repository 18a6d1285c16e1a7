# Keyword calls of builtins (CALL_KW_BUILTIN: `sorted(xs, key=f)`,
# `max(xs, key=f, default=d)`), with the callee swapped mid-loop for a
# Python function, a class and a bound method, the key function raising at
# iteration N, and builtins rejecting the keywords.


def py_sorted(xs, key=None, reverse=False):
    return ["py"] + sorted(xs, key=key, reverse=reverse)


class Sorter:
    def __init__(self, xs, key=None, reverse=False):
        self.r = sorted(xs, key=key, reverse=reverse)

    def __repr__(self):
        return f"Sorter{self.r}"


def key_fn(x):
    if x == 13:
        raise ValueError("bad key 13")
    return -x


out = []
fn = sorted
for i in range(30):
    if i == 10:
        fn = py_sorted
    elif i == 14:
        fn = Sorter
    elif i == 18:
        fn = sorted
    elif i == 22:
        fn = "{0}".format
    elif i == 25:
        fn = min
    try:
        out.append(fn([i, i + 2, i + 1], key=key_fn, reverse=True) if fn is not min else fn([i, 3], key=key_fn))
    except (ValueError, TypeError) as e:
        out.append(f"{type(e).__name__}: {e}")
print(out)

errs = []
for i in range(12):
    try:
        if i == 4:
            errs.append(max([], key=abs))
        elif i == 6:
            errs.append(sorted([3, 1], key=5))
        elif i == 8:
            errs.append(int("7", base=40))
        else:
            errs.append(max([i, -20], key=abs, default=None))
    except (ValueError, TypeError) as e:
        errs.append(f"{type(e).__name__}: {e}")
print(errs)

# Keyword arguments hold their values only as long as the call needs them.
import sys
marker = object()
counts = {sys.getrefcount(marker) for _ in range(10) if max([1], key=lambda x, m=marker: x, default=marker)}
print(len(counts), [int(x, base=b) for b, x in zip(range(2, 12), "1011121314")])
