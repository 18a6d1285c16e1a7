# functools for quicken. `reduce` and the memoizing object behind
# `lru_cache` (`_lru_cache_wrapper`) are native (functools.rs); the rest
# is written here in plain Python.

import sys

__all__ = ("update_wrapper wraps WRAPPER_ASSIGNMENTS WRAPPER_UPDATES total_ordering cache "
           "cmp_to_key lru_cache reduce partial partialmethod singledispatch "
           "singledispatchmethod cached_property").split()

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ("__dict__",)

_absent = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    # Copied attributes are optional on `wrapped`: builtins lack some.
    for name in assigned:
        value = getattr(wrapped, name, _absent)
        if value is not _absent:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last so that a `__wrapped__` copied from `wrapped.__dict__` does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


# ---------------------------------------------------------------- partial

_PARTIAL_FIELDS = ('func', 'args', 'keywords')


class partial:
    __slots__ = _PARTIAL_FIELDS + ('__dict__', '__weakref__')

    # __new__ and __call__ are native (functools.rs).

    def __repr__(self):
        parts = [repr(self.func)]
        for value in self.args:
            parts.append(repr(value))
        for key, value in self.keywords.items():
            parts.append(f"{key}={value!r}")
        kind = type(self)
        prefix = "functools.partial" if kind is partial else kind.__name__
        return prefix + "(" + ", ".join(parts) + ")"

    def __reduce__(self):
        # The instance dict may also hold the three fields; the namespace
        # saved is the attributes beyond them.
        extra = {k: v for k, v in self.__dict__.items() if k not in _PARTIAL_FIELDS}
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, extra or None))

    def __setstate__(self, state):
        # Unpickling: what __reduce__ saved, checked as CPython checks it.
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self.func = func
        self.args = tuple(args)
        self.keywords = {} if kwds is None else dict(kwds)
        if namespace:
            self.__dict__.update(namespace)


def _check_method_target(func):
    # Anything callable, or a descriptor such as classmethod.
    if callable(func) or hasattr(func, "__get__"):
        return
    raise TypeError(f"{func!r} is not callable or a descriptor")


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        _check_method_target(func)
        front, extra = args, keywords
        if isinstance(func, partialmethod):
            # Fold a partialmethod of a partialmethod into one.
            front = func.args + front
            extra = dict(func.keywords, **extra)
            func = func.func
        self.func, self.args, self.keywords = func, front, extra

    def __repr__(self):
        shown = [repr(self.func)]
        shown.extend(map(repr, self.args))
        shown.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        kind = type(self)
        return f"{kind.__module__}.{kind.__qualname__}({', '.join(shown)})"

    def _as_function(self):
        # Used when binding `func` gives nothing new (a plain function looked
        # up on the class): a function that puts the receiver first.
        func, front, extra = self.func, self.args, self.keywords

        def unbound(receiver, /, *more, **named):
            return func(receiver, *front, *more, **dict(extra, **named))
        unbound.__isabstractmethod__ = self.__isabstractmethod__
        return unbound

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, "__self__", _absent)
                if owner is not _absent:
                    result.__self__ = owner
                return result
        return self._as_function().__get__(obj, cls)

    __isabstractmethod__ = property(lambda self: _abstract_flag(self.func))


def _abstract_flag(func):
    try:
        return func.__isabstractmethod__
    except AttributeError:
        return False


# ---------------------------------------------------------------- caching

def _cache_info_type():
    # Made on first use: importing collections (for namedtuple) is most of
    # the cost of importing this module, and most programs never cache.
    global _CacheInfo
    try:
        return _CacheInfo
    except NameError:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", "hits misses maxsize currsize")
        return _CacheInfo


def __getattr__(name):
    # `functools._CacheInfo` before any cache was made.
    if name == "_CacheInfo":
        return _cache_info_type()
    raise AttributeError(f"module 'functools' has no attribute '{name}'")


def _memoize(func, limit, typed):
    return update_wrapper(_lru_cache_wrapper(func, limit, typed, _cache_info_type()), func)


def lru_cache(maxsize=128, typed=False):
    if maxsize is not None and not isinstance(maxsize, int):
        if callable(maxsize) and isinstance(typed, bool):
            # Used bare, as `@lru_cache`: the function came in place of the size.
            return _memoize(maxsize, 128, typed)
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    limit = maxsize if maxsize is None or maxsize > 0 else 0
    return lambda func: _memoize(func, limit, typed)


def cache(user_function, /):
    return _memoize(user_function, None, False)


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, "__doc__")

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            store = None
        if store is None:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {name!r} property."
            ) from None
        value = store.get(name, _absent)
        if value is _absent:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {name!r} property."
                ) from None
        return value

    def __class_getitem__(cls, item):
        return cls


# ---------------------------------------------------------------- ordering

def cmp_to_key(mycmp):
    class KeyWrapper:
        __slots__ = ('obj',)
        __hash__ = None

        def __init__(self, obj):
            self.obj = obj

        def __lt__(a, b):
            return mycmp(a.obj, b.obj) < 0

        def __le__(a, b):
            return mycmp(a.obj, b.obj) <= 0

        def __eq__(a, b):
            return mycmp(a.obj, b.obj) == 0

        def __ge__(a, b):
            return mycmp(a.obj, b.obj) >= 0

        def __gt__(a, b):
            return mycmp(a.obj, b.obj) > 0

    return KeyWrapper


# The four rich comparisons, each with its mirror (a < b is b > a) and its
# complement (a < b is not a >= b, for a total order).
_ORDER_OPS = ('__lt__', '__le__', '__gt__', '__ge__')   # preference when several are given
_MIRROR = {'__lt__': '__gt__', '__gt__': '__lt__', '__le__': '__ge__', '__ge__': '__le__'}
_COMPLEMENT = {'__lt__': '__ge__', '__ge__': '__lt__', '__le__': '__gt__', '__gt__': '__le__'}
_STRICT = ('__lt__', '__gt__')


def _derived_comparison(given, wanted):
    # Builds `wanted` out of `given` (looked up on the operand's type at each
    # call) plus == / != where strictness differs.
    strict = given in _STRICT
    if wanted == _COMPLEMENT[given]:
        def compare(self, other):
            r = getattr(type(self), given)(self, other)
            return r if r is NotImplemented else not r
    elif wanted == _MIRROR[given]:
        if strict:      # a > b  ==  not (a < b) and a != b
            def compare(self, other):
                r = getattr(type(self), given)(self, other)
                return r if r is NotImplemented else (not r and self != other)
        else:           # a >= b  ==  not (a <= b) or a == b
            def compare(self, other):
                r = getattr(type(self), given)(self, other)
                return r if r is NotImplemented else (not r or self == other)
    elif strict:        # a <= b  ==  a < b or a == b
        def compare(self, other):
            r = getattr(type(self), given)(self, other)
            return r if r is NotImplemented else (r or self == other)
    else:               # a < b  ==  a <= b and a != b
        def compare(self, other):
            r = getattr(type(self), given)(self, other)
            return r if r is NotImplemented else (r and self != other)
    compare.__name__ = compare.__qualname__ = f"_{wanted[2:4]}_from_{given[2:4]}"
    return compare


def total_ordering(cls):
    defined = [op for op in _ORDER_OPS
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    given = defined[0]
    for op in _ORDER_OPS:
        if op not in defined:
            setattr(cls, op, _derived_comparison(given, op))
    return cls


# ---------------------------------------------------------------- single dispatch

def _is_union(obj):
    from types import UnionType
    if isinstance(obj, UnionType):
        return True
    # typing.Union[...] can only exist once typing has been imported.
    typing = sys.modules.get('typing')
    return typing is not None and getattr(obj, "__origin__", None) is typing.Union


def _union_members(obj):
    return getattr(obj, "__args__", ())


def _best_registered(kind, registry):
    # The implementation for `kind`: the first class of its MRO that has one;
    # failing that, the most specific registered class `kind` is a virtual
    # subclass of (abstract base classes).
    mro = getattr(kind, "__mro__", (kind, object))
    for base in mro:
        if base in registry and base is not object:
            return registry[base]
    best = None
    for candidate in registry:
        if candidate is object or candidate in mro:
            continue
        if not issubclass(kind, candidate):
            continue
        if best is None or issubclass(candidate, best):
            best = candidate
        elif not issubclass(best, candidate):
            raise RuntimeError(f"Ambiguous dispatch: {best} or {candidate}")
    if best is not None:
        return registry[best]
    return registry.get(object)


def singledispatch(func):
    from types import MappingProxyType
    registry = {object: func}
    resolved = {}

    def dispatch(cls):
        impl = resolved.get(cls)
        if impl is None:
            impl = _best_registered(cls, registry)
            resolved[cls] = impl
        return impl

    def register(cls, func=None):
        if isinstance(cls, type) or _is_union(cls):
            if func is None:
                def register_later(impl):
                    return register(cls, impl)
                return register_later
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type.")
            # `@register` on an annotated function: the first annotated
            # parameter gives the class.
            func = cls
            hints = dict(getattr(func, "__annotations__", None) or {})
            hints.pop("return", None)
            if not hints:
                raise TypeError(
                    f"Invalid first argument to `register()`: {func!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            argname, cls = next(iter(hints.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, "__globals__", {}))
            if not (isinstance(cls, type) or _is_union(cls)):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. {cls!r} is not a class."
                )
        targets = _union_members(cls) if _is_union(cls) else (cls,)
        for target in targets:
            registry[target] = func
        resolved.clear()
        return func

    label = getattr(func, "__name__", "singledispatch function")

    def generic(*args, **kwargs):
        if args:
            return dispatch(args[0].__class__)(*args, **kwargs)
        raise TypeError(f"{label} requires at least 1 positional argument")

    generic.register, generic.dispatch = register, dispatch
    generic.registry = MappingProxyType(registry)
    generic._clear_cache = resolved.clear
    return update_wrapper(generic, func)


class singledispatchmethod:
    def __init__(self, func):
        _check_method_target(func)
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        pick = self.dispatcher.dispatch

        # Chooses by the first argument after the receiver, then binds the
        # chosen implementation (which may be a classmethod) like `func`.
        def bound(*args, **kwargs):
            return pick(args[0].__class__).__get__(obj, cls)(*args, **kwargs)

        bound.__isabstractmethod__ = self.__isabstractmethod__
        bound.register = self.register
        return update_wrapper(bound, self.func)

    __isabstractmethod__ = property(lambda self: _abstract_flag(self.func))
