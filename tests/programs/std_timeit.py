"""timeit: Timer (source and callable statements, setup, globals), timeit, repeat, autorange,
default_timer, and main() with a deterministic timer."""
import time
import timeit


class FakeClock:
    """A timer that advances by a step per reading; the step grows by
    `growth` each time (so autorange ends)."""

    def __init__(self, step, growth=1.0):
        self.now = 0.0
        self.step = step
        self.growth = growth

    def __call__(self):
        self.now += self.step
        self.step *= self.growth
        return self.now


print(timeit.default_timer is time.perf_counter)
t = timeit.Timer("x = sum(range(10))", timer=FakeClock(0.25))
print(t.timeit(5), t.repeat(3, 2), t.autorange())
calls = []
print(timeit.Timer(lambda: calls.append(1), setup=lambda: calls.append("setup"), timer=FakeClock(1)).timeit(4), calls)
print(timeit.timeit("y + 1", setup="y = 41", number=3, timer=FakeClock(2)))
print(timeit.repeat("z * 2", globals={"z": 3}, repeat=2, number=5, timer=FakeClock(0.5)))
print(timeit.timeit("a = 1\nb = a + 1\nif b:\n    pass", number=2, timer=FakeClock(1)))
elapsed = timeit.timeit("pass", number=100)
print(type(elapsed).__name__, elapsed >= 0)
seen = []
n, taken = timeit.Timer("pass", timer=FakeClock(0.01, 2.0)).autorange(lambda n, t: seen.append(n))
print(n, taken, seen)
for bad in (dict(stmt=5), dict(setup=None)):
    try:
        timeit.Timer(**bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    timeit.Timer("x = = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    timeit.Timer("return 5")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
wrap = lambda timer: FakeClock(0.001)
print(timeit.main(["-n", "10", "-r", "3", "pass"], _wrap_timer=wrap))
print(timeit.main(["-n", "1000", "-u", "msec", "-s", "import math", "math.sqrt(2)"], _wrap_timer=wrap))
print(timeit.main(["-v", "-r", "2", "-s", "a = 1", "--", "b = a"], _wrap_timer=lambda timer: FakeClock(0.01, 1.5)))
print(timeit.main(["-vv", "-n", "3", "pass"], _wrap_timer=wrap))
print(timeit.main(["-n", "2", "-r", "4", "pass"], _wrap_timer=lambda timer: FakeClock(0.001, 3.0)))
print(timeit.main(["-x"]), timeit.main(["--number"]), timeit.main(["-r", "0", "-n", "2", "pass"], _wrap_timer=wrap))
