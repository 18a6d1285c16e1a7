"""warnings: categories, filters (simplefilter, once/default/error/ignore), catch_warnings(record=True), formatwarning/showwarning, warn_explicit."""
import warnings, sys, io
from contextlib import redirect_stderr

def deprecated():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    deprecated()
    warnings.warn(UserWarning("instance"))
print(len(w), [(str(x.message), x.category.__name__) for x in w])
print(type(w[0].message).__name__, w[0].message.args)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", FutureWarning)
    except FutureWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silent")
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "x = 1  "))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3)))
buf = io.StringIO()
warnings.showwarning("shown", SyntaxWarning, "mod.py", 7, file=buf, line="code()")
print(repr(buf.getvalue()))
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("repeated")
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn_explicit("explicit", UserWarning, "f.py", 5)
print(len(w), [str(x.message) for x in w])
print([f[0] for f in warnings.filters][:5], warnings.filters[0][2].__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.warn("after reset")
    warnings.warn("pending", PendingDeprecationWarning)
print(len(w), w[0].category.__name__, str(w[0])[:40])
old = warnings.showwarning
def custom(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno > 0)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = custom
    warnings.warn("via custom")
print(warnings.showwarning is old)
err = io.StringIO()
with redirect_stderr(err), warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("to stderr")
    deprecated()
print(err.getvalue().count("UserWarning: to stderr"), err.getvalue().count("DeprecationWarning: old api"))
