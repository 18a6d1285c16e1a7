# `except` accepts a tuple subclass of exception classes, as CPython does.
class E(tuple):
    pass
try:
    {}["x"]
except E((KeyError, ValueError)) as e:
    print("caught", repr(e))
try:
    raise ValueError(1)
except E((KeyError,)):
    print("no")
except ValueError:
    print("ok")
