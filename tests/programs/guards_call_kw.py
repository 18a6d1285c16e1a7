# CALL_KW_PY: keyword calls of Python functions at warm sites, with the
# callee rebound mid-loop to functions with other parameter names, defaults,
# **kwargs, keyword-only or positional-only parameters, wrong keywords
# raising CPython's TypeError, and recursion through keyword calls.


def move(p, dt=0.1, drag=0.0, scale=1.0):
    return (p + dt * 10 - drag) * scale


def move_renamed(p, step=0.1, drag=0.0, scale=1.0):
    return ("renamed", p, step, drag, scale)


def move_defaults(p, drag, dt=5.0, scale=-1.0):
    return ("defaults", p, dt, drag, scale)


def move_kwargs(p, **kw):
    return ("kwargs", p, sorted(kw.items()))


def move_kwonly(p, *, dt, drag=0.0, scale=2.0):
    return ("kwonly", p, dt, drag, scale)


def move_posonly(p, dt=1.0, /, drag=0.0, scale=3.0):
    return ("posonly", p, dt, drag, scale)


def move_varargs(*args, **kw):
    return ("varargs", args, sorted(kw))


def run(n):
    f = move
    total = 0.0
    for i in range(n):
        if i == 150:
            f = move_renamed
        elif i == 151:
            f = move_defaults
        elif i == 152:
            f = move_kwargs
        elif i == 153:
            f = move_kwonly
        elif i == 154:
            f = move_posonly
        elif i == 155:
            f = move_varargs
        elif i == 156:
            f = move
        try:
            r = f(i, drag=0.5, dt=0.25)
        except TypeError as e:
            print(i, "TypeError:", e)
            continue
        if isinstance(r, tuple):
            print(i, r)
            for call in (lambda: f(1.0, scale=2.0), lambda: f(p=2.0), lambda: f(3.0, scale=1.0, drag=1.0, dt=0.0)):
                try:
                    print("  ", call())
                except TypeError as e:
                    print("  TypeError:", e)
        else:
            total += r + f(1.0, scale=2.0) + f(p=2.0) + f(3.0, scale=1.0, drag=1.0, dt=0.0)
    return total


def countdown(n, step=1, acc=0):
    if n <= 0:
        return acc
    return countdown(n=n - step, acc=acc + n, step=step)


def wrong_keywords():
    for i in range(100):
        kw = "dt" if i != 90 else "dtt"
        try:
            if kw == "dt":
                move(1.0, dt=0.5)
            else:
                move(1.0, dtt=0.5)
        except TypeError as e:
            print(i, "TypeError:", e)
    for i in range(100):
        try:
            if i == 95:
                move(1.0, 2.0, dt=0.5)
            elif i == 96:
                move(drag=0.5)
            else:
                move(1.0, drag=0.5)
        except TypeError as e:
            print(i, "TypeError:", e)


class Vec:
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def scaled(self, k=1.0, shift=0.0):
        return Vec(x=self.x * k + shift, y=self.y * k + shift)


def methods():
    v = Vec(y=1.0, x=2.0)
    for i in range(200):
        v = v.scaled(shift=0.001, k=1.0)
    print(round(v.x, 6), round(v.y, 6))


print(round(run(300), 6))
print(countdown(n=200, step=1))
wrong_keywords()
methods()


def gaps():
    # keywords that skip parameters (filled from defaults), defaults changed
    # and removed mid-loop, a longer __defaults__ than parameters
    def place(a, b=1, c=2, d=3, e=4):
        return (a, b, c, d, e)

    out = []
    for i in range(120):
        if i == 100:
            place.__defaults__ = (10, 20, 30, 40)
        elif i == 105:
            place.__defaults__ = (7, 8)
        elif i == 110:
            place.__defaults__ = (9, 9, 9, 9, 9, 9, 9)
        try:
            out.append((place(i, d=-1), place(a=i, e=-2, c=-3)))
        except TypeError as e:
            out.append(str(e))
    print(out[0], out[99:])


gaps()
