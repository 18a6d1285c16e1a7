# `**kwargs` dicts made by the binder (sized for the call's keywords) and
# keyword dicts spread into calls (`f(**d)`, read in place): order, many
# keywords, keys of a str subclass, non-str keys, repeated names, and a
# dict changed between calls.


def collect(*args, **kwargs):
    return args, kwargs


def forward(*args, **kwargs):
    return collect(*args, **kwargs)


class Name(str):
    pass


def run():
    many = {f"k{i}": i for i in range(40)}
    total = 0
    for i in range(200):
        args, kw = forward(i, a=1, b=2, **many)
        total += sum(kw.values()) + args[0]
        if i == 100:
            many["late"] = -5
            del many["k0"]
    print("total", total, list(kw)[:4], list(kw)[-2:], len(kw))
    kw["added"] = 1
    print("own dict", len(kw), "added" in kw)

    mixed = {Name("alpha"): 1, "beta": 2}
    for _ in range(3):
        _, got = forward(**mixed)
    print("subclass keys", sorted(got.items()))

    for bad in ({1: 2}, {"ok": 1, (1, 2): 3}):
        try:
            forward(**bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        forward(a=1, **{"a": 2})
    except TypeError as e:
        print("TypeError:", e)

    def kwonly(x, *, y, z=3, **rest):
        return x, y, z, sorted(rest.items())

    for i in range(50):
        r = kwonly(i, **{"y": i * 2, "w": i, "z": 1} if i % 2 else {"y": 0})
    print("kwonly", r)
    try:
        kwonly(1, **{"x": 2, "y": 1})
    except TypeError as e:
        print("TypeError:", e)


run()
