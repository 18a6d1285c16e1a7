# A generator suspended inside try dies with the frame that held it: its
# finally block runs before the caller continues (not at the next loop jump).
log = []
def gen():
    try:
        yield 1
    finally:
        log.append("closed")
def f():
    g = gen()
    next(g)
    return 5
for i in range(3):
    r = f()
    n = len(log)
    print(r, n)
def h():
    return f() + len(log)
print(h(), sorted(map(lambda _: f() and len(log), range(2))))
