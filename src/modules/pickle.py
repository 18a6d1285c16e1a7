"""pickle for quicken: protocols 0 to 5, writing the bytes CPython's C
pickler writes (opcode choice, memo numbering, framing), and reading any
of them."""

import sys
import copyreg
from copyreg import dispatch_table, _object_reduce_ex
from struct import pack, unpack
from itertools import islice

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = '_pickle'
del _c

# ---- opcodes ----
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'
TRUE = b'I01\n'
FALSE = b'I00\n'

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024

# Python 2 names of Python 3 globals (CPython's _compat_pickle, for the
# modules quicken has): pickles of protocols below 3 use them (fix_imports).
_NAME_MAPPING = {
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserDict', 'UserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('__builtin__', 'basestring'): ('builtins', 'str'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('exceptions', 'ArithmeticError'): ('builtins', 'ArithmeticError'),
    ('exceptions', 'AssertionError'): ('builtins', 'AssertionError'),
    ('exceptions', 'AttributeError'): ('builtins', 'AttributeError'),
    ('exceptions', 'BaseException'): ('builtins', 'BaseException'),
    ('exceptions', 'BufferError'): ('builtins', 'BufferError'),
    ('exceptions', 'BytesWarning'): ('builtins', 'BytesWarning'),
    ('exceptions', 'DeprecationWarning'): ('builtins', 'DeprecationWarning'),
    ('exceptions', 'EOFError'): ('builtins', 'EOFError'),
    ('exceptions', 'EnvironmentError'): ('builtins', 'EnvironmentError'),
    ('exceptions', 'Exception'): ('builtins', 'Exception'),
    ('exceptions', 'FloatingPointError'): ('builtins', 'FloatingPointError'),
    ('exceptions', 'FutureWarning'): ('builtins', 'FutureWarning'),
    ('exceptions', 'GeneratorExit'): ('builtins', 'GeneratorExit'),
    ('exceptions', 'IOError'): ('builtins', 'IOError'),
    ('exceptions', 'ImportError'): ('builtins', 'ImportError'),
    ('exceptions', 'ImportWarning'): ('builtins', 'ImportWarning'),
    ('exceptions', 'IndentationError'): ('builtins', 'IndentationError'),
    ('exceptions', 'IndexError'): ('builtins', 'IndexError'),
    ('exceptions', 'KeyError'): ('builtins', 'KeyError'),
    ('exceptions', 'KeyboardInterrupt'): ('builtins', 'KeyboardInterrupt'),
    ('exceptions', 'LookupError'): ('builtins', 'LookupError'),
    ('exceptions', 'MemoryError'): ('builtins', 'MemoryError'),
    ('exceptions', 'NameError'): ('builtins', 'NameError'),
    ('exceptions', 'NotImplementedError'): ('builtins', 'NotImplementedError'),
    ('exceptions', 'OSError'): ('builtins', 'OSError'),
    ('exceptions', 'OverflowError'): ('builtins', 'OverflowError'),
    ('exceptions', 'PendingDeprecationWarning'): ('builtins', 'PendingDeprecationWarning'),
    ('exceptions', 'ReferenceError'): ('builtins', 'ReferenceError'),
    ('exceptions', 'RuntimeError'): ('builtins', 'RuntimeError'),
    ('exceptions', 'RuntimeWarning'): ('builtins', 'RuntimeWarning'),
    ('exceptions', 'StandardError'): ('builtins', 'Exception'),
    ('exceptions', 'StopIteration'): ('builtins', 'StopIteration'),
    ('exceptions', 'SyntaxError'): ('builtins', 'SyntaxError'),
    ('exceptions', 'SyntaxWarning'): ('builtins', 'SyntaxWarning'),
    ('exceptions', 'SystemError'): ('builtins', 'SystemError'),
    ('exceptions', 'SystemExit'): ('builtins', 'SystemExit'),
    ('exceptions', 'TabError'): ('builtins', 'TabError'),
    ('exceptions', 'TypeError'): ('builtins', 'TypeError'),
    ('exceptions', 'UnboundLocalError'): ('builtins', 'UnboundLocalError'),
    ('exceptions', 'UnicodeDecodeError'): ('builtins', 'UnicodeDecodeError'),
    ('exceptions', 'UnicodeEncodeError'): ('builtins', 'UnicodeEncodeError'),
    ('exceptions', 'UnicodeError'): ('builtins', 'UnicodeError'),
    ('exceptions', 'UnicodeTranslateError'): ('builtins', 'UnicodeTranslateError'),
    ('exceptions', 'UnicodeWarning'): ('builtins', 'UnicodeWarning'),
    ('exceptions', 'UserWarning'): ('builtins', 'UserWarning'),
    ('exceptions', 'ValueError'): ('builtins', 'ValueError'),
    ('exceptions', 'Warning'): ('builtins', 'Warning'),
    ('exceptions', 'ZeroDivisionError'): ('builtins', 'ZeroDivisionError'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
}
_IMPORT_MAPPING = {
    'ConfigParser': 'configparser',
    'Queue': 'queue',
    'SocketServer': 'socketserver',
    'UserDict': 'collections',
    'UserList': 'collections',
    'UserString': 'collections',
    '__builtin__': 'builtins',
    '_abcoll': 'collections.abc',
    'copy_reg': 'copyreg',
    'repr': 'reprlib',
}
_REVERSE_NAME_MAPPING = {
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('builtins', 'ArithmeticError'): ('exceptions', 'ArithmeticError'),
    ('builtins', 'AssertionError'): ('exceptions', 'AssertionError'),
    ('builtins', 'AttributeError'): ('exceptions', 'AttributeError'),
    ('builtins', 'BaseException'): ('exceptions', 'BaseException'),
    ('builtins', 'BrokenPipeError'): ('exceptions', 'OSError'),
    ('builtins', 'BufferError'): ('exceptions', 'BufferError'),
    ('builtins', 'BytesWarning'): ('exceptions', 'BytesWarning'),
    ('builtins', 'ChildProcessError'): ('exceptions', 'OSError'),
    ('builtins', 'ConnectionAbortedError'): ('exceptions', 'OSError'),
    ('builtins', 'ConnectionError'): ('exceptions', 'OSError'),
    ('builtins', 'ConnectionRefusedError'): ('exceptions', 'OSError'),
    ('builtins', 'ConnectionResetError'): ('exceptions', 'OSError'),
    ('builtins', 'DeprecationWarning'): ('exceptions', 'DeprecationWarning'),
    ('builtins', 'EOFError'): ('exceptions', 'EOFError'),
    ('builtins', 'EnvironmentError'): ('exceptions', 'EnvironmentError'),
    ('builtins', 'Exception'): ('exceptions', 'Exception'),
    ('builtins', 'FileExistsError'): ('exceptions', 'OSError'),
    ('builtins', 'FileNotFoundError'): ('exceptions', 'OSError'),
    ('builtins', 'FloatingPointError'): ('exceptions', 'FloatingPointError'),
    ('builtins', 'FutureWarning'): ('exceptions', 'FutureWarning'),
    ('builtins', 'GeneratorExit'): ('exceptions', 'GeneratorExit'),
    ('builtins', 'IOError'): ('exceptions', 'IOError'),
    ('builtins', 'ImportError'): ('exceptions', 'ImportError'),
    ('builtins', 'ImportWarning'): ('exceptions', 'ImportWarning'),
    ('builtins', 'IndentationError'): ('exceptions', 'IndentationError'),
    ('builtins', 'IndexError'): ('exceptions', 'IndexError'),
    ('builtins', 'InterruptedError'): ('exceptions', 'OSError'),
    ('builtins', 'IsADirectoryError'): ('exceptions', 'OSError'),
    ('builtins', 'KeyError'): ('exceptions', 'KeyError'),
    ('builtins', 'KeyboardInterrupt'): ('exceptions', 'KeyboardInterrupt'),
    ('builtins', 'LookupError'): ('exceptions', 'LookupError'),
    ('builtins', 'MemoryError'): ('exceptions', 'MemoryError'),
    ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError'),
    ('builtins', 'NameError'): ('exceptions', 'NameError'),
    ('builtins', 'NotADirectoryError'): ('exceptions', 'OSError'),
    ('builtins', 'NotImplementedError'): ('exceptions', 'NotImplementedError'),
    ('builtins', 'OSError'): ('exceptions', 'OSError'),
    ('builtins', 'OverflowError'): ('exceptions', 'OverflowError'),
    ('builtins', 'PendingDeprecationWarning'): ('exceptions', 'PendingDeprecationWarning'),
    ('builtins', 'PermissionError'): ('exceptions', 'OSError'),
    ('builtins', 'ProcessLookupError'): ('exceptions', 'OSError'),
    ('builtins', 'ReferenceError'): ('exceptions', 'ReferenceError'),
    ('builtins', 'RuntimeError'): ('exceptions', 'RuntimeError'),
    ('builtins', 'RuntimeWarning'): ('exceptions', 'RuntimeWarning'),
    ('builtins', 'StopIteration'): ('exceptions', 'StopIteration'),
    ('builtins', 'SyntaxError'): ('exceptions', 'SyntaxError'),
    ('builtins', 'SyntaxWarning'): ('exceptions', 'SyntaxWarning'),
    ('builtins', 'SystemError'): ('exceptions', 'SystemError'),
    ('builtins', 'SystemExit'): ('exceptions', 'SystemExit'),
    ('builtins', 'TabError'): ('exceptions', 'TabError'),
    ('builtins', 'TimeoutError'): ('exceptions', 'OSError'),
    ('builtins', 'TypeError'): ('exceptions', 'TypeError'),
    ('builtins', 'UnboundLocalError'): ('exceptions', 'UnboundLocalError'),
    ('builtins', 'UnicodeDecodeError'): ('exceptions', 'UnicodeDecodeError'),
    ('builtins', 'UnicodeEncodeError'): ('exceptions', 'UnicodeEncodeError'),
    ('builtins', 'UnicodeError'): ('exceptions', 'UnicodeError'),
    ('builtins', 'UnicodeTranslateError'): ('exceptions', 'UnicodeTranslateError'),
    ('builtins', 'UnicodeWarning'): ('exceptions', 'UnicodeWarning'),
    ('builtins', 'UserWarning'): ('exceptions', 'UserWarning'),
    ('builtins', 'ValueError'): ('exceptions', 'ValueError'),
    ('builtins', 'Warning'): ('exceptions', 'Warning'),
    ('builtins', 'ZeroDivisionError'): ('exceptions', 'ZeroDivisionError'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
}
_REVERSE_IMPORT_MAPPING = {
    '_bz2': 'bz2',
    '_functools': 'functools',
    '_pickle': 'pickle',
    'builtins': '__builtin__',
    'collections.abc': '_abcoll',
    'configparser': 'ConfigParser',
    'copyreg': 'copy_reg',
    'queue': 'Queue',
    'reprlib': 'repr',
    'socketserver': 'SocketServer',
}


_FunctionType = type(lambda: None)
# Types not reachable by name, pickled as type(their only instance).
_SINGLETON_TYPES = {type(None): None, type(NotImplemented): NotImplemented, type(Ellipsis): Ellipsis}
_BuiltinType = type(len)


def _reduce_bytearray(obj, proto):
    if not obj:
        return bytearray, ()
    return bytearray, (bytes(obj),)


def _reduce_exception(obj, proto):
    d = getattr(obj, '__dict__', None)
    if d:
        return type(obj), obj.args, d
    return type(obj), obj.args


def _builtin_reductions():
    """Reductions of builtin and standard types whose own __reduce_ex__
    quicken does not have: what CPython's return, by exact type."""
    table = {
        complex: lambda o, p: (complex, (o.real, o.imag)),
        range: lambda o, p: (range, (o.start, o.stop, o.step)),
        slice: lambda o, p: (slice, (o.start, o.stop, o.step)),
        set: lambda o, p: (type(o), (list(o),), getattr(o, '__dict__', None) or None),
        frozenset: lambda o, p: (type(o), (list(o),), getattr(o, '__dict__', None) or None),
        bytearray: _reduce_bytearray,
        type(NotImplemented): lambda o, p: 'NotImplemented',
        type(Ellipsis): lambda o, p: 'Ellipsis',
    }
    try:
        import collections
    except ImportError:
        return table
    od, dq, dd, ct = collections.OrderedDict, collections.deque, collections.defaultdict, collections.Counter
    if getattr(od, '__reduce__', None) is None:
        table[od] = lambda o, p: (type(o), (), getattr(o, '__dict__', None) or None, None, iter(list(o.items())))
    if getattr(dq, '__reduce__', None) is None:
        table[dq] = lambda o, p: ((type(o), ((), o.maxlen), None, iter(o)) if o.maxlen is not None
                                  else (type(o), (), None, iter(o)))
    if getattr(dd, '__reduce__', None) is None:
        table[dd] = lambda o, p: (type(o), (o.default_factory,) if o.default_factory is not None else (),
                                  None, None, iter(o.items()))
    if getattr(ct, '__reduce__', None) is None:
        table[ct] = lambda o, p: (type(o), (dict(o),))
    return table


_BUILTIN_REDUCTIONS = None
_INHERITED_REDUCTIONS = (set, frozenset)


def _reduce(obj, proto):
    """obj.__reduce_ex__(proto), with CPython's reductions for the builtin
    types quicken's objects do not reduce themselves."""
    global _BUILTIN_REDUCTIONS
    cls = type(obj)
    reduce_ex = getattr(cls, '__reduce_ex__', None)
    if reduce_ex is not None and reduce_ex is not getattr(object, '__reduce_ex__', None):
        return obj.__reduce_ex__(proto)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not getattr(object, '__reduce__', None):
        return obj.__reduce__()
    if _BUILTIN_REDUCTIONS is None:
        _BUILTIN_REDUCTIONS = _builtin_reductions()
    special = _BUILTIN_REDUCTIONS.get(cls)
    if special is None and cls.__module__ != 'builtins':
        # Subclasses of set, frozenset and the collections types reduce
        # as their base does (with type(obj) and the instance dict).
        for base in cls.__mro__[1:]:
            if base in _INHERITED_REDUCTIONS:
                special = _BUILTIN_REDUCTIONS.get(base)
                break
    if special is not None:
        return special(obj, proto)
    if isinstance(obj, BaseException):
        return _reduce_exception(obj, proto)
    return _object_reduce_ex(obj, proto)


def _getattribute(obj, name):
    """obj.a.b for name 'a.b', and the parent of the last part."""
    parent = None
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute %r on %r" % (name, obj))
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module obj (named name) is defined in."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    if isinstance(obj, _BuiltinType):
        return 'builtins'
    return '__main__'


# ---- pickling ----

class _Pickler:
    """Writes pickles to file.write in CPython's exact byte layout."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._frame = None
        self._buffer_callback = buffer_callback

    def clear_memo(self):
        self.memo.clear()

    # --- output and framing ---

    def write(self, data):
        if self._frame is not None:
            self._frame.append(data)
            self._frame_len += len(data)
        else:
            self._file_write(data)

    def _commit_frame(self, force=False):
        """Writes the current frame when it reached the target size (or
        always, when forced), preceded by its FRAME header."""
        if self._frame is None or (not force and self._frame_len < _FRAME_SIZE_TARGET):
            return
        data = b''.join(self._frame)
        if len(data) >= _FRAME_SIZE_MIN:
            self._file_write(FRAME + pack('<Q', len(data)))
        if data:
            self._file_write(data)
        self._frame = []
        self._frame_len = 0

    def _write_large(self, header, payload):
        """A payload of a frame's size or more goes outside any frame."""
        if self._frame is None:
            self.write(header)
            self.write(payload)
            return
        self._commit_frame(force=True)
        self._file_write(header)
        self._file_write(payload)

    def dump(self, obj):
        """Writes the pickle of obj."""
        if not hasattr(self, '_file_write'):
            raise PicklingError('Pickler.__init__() was not called by %s.__init__()' % type(self).__name__)
        if self.proto >= 2:
            self.write(PROTO + pack('<B', self.proto))
        if self.proto >= 4:
            self._frame = []
            self._frame_len = 0
        self.save(obj)
        self.write(STOP)
        if self._frame is not None:
            self._commit_frame(force=True)
            self._frame = None

    # --- memo ---

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self._put(idx))
        self.memo[id(obj)] = idx, obj

    def _put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + pack('<B', idx)
            return LONG_BINPUT + pack('<I', idx)
        return PUT + repr(idx).encode('ascii') + b'\n'

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + pack('<B', idx)
            return LONG_BINGET + pack('<I', idx)
        return GET + repr(idx).encode('ascii') + b'\n'

    # --- the dispatcher ---

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self._commit_frame()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self._get(x[0]))
            return
        t = type(obj)
        f = _DISPATCH.get(t)
        if f is not None:
            f(self, obj)
            return
        rv = NotImplemented
        override = getattr(self, 'reducer_override', None)
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            table = getattr(self, 'dispatch_table', dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                if obj in _SINGLETON_TYPES:
                    self.save_reduce(type, (_SINGLETON_TYPES[obj],), obj=obj)
                else:
                    self.save_global(obj)
                return
            elif t is _FunctionType or t is _BuiltinType:
                self.save_global(obj)
                return
            else:
                rv = _reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('__reduce__ must return a string or tuple')
        if not (2 <= len(rv) <= 6):
            raise PicklingError('tuple returned by __reduce__ must contain 2 through 6 elements')
        self.save_reduce(*rv, obj=obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError('persistent IDs in protocol 0 must be ASCII strings')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by __reduce__ must be a tuple')
        if not callable(func):
            raise PicklingError('first item of the tuple returned by __reduce__ must be callable')
        save = self.save
        write = self.write
        func_name = getattr(func, '__name__', '')
        if self.proto >= 2 and func_name == '__newobj_ex__':
            cls, args, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj_ex__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj_ex__ args has the wrong class')
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == '__newobj__':
            if not args:
                raise PicklingError('__newobj__ arglist is empty')
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                # obj was pickled while pickling its own arguments: drop
                # what this built and fetch that one back.
                write(POP + self._get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # --- one saver per builtin type ---

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self.write(BININT1 + pack('<B', obj))
                elif 0 <= obj <= 0xffff:
                    self.write(BININT2 + pack('<H', obj))
                else:
                    self.write(BININT + pack('<i', obj))
            else:
                self.write(INT + repr(obj).encode('ascii') + b'\n')
            return
        if self.proto >= 2:
            encoded = _encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack('<B', n) + encoded)
            else:
                self.write(LONG4 + pack('<i', n) + encoded)
            return
        self.write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode, (str(obj, 'latin-1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack('<B', n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack('<Q', n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large(BINBYTES + pack('<I', n), obj)
        else:
            self.write(BINBYTES + pack('<I', n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(*_reduce_bytearray(obj, self.proto), obj=obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(BYTEARRAY8 + pack('<Q', n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + pack('<Q', n) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack('<B', n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + pack('<Q', n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large(BINUNICODE + pack('<I', n), encoded)
            else:
                self.write(BINUNICODE + pack('<I', n) + encoded)
        else:
            escaped = _raw_unicode_escape(obj)
            self.write(UNICODE + escaped + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self._get(memo[id(obj)][0]))
            else:
                self.write(_TUPLESIZE2CODE[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            # A recursive tuple: throw away the copy and fetch the memoized one.
            get = self._get(memo[id(obj)][0])
            if self.bin:
                self.write(POP_MARK + get)
            else:
                self.write(POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            batch = list(islice(it, _BATCHSIZE))
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = list(islice(it, _BATCHSIZE))
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = list(islice(it, _BATCHSIZE))
            if batch:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(ADDITEMS)
            if len(batch) < _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self._get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            found, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif '.' in name:
            # Protocols before 4 name one attribute: getattr(parent, last).
            dot = name.rfind('.')
            self.save_reduce(getattr, (parent, name[dot + 1:]))
        else:
            if self.fix_imports:
                if (module_name, name) in _REVERSE_NAME_MAPPING:
                    module_name, name = _REVERSE_NAME_MAPPING[(module_name, name)]
                elif module_name in _REVERSE_IMPORT_MAPPING:
                    module_name = _REVERSE_IMPORT_MAPPING[module_name]
            try:
                line = GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n'
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module_name, name, self.proto)) from None
            write(line)
        self.memoize(obj)


def _encode_long(x):
    """x as little-endian two's complement in the fewest bytes (LONG1/LONG4)."""
    n = (x.bit_length() >> 3) + 1
    encoded = x.to_bytes(n, 'little', signed=True)
    if x < 0 and n > 1 and encoded[-1] == 0xff and encoded[-2] & 0x80:
        encoded = encoded[:-1]
    return encoded


def _raw_unicode_escape(s):
    """Protocol 0's UNICODE text: raw-unicode-escape with backslash and
    newline characters escaped too."""
    out = []
    for ch in s:
        c = ord(ch)
        if c == 0x5c:
            out.append('\\u005c')
        elif c == 0x0a:
            out.append('\\u000a')
        elif c == 0x0d:
            out.append('\\u000d')
        elif c == 0x1a:
            out.append('\\u001a')
        elif c == 0:
            out.append('\\u0000')
        elif c < 0x100:
            out.append(ch)
        elif c < 0x10000:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(data):
    """Decodes raw-unicode-escape: latin-1 text in which \\uXXXX and
    \\UXXXXXXXX (after an odd number of backslashes) stand for characters."""
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        j = text.find('\\', i)
        if j < 0:
            out.append(text[i:])
            break
        out.append(text[i:j])
        k = j
        while k < n and text[k] == '\\':
            k += 1
        slashes = k - j
        if slashes % 2 == 1 and k < n and text[k] in 'uU':
            width = 4 if text[k] == 'u' else 8
            digits = text[k + 1:k + 1 + width]
            if len(digits) != width or any(c not in '0123456789abcdefABCDEF' for c in digits):
                raise UnicodeDecodeError('rawunicodeescape', data, j, k + 1 + len(digits),
                                         'truncated \\uXXXX escape' if width == 4 else 'truncated \\UXXXXXXXX escape')
            out.append('\\' * (slashes - 1))
            out.append(chr(int(digits, 16)))
            i = k + 1 + width
        else:
            out.append(text[j:k])
            i = k
    return ''.join(out)


_TUPLESIZE2CODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_DISPATCH = {
    type(None): _Pickler.save_none,
    bool: _Pickler.save_bool,
    int: _Pickler.save_long,
    float: _Pickler.save_float,
    bytes: _Pickler.save_bytes,
    bytearray: _Pickler.save_bytearray,
    str: _Pickler.save_str,
    tuple: _Pickler.save_tuple,
    list: _Pickler.save_list,
    dict: _Pickler.save_dict,
    set: _Pickler.save_set,
    frozenset: _Pickler.save_frozenset,
    _FunctionType: _Pickler.save_global,
}


# ---- unpickling ----

class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class _Unpickler:
    """Reads a pickle of any protocol from file.read/readline."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_read = file.read
        self._file_readline = file.readline
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0

    def read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def readline(self):
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return line

    def load(self):
        """Reads one pickled object."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError('Unpickler.__init__() was not called by %s.__init__()' % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        read = self._file_read
        dispatch = _LOAD_DISPATCH
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError('Ran out of input')
                op = dispatch.get(key[0])
                if op is None:
                    code = key[0]
                    shown = chr(code) if 0x20 <= code <= 0x7e else '\\x%02x' % code
                    raise UnpicklingError("invalid load key, '%s'." % shown)
                op(self)
        except _Stop as stop:
            return stop.value

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError('could not find MARK')
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            if self.metastack:
                raise UnpicklingError('unexpected MARK found')
            raise UnpicklingError('unpickling stack underflow')
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError('unpickling stack underflow')
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, but no persistent_load function was specified.')

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        __import__(module, level=0)
        mod = sys.modules[module]
        try:
            if self.proto >= 4:
                return _getattribute(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    # --- opcodes ---

    def load_proto(self):
        proto = self.read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError('unsupported pickle protocol: %d' % proto)
        self.proto = proto

    def load_frame(self):
        self.read(8)

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings')
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        self.append(self.persistent_load(self._pop()))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b'00\n':
            value = False
        elif data == b'01\n':
            value = True
        else:
            value = int(data, 0)
        self.append(value)

    def load_binint(self):
        self.append(unpack('<i', self.read(4))[0])

    def load_binint1(self):
        self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(unpack('<H', self.read(2))[0])

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self.read(1)[0]
        self.append(int.from_bytes(self.read(n), 'little', signed=True))

    def load_long4(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError('LONG pickle has negative byte count')
        self.append(int.from_bytes(self.read(n), 'little', signed=True))

    def load_float(self):
        self.append(float(self.readline()[:-1]))

    def load_binfloat(self):
        self.append(unpack('>d', self.read(8))[0])

    def _decode_string(self, value):
        if self.encoding == 'bytes':
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError('the STRING opcode argument must be quoted')
        import _codecs
        self.append(self._decode_string(_codecs.escape_decode(data)[0]))

    def load_binstring(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError('BINSTRING pickle has negative byte count')
        self.append(self._decode_string(self.read(n)))

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))

    def load_binbytes(self):
        n, = unpack('<I', self.read(4))
        self.append(self.read(n))

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))

    def load_binbytes8(self):
        n, = unpack('<Q', self.read(8))
        self.append(self.read(n))

    def load_bytearray8(self):
        n, = unpack('<Q', self.read(8))
        self.append(bytearray(self.read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given')
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError('not enough out-of-band buffers')
        self.append(buf)

    def load_readonly_buffer(self):
        pass

    def load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))

    def load_binunicode(self):
        n, = unpack('<I', self.read(4))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = unpack('<Q', self.read(8))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self._top(),)

    def load_tuple2(self):
        b = self._pop()
        a = self._pop()
        self.append((a, b))

    def load_tuple3(self):
        c = self._pop()
        b = self._pop()
        a = self._pop()
        self.append((a, b, c))

    def load_empty_list(self):
        self.append([])

    def load_empty_dict(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError('in constructor for %s: %s' % (klass.__name__, str(err)), err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode('ascii')
        name = self.readline()[:-1].decode('ascii')
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError('NEWOBJ class argument isn\'t a type object')
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode('utf-8')
        name = self.readline()[:-1].decode('utf-8')
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError('STACK_GLOBAL requires str')
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        key = copyreg._inverted_registry.get(code)
        if not key:
            raise ValueError('unregistered extension code %d' % code)
        obj = copyreg._extension_cache.get(code)
        if obj is None:
            obj = self.find_class(*key)
            copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self._load_ext(self.read(1)[0])

    def load_ext2(self):
        self._load_ext(unpack('<H', self.read(2))[0])

    def load_ext4(self):
        self._load_ext(unpack('<i', self.read(4))[0])

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self._top())

    def _memo_get(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError('Memo value not found at index %d' % idx) from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))

    def load_binget(self):
        self._memo_get(self.read(1)[0])

    def load_long_binget(self):
        self._memo_get(unpack('<I', self.read(4))[0])

    def load_put(self):
        idx = int(self.readline()[:-1])
        if idx < 0:
            raise ValueError('negative PUT argument')
        self.memo[idx] = self._top()

    def load_binput(self):
        self.memo[self.read(1)[0]] = self._top()

    def load_long_binput(self):
        idx, = unpack('<I', self.read(4))
        self.memo[idx] = self._top()

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
        else:
            append = target.append
            for item in items:
                append(item)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self._pop())


_LOAD_DISPATCH = {}
for _code, _name in ((MARK, 'mark'), (STOP, 'stop'), (POP, 'pop'), (POP_MARK, 'pop_mark'),
                     (DUP, 'dup'), (FLOAT, 'float'), (INT, 'int'), (BININT, 'binint'),
                     (BININT1, 'binint1'), (LONG, 'long'), (BININT2, 'binint2'), (NONE, 'none'),
                     (PERSID, 'persid'), (BINPERSID, 'binpersid'), (REDUCE, 'reduce'),
                     (STRING, 'string'), (BINSTRING, 'binstring'),
                     (SHORT_BINSTRING, 'short_binstring'), (UNICODE, 'unicode'),
                     (BINUNICODE, 'binunicode'), (APPEND, 'append'), (BUILD, 'build'),
                     (GLOBAL, 'global'), (DICT, 'dict'), (EMPTY_DICT, 'empty_dict'),
                     (APPENDS, 'appends'), (GET, 'get'), (BINGET, 'binget'), (INST, 'inst'),
                     (LONG_BINGET, 'long_binget'), (LIST, 'list'), (EMPTY_LIST, 'empty_list'),
                     (OBJ, 'obj'), (PUT, 'put'), (BINPUT, 'binput'), (LONG_BINPUT, 'long_binput'),
                     (SETITEM, 'setitem'), (TUPLE, 'tuple'), (EMPTY_TUPLE, 'empty_tuple'),
                     (SETITEMS, 'setitems'), (BINFLOAT, 'binfloat'), (PROTO, 'proto'),
                     (NEWOBJ, 'newobj'), (EXT1, 'ext1'), (EXT2, 'ext2'), (EXT4, 'ext4'),
                     (TUPLE1, 'tuple1'), (TUPLE2, 'tuple2'), (TUPLE3, 'tuple3'),
                     (NEWTRUE, 'true'), (NEWFALSE, 'false'), (LONG1, 'long1'), (LONG4, 'long4'),
                     (BINBYTES, 'binbytes'), (SHORT_BINBYTES, 'short_binbytes'),
                     (SHORT_BINUNICODE, 'short_binunicode'), (BINUNICODE8, 'binunicode8'),
                     (BINBYTES8, 'binbytes8'), (EMPTY_SET, 'empty_set'), (ADDITEMS, 'additems'),
                     (FROZENSET, 'frozenset'), (NEWOBJ_EX, 'newobj_ex'),
                     (STACK_GLOBAL, 'stack_global'), (MEMOIZE, 'memoize'), (FRAME, 'frame'),
                     (BYTEARRAY8, 'bytearray8'), (NEXT_BUFFER, 'next_buffer'),
                     (READONLY_BUFFER, 'readonly_buffer')):
    _LOAD_DISPATCH[_code[0]] = getattr(_Unpickler, 'load_' + _name)
del _code, _name


class _BytesSink:
    """The file dumps() writes to: the pieces, joined once at the end."""

    def __init__(self):
        self.parts = []
        self.write = self.parts.append


class _BytesSource:
    """The file loads() reads from."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        start = self.pos
        self.pos = start + n
        return self.data[start:start + n]

    def readline(self):
        start = self.pos
        end = self.data.find(b'\n', start)
        end = len(self.data) if end < 0 else end + 1
        self.pos = end
        return self.data[start:end]


class Pickler(_Pickler):
    pass


class Unpickler(_Unpickler):
    pass


Pickler.__module__ = '_pickle'
Unpickler.__module__ = '_pickle'


def _blocked_accelerator():
    import sys
    return '_pickle' in sys.modules and sys.modules['_pickle'] is None


if _blocked_accelerator():
    # As CPython's pickle.py when its C accelerator is blocked (sys.modules['_pickle']
    # = None, as pure-Python test and benchmark runs do): the Python classes themselves.
    Pickler, Unpickler = _Pickler, _Unpickler
    for _c in (PickleError, PicklingError, UnpicklingError):
        _c.__module__ = 'pickle'
    del _c


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes the pickle of obj to the open binary file."""
    _Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj as a bytes object."""
    sink = _BytesSink()
    _Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(sink.parts)


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """Reads one pickled object from the open binary file."""
    return _Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    """Reads one pickled object from a bytes-like object."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return _Unpickler(_BytesSource(bytes(data)), fix_imports=fix_imports, encoding=encoding,
                      errors=errors, buffers=buffers).load()
