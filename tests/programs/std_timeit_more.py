# timeit: the generated source, reindent, print_exc of a failing statement,
# callable statements with globals, main() help and error paths.
import sys
import timeit


class Clock:
    def __init__(self, step):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


t = timeit.Timer("a = 1\nb = 2", "import math\nc = 3", timer=Clock(1))
print(repr(t.src))
print(repr(timeit.template))
print(repr(timeit.reindent("x\ny\n z", 3)), timeit.dummy_src_name, timeit.default_number, timeit.default_repeat)
print(sorted(timeit.__all__))
print(repr(timeit.Timer(len, timer=Clock(1)).src))
print(repr(timeit.Timer("pass", setup=len, timer=Clock(1)).src))

bad = timeit.Timer("1 / 0", timer=Clock(1))
try:
    bad.timeit(3)
except ZeroDivisionError:
    import io
    buf = io.StringIO()
    bad.print_exc(file=buf)
    lines = buf.getvalue().splitlines()
    at = [i for i, line in enumerate(lines) if "<timeit-src>" in line][0]
    # (The source line under the <timeit-src> entry is not checked: quicken's
    # native report reads real files only, not linecache entries.)
    print(lines[0], "|", lines[at].strip(), "|", lines[-1])

g = {"total": []}
timeit.timeit("total.append(1)", globals=g, number=7, timer=Clock(1))
print(len(g["total"]))
counter = [0]
print(timeit.Timer(lambda: counter.__setitem__(0, counter[0] + 1), timer=Clock(0.5)).repeat(3, 4), counter)


class Doubling(Clock):
    # Each reading moves further on than the last, so autorange's trial
    # times grow and its search ends.
    def __call__(self):
        self.step *= 2
        return super().__call__()


seen = []
print(timeit.Timer("pass", timer=Doubling(0.001)).autorange(lambda n, t: seen.append((n, round(t, 6)))), seen)
print(timeit.main(["-v", "pass"], _wrap_timer=lambda timer: Doubling(0.001)))
try:
    timeit.Timer("x = 1", "  y = 2")
except IndentationError as e:
    print(type(e).__name__, e.msg)
try:
    timeit.Timer("yield 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    timeit.Timer("break")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(timeit.main(["-h"]))
print(timeit.main(["-u", "hours", "pass"]))
print(timeit.main(["-n", "5", "-u", "usec", "-p", "pass"], _wrap_timer=lambda timer: Clock(1e-5)))
print(timeit.main(["-n", "1", "-r", "2", "-u", "nsec", "pass"], _wrap_timer=lambda timer: Clock(1e-12)))
print(timeit.main(["--number=3", "--repeat=2", "--setup=x = 5", "--verbose", "x + 1"], _wrap_timer=lambda timer: Clock(2.0)))
