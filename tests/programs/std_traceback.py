"""traceback: format_exc/print_exc/format_exception/print_exception as the interpreter reports
exceptions (source lines, carets, chains), format_exception_only, limit, chain=False."""
import io
import sys
import traceback

_print = print


def print(*args, file=None, **kwargs):
    # Reports name this file by its absolute path; show it as FILE.
    buf = io.StringIO()
    _print(*args, file=buf, **kwargs)
    (file or sys.stdout).write(buf.getvalue().replace(__file__, "FILE"))


class _Out:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "FILE"))


out = _Out()


def inner(x):
    return 1 / x


def outer():
    return inner(0)


print(repr(traceback.format_exc()))
try:
    outer()
except ZeroDivisionError as e:
    print(traceback.format_exc())
    lines = traceback.format_exception(e)
    print(len(lines), [l.splitlines()[0] for l in lines])
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    traceback.print_exc(file=out)
    traceback.print_exception(e, file=out)
    traceback.print_exception(type(e), e, e.__traceback__, file=out)
    print("".join(traceback.format_exception(e, limit=1)))
    print("".join(traceback.format_exception(e, limit=-1)))
    print(traceback.format_exception(e, limit=0))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, "".join(te.format_exception_only()), len(list(te.format())), str(te))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print(traceback.format_exc())
    print("".join(traceback.format_exception(e, chain=False)))
    print(traceback.format_exception(e)[3:6])
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError:
    traceback.print_exc(file=out)
    traceback.print_exc(limit=1, file=out)
    print(traceback.format_exc(chain=False))


class AppError(Exception):
    pass


try:
    raise AppError("custom")
except AppError as e:
    print(traceback.format_exception_only(e))
    e.add_note("a note")
    print(traceback.format_exception_only(e))
print(traceback.format_exception_only(SyntaxError("bad syntax", ("f.py", 3, 5, "x = = 1\n", 3, 6))))
print(traceback.format_exception_only(KeyError, None), traceback.format_exception(None))
try:
    compile("a b", "<src>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))


def recurse(n):
    return recurse(n - 1) if n else 1 / 0


try:
    recurse(10)
except ZeroDivisionError:
    print(traceback.format_exc())
