# The builtins CPython's site module adds: help, exit/quit, copyright,
# credits, license (their reprs, types, calls). The copyright/credits/license
# texts are quicken's own, so only what CPython shares is printed here.
print(repr(help))
print(repr(exit), repr(quit), str(exit))
print(type(exit).__name__, type(help).__name__, type(license).__name__, type(copyright).__name__, type(exit).__module__)
print(repr(license))
print(callable(exit), callable(help), callable(copyright), callable(license))
print(repr(copyright).startswith("Copyright (c)"), "\n" in repr(copyright))

def f(a, b=2, *args, c, d=4, **kw):
    """Doc of f.
    Second line."""
    return a

def g(x, /, y):
    pass

help(f)
help(g)
help("no_such_topic_xyz")

for q in (exit, quit):
    for args in ((), (3,), ("bye",), (None,)):
        try:
            q(*args)
        except SystemExit as e:
            print(args, repr(e), e.code, e.args)
try:
    exit(code=4)
except SystemExit as e:
    print("keyword", e.code)
exit(3)
print("not reached")
