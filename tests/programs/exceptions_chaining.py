# raise from, implicit context, exceptions in finally / handlers, cleanup ordering.


class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config value {text!r}") from e


try:
    load("x1")
except ConfigError as e:
    print("caught:", e)
    print("cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)
    print("context is cause:", e.__context__ is e.__cause__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print("implicit context:", repr(e.__context__), "cause:", e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context please") from None
except ValueError as e:
    print("from None:", e.__cause__, e.__suppress_context__, repr(e.__context__))


def cleanup_raises():
    try:
        raise KeyError("original")
    finally:
        raise OSError("cleanup failed")


try:
    cleanup_raises()
except Exception as e:
    print("finally replaced:", type(e).__name__, e, "| context:", repr(e.__context__))


def handler_raises():
    try:
        raise IndexError("first")
    except IndexError as first:
        try:
            raise TypeError("second")
        except TypeError as second:
            print("nested handler sees", repr(first), repr(second), repr(second.__context__))
            return "handled both"


print(handler_raises())

log = []


def nested_finally(n):
    try:
        log.append(f"try {n}")
        if n > 0:
            nested_finally(n - 1)
        else:
            raise LookupError("bottom")
    finally:
        log.append(f"finally {n}")


try:
    nested_finally(3)
except LookupError as e:
    print("propagated:", e)
print(log)


def retry(action, attempts):
    last = None
    for i in range(attempts):
        try:
            return action(i)
        except (ValueError, ZeroDivisionError) as e:
            print(f"  attempt {i} failed: {type(e).__name__}: {e}")
            last = e
    raise RuntimeError(f"gave up after {attempts} attempts") from last


def flaky(i):
    if i == 0:
        raise ValueError("not yet")
    if i == 1:
        return 10 // (i - 1)
    return f"success on attempt {i}"


print(retry(flaky, 5))
try:
    retry(lambda i: 1 / 0, 2)
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))

e1 = ValueError("a", 1)
e2 = ValueError()
e3 = Exception("msg")
print(e1.args, e2.args, str(e1), str(e2), repr(e3), str(e3), repr(ZeroDivisionError("division by zero")))
try:
    raise e3
except Exception as caught:
    print(caught is e3)
exc_class = KeyError
try:
    raise exc_class("dynamic")
except KeyError as e:
    print("dynamic class:", repr(e))
try:
    raise TypeError
except TypeError as e:
    print("instantiated from class:", repr(e))


def generator_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")


for v in generator_cleanup():
    print("gen value", v)
    break
print("after break")


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, "error" if et else "clean")
        return False


def process(names):
    with Resource(names[0]) as a, Resource(names[1]) as b:
        print("using", a.name, b.name)
        if "bad" in names:
            raise ValueError("bad resource")
    return "done"


print(process(["r1", "r2"]))
try:
    process(["r3", "bad"])
except ValueError as e:
    print("process failed:", e)
try:
    raise StopIteration(42)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        print("handler")
        raise KeyError("from handler")
    finally:
        print("outer finally runs")
except KeyError as e:
    print("final:", repr(e), repr(e.__context__))
