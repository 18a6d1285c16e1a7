"""copyreg for quicken: the reduction registry pickle and copy consult, and the
reconstructors the default object reduction names."""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension', 'clear_extension_cache']

dispatch_table = {}

# Extension codes (protocol 2's EXT opcodes); kept for the API, rarely used.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers pickle_function as the reduction of instances of ob_type."""
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError('constructors must be callable')


def _reconstructor(cls, base, state):
    """Rebuilds an instance reduced with protocol 0 or 1."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of cls and its bases (private names mangled)."""
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    if hasattr(cls, '__slots__'):
        for c in cls.__mro__:
            if '__slots__' not in c.__dict__:
                continue
            slots = c.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = c.__name__.lstrip('_')
                    if stripped:
                        name = '_%s%s' % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError('code out of range')
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError('key %s is already registered with code %s' % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError('code %s is already in use for key %s' % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError('key %s is not registered with code %s' % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()


# ---- the default reduction (CPython's object.__reduce_ex__) ----

def _first_builtin_base(cls):
    """The first class in cls's MRO that is a builtin type (object at last)."""
    for base in cls.__mro__:
        if base.__module__ == 'builtins':
            return base
    return object


def _default_state(obj):
    """object.__getstate__: the instance dict (None when empty), paired with
    the set slots when there are any."""
    cls = type(obj)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return obj.__getstate__()
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _cannot_pickle(obj):
    return TypeError('cannot pickle %r object' % type(obj).__name__)


def _reduce_newobj(obj):
    """Protocol 2+ reduction: cls.__new__(cls, *args) then the state."""
    cls = type(obj)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        value = getnewargs_ex()
        if not isinstance(value, tuple):
            raise TypeError('__getnewargs_ex__ should return a tuple, not %r' % type(value).__name__)
        if len(value) != 2:
            raise ValueError('__getnewargs_ex__ should return a tuple of length 2, not %d' % len(value))
        args, kwargs = value
        if not isinstance(args, tuple):
            raise TypeError('first item of the tuple returned by __getnewargs_ex__ must be a tuple, not %r' % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError('second item of the tuple returned by __getnewargs_ex__ must be a dict, not %r' % type(kwargs).__name__)
        has_args = True
    else:
        kwargs = None
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError('__getnewargs__ should return a tuple, not %r' % type(args).__name__)
            has_args = True
        else:
            args = ()
            has_args = False
    base = _first_builtin_base(cls)
    if not has_args and base not in (object, list, dict) and not isinstance(obj, BaseException):
        raise _cannot_pickle(obj)
    if not has_args and base is object and not hasattr(obj, '__dict__') and not _slotnames(cls):
        raise _cannot_pickle(obj)
    state = _default_state(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return __newobj__, (cls,) + args, state, listitems, dictitems


def _reduce_ex(obj, proto):
    """Protocol 0/1 reduction: _reconstructor(cls, base, base(obj)) then the
    instance dict."""
    cls = type(obj)
    base = _first_builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise _cannot_pickle(obj)
        state = base(obj)
    args = (cls, base, state)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        d = obj.__getstate__()
    else:
        if _slotnames(cls):
            raise TypeError('a class that defines __slots__ without defining __getstate__ cannot be pickled')
        d = getattr(obj, '__dict__', None)
    if d:
        return _reconstructor, args, d
    return _reconstructor, args


def _object_reduce_ex(obj, proto):
    """What object.__reduce_ex__(proto) returns for obj: the class's own
    __reduce__ when it has one, else the default reductions."""
    reduce = getattr(type(obj), '__reduce__', None)
    if reduce is not None and reduce is not getattr(object, '__reduce__', None):
        return obj.__reduce__()
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)
