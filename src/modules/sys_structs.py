# The parts of sys that CPython builds as struct sequences and namespaces:
# sys.version_info (a tuple with named fields), sys.implementation, sys.int_info.
# Run into the sys namespace when the module is created; the helper classes
# are left reachable only through type() of the values, as in CPython.

class version_info(tuple):
    __slots__ = ()
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0
    major = property(lambda self: self[0], doc="Major release number")
    minor = property(lambda self: self[1], doc="Minor release number")
    micro = property(lambda self: self[2], doc="Patch release number")
    releaselevel = property(lambda self: self[3], doc="'alpha', 'beta', 'candidate', or 'final'")
    serial = property(lambda self: self[4], doc="Serial release number")

    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % tuple(self))

    def __reduce__(self):
        return (tuple, (tuple(self),))

version_info.__module__ = "sys"
version_info = version_info((3, 11, 0, "final", 0))
hexversion = 0x030B00F0


class int_info(tuple):
    __slots__ = ()
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0
    bits_per_digit = property(lambda self: self[0])
    sizeof_digit = property(lambda self: self[1])
    default_max_str_digits = property(lambda self: self[2])
    str_digits_check_threshold = property(lambda self: self[3])

    def __repr__(self):
        return ("sys.int_info(bits_per_digit=%r, sizeof_digit=%r, default_max_str_digits=%r, "
                "str_digits_check_threshold=%r)" % tuple(self))

int_info.__module__ = "sys"
int_info = int_info((30, 4, 4300, 640))


class SimpleNamespace:
    # types.SimpleNamespace's behaviour, for sys.implementation (types imports nothing from here).
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ", ".join("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "namespace(%s)" % items

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

SimpleNamespace.__module__ = "types"
# quicken is its own implementation of the language (PEP 421): programs that test
# for 'cpython' to use CPython-only details take their portable path.
implementation = SimpleNamespace(name="quicken", cache_tag=None, version=version_info,
                                 hexversion=hexversion, _multiarch="x86_64-linux-gnu")
del SimpleNamespace

api_version = 1013
maxunicode = 0x10FFFF
float_repr_style = "short"
abiflags = ""

def getdefaultencoding():
    """Return the current default encoding used by the Unicode implementation."""
    return "utf-8"

def getfilesystemencoding():
    """Return the encoding used to convert Unicode filenames to OS filenames."""
    return "utf-8"

def getfilesystemencodeerrors():
    """Return the error mode used to convert Unicode filenames to OS filenames."""
    return "surrogateescape"
