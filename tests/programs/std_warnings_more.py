# warnings: each action's repeat rules (default/once/module/always) with
# registries, filter order and append, regex matching of text and module,
# lineno filters, -W option parsing, replaced showwarning/formatwarning.
import sys
import warnings

shown = []
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: shown.append(
    (str(message), category.__name__, lineno))


def burst(action, **where):
    warnings.resetwarnings()
    warnings.simplefilter(action)
    registry = {}
    shown.clear()
    for lineno in (10, 10, 11, 10):
        warnings.warn_explicit("repeat me", UserWarning, "file.py", lineno, registry=registry, **where)
    warnings.warn_explicit("repeat me", UserWarning, "other.py", 10, registry={})
    return list(shown), sorted(k for k in registry if k != "version")


for action in ("default", "once", "module", "always"):
    print(action, burst(action))
print(burst("default", module="mod"))

warnings.resetwarnings()
warnings.filterwarnings("error", message="fatal", category=RuntimeWarning)
warnings.filterwarnings("ignore", message="quiet")
warnings.filterwarnings("always", module=r"pkg\.sub")
warnings.filterwarnings("ignore", lineno=42)
warnings.simplefilter("once", DeprecationWarning, append=True)
warnings.filterwarnings("ignore", message="quiet")
print([(f[0], f[1].pattern if f[1] else None, f[2].__name__, f[3].pattern if f[3] else None, f[4]) for f in warnings.filters])
shown.clear()
tests = [("Fatal error", RuntimeWarning, "m", 1), ("fatal", UserWarning, "m", 2), ("QUIET please", UserWarning, "m", 3),
         ("x", UserWarning, "pkg.sub", 4), ("x", UserWarning, "pkg.sub", 4), ("x", UserWarning, "pkg.subx", 5),
         ("y", UserWarning, "m", 42), ("old", DeprecationWarning, "m", 6), ("old", DeprecationWarning, "n", 7)]
for text, category, module, lineno in tests:
    try:
        warnings.warn_explicit(text, category, "f.py", lineno, module=module, registry={})
    except Warning as e:
        print("raised", type(e).__name__, e)
print(shown)

for option in ("ignore", "error::DeprecationWarning", "a:Hello world:UserWarning:mod.x:12", "all", "d", "m::RuntimeWarning",
               "bogus", "ignore::NoSuchWarning", "ignore::int", "ignore::nosuchmodule.W", "ignore:::::::",
               "ignore::::-1", "ignore::::x", "ignore::warnings.WarningMessage"):
    warnings.resetwarnings()
    try:
        warnings._setoption(option)
        f = warnings.filters[0]
        print(option, "->", f[0], f[1].pattern if f[1] else None, f[2].__name__, f[3].pattern if f[3] else None, f[4])
    except warnings._OptionError as e:
        print(option, "-> _OptionError:", e)
    except TypeError as e:
        print(option, "-> TypeError")

warnings.resetwarnings()
warnings.simplefilter("always")
warnings.formatwarning = lambda message, category, filename, lineno, line=None: f"<{category.__name__}:{message}>\n"
del warnings.showwarning
warnings.showwarning = warnings._showwarning_orig
import io
err = io.StringIO()
saved, sys.stderr = sys.stderr, err
warnings.warn("custom format")
warnings.warn(UserWarning("instance"), DeprecationWarning)
sys.stderr = saved
print(repr(err.getvalue()))
warnings.formatwarning = warnings._formatwarning_orig
print(repr(warnings.formatwarning("msg", FutureWarning, "a.py", 3, line="  code()  ")), repr(warnings.formatwarning("m", UserWarning, "<none>", 1)))
warnings.showwarning = 5
try:
    warnings.warn("x")
except TypeError as e:
    print("TypeError:", e)
warnings.showwarning = warnings._showwarning_orig
for bad in (lambda: warnings.warn("x", category=5), lambda: warnings.warn("x", category=int), lambda: warnings.simplefilter("loud"),
            lambda: warnings.filterwarnings("ignore", message=5), lambda: warnings.filterwarnings("ignore", lineno=-1)):
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__ + ":", e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded", SyntaxWarning)
    warnings.warn_explicit("explicit", UserWarning, "z.py", 9)
print([(str(w.message), w.category.__name__, w.lineno) for w in log], str(log[1]))
