# Augmented assignment to `local[i]` and `local.attr` loads the local again
# for the store when nothing in the value can rebind it; these cases check
# the order of __getitem__/__setitem__/property calls, values that rebind
# (walrus, nonlocal from a closure) and errors, against CPython.


class Log:
    def __init__(self):
        self.data = {0: 1, "k": 10}
        self.events = []

    def __getitem__(self, k):
        self.events.append(("get", k))
        return self.data[k]

    def __setitem__(self, k, v):
        self.events.append(("set", k, v))
        self.data[k] = v


def value(log, x):
    log.events.append(("value", x))
    return x


def subscripts():
    log = Log()
    k = "k"
    log[0] += value(log, 5)
    log[k] *= value(log, 3)
    log[-1 + 1] -= 2
    print(log.events, log.data)


subscripts()


class P:
    def __init__(self):
        self._x = 1
        self.trace = []

    @property
    def x(self):
        self.trace.append("get")
        return self._x

    @x.setter
    def x(self, v):
        self.trace.append(("set", v))
        self._x = v


def attributes():
    p = P()
    p.x += 10
    p.x **= 2
    q = p
    q.x //= 7
    print(p.trace, p.x)


attributes()


def walrus():
    a = [1, 2]
    b = [10, 20]
    a[0] += (a := b)[0]
    print(a, b)
    c = [5]
    c[0] += len(c := [1, 2, 3])
    print(c)


walrus()


def closure():
    lst = [1, 2, 3]

    def swap():
        nonlocal lst
        lst = [100, 200, 300]
        return 7

    lst[0] += swap()
    print(lst)
    obj = P()

    def rebind():
        nonlocal obj
        obj = P()
        return 1

    obj.x += rebind()
    print(obj.x, obj.trace)


closure()


def mutate_in_value():
    xs = [1, 2, 3]
    xs[1] += xs.pop()
    print(xs)
    d = {"n": 1}
    d["n"] += d.setdefault("m", 5)
    print(d)


mutate_in_value()


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self


def iadd():
    holder = [Acc()]
    first = holder[0]
    holder[0] += 5
    holder[0] += 6
    print(holder[0] is first, first.items)
    box = P()
    box._x = Acc()
    box.x += 1
    print(box.trace[-1][0], box._x.items)


iadd()


def errors():
    p = P()
    try:
        p.missing += 1
    except AttributeError as e:
        print("AttributeError", e)
    xs = [1]
    try:
        xs[3] += 1
    except IndexError as e:
        print("IndexError", e)
    t = (1, 2)
    t[0] += 1


errors()
