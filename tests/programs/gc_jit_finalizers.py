# Finalizers and collections around loops the jit compiles (the conformance
# run compiles them at once). A compiled loop that overwrites a list item
# drops the last reference to an object with __del__; CPython runs it at the
# store, quicken before the next iteration, and in both what it changed (a
# global or closure variable the loop reads, the list the loop iterates) is
# what the next iteration sees. Automatic collections run, with gc.callbacks,
# while compiled loops cut cycles loose.
import gc

gc.disable()
scale = 1


class Bump:
    def __del__(self):
        global scale
        scale += 1


def sprinkle(n, every, make):
    xs = list(range(n))
    for k in range(3, n, every):
        xs[k] = make(k)
    return xs


def global_reader(xs):
    total = 0
    for i in range(len(xs)):
        total += scale
        xs[i] = i
    return total


def float_store(xs):
    total = 0.0
    for i in range(len(xs)):
        total += scale * 0.5
        xs[i] = i * 0.25
    return total


for r in range(3):
    print("global", global_reader(sprinkle(200, 37, lambda k: Bump())), scale)
    print("float", float_store(sprinkle(150, 20, lambda k: Bump())), scale)


def closure_reader(n):
    step = 1

    class Grow:
        def __del__(self):
            nonlocal step
            step += 10

    xs = sprinkle(n, 29, lambda k: Grow())
    total = 0
    for i in range(n):
        total += step
        xs[i] = 0
    return total, step


print("closure", closure_reader(120), closure_reader(300))


class Extend:
    def __init__(self, target, value):
        self.target = target
        self.value = value

    def __del__(self):
        self.target.append(self.value)


def iterate_growing():
    nums = list(range(150))
    slots = sprinkle(400, 37, lambda k: Extend(nums, 1000 + k))
    total = 0
    j = 0
    for x in nums:
        total += x
        slots[j] = 0
        j += 1
    return total, len(nums), nums[-4:]


print("growing", iterate_growing())


class Cyclic:
    finalized = []

    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        Cyclic.finalized.append(self.n)


phases = []
gc.callbacks.append(lambda phase, info: phases.append(phase))
gc.collect()
gc.set_threshold(5)
gc.enable()
made = 0
for rnd in range(20):
    xs = list(range(100))
    for k in range(0, 100, 9):
        xs[k] = Cyclic(made)
        made += 1
    print("cut", global_reader(xs)) if rnd % 5 == 0 else global_reader(xs)
gc.disable()
gc.collect()
gc.callbacks.clear()
print("finalized once each", sorted(Cyclic.finalized) == list(range(made)), made)
print("callbacks paired", phases.count("start") == phases.count("stop") > 1)
print("scale", scale)
