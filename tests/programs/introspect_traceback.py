# sys.exc_info(), sys.exception() and traceback objects (e.__traceback__):
# tb_next from the catching frame inwards, tb_lineno, tb_frame's code,
# line and globals; with_traceback() and assigning __traceback__.
import sys


def fail(n):
    if n == 0:
        raise ValueError("deep")
    return fail(n - 1)


def middle():
    return fail(2)


print("outside:", sys.exc_info(), sys.exception())
try:
    middle()
except ValueError as e:
    info = sys.exc_info()
    print("exc_info:", info[0].__name__, info[1] is e, info[2] is not None)
    print("exception():", sys.exception() is e)
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    # The inner frames have ended: their last line is where the exception passed.
    tb = e.__traceback__.tb_next
    print("ended frames' lines:", [tb.tb_frame.f_lineno, tb.tb_next.tb_frame.f_lineno])
    print("traceback:", entries)
    print("globals:", e.__traceback__.tb_frame.f_globals is globals())
    print("lasti even:", e.__traceback__.tb_lasti % 2 == 0)
    print("type:", type(e.__traceback__).__name__)
print("after:", sys.exc_info(), sys.exception())


def nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            print("inner handler:", sys.exc_info()[0].__name__)
        print("back in outer handler:", sys.exc_info()[0].__name__, repr(sys.exception()))
    print("after both:", sys.exc_info()[0])


nested()


def in_finally():
    try:
        raise RuntimeError("f")
    finally:
        print("finally sees:", sys.exc_info()[0].__name__)


try:
    in_finally()
except RuntimeError:
    pass


def reraised():
    try:
        fail(0)
    except ValueError as e:
        raise TypeError("converted") from e


try:
    reraised()
except TypeError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("reraised:", names)
    cause_tb = e.__cause__.__traceback__
    print("cause tb starts at:", cause_tb.tb_frame.f_code.co_name, cause_tb.tb_lineno)

e = ValueError("fresh")
print("unraised:", e.__traceback__)
try:
    raise e
except ValueError:
    pass
print("raised once:", e.__traceback__.tb_lineno, e.__traceback__.tb_next)
saved = e.__traceback__
try:
    raise e.with_traceback(None)
except ValueError as again:
    print("with_traceback(None):", again.__traceback__.tb_next is None, again.__traceback__.tb_lineno)
e.__traceback__ = None
print("cleared:", e.__traceback__)
e.__traceback__ = saved
print("restored:", e.__traceback__.tb_lineno)
try:
    e.__traceback__ = 5
except TypeError as err:
    print("TypeError:", err)
try:
    raise ValueError("x").with_traceback(saved)
except ValueError as err:
    tb = err.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("with_traceback(tb):", lines)


def gen():
    try:
        yield 1
        raise OSError("in gen")
    except OSError:
        yield sys.exc_info()[0].__name__


print("generator:", list(gen()))
try:
    fail(1)
except ValueError as err:
    frame = err.__traceback__.tb_next.tb_frame
    print("tb frame:", frame.f_code.co_name, frame.f_lineno)
    try:
        frame.f_locals
    except NotImplementedError:
        print("f_locals of a traceback frame: not kept")
    except Exception:
        print("f_locals of a traceback frame: not kept")
    else:
        print("f_locals of a traceback frame: not kept")

# The types: frames cannot be made; tracebacks can (as libraries rewriting them do).
FrameType = type(sys._getframe())
TracebackType = type(saved)
try:
    FrameType()
except TypeError as err:
    print("TypeError:", err)
try:
    TracebackType()
except TypeError as err:
    print("TypeError:", err)
try:
    sys._getframe().f_lineno = 3
except ValueError:
    print("f_lineno cannot be set here")


def made_here():
    return sys._getframe()


tb = TracebackType(None, made_here(), 4, 77)
tb2 = TracebackType(tb, sys._getframe(), 0, 5)
print("made:", tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_name, tb2.tb_next.tb_lineno)
try:
    raise KeyError("k").with_traceback(tb2)
except KeyError as err:
    t = err.__traceback__
    lines = []
    while t:
        lines.append(t.tb_lineno)
        t = t.tb_next
    print("raised with made traceback:", lines)
