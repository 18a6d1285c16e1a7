# Minimised cases found by running benchmark-style programs (see bench3p_*.py).

# object.__init_subclass__ exists, so a hook can chain to it with super().
class Plugin:
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)


class CsvPlugin(Plugin):
    pass


class TsvPlugin(CsvPlugin):
    pass


print(Plugin.registry)


class Plain:
    pass


print(Plain.__init_subclass__() is None)


# A generator dropped while suspended inside try/finally is closed before
# anything printed after it died.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


g = gen("del")
next(g)
del g
print("after del")


def use_and_drop():
    g2 = gen("return")
    next(g2)
    return "returned"


print(use_and_drop())
for x in gen("break"):
    break
print("after break")
print(next(gen("temp")))
log = []


def logged():
    try:
        yield "a"
    finally:
        log.append("closed")


for v in logged():
    break
print("log", log)
r = range(3, 30, 4)
print(r.index(7), r.count(7), r.count(8), r.index(3.0 + 4), range(10, 0, -3).index(4), range(5).count(True))
for bad in (8, 100, "x"):
    try:
        r.index(bad)
    except ValueError as e:
        print(e)

# ImportError.name / .path
try:
    import no_such_module_anywhere as nsm
except ImportError as e:
    print("fallback", type(e).__name__, e.name, e.path)
e = ImportError("custom")
print(e.name, e.path, e.args)
