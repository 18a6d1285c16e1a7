# Structural pattern matching.
import collections

def describe(x):
    match x:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 | 2:
            return f"small int {x}"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case 3 + 4j:
            return "complex"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as number:
            return f"number {number!r}"
        case str() as s if len(s) > 5:
            return f"long string {s}"
        case str(s):
            return f"string {s}"
        case []:
            return "empty sequence"
        case [only]:
            return f"one item {only!r}"
        case [first, second]:
            return f"pair {first!r} {second!r}"
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [first, *rest]:
            return f"head {first!r} rest {rest!r}"
        case {"type": "point", "x": x0, "y": y0}:
            return f"point at {x0},{y0}"
        case {"type": kind, **others}:
            return f"typed {kind} with {sorted(others)}"
        case {}:
            return "some mapping"
        case _:
            return f"other {type(x).__name__}"

for v in [None, True, False, 0, 1, 2, -1, 1.5, "hello", "hi", b"raw", 3 + 4j, 500, 7, 2.25, "abcdefg", "abc",
          [], (), [9], (8,), [1, 2], (3, 4), [1, 2, 3], range(5), "xy", {"type": "point", "x": 1, "y": 2},
          {"type": "circle", "r": 3, "c": 0}, {"other": 1}, {}, set(), 1j, object]:
    print(repr(v)[:30], "->", describe(v))


# Class patterns: __match_args__, keywords, nesting, builtins matching themselves.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start = start
        self.end = end

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def shape(s):
    match s:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat 3d point {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1} from {y1} to {y2}"
        case Line(start=Point() as p, end=q):
            return f"line from {p.x},{p.y} to {q.x},{q.y}"
        case Point():
            return "some point"
        case _:
            return "not a shape"

for s in [Point(0, 0), Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 5), Point(4, 4), Point(1, 2),
          Line(Point(1, 0), Point(1, 9)), Line(Point(0, 1), Point(2, 3)), "no"]:
    print(shape(s))

def builtin_self(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case str(s):
            return f"str {s}"
        case list([a, b]):
            return f"list of two {a} {b}"
        case tuple((a, *_)):
            return f"tuple starting {a}"
        case dict({"k": v}):
            return f"dict k={v}"
        case _:
            return "?"

for v in [True, 3, "s", [1, 2], (5, 6, 7), {"k": 9}, 2.5]:
    print(builtin_self(v))


# Sequences: which types count, star captures, nesting, strings are not sequences.
def seq(v):
    match v:
        case [x, [y, *zs], *rest]:
            return f"nested x={x} y={y} zs={zs} rest={rest}"
        case [*_, 9]:
            return "ends with 9"
        case [1, *_]:
            return "starts with 1"
        case [*init, last]:
            return f"init={init} last={last}"
        case _:
            return "no"

for v in [[0, [1, 2, 3], 4, 5], [1, 2, 9], (1, 5), [4, 5, 6], collections.deque([7, 8]), "abc", b"ab", bytearray(b"x"),
          range(3), [], {1: 2}, iter([1])]:
    print(type(v).__name__, seq(v))


# Mappings: extra keys allowed, **rest copies, non-dict mappings via get().
class Config(dict):
    def __missing__(self, key):
        return "missing!"

def mapping(m):
    match m:
        case {"a": 1, "b": b, **rest}:
            return f"a=1 b={b} rest={rest}"
        case {"a": a}:
            return f"just a={a}"
        case {1: one, None: n}:
            return f"one={one} none={n}"
        case _:
            return "no match"

for m in [{"a": 1, "b": 2, "c": 3}, {"a": 1, "b": 2}, {"a": 5, "z": 0}, Config(a=7), Config(x=1), {1: "I", None: 0},
          collections.OrderedDict(a=2), collections.defaultdict(int, {"b": 1}), [("a", 1)]]:
    print(mapping(m))
cfg = Config()
match cfg:
    case {"nope": x}:
        print("matched?", x)
    case _:
        print("no key created", dict(cfg))


# Value patterns with dotted names, or-patterns binding names, as-patterns.
class Color:
    RED = "red"
    GREEN = "green"

class Consts:
    class Inner:
        LIMIT = 10

def value(v):
    match v:
        case Color.RED | Color.GREEN as c:
            return f"color {c}"
        case Consts.Inner.LIMIT:
            return "the limit"
        case [x, 1] | [1, x] | (x, 2, _):
            return f"alt bound x={x}"
        case {"k": [a, b]} | {"j": (b, a)}:
            return f"alt mapping a={a} b={b}"
        case (Point(x=px) | Line(start=Point(x=px))) as shp:
            return f"px={px} {type(shp).__name__}"
        case _:
            return "none"

for v in ["red", "green", 10, [5, 1], [1, 6], (7, 2, 0), {"k": [1, 2]}, {"j": (3, 4)}, Point(8, 0), Line(Point(9, 0), None), "blue"]:
    print(value(v))


# Guards see the captures; a failed guard moves on; captures of a failed case are not bound.
def guarded(pair):
    match pair:
        case (a, b) if a > b:
            return "desc", a, b
        case (a, b) if a == b:
            return "equal", a
        case (a, b):
            return "asc", a, b

print(guarded((3, 1)), guarded((2, 2)), guarded((1, 5)))

def unbound():
    match [1, 2]:
        case [q, 3]:
            pass
        case _:
            pass
    try:
        return q
    except UnboundLocalError as e:
        return "unbound: " + str(e)
print(unbound())


# match in loops, with break/continue/return in case bodies.
def first_command(cmds):
    out = []
    for cmd in cmds:
        match cmd.split():
            case ["quit"]:
                out.append("bye")
                break
            case ["skip", *_]:
                continue
            case ["go", direction]:
                out.append("going " + direction)
            case ["say", *words]:
                out.append(" ".join(words))
            case [cmd, *_] if cmd.startswith("#"):
                out.append("comment")
            case _:
                out.append("?")
    return out

print(first_command(["go north", "skip this", "say hello there", "# note", "dance", "quit", "go south"]))

# The subject is evaluated once; the last case can be a capture.
calls = []
def subject():
    calls.append(1)
    return 42
match subject():
    case 1:
        print("one")
    case other:
        print("captured", other, len(calls))

# Hot loop: the same match run many times (adaptive tier).
counts = collections.Counter()
for i in range(3000):
    match (i % 3, i % 5):
        case (0, 0):
            counts["fizzbuzz"] += 1
        case (0, _):
            counts["fizz"] += 1
        case (_, 0):
            counts["buzz"] += 1
        case (r3, r5) if r3 == r5:
            counts["same"] += 1
        case _:
            counts["other"] += 1
print(sorted(counts.items()))

# Or-patterns whose alternatives capture in different orders.
def order(v):
    match v:
        case (a, b, c) | [c, a, b] | {"x": b, "y": c, "z": a}:
            return (a, b, c)
        case Point(x=b, y=a) | Line(end=a, start=b):
            return ("pt", a, b)
print(order((1, 2, 3)), order([1, 2, 3]), order({"z": 1, "x": 2, "y": 3}), order(Point(5, 6)), order(Line(7, 8)))

# Captures alongside enclosing values: nested as-patterns and sequences in mappings.
def nested(v):
    match v:
        case {"items": [*items], "meta": {"n": int() as n} as meta} if len(items) == n:
            return f"{n} items {items} meta={meta}"
        case [(x, y) as p, [z, *_] as q, *more]:
            return f"p={p} q={q} x={x} y={y} z={z} more={more}"
        case _:
            return "no"
print(nested({"items": [1, 2], "meta": {"n": 2}}), nested({"items": [1], "meta": {"n": 2}}), nested([(1, 2), [3, 4], 5, 6]))

# match as an ordinary name, and inside generators and class bodies.
match = [1, 2]
print(match[0])
del match

def gen(items):
    for it in items:
        match it:
            case int(n):
                yield n * 10
            case str(s):
                yield s.upper()

print(list(gen([1, "a", 2.0, 3])))

class Table:
    kind = "grid"
    match kind:
        case "grid":
            cells = 4
        case _:
            cells = 0
print(Table.cells)

# Walrus in a guard; a guard that raises propagates.
def walrus(v):
    match v:
        case [x, *rest] if (total := x + sum(rest)) > 10:
            return total
        case _:
            return None
print(walrus([5, 6, 7]), walrus([1, 2]))
try:
    match 0:
        case n if 1 / n:
            pass
except ZeroDivisionError as e:
    print("guard raised", e)
