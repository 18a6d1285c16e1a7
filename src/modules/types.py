"""types for quicken: the classes of builtin objects, SimpleNamespace,
MappingProxyType, and the runtime forms of `list[int]` (GenericAlias) and
`int | str` (UnionType)."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
del _f, _g, _C


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{'namespace' if type(self) is SimpleNamespace else type(self).__name__}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


SimpleNamespace.__module__ = "types"


class MappingProxyType:
    """A read-only view of a mapping."""

    def __init__(self, mapping):
        if not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | other

    def __ror__(self, other):
        return other | dict(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __str__(self):
        return str(self._mapping)


MappingProxyType.__name__ = MappingProxyType.__qualname__ = "mappingproxy"


def _type_repr(obj):
    """How a generic alias shows one of its arguments (CPython's rule)."""
    if obj is Ellipsis:
        return "..."
    if obj is NoneType:
        return "None"
    if _is_typevar_like(obj):
        return repr(obj)
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    if hasattr(obj, "__origin__") and hasattr(obj, "__args__"):
        return repr(obj)
    qualname = getattr(obj, "__qualname__", None)
    module = getattr(obj, "__module__", None)
    if qualname is None or module is None or isinstance(obj, FunctionType):
        return repr(obj)
    if module == "builtins":
        return qualname
    return f"{module}.{qualname}"


def _is_typevar_like(obj):
    return getattr(type(obj), "_is_type_parameter", False)


def _collect_parameters(args):
    """The type variables among `args`, in order of first appearance."""
    params = []
    for a in args:
        if _is_typevar_like(a):
            if a not in params:
                params.append(a)
        elif isinstance(a, list):
            for p in _collect_parameters(a):
                if p not in params:
                    params.append(p)
        else:
            for p in getattr(a, "__parameters__", ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(arg, subst):
    if _is_typevar_like(arg):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    params = getattr(arg, "__parameters__", ())
    if params and hasattr(arg, "__getitem__") and not isinstance(arg, type):
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


class GenericAlias:
    """`list[int]`: a builtin class subscripted with type arguments."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self.__unpacked__ = False

    def __repr__(self):
        if not self.__args__:
            body = "()"
        else:
            body = ", ".join(_type_repr(a) for a in self.__args__)
        return f"{_type_repr(self.__origin__)}[{body}]"

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(items) > len(self.__parameters__) else 'few'} arguments for {self!r}; "
                            f"actual {len(items)}, expected {len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, items))
        return GenericAlias(self.__origin__, tuple(_substitute(a, subst) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union(left, right):
    """`left | right` for classes and aliases; NotImplemented for anything else."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for side in (left, right):
        parts = side.__args__ if isinstance(side, UnionType) else (side,)
        for p in parts:
            if p is None:
                p = NoneType
            if p not in args:
                args.append(p)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class UnionType:
    """`int | str`: the union of classes written with `|`."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(items, tuple):
            items = (items,)
        subst = dict(zip(self.__parameters__, items))
        result = None
        for a in self.__args__:
            a = _substitute(a, subst)
            result = a if result is None else result | a
        return result

    def _classes(self, fname):
        for a in self.__args__:
            if not isinstance(a, type):
                raise TypeError(f"{fname}() argument 2 cannot contain a parameterized generic")
        return self.__args__

    def __instancecheck__(self, obj):
        return isinstance(obj, self._classes("isinstance"))

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._classes("issubclass"))


for _cls in (GenericAlias, UnionType, MappingProxyType):
    _cls.__module__ = "types"
del _cls


def resolve_bases(bases):
    """Replaces the bases that define `__mro_entries__` by what it returns."""
    new_bases = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            new_bases.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            new_bases.append(base)
            continue
        result = entries(bases)
        if not isinstance(result, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        changed = True
        new_bases.extend(result)
    return tuple(new_bases) if changed else bases


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would, filling its namespace with `exec_body`."""
    resolved = resolve_bases(bases)
    meta = type
    if kwds and "metaclass" in kwds:
        kwds = dict(kwds)
        meta = kwds.pop("metaclass")
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **(kwds or {}))

