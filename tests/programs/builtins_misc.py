# A tour of builtins.
import sys

print(len("abc"), len([1, 2]), len({}), len(range(10, 0, -3)), len((1,)), len({1, 2, 2}))
print(abs(-3), abs(2.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(min(3, 1, 2), max("apple", "pear", key=len), min([4, 2], default=0), max([], default=-1), min((1, "b"), (1, "a")))
print(sum([]), sum(range(101)), sum([0.5] * 4), sum([[1], [2]], []), sum((1, 2), 10))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2, -2), pow(7, 2, 5), pow(2.0, 3))
print(round(2.567, 2), round(2.5), round(-3.5), round(1234, -1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(bin(10), hex(255), oct(8), bin(-5), hex(-1), ord("A"), chr(97), chr(ord("a") + 25))
print(int("12"), int(12.9), float("2.5"), str(3), bool(0), bool(""), bool("0"), bool([0]), bool(None), bool(0.0))
print(list(range(3)), tuple([1]), set([1, 1]) == {1}, dict(a=1), frozenset("aa") == frozenset("a"))
print(list(range(0)), list(range(5, 0, -1)), list(range(-3, 3, 2)), range(1, 10, 2)[2], range(10)[-1], 5 in range(10))
print(range(0, 10, 3), list(range(10)[2:8:2]), len(range(-5, 5)), range(3) == range(0, 3))
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(zip([1, 2, 3], "ab")), list(zip()))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(filter(None, [0, 1, "", "x", None, []])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), sorted("cab"), sorted([3, 1], reverse=True))
print(any([]), all([]), any([0, None, 1]), all([1, "a", [0]]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(iter(()), None))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", (int, str)), isinstance([], list))
print(isinstance(None, type(None)), isinstance(3, float), isinstance(3, (float, str)), isinstance({}, dict))
print(issubclass(int, object), issubclass(list, (str, list)), issubclass(float, int))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(True), type(len))
print(type(range(1)).__name__, type(iter([])).__name__, type(zip()).__name__, type(map(str, [])).__name__)
print(callable(len), callable(print), callable("s"), callable(int), callable(lambda: 0))
print(repr("a'b"), repr(1.0), repr([1, "2"]), repr(None), repr(int))
print(format(3.14159, ".3f"), format(42, "x"), format(42, ">6"), format("hi", "^6"), format(1e6, ",.0f"))
print(hash(1) == hash(1.0), hash(0), hash(-1), hash(True), hash(2 ** 64) == hash(2 ** 64), hash((1, 2)) == hash((1, 2)))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, None is None)
print(getattr("abc", "upper")(), getattr([], "nope", "fallback"), hasattr([], "append"), hasattr(3, "real"))


class Obj:
    pass


o = Obj()
setattr(o, "field", 5)
print(o.field, getattr(o, "field"), hasattr(o, "field"), hasattr(o, "other"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1, sys.getrecursionlimit())
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("builtins_misc.py"))
print("a", "b", "c", sep="-")
print("x", "y", sep="", end="!\n")
print("no newline", end="")
print(" continued", end=" ")
print()
print(*[1, 2, 3], sep=", ")
print(*"abc")
print()
print("", end="")
print(1, None, True, 1.5, [1], sep="|")
print("to stderr?", file=sys.stderr)
sys.stdout.write("written directly\n")
print(int.__name__, float.__name__, str.__name__, list.__name__, dict.__name__, type(None).__name__)
print(max(range(10), key=lambda v: (v % 4, -v)), min(["bb", "a", "ccc"], key=len), max({3: "x", 7: "y"}))
print(list(iter([1, 2, 3])), list(zip(*[(1, "a"), (2, "b")])), dict(enumerate("xy")))
print(str(), int(), float(), list(), tuple(), dict(), bool())
print(ord("\n"), chr(9731), repr(chr(0)), len(chr(0x10FFFF)))
