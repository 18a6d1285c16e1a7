# Every builtin exception class of CPython 3.11 with its place in the
# hierarchy, and the str/repr of instances with 0, 1 and 2 args.
import builtins

names = [n for n in dir(builtins)
         if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)]
print(len(names))
for n in names:
    cls = getattr(builtins, n)
    print(n, cls.__name__, [c.__name__ for c in cls.__mro__], [b.__name__ for b in cls.__bases__])

print(IOError is OSError, EnvironmentError is OSError)

# Raise and catch each family through its bases.
families = [
    (FileExistsError, OSError), (PermissionError, OSError), (TimeoutError, OSError),
    (ConnectionResetError, ConnectionError), (BrokenPipeError, ConnectionError),
    (ConnectionAbortedError, OSError), (ConnectionRefusedError, ConnectionError),
    (BlockingIOError, OSError), (ChildProcessError, OSError), (InterruptedError, OSError),
    (IsADirectoryError, OSError), (NotADirectoryError, OSError), (ProcessLookupError, OSError),
    (StopAsyncIteration, Exception), (ReferenceError, Exception), (UnicodeError, ValueError),
    (EncodingWarning, Warning), (ResourceWarning, Warning), (BytesWarning, Warning),
    (UnicodeWarning, Warning), (ImportWarning, Warning), (FutureWarning, Warning),
    (SyntaxWarning, Warning), (PendingDeprecationWarning, Warning), (TabError, SyntaxError),
    (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError), (FloatingPointError, ArithmeticError),
    (BufferError, Exception), (EOFError, Exception), (SystemError, Exception), (MemoryError, Exception),
]
for cls, base in families:
    try:
        raise cls("boom")
    except base as e:
        print("caught", type(e).__name__, "as", base.__name__, str(e))

for cls in (KeyboardInterrupt, SystemExit, GeneratorExit):
    try:
        raise cls
    except Exception:
        print("wrong: Exception caught", cls.__name__)
    except BaseException as e:
        print("BaseException caught", type(e).__name__, repr(e))

plain = [n for n in names if n not in ("UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
                                       "BaseExceptionGroup", "ExceptionGroup")]
for n in plain:
    cls = getattr(builtins, n)
    for args in ((), ("msg",), ("a", 2)):
        try:
            e = cls(*args)
        except TypeError as t:
            print(n, args, "TypeError:", t)
            continue
        print(n, repr(e), "|", str(e), "|", e.args)

print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
print(ImportError("m", name="n", path="p").name, ImportError("m", name="n", path="p").path, ImportError("m").msg)
print(repr(ModuleNotFoundError("no", name="x").name), NameError("x", name="y").name, AttributeError(name="a", obj=1).obj)
for bad in (lambda: ValueError(x=1), lambda: ImportError(x=1), lambda: OSError(1, "m", spam=2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# SyntaxError attributes and str.
e = SyntaxError("bad thing", ("/some/dir/file.py", 3, 5, "x = = 1\n", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
print(str(e), "|", repr(e))
print(str(SyntaxError("m", ("f.py", None, None, None))), str(SyntaxError()), SyntaxError().msg)
e.lineno = 10
print(str(e), e.__dict__)

# Unicode errors.
print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"))
print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad"))
print(UnicodeEncodeError("ascii", "a\xe9\u1234", 1, 2, "ordinal not in range(128)"))
print(UnicodeEncodeError("ascii", "a\xe9\u1234", 1, 3, "r"))
print(UnicodeTranslateError("\U00012345", 0, 1, "r"), repr(UnicodeTranslateError("ab", 0, 1, "r")))
e = UnicodeDecodeError("utf-8", bytearray(b"\xff"), 0, 1, "bad")
print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args[0])
for bad in (lambda: UnicodeDecodeError("x"), lambda: UnicodeDecodeError("x", "y", 1, 2, "r"),
            lambda: UnicodeEncodeError("x", b"y", 1, 2, "r")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    b"\xc3\x28".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
try:
    "caf\xe9".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
try:
    UnicodeError().encoding
except AttributeError as e:
    print("AttributeError", e)

# Notes.
e = ValueError("x")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(1)
except TypeError as t:
    print(t)

# User subclasses keep the parsing of their builtin base.
class AppError(OSError):
    pass
a = AppError(2, "gone", "file.txt")
print(type(a).__name__, a.errno, a.strerror, a.filename, a.args, str(a))
class Stop(StopIteration):
    def __init__(self, v):
        super().__init__(v * 2)
print(Stop(4).value, Stop(4).args)

# The eval loop names the missing name.
try:
    undefined_name_xyz
except NameError as e:
    print(type(e).__name__, e.name, e.args)
def uses_late():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e.name, e.args)
    late = 1
uses_late()
try:
    del never_bound_global
except NameError as e:
    print(e.name)
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(e.name, e.msg, e.args, e.__dict__)

# getattr failures name the attribute and the object.
class Point:
    pass
p = Point()
import math
for target, attr in ((p, "x"), (5, "nope"), (math, "nothing"), (Point, "missing"), ("s", "zz")):
    try:
        getattr(target, attr)
    except AttributeError as e:
        print(e.name, e.obj is target, e)
print(AttributeError("m").name, AttributeError("m").obj)
