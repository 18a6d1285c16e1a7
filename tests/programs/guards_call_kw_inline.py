# Keyword calls of bound Python methods (`obj.m(a, k=v)`) and of classes
# with a Python `__init__` (`Cls(a, k=v)`) run inline in the adaptive tier.
# Each site here has its assumption broken mid-loop: the class's `__init__`
# replaced, the class given a metaclass-free `__new__`, the method rebound
# to a builtin or a generator function, binding errors, `__init__`
# returning a value or raising, and deep recursion through such calls.


class Point:
    def __init__(self, x, y=0, *, scale=1):
        self.x = x * scale
        self.y = y * scale

    def moved(self, dx, *, dy=0):
        return Point(self.x + dx, y=self.y + dy)

    def total(self, *extra, bias=0, **named):
        return self.x + self.y + sum(extra) + bias + sum(named.values())


def run_points():
    p = Point(1, y=2)
    acc = 0
    for i in range(300):
        q = Point(i, y=i, scale=2)
        acc += q.x + q.y
        p = p.moved(1, dy=i % 3)
        acc += p.total(i, bias=1, extra=2)
        if i == 150:
            # A new __init__ (the class version changes): the cached one must
            # not run.
            def new_init(self, x, y=0, *, scale=1):
                self.x = -x
                self.y = y + scale
            Point.__init__ = new_init
        if i == 200:
            # The method becomes something else mid-loop.
            Point.moved = lambda self, dx, *, dy=0: Point(self.x - dx, y=self.y - dy)
            print("moved", p.moved(3, dy=4).x)
    print("points", acc, p.x, p.y)


class Gen:
    def items(self, n, *, step=1):
        yield from range(0, n, step)


def run_generator_method():
    g = Gen()
    total = 0
    for i in range(60):
        total += sum(g.items(i, step=2))
        if i == 30:
            Gen.items = lambda self, n, *, step=1: list(range(0, n, step))
    print("generator method", total)


class Loud:
    def __init__(self, v, *, fail=False, ret=None):
        if fail:
            raise ValueError(f"failed at {v}")
        self.v = v
        if ret is not None:
            return ret


def run_init_errors():
    made = 0
    for i in range(100):
        try:
            obj = Loud(i, fail=(i % 17 == 16))
            made += obj.v
        except ValueError as e:
            made -= 1
            last = str(e)
        if i == 80:
            try:
                Loud(i, ret=5)
            except TypeError as e:
                print("init returned:", e)
    print("loud", made, last)
    for bad in (lambda: Loud(1, nope=2), lambda: Loud(v=1, fail=False, extra=3), lambda: Loud(fail=True)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)


class Counter:
    def __init__(self, start=0, *, step=1):
        self.n = start
        self.step = step

    def bump(self, times=1, *, by=None):
        self.n += (by if by is not None else self.step) * times
        return self.n


def run_rebinding():
    c = Counter(0, step=2)
    out = []
    for i in range(120):
        out.append(c.bump(1, by=i % 5))
        if i == 60:
            # An instance attribute shadows the method: a plain function
            # stored on the instance, called with keywords.
            c.bump = lambda times=1, *, by=None: -1
        if i == 90:
            del c.bump
        if i == 100:
            # A bound method of a builtin stored on the class.
            Counter.bump = "{}|{by}".format
    print("rebinding", sum(x for x in out if isinstance(x, int)), out[-3:])


class Meta(type):
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.via_meta = True
        return obj


class Plain:
    def __init__(self, a, *, b=0):
        self.a = a + b


class WithNew:
    def __new__(cls, a, *, b=0):
        obj = super().__new__(cls)
        obj.made_by_new = True
        return obj

    def __init__(self, a, *, b=0):
        self.a = a * b


def run_class_kinds():
    kinds = [Plain, Plain, WithNew, Meta("M", (), {"__init__": lambda self, a, *, b=0: setattr(self, "a", a - b)})]
    results = []
    for i in range(80):
        cls = kinds[0] if i < 40 else kinds[i % 4]
        obj = cls(i, b=3)
        results.append((type(obj).__name__, obj.a, getattr(obj, "made_by_new", False), getattr(obj, "via_meta", False)))
    print("class kinds", results[38:44], len(results))


def depth(n, *, acc=0):
    class Node:
        def __init__(self, child, *, label=""):
            self.child = child
            self.label = label
    node = None
    for i in range(n):
        node = Node(node, label=str(i))
    return node


class Walker:
    def walk(self, n, *, acc=0):
        if n == 0:
            return acc
        return self.walk(n - 1, acc=acc + n)


def run_recursion():
    w = Walker()
    print("walk", w.walk(200, acc=1))
    try:
        w.walk(100000, acc=0)
    except RecursionError as e:
        print("RecursionError:", e)
    node = depth(50)
    print("chain", node.label, node.child.label)


def dive(n, *, k=0):
    # Each level is a new inline frame; the binding errors at the bottom
    # happen while the loop's frame list grows.
    if n == 0:
        try:
            return dive(0, k=k, bad=1)
        except TypeError as e:
            try:
                Loud(k, nope=1)
            except TypeError as e2:
                return f"{e} / {e2} / {k}"
    return dive(n - 1, k=k + 1)


def run_dives():
    for depth in (3, 4, 5, 8, 9, 16, 17, 32, 33, 70):
        print("dive", depth, dive(depth))


run_dives()
run_points()
run_generator_method()
run_init_errors()
run_rebinding()
run_class_kinds()
run_recursion()
