# Function parameters: defaults, keyword-only, *args, **kwargs, unpacking in calls.


def describe(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(describe("Ann"), describe("Bob", "Hi"), describe("Cy", punct="?"), describe(punct=".", name="Di"))


def stats(*values, precision=2, **options):
    total = sum(values)
    mean = total / len(values) if values else 0
    label = options.get("label", "stats")
    extra = sorted(options.items())
    return f"{label}: n={len(values)} sum={total} mean={mean:.{precision}f} extra={extra}"


print(stats(1, 2, 3))
print(stats(1, 2, 3, 4, precision=4))
print(stats(label="empty"))
print(stats(*[10, 20], *(30,), precision=0, **{"label": "unpacked", "unit": "kg"}))


def kwonly(a, b, *, scale, shift=0):
    return (a + b) * scale + shift


print(kwonly(1, 2, scale=3), kwonly(1, 2, shift=1, scale=2))
try:
    kwonly(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)


def posonly(a, b, /, c):
    return a * 100 + b * 10 + c


print(posonly(1, 2, 3), posonly(1, 2, c=3))


def show_all(*args, **kwargs):
    print("args =", args, "kwargs =", kwargs)


show_all()
show_all(1, "two", [3])
show_all(a=1, b=2)
show_all(*range(3), *"xy", k=None, **{"z": 0})
args = (5, 6)
kw = {"punct": "?"}
print(describe(*["Eve"], **kw), describe(*("Fay", "Yo"), **kw))


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(safe_append(1), safe_append(2))
default_val = 10


def uses_default(x=default_val):
    return x


default_val = 20
print(uses_default())

errors = [
    lambda: describe(),
    lambda: describe("a", "b", "c", "d"),
    lambda: describe("a", name="b"),
    lambda: describe("a", colour="red"),
    lambda: posonly(1, b=2, c=3),
    lambda: stats(1, precision=1, precision2=3) and len(5),
]
for fn in errors:
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)


def apply(func, *args, **kwargs):
    return func(*args, **kwargs)


print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(describe, "Gus", greeting="Hey"))
print(apply(lambda *a, **k: (a, k), 1, x=2))


def varsum(first, *rest):
    return first + sum(rest)


print(varsum(1), varsum(1, 2, 3), varsum(*range(10)))


def point(x=0, y=0, z=0):
    return (x, y, z)


print(point(), point(1), point(y=2), point(*[1, 2]), point(**{"z": 9, "x": 7}), point(1, *[2], **{"z": 3}))
print(describe.__name__, stats.__name__, (lambda: 0).__name__)
