# try/except/else/finally flows and the exception hierarchy.


def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  divide: zero")
        return None
    except TypeError as e:
        print("  divide: type error:", e)
        return "bad"
    else:
        print("  divide: ok")
        return result
    finally:
        print("  divide: finally")


print(divide(6, 3))
print(divide(1, 0))
print(divide("a", 2))


def parse_all(texts):
    values = []
    for t in texts:
        try:
            values.append(int(t))
        except ValueError as e:
            print("skip:", e)
            continue
        finally:
            print("processed", repr(t))
    return values


print(parse_all(["1", "x", "3", "4.5", " 7 "]))

checks = [
    (lambda: [1, 2][5], LookupError),
    (lambda: {"a": 1}["b"], LookupError),
    (lambda: 1 / 0, ArithmeticError),
    (lambda: int("nope"), ValueError),
    (lambda: undefined_name, NameError),
    (lambda: None.attr, AttributeError),
    (lambda: 1 + "s", TypeError),
    (lambda: next(iter([])), StopIteration),
    (lambda: [].pop(), IndexError),
    (lambda: float(10 ** 400), OverflowError),
    (lambda: int("9" * 5) + [], TypeError),
    (lambda: "abc".index("z"), ValueError),
    (lambda: {}.popitem(), KeyError),
    (lambda: abs("x"), TypeError),
    (lambda: ord("ab"), TypeError),
    (lambda: chr(-1), ValueError),
]
for fn, expected in checks:
    try:
        fn()
        print("no exception?!")
    except expected as e:
        print(f"{type(e).__name__:18} isa {expected.__name__:15} | {e}")

print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ValueError, Exception), issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(StopIteration, Exception), issubclass(SystemExit, Exception))
print(issubclass(FileNotFoundError, OSError), issubclass(AssertionError, Exception), issubclass(bool, int))

try:
    raise ValueError
except ValueError as e:
    print("bare class raised:", repr(e), str(e) == "", e.args)

try:
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling inner, re-raising")
        raise
except LookupError as e:
    print("outer caught:", repr(e))

try:
    x = 1
    try:
        x = 2
        raise RuntimeError("from try")
    finally:
        x = 3
        print("inner finally, x =", x)
except RuntimeError as e:
    print("caught", e, "x =", x)


def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before return")


print(finally_overrides())


def finally_return_wins():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally value"


print(finally_return_wins())


def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_with_finally())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("AssertionError no message:", repr(e))
err = None
try:
    {}["k"]
except KeyError as e:
    err = e
print(repr(err), err.args, str(KeyError("k")), str(KeyError("k", "v")), str(IndexError("idx")))
try:
    pass
except Exception:
    print("never")
else:
    print("else branch without exception")
try:
    raise TypeError("multi")
except (ValueError, TypeError) as e:
    print("tuple of exceptions caught", type(e).__name__)
try:
    e_name = "bound"
    raise OSError("disk full")
except OSError as e_name:
    print(type(e_name).__name__, e_name.args)
try:
    print(e_name)
except NameError as e:
    print("after except the name is unbound:", e)
