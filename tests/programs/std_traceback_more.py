# traceback: stack helpers called from nested functions (the default frame
# is the caller's), lists of tuples and FrameSummary objects, FrameSummary
# comparisons, print_last without a last exception, TracebackException of a
# SyntaxError.
import io
import sys
import traceback


def names(stack):
    return [(entry.name, entry.lineno) for entry in stack]


def inner():
    out = io.StringIO()
    traceback.print_stack(file=out, limit=2)
    text = out.getvalue()
    return (names(traceback.extract_stack())[-3:], names(traceback.extract_stack(limit=1)),
            [line.splitlines()[0].split(", ")[1:] for line in traceback.format_stack()][-2:],
            [line.strip().replace(__file__, "FILE") for line in text.splitlines()])


def outer():
    return inner()


for part in outer():
    print(part)
frame = sys._getframe()
print(names(traceback.extract_stack(frame)), len(traceback.format_stack(frame)))

entries = [("a.py", 3, "f", "x = 1"), traceback.FrameSummary("b.py", 7, "g", line="  y()  "), ("c.py", 9, "h", None)]
print(traceback.format_list(entries))
out = io.StringIO()
traceback.print_list(entries, file=out)
print(repr(out.getvalue()))
fs = traceback.FrameSummary("b.py", 7, "g", line="y()")
print(fs == ("b.py", 7, "g", "y()"), fs == traceback.FrameSummary("b.py", 7, "g", line="other"), fs != ("b.py", 7, "g", "z"), list(fs), fs[1], fs[-1], len(fs), repr(fs))
print(fs.__eq__(5), traceback.FrameSummary("f", 1, "n", lookup_line=False, locals={"a": [1], "b": "s"}).locals)
summary = traceback.StackSummary.from_list(entries)
print(type(summary).__name__, len(summary), summary[0].line, summary.format()[1])

if hasattr(sys, "last_type"):
    del sys.last_type
try:
    traceback.print_last()
except ValueError as e:
    print("ValueError:", e)


def failing(depth):
    marker = depth * 2
    if depth == 0:
        raise KeyError("deep")
    failing(depth - 1)


try:
    failing(2)
except KeyError as e:
    tb = e.__traceback__
    print(len(traceback.extract_tb(tb)), len(traceback.extract_tb(tb, limit=2)), len(traceback.format_tb(tb)))
    out = io.StringIO()
    traceback.print_tb(tb, limit=1, file=out)
    print(out.getvalue().count("File"))
    # (capture_locals is left out: quicken does not keep a finished frame's locals.)
    te = traceback.TracebackException.from_exception(e)
    print(names(te.stack), str(te), te == te, te.__eq__(1))
    print("".join(te.format_exception_only()), end="")
    out = io.StringIO()
    te.print(file=out)
    print(out.getvalue().splitlines()[-1])

try:
    compile("x = (1,\n", "snippet.py", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, type(te.lineno).__name__, repr(te.text.rstrip()), te.offset, te.msg)
    print("".join(te.format_exception_only()), end="")
te = traceback.TracebackException(ValueError, None, None)
print(list(te.format()), str(te), list(traceback.TracebackException(None, None, None).format()))
import json
print(list(traceback.TracebackException(json.JSONDecodeError, None, None).format_exception_only()))
