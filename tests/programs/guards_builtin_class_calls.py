# Calls of builtin classes (int, str, range, list, tuple, float, ...) run
# their constructor straight from the stack; the guards must notice a name
# rebound to something else, builtins replaced, and errors from the call.
import builtins


def convert(values):
    out = []
    for v in values:
        out.append(int(v) + len(str(v)) + len(list(range(3))) + len(tuple([v, v])))
    return out


print(convert([1, "2", 3.7, True] * 5))


def shadow():
    global int
    res = convert(["5"] * 3)

    def int(x):
        return -1

    res += convert(["5"] * 3)
    del int
    res += convert(["5"] * 3)
    return res


print(shadow())

saved = builtins.str
builtins.str = lambda x: "xx"
print(convert([10, 20]))
builtins.str = saved
print(convert([10, 20]))


def errors():
    out = []
    for v in ["1", "x", None, "3"]:
        try:
            out.append(int(v))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


print(errors())
print([float(x) for x in ("1.5", 2, "inf")], [bool(x) for x in (0, 1, "")], set(range(3)), dict(a=1) if True else 0)
print([list(x) for x in ("ab", (1, 2), range(2))], [tuple(x) for x in ([1], "c")])
