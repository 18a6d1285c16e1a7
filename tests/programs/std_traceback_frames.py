"""traceback over frame and traceback objects: extract_tb, format_tb, walk_tb, extract_stack,
format_stack, print_stack, StackSummary, FrameSummary (needs sys._getframe and __traceback__)."""
import sys
import traceback


def show(text):
    print(text.replace(__file__, "FILE"), end="")


class Out:
    def write(self, text):
        show(text)


def inner(x):
    return 1 / x


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), [(f.name, f.lineno, f.line) for f in tb])
    print(repr(tb[-1]).replace(__file__, "FILE"), tb[0] == (__file__, 20, "<module>", "outer()"), list(tb[1])[1:])
    print([lineno for _, lineno in traceback.walk_tb(e.__traceback__)])
    print(len(traceback.extract_tb(e.__traceback__, limit=2)), len(traceback.format_tb(e.__traceback__, limit=-1)))


def level3():
    stack = traceback.extract_stack()
    print([(f.name, f.lineno) for f in stack][-3:])
    show("".join(traceback.format_stack(limit=2)))
    traceback.print_stack(file=Out(), limit=1)
    return len(stack)


def level2():
    return level3()


def level1():
    return level2()


print(level1() >= 4)
summary = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)])
print(summary.format())
print(traceback.format_list([("c.py", 3, "h", "return h()")]))
fs = traceback.FrameSummary("d.py", 4, "k", line="  k()  ")
print(fs.line, fs.lineno, fs.name, tuple(fs), len(fs))
