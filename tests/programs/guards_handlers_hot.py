# PUSH_EXC_INFO / CHECK_EXC_MATCH / POP_EXCEPT in the hot loop: handlers in
# warm loops (tuples of classes, subclasses, nested handlers, the handled
# exception as __context__ and restored after each handler, bare raise, a non-exception
# class in an except clause raising TypeError, handlers in generators).


class AppError(Exception):
    pass


class Deep(AppError):
    pass


def risky(i):
    if i % 5 == 0:
        raise Deep(i)
    if i % 5 == 1:
        raise KeyError(i)
    if i % 5 == 2:
        raise ValueError(i)
    return i


def loop():
    counts = {}
    last_context = None
    for i in range(300):
        try:
            try:
                risky(i)
            except (KeyError, IndexError) as e:
                counts["lookup"] = counts.get("lookup", 0) + 1
                if i % 50 == 1:
                    raise AppError("wrapped") from e
            except AppError as e:
                counts["app"] = counts.get("app", 0) + 1
                if i % 100 == 0:
                    raise
        except AppError as outer:
            counts["outer"] = counts.get("outer", 0) + 1
            last_context = (type(outer).__name__, type(outer.__cause__).__name__, type(outer.__context__).__name__)
        except ValueError:
            counts["value"] = counts.get("value", 0) + 1
        # Every handler restored the previously handled exception (none):
        # a fresh exception has no context.
        try:
            raise RuntimeError("fresh")
        except RuntimeError as fresh:
            if fresh.__context__ is not None:
                counts["leaked"] = counts.get("leaked", 0) + 1
    print(sorted(counts.items()), last_context)


def bad_clause():
    for i in range(60):
        try:
            try:
                raise ValueError(i)
            except (int if i == 50 else ValueError):
                pass
        except TypeError as e:
            print(i, "TypeError:", e, type(e.__context__).__name__)


def gen():
    for i in range(100):
        try:
            if i % 3 == 0:
                raise IndexError(i)
            yield i
        except IndexError:
            yield -i


loop()
bad_clause()
print(sum(gen()))


def deletes():
    out = []
    for i in range(100):
        x = i
        if i % 2:
            del x
        try:
            out.append(x)
        except UnboundLocalError as e:
            if i == 1:
                print("UnboundLocalError:", e)
        if i == 99:
            try:
                del x
                del x
            except UnboundLocalError as e:
                print("UnboundLocalError:", e)
    print(sum(out))


deletes()
