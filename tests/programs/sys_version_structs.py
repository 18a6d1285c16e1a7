# sys.version_info with named fields, sys.hexversion, sys.implementation and the
# other interpreter facts that portable scripts and benchmark harnesses check.
import sys

vi = sys.version_info
print(vi.major, vi.minor, vi.releaselevel, vi.serial, vi[0], vi[:2], len(vi))
print(vi >= (3, 8), vi < (4,), vi[:2] == (3, 11), isinstance(vi, tuple), type(vi).__name__)
major, minor, *rest = vi
print("Python %d.%d" % (major, minor), "%d.%d" % vi[:2], rest[1:])
if sys.version_info >= (3, 11):
    print("3.11 features available")
print(repr(vi).startswith("sys.version_info(major=3, minor=11, micro="), tuple(vi)[3:])
print(sys.hexversion >> 16 == 0x030B, sys.hexversion & 0xFF == 0xF0, sys.hexversion >= 0x030800F0)

impl = sys.implementation
print(type(impl.name).__name__, impl.name == impl.name.lower(), impl.version[:2], impl.hexversion == sys.hexversion)
print(impl.version.major, hasattr(impl, "cache_tag"), repr(impl).startswith("namespace(name="))
IS_PYPY = impl.name == "pypy"
print("pypy" if IS_PYPY else "not pypy")

print(sys.maxunicode, sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.float_repr_style)
print(sys.int_info.bits_per_digit in (15, 30), sys.int_info.default_max_str_digits, sys.api_version > 1000)
try:
    vi.major = 4
except AttributeError as e:
    print("AttributeError")
