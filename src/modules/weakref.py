"""Weak references (quicken's `weakref`).

`ref` (also `ReferenceType`), `getweakrefcount` and `getweakrefs` come from
the native `_weakref`; proxies, the weak containers, `WeakMethod` and
`finalize` are built here on top of `ref` and its callbacks. The containers
check that their referents are alive when asked (a callback runs at the next
point where the interpreter may run Python code, not inside the statement
that dropped the last reference), and their callbacks tidy the storage.
"""

from _weakref import ref, getweakrefcount, getweakrefs, _remove_dead_weakref, _bind, _report

ReferenceType = ref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


# ---------------------------------------------------------------------------
# Proxies

def _target(p):
    obj = object.__getattribute__(p, "_proxy_ref")()
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


class ProxyType:
    """A proxy for a weakly referenced object: uses it as long as it lives."""

    __slots__ = ("_proxy_ref", "__weakref__")
    __module__ = "weakref"

    def __getattr__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_proxy_ref")()
        if obj is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __reversed__(self):
        return reversed(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __index__(self):
        return _target(self).__index__()

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __abs__(self):
        return abs(_target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __invert__(self):
        return ~_target(self)

    def __enter__(self):
        return _target(self).__enter__()

    def __exit__(self, *exc):
        return _target(self).__exit__(*exc)


def _unwrap(x):
    return _target(x) if isinstance(x, ProxyType) else x


def _forward(op):
    def left(self, other):
        return op(_target(self), _unwrap(other))

    def right(self, other):
        return op(_unwrap(other), _target(self))

    return left, right


def _install_operators():
    import operator
    for name, op in [("add", operator.add), ("sub", operator.sub), ("mul", operator.mul),
                     ("truediv", operator.truediv), ("floordiv", operator.floordiv),
                     ("mod", operator.mod), ("pow", operator.pow), ("lshift", operator.lshift),
                     ("rshift", operator.rshift), ("and", operator.and_), ("or", operator.or_),
                     ("xor", operator.xor), ("matmul", operator.matmul)]:
        left, right = _forward(op)
        setattr(ProxyType, "__%s__" % name, left)
        setattr(ProxyType, "__r%s__" % name, right)
    for name, op in [("eq", operator.eq), ("ne", operator.ne), ("lt", operator.lt),
                     ("le", operator.le), ("gt", operator.gt), ("ge", operator.ge)]:
        setattr(ProxyType, "__%s__" % name, _forward(op)[0])
    for name, op in [("iadd", operator.iadd), ("isub", operator.isub), ("imul", operator.imul),
                     ("itruediv", operator.itruediv), ("ifloordiv", operator.ifloordiv),
                     ("imod", operator.imod)]:
        def inplace(self, other, op=op):
            target = _target(self)
            result = op(target, _unwrap(other))
            if result is not target:
                raise TypeError("in-place operation on a proxy must keep the object")
            return self
        setattr(ProxyType, "__%s__" % name, inplace)


_install_operators()


class CallableProxyType(ProxyType):
    """A proxy for a weakly referenced callable."""

    __slots__ = ()
    __module__ = "weakref"

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.CallableProxyType'")

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy of `obj`; `callback(proxy)` is called when `obj` dies."""
    cls = CallableProxyType if callable(obj) else ProxyType
    p = object.__new__(cls)
    if callback is None:
        r = ref(obj)
    else:
        me = ref(p)

        def died(_):
            p2 = me()
            if p2 is not None:
                callback(p2)

        r = ref(obj, died)
    object.__setattr__(p, "_proxy_ref", r)
    return p


# ---------------------------------------------------------------------------
# WeakMethod

class WeakMethod(ref):
    """A weak reference to a bound method: it dies when either the receiver
    or the function does (a bound method made on the fly would die at once)."""

    def __new__(cls, meth, callback=None):
        try:
            receiver = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def part_died(_):
            self = self_ref()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, receiver, part_died)
        self._func_ref = ref(func, part_died)
        self._alive = True
        self_ref = ref(self)
        return self

    def __call__(self):
        receiver = ref.__call__(self)
        func = self._func_ref()
        if receiver is None or func is None:
            return None
        return _bind(func, receiver)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = ref.__hash__


# ---------------------------------------------------------------------------
# Containers

class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under."""

    def __new__(cls, obj, callback, key):
        self = ref.__new__(cls, obj, callback)
        self.key = key
        return self


class _WeakMapping:
    """What WeakValueDictionary and WeakKeyDictionary share: everything
    read through `_live()` (the (key, value) pairs whose referents are
    alive) and the bulk updates, over a dict in `self.data`."""

    def __iter__(self):
        for key, _ in self._live():
            yield key

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        return [key for key, _ in self._live()]

    def values(self):
        return [value for _, value in self._live()]

    def items(self):
        return list(self._live())

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, "items"):
                other = other.items()
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        new = type(self)()
        for key, value in self._live():
            new[key] = value
        return new

    __copy__ = copy


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value
    dies."""

    def __init__(self, other=(), /, **kwargs):
        self_ref = ref(self)

        def remove(wr):
            me = self_ref()
            if me is not None:
                _remove_dead_weakref(me.data, wr.key)

        self._remove = remove
        self.data = {}
        self.update(other, **kwargs)

    def _live(self):
        for key, wr in list(self.data.items()):
            value = wr()
            if value is not None:
                yield key, value

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            wr = self.data[key]
        except KeyError:
            return False
        return wr() is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        yield from list(self.data.values())

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    _missing = object()

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (1 + len(default)))
        value = self.data.pop(key, None)
        value = value() if value is not None else None
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def __eq__(self, other):
        if isinstance(other, WeakValueDictionary):
            return dict(self._live()) == dict(other._live())
        return dict(self._live()) == other


def _holds_live_ref(self, obj):
    """`in` for WeakKeyDictionary and WeakSet, whose `data` holds the refs
    themselves: False for objects that cannot be weakly referenced."""
    try:
        wr = ref(obj)
    except TypeError:
        return False
    return wr in self.data


def _count_live_refs(self):
    """len() for WeakKeyDictionary and WeakSet: the refs still alive."""
    return sum(1 for wr in list(self.data) if wr() is not None)


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self_ref = ref(self)

        def remove(wr):
            me = self_ref()
            if me is not None:
                try:
                    del me.data[wr]
                except KeyError:
                    pass

        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _live(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    __contains__ = _holds_live_ref
    __len__ = _count_live_refs

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value


class WeakSet:
    """A set whose items are held weakly: an item goes when it dies."""

    def __init__(self, data=None):
        self_ref = ref(self)

        def remove(wr):
            me = self_ref()
            if me is not None:
                me.data.discard(wr)

        self._remove = remove
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    __len__ = _count_live_refs
    __contains__ = _holds_live_ref

    def __repr__(self):
        return "{%s}" % ", ".join(repr(x) for x in self) if len(self) else "%s()" % type(self).__name__

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def difference(self, other):
        return type(self)(x for x in self if x not in other)

    __sub__ = difference

    def intersection(self, other):
        return type(self)(x for x in self if x in other)

    __and__ = intersection

    def issubset(self, other):
        return all(x in other for x in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(x in self for x in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) == set(other)


# ---------------------------------------------------------------------------
# finalize

class _FinalizeInfo:
    """What a live `finalize` waits to do (kept in its registry entry)."""

    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")


class finalize:
    """`finalize(obj, func, *args, **kwargs)`: calls `func(*args, **kwargs)`
    once, when `obj` dies, when the finalizer is called, or at exit (while
    `atexit` is true), whichever comes first."""

    _registry = {}
    _counter = 0
    # Set once the program's end ran the pending finalizers: those left
    # (`atexit` false) never run.
    _shutdown = False

    def __init__(self, obj, func, /, *args, **kwargs):
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter += 1
        info.index = finalize._counter
        finalize._registry[self] = info

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None) is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        # Newest first, as CPython runs them; those with `atexit` false are
        # left alone.
        pending = sorted((f for f, info in list(cls._registry.items()) if info.atexit),
                         key=lambda f: cls._registry[f].index)
        try:
            while pending:
                f = pending.pop()
                try:
                    f()
                except Exception as e:
                    _report(e)
        finally:
            cls._shutdown = True
