"""warnings: the report on stderr names the warning's file and line (stacklevel picks the caller) with its source line."""
import io
import sys
import warnings
from contextlib import redirect_stderr


def old_api():
    warnings.warn("old_api() is deprecated", DeprecationWarning, stacklevel=2)


def helper():
    warnings.warn("from helper")


err = io.StringIO()
with redirect_stderr(err):
    warnings.warn("top level")
    helper()
    old_api()
    old_api()                       # the same location: shown once ('default')
    for i in range(2):
        warnings.warn("in a loop", RuntimeWarning)
    warnings.warn("deep", stacklevel=50)
text = err.getvalue().replace(__file__, "FILE")
print(text)
