# FORMAT_VALUE / BUILD_STRING / BUILD_MAP in the hot loop: specs, conversions,
# instances with __format__/__str__/__repr__ reaching a warm site, errors.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return f"${self.cents / 100:{spec or '.2f'}}"

    def __str__(self):
        return f"Money({self.cents})"

    def __repr__(self):
        return "M!" + str(self.cents)


class Loud:
    def __str__(self):
        return "LOUD"


class BadFormat:
    def __format__(self, spec):
        return 42


class BadKey:
    def __hash__(self):
        raise RuntimeError("no hash for you")


def row(i, v):
    return f"{i:>4}|{v}|{v!r}|{v!s}|{v:>8}|{i:x}|{i * 0.5:.3f}|{'x' * (i % 3)}"


def main():
    values = [7, 2.5, "s", None, (1, 2), [3]]
    out = []
    for i in range(300):
        v = values[i % len(values)]
        if i == 200:
            v = Money(12345)
        elif i == 201:
            v = Loud()
        elif i > 250 and i % 7 == 0:
            v = Money(i)
        try:
            out.append(row(i, v))
        except TypeError as e:
            out.append(f"TypeError {e}")
    print(len(out), out[0], out[5], out[199])
    print(out[200])
    print(out[201])
    print([s for s in out[250:] if "$" in s][:3])
    acc = 0
    for i in range(200):
        d = {"i": i, "sq": i * i, i: "k"}
        acc += d["sq"] + len(d)
        if i == 150:
            d = {"a": 1, "a": 2}
            print(d)
    print(acc)
    width = 6
    for i in range(120):
        s = f"{i!a:{width}}{'é'!a}"
        if i in (0, 119):
            print(repr(s))
    for i in range(100):
        x = BadFormat() if i == 90 else i
        try:
            s = f"<{x:3}>"
        except TypeError as e:
            print(i, "TypeError:", e)
    for i in range(100):
        k = BadKey() if i == 80 else i
        try:
            d = {k: i, "z": 0}
        except RuntimeError as e:
            print(i, "RuntimeError:", e)
    # a bad format spec at a warm site
    for i in range(100):
        spec = "q" if i == 95 else "d"
        try:
            s = f"{i:{spec}}"
        except ValueError as e:
            print(i, "ValueError:", e)
    print(s)


main()
