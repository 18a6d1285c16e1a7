# pprint: subclasses with and without their own repr, format() overrides,
# streams, nested strings/bytes, indent > 1, compact nesting, depth limits,
# unorderable keys and recursion inside containers.
import io
import pprint
from collections import OrderedDict, defaultdict, Counter, deque


class Row(list):
    pass


class Loud(list):
    def __repr__(self):
        return "Loud" + list.__repr__(self)


class Table(dict):
    pass


class Pair(tuple):
    pass


class Bag(frozenset):
    pass


words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
print(pprint.pformat(Row(words), width=30))
print(pprint.pformat(Loud(words), width=30))
print(pprint.pformat(Table(zip(words, range(8))), width=30))
print(pprint.pformat(Pair(words), width=30))
print(pprint.pformat(Bag(words), width=30))
print(pprint.pformat({"s": set(words), "f": frozenset()}, width=30))

for indent in (0, 2, 4):
    print(pprint.pformat({"a": words[:4], "b": (words[4:], {"c": 1})}, indent=indent, width=25))
print(pprint.pformat([words, [words, words]], compact=True, width=40))
print(pprint.pformat([[1, 2, 3] * 4, "x" * 30, [4, 5] * 6], compact=True, width=30))
print(pprint.pformat({"text": "a fairly long sentence that must wrap onto lines " * 2, "n": 1}, width=40))
print(pprint.pformat(["first\nsecond line\n", "", "tab\there and there"], width=12))
print(pprint.pformat("no-spaces-at-all-in-this-very-long-token-of-text", width=10))
print(pprint.pformat({"raw": b"0123456789" * 5, "short": b"ab"}, width=30))
print(pprint.pformat([bytearray(b"xyz" * 12)], width=25))
print(pprint.pformat((("nested", "tuple"), ("single",)), width=12))

deep = {"l1": {"l2": {"l3": {"l4": [1, 2, (3, 4)]}}}, "list": [[[[]]]], "t": ((((),),),)}
for depth in (1, 2, 3, 4):
    print(depth, pprint.pformat(deep, depth=depth), pprint.saferepr(deep))
print(pprint.pformat(deep, depth=2, width=20))

mixed = {"s": "str", 1: "int", (1, 2): "tuple", None: "none"}
print(pprint.pformat(mixed, width=20), pprint.pformat(set(mixed), width=5))
print(pprint.pformat({3, 1, 2}), pprint.pformat({"b", "a"}, width=3), pprint.pformat({2: 1, 1: 2}))

loop = {"name": "self"}
loop["me"] = loop
loop["list"] = [loop, 1]
text = pprint.pformat(loop, width=20)
print(text.count("<Recursion on dict"), pprint.isrecursive(loop), pprint.isreadable(loop))
print(pprint.isreadable({"a": (1, 2.0, None, b"x")}), pprint.isreadable({"a": object()}), pprint.isreadable(deque()))


class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


print(Upper(width=20).pformat({"key": ["one", "two", "three"], "n": 5}))
buf = io.StringIO()
pprint.pprint(list(range(30)), stream=buf, width=35, compact=True)
pprint.PrettyPrinter(stream=buf, indent=3).pprint(OrderedDict(a=1))
print(repr(buf.getvalue()))
print(pprint.pformat(OrderedDict(), width=5), pprint.pformat(defaultdict(int), width=5), pprint.pformat(Counter(), width=5),
      pprint.pformat(deque(), width=5), pprint.pformat(deque(maxlen=3), width=5))
print(pprint.pformat(defaultdict(list, {i: [i] * i for i in range(6)}), width=25))
print(pprint.pformat(Counter({w: len(w) for w in words}), width=25, indent=3))
print(pprint.pformat(deque(words, maxlen=10), width=25))
print(pprint.pformat([OrderedDict(zip(words, words))], width=30))
print(pprint.pformat({"n": [10 ** 9, -12345678, 3.0]}, underscore_numbers=True, width=15))
print(pprint.pformat(list(range(12)), width=-1)[:20].replace("\n", "|"))
print(pprint.PrettyPrinter(width="30", indent="2").pformat(words))
try:
    pprint.PrettyPrinter(depth=-2)
except ValueError as e:
    print(e)
pprint.pp(OrderedDict(b=1, a=2))
pprint.pp({"b": 1, "a": 2}, sort_dicts=True)
