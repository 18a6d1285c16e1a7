# Loops reading closure variables in the jit tier: the variable rebound
# between runs, changing type, becoming a big int, and unbound.


def make(scale):
    def run(n):
        s = 0
        for i in range(n):
            s += i * scale + offset
        return s

    offset = 1
    return run, lambda v: set_scale(v)


def counter_pair():
    step = 1

    def loop(n):
        t = 0
        for i in range(n):
            t += step
        return t

    def bump(v):
        nonlocal step
        step = v

    return loop, bump


run, _ = make(3)
print(run(30), run(5))
run2, _ = make(2.5)
print(run2(30))
print(make(10 ** 20)[0](30))

loop, bump = counter_pair()
for v in (1, 2, 0.5, 10 ** 19, -3, True):
    bump(v)
    print(v, loop(40))


def late():
    def loop(n):
        acc = 0
        for i in range(n):
            acc += i + later
        return acc

    try:
        loop(10)
    except NameError as e:
        print("NameError:", e)
    later = 5
    return loop(10)


print(late())
