"""typing for quicken: the names scripts annotate with, usable at run time with
CPython 3.11's reprs and checks: special forms (Any, Union, Optional, Literal,
ClassVar, Final, ...), generic aliases of the builtin and abstract collection
classes (List[int], Dict[str, int], Callable[[int], str], ...), TypeVar,
Generic, Protocol, NamedTuple, TypedDict, NewType, overload, cast and
get_type_hints."""

import sys
import types
import functools
import collections
import collections.abc as _abc
from abc import ABCMeta, abstractmethod

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef", "Generic",
    "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar", "TypeVarTuple",
    "Union", "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable", "ItemsView",
    "Iterable", "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping",
    "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView", "Awaitable",
    "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator",
    "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex",
    "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter",
    "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple",
    "TypedDict", "Generator", "BinaryIO", "IO", "Match", "Pattern", "TextIO", "AnyStr",
    "assert_type", "assert_never", "cast", "clear_overloads", "dataclass_transform", "final",
    "get_args", "get_origin", "get_overloads", "get_type_hints", "is_typeddict", "LiteralString",
    "Never", "NewType", "no_type_check", "no_type_check_decorator", "NoReturn", "NotRequired",
    "overload", "ParamSpecArgs", "ParamSpecKwargs", "Required", "reveal_type",
    "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack",
]

TYPE_CHECKING = False


def _type_repr(obj):
    """How typing shows a type inside a subscription."""
    if isinstance(obj, types.GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


def _pair_namespaces(globalns, localns, fallback):
    """Either namespace stands for the other when only one is given."""
    if globalns is None and localns is None:
        return fallback, fallback
    return (localns if globalns is None else globalns), (globalns if localns is None else localns)


def _type_convert(arg, module=None):
    """None becomes NoneType and a string a ForwardRef."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    return arg


def _type_check(arg, msg, *, allow_special_forms=False):
    """Checks that `arg` may stand as a type argument (after conversion).
    ClassVar and Final are only accepted where a class body allows them."""
    arg = _type_convert(arg)
    qualifiers = () if allow_special_forms else (ClassVar, Final)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol, *qualifiers):
        raise TypeError(f"{arg} is not valid as type argument")
    bare_forms_ok = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)
    if arg in bare_forms_ok or (arg in (ClassVar, Final) and not qualifiers):
        return arg
    if arg is Generic or arg is Protocol or isinstance(arg, _SpecialForm):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _as_tuple(value):
    """Subscriptions with one argument pass it bare; typing wants a tuple."""
    return value if isinstance(value, tuple) else (value,)


def _is_param(obj):
    return isinstance(obj, (TypeVar, ParamSpec, TypeVarTuple))


def _params_in(args):
    """The type variables in `args`, in first-appearance order."""
    found = []
    for a in args:
        if isinstance(a, type) and not isinstance(a, types.GenericAlias):
            continue
        if _is_param(a):
            nested = (a,)
        elif isinstance(a, (list, tuple)):
            nested = _params_in(a)
        else:
            nested = getattr(a, "__parameters__", ())
        found.extend(_dedup(p for p in nested if p not in found))
    return tuple(found)


def _substitute(arg, subst):
    if _is_param(arg):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    params = getattr(arg, "__parameters__", ())
    if params and not isinstance(arg, type):
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


def _check_count(alias, params, expected):
    if len(params) != expected:
        raise TypeError(f"Too {'many' if len(params) > expected else 'few'} arguments for {alias}; "
                        f"actual {len(params)}, expected {expected}")


def _dedup(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


class _Final:
    """Typing's own classes cannot be subclassed by users."""
    __slots__ = ()

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class _NotIterable:
    __iter__ = None


# ---------------------------------------------------------------- special forms

class _SpecialForm(_Final, _NotIterable, _root=True):
    """A bare special form (`typing.Union`, `typing.ClassVar`): its subscription
    is computed by the function it was made from."""

    def __init__(self, subscript):
        self._getitem = subscript
        self._name = subscript.__name__
        self.__doc__ = subscript.__doc__

    def __getattr__(self, attr):
        # Forms pose as functions for their name only.
        if attr == "__name__" or attr == "__qualname__":
            return self._name
        raise AttributeError(attr)

    def __mro_entries__(self, bases):
        _refuse_subclassing(self)

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, instance):
        _refuse_check(self, "isinstance")

    def __subclasscheck__(self, klass):
        _refuse_check(self, "issubclass")

    def __getitem__(self, args):
        return self._getitem(self, args)


def _refuse_check(form, check):
    raise TypeError(f"{form} cannot be used with {check}()")


def _refuse_subclassing(form):
    raise TypeError(f"Cannot subclass {form!r}")


class _AnyMeta(type):
    def __instancecheck__(self, instance):
        if self is Any:
            _refuse_check(self, "isinstance")
        return type.__instancecheck__(self, instance)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _unsubscriptable(name, doc):
    """A special form that stands alone: `NoReturn`, `Self`, ..."""
    def subscript(form, args):
        raise TypeError(f"{form} is not subscriptable")
    subscript.__name__, subscript.__doc__ = name, doc
    return _SpecialForm(subscript)


NoReturn = _unsubscriptable("NoReturn", "The type of functions that never return.")
Never = _unsubscriptable("Never", "The bottom type: no value has it.")
Self = _unsubscriptable("Self", "The type of the enclosing class's instance.")
LiteralString = _unsubscriptable("LiteralString", "Strings built from literals only.")
TypeAlias = _unsubscriptable("TypeAlias", "Marks an explicit type alias: `Alias: TypeAlias = int`.")


def _wrapper_form(name, doc, complaint="{form} accepts only single type.", alias_class=None):
    """A special form taking exactly one type: `ClassVar[int]`, `Final[str]`."""
    def subscript(form, args):
        wrapped = _type_check(args, complaint.format(form=form, name=name))
        return globals()[alias_class or "_GenericAlias"](form, (wrapped,))
    subscript.__name__, subscript.__doc__ = name, doc
    return _SpecialForm(subscript)


ClassVar = _wrapper_form("ClassVar", "Marks a class variable (not an instance attribute).")
Final = _wrapper_form("Final", "Marks a name that is not reassigned or overridden.")
Required = _wrapper_form("Required", "Marks a TypedDict key as required.",
                         "{name} accepts only a single type.")
NotRequired = _wrapper_form("NotRequired", "Marks a TypedDict key as possibly missing.",
                            "{name} accepts only a single type.")
TypeGuard = _wrapper_form("TypeGuard", "The return type of a user-defined type guard.")


def _splice(items, nested_kinds):
    """`items` with every member of one of `nested_kinds` replaced by its own
    __args__: Union[int, Union[str, bytes]] lists int, str, bytes."""
    spliced = []
    for item in items:
        spliced.extend(item.__args__ if isinstance(item, nested_kinds) else (item,))
    return spliced


@_SpecialForm
def Union(self, members):
    """Union[X, Y]: either X or Y."""
    if members == ():
        raise TypeError("Cannot take a Union of no types.")
    checked = [_type_check(m, "Union[arg, ...]: each arg must be a type.") for m in _as_tuple(members)]
    distinct = _dedup(_splice(checked, (_UnionGenericAlias, types.UnionType)))
    return distinct[0] if len(distinct) == 1 else _UnionGenericAlias(self, tuple(distinct))


@_SpecialForm
def Optional(self, member):
    """Optional[X] is Union[X, None]."""
    return Union[_type_check(member, f"{self} requires a single type."), type(None)]


@_SpecialForm
def Literal(self, values):
    """Literal[v, ...]: exactly one of the given values."""
    # 1 and True are equal but distinct literals: compare types too.
    kept = []
    for value in _splice(_as_tuple(values), _LiteralGenericAlias):
        if all(value != old or type(value) is not type(old) for old in kept):
            kept.append(value)
    return _LiteralGenericAlias(self, tuple(kept))


@_SpecialForm
def Concatenate(self, parts):
    """Concatenate[X, P]: a parameter list made of X then ParamSpec P."""
    if parts == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    *leading, tail = _as_tuple(parts)
    if tail is not ... and not isinstance(tail, ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    leading = [_type_check(t, "Concatenate[arg, ...]: each arg must be a type.") for t in leading]
    return _ConcatenateGenericAlias(self, (*leading, tail))


# ------------------------------------------------------------------- ForwardRef

class ForwardRef(_Final, _root=True):
    """A type written as a string, evaluated when hints are resolved."""
    __slots__ = ("__forward_arg__", "__forward_code__", "__forward_evaluated__", "__forward_value__",
                 "__forward_is_argument__", "__forward_is_class__", "__forward_module__")

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            compiled = compile(arg, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        # Slot order: text, code, evaluated?, value, argument?, class?, module.
        initial = (arg, compiled, False, None, is_argument, is_class, module)
        for slot, value in zip(ForwardRef.__slots__, initial):
            setattr(self, slot, value)

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        text = self.__forward_arg__
        if text in recursive_guard:
            return self
        globalns, localns = _pair_namespaces(globalns, localns, {})
        home = self.__forward_module__
        if home is not None:
            globalns = getattr(sys.modules.get(home), "__dict__", globalns)
        resolved = _type_check(eval(self.__forward_code__, globalns, localns),
                               "Forward references must evaluate to types.",
                               allow_special_forms=self.__forward_is_class__)
        return _eval_type(resolved, globalns, localns, recursive_guard | {text})

    def _identity(self):
        return self.__forward_arg__, self.__forward_module__

    def __eq__(self, other):
        return self._identity() == other._identity() if isinstance(other, ForwardRef) else NotImplemented

    def __hash__(self):
        return hash(self._identity())

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = "" if self.__forward_module__ is None else f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{module})"


# ------------------------------------------------------------ type variables

class _TypeVarLike:
    """What TypeVar and ParamSpec share: variance, bounds, `|`, identity equality."""
    _is_type_parameter = True

    def _set_variance(self, covariant, contravariant):
        self.__covariant__, self.__contravariant__ = bool(covariant), bool(contravariant)
        if self.__covariant__ and self.__contravariant__:
            raise ValueError("Bivariant types are not supported.")

    def _set_bound(self, bound):
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        variance = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return variance + self.__name__

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    def __init_subclass__(cls, *args, **kw):
        if cls.__name__ not in ("TypeVar", "ParamSpec"):
            raise TypeError(f"type '{cls.__mro__[1].__module__}.{cls.__mro__[1].__name__}' is not an acceptable base type")


class TypeVar(_TypeVarLike):
    """A type variable: `T = TypeVar('T')`, optionally bound or constrained."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant)
        if constraints:
            if bound is not None:
                raise TypeError("Constraints cannot be combined with bound=...")
            if len(constraints) < 2:
                raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(
            _type_check(c, "TypeVar(name, constraint, ...): constraints must be types.") for c in constraints)
        self._set_bound(bound)
        self.__module__ = _caller_module()

    def __typing_subst__(self, replacement):
        return _type_check(replacement, "Parameters to generic types must be types.")


class TypeVarTuple(_Final, _root=True):
    """A variadic type variable: `Ts = TypeVarTuple('Ts')`."""
    _is_type_parameter = True

    def __init__(self, name):
        self.__name__ = name
        self.__module__ = _caller_module()

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class _ParamSpecPart(_Final, _root=True):
    """`P.args` or `P.kwargs`; the subclass names which by `_part`."""
    _part = ""

    def __init__(self, spec):
        self.__origin__ = spec

    def __repr__(self):
        return self.__origin__.__name__ + "." + self._part

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecArgs(_ParamSpecPart, _root=True):
    """`P.args`: the positional arguments of a ParamSpec."""
    _part = "args"


class ParamSpecKwargs(_ParamSpecPart, _root=True):
    """`P.kwargs`: the keyword arguments of a ParamSpec."""
    _part = "kwargs"


class ParamSpec(_TypeVarLike):
    """A parameter specification variable: `P = ParamSpec('P')`."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant)
        self._set_bound(bound)
        self.__module__ = _caller_module()




# ------------------------------------------------------------ generic aliases

class _BaseGenericAlias(_Final, _root=True):
    """What the subscripted and the bare aliases share: calling the origin,
    base-class substitution and attribute forwarding."""

    def __init__(self, origin, *, inst=True, name=None):
        self.__origin__, self._name, self._inst = origin, name, inst

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except AttributeError:
            pass  # objects without a __dict__ just don't record it
        return made

    def __mro_entries__(self, bases):
        # The origin class becomes the base, plus Generic unless a later
        # base will bring it in.
        later = bases[bases.index(self) + 1:]
        generic_follows = any(isinstance(b, _BaseGenericAlias) or issubclass(b, Generic) for b in later)
        entries = () if self.__origin__ in bases else (self.__origin__,)
        return entries if generic_follows else entries + (Generic,)

    def __getattr__(self, attr):
        is_dunder = attr.startswith("__") and attr.endswith("__")
        # Methods and plain attributes of the class show through the alias.
        if not is_dunder and attr not in ("_name", "_inst") and "__origin__" in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, instance):
        return self.__subclasscheck__(type(instance))

    def __subclasscheck__(self, klass):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _KeyedEquality:
    """Equality and hashing of an alias through one `_key()`; `_peer_kinds`
    names what it may compare equal to (NotImplemented for the rest)."""
    __slots__ = ()

    def __eq__(self, other):
        if not isinstance(other, self._peer_kinds):
            return NotImplemented
        return self._key() == type(self)._key(other)

    def __hash__(self):
        return hash(self._key())


class _GenericAlias(_KeyedEquality, _BaseGenericAlias, _root=True):
    """A subscripted alias: `List[int]`, `ClassVar[int]`, `Stack[int]`."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        args = _as_tuple(args)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _params_in(args)
        if not name:
            self.__module__ = origin.__module__

    def _key(self):
        return self.__origin__, self.__args__

    def __getitem__(self, args):
        if self.__origin__ is Generic or self.__origin__ is Protocol:
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        variables = self.__parameters__
        if not variables:
            raise TypeError(f"{self} is not a generic class")
        replacements = tuple(_type_convert(a) for a in _as_tuple(args))
        _check_count(self, replacements, len(variables))
        mapping = dict(zip(variables, replacements))
        return self.copy_with(tuple(_substitute(a, mapping) for a in self.__args__))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = "typing." + self._name if self._name else _type_repr(self.__origin__)
        inside = ", ".join(_type_repr(a) for a in self.__args__) if self.__args__ else "()"
        return f"{head}[{inside}]"

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            _refuse_subclassing(self)
        if self._name:
            return _BaseGenericAlias.__mro_entries__(self, bases)
        if self.__origin__ is Generic:
            # Generic[T] adds nothing when Protocol or another alias follows.
            later = bases[bases.index(self) + 1:]
            if Protocol in bases or any(isinstance(b, _BaseGenericAlias) and b is not self for b in later):
                return ()
        return (self.__origin__,)


class _TypingEllipsis:
    """Internal placeholder for `...` in Tuple[int, ...]."""


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """A bare alias of a collection class (`typing.List`): subscription takes
    `nparams` types; isinstance checks go to the class."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        super().__init__(origin, inst=inst, name=origin.__name__ if name is None else name)
        self._nparams = nparams
        self._defaults = defaults
        self.__module__ = "typing"

    def __getitem__(self, args):
        given = [_type_check(a, "Parameters to generic types must be types.") for a in _as_tuple(args)]
        wanted, defaults = self._nparams, self._defaults
        # Generator[int] means Generator[int, None, None]: defaults fill the tail.
        if defaults and len(given) < wanted <= len(given) + len(defaults):
            given += defaults[len(given) - wanted:]
        _check_count(self, given, wanted)
        return self.copy_with(tuple(given))

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, klass):
        if isinstance(klass, _GenericAlias):
            return _BaseGenericAlias.__subclasscheck__(self, klass)
        if isinstance(klass, _SpecialGenericAlias):
            klass = klass.__origin__
        return issubclass(klass, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __reduce__(self):
        return self._name


def _callable_repr_parts(args):
    """The two parts of a Callable's repr: the parameter list and the result."""
    first = args[0]
    if len(args) == 2 and (first is ... or _is_param(first) or isinstance(first, _ConcatenateGenericAlias)):
        return _type_repr(first), _type_repr(args[1])
    return "[" + ", ".join(_type_repr(a) for a in args[:-1]) + "]", _type_repr(args[-1])


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """`Callable[[int, str], bool]`: the argument types are kept flat in __args__."""

    def __repr__(self):
        params, result = _callable_repr_parts(self.__args__)
        return f"typing.Callable[{params}, {result}]"


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def __getitem__(self, args):
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        return self.__getitem_inner__((tuple(params) if isinstance(params, list) else params, result))

    def __getitem_inner__(self, args):
        params, result = args
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if params is ...:
            return self.copy_with((_TypingEllipsis, result))
        return self.copy_with((*map(_type_convert, _as_tuple(params)), result))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, args):
        args = _as_tuple(args)
        if len(args) > 1 and args[-1] is ...:
            element = [_type_check(a, "Tuple[t, ...]: t must be a type.") for a in args[:-1]]
            return self.copy_with((*element, _TypingEllipsis))
        return self.copy_with(tuple(_type_check(a, "Tuple[t0, t1, ...]: each t must be a type.") for a in args))


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """`Union[int, str]`; shown as `Optional[X]` when it is X or None."""

    def copy_with(self, args):
        return Union[args]

    def _key(self):
        return frozenset(self.__args__)

    def __repr__(self):
        members = self.__args__
        if len(members) == 2 and type(None) in members:
            other = members[0] if members[1] is type(None) else members[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return _GenericAlias.__repr__(self)

    def __instancecheck__(self, instance):
        return self.__subclasscheck__(type(instance))

    def __subclasscheck__(self, klass):
        return any(issubclass(klass, member) for member in self.__args__)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def _key(self):
        return frozenset((value, type(value)) for value in self.__args__)

    def __repr__(self):
        return "typing.Literal[" + ", ".join(map(repr, self.__args__)) + "]"


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    """`Concatenate[int, P]`."""


class _UnpackGenericAlias(_GenericAlias, _root=True):
    """`Unpack[Ts]`, written `*Ts`."""

    def __repr__(self):
        return "*" + repr(self.__args__[0])


Unpack = _wrapper_form("Unpack", "Unpacks a TypeVarTuple.", alias_class="_UnpackGenericAlias")


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """`Annotated[T, x, ...]`: T with metadata kept for tools."""

    def __init__(self, origin, metadata):
        # Annotated[Annotated[T, a], b] is Annotated[T, a, b].
        if isinstance(origin, _AnnotatedAlias):
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        _GenericAlias.__init__(self, origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def _key(self):
        return self.__origin__, self.__metadata__

    def __repr__(self):
        notes = ", ".join(map(repr, self.__metadata__))
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {notes}]"

    def __mro_entries__(self, bases):
        return (self.__origin__,)


_GenericAlias._peer_kinds = _GenericAlias
_UnionGenericAlias._peer_kinds = (_UnionGenericAlias, types.UnionType)
_LiteralGenericAlias._peer_kinds = _LiteralGenericAlias
_AnnotatedAlias._peer_kinds = _AnnotatedAlias


class Annotated:
    """Annotated[T, x]: the type T, with metadata x for tools."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, args):
        if not isinstance(args, tuple) or len(args) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        annotated = _type_check(args[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(annotated, tuple(args[1:]))

    def __init_subclass__(cls, *args, **kw):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


def _alias(origin, nparams, *, inst=True, name=None, defaults=()):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name, defaults=defaults)


Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, name="AbstractSet")
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _alias(list, 1, inst=False, name="List")
Deque = _alias(collections.deque, 1, name="Deque")
Set = _alias(set, 1, inst=False, name="Set")
FrozenSet = _alias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name="Dict")
DefaultDict = _alias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2) if hasattr(collections, "ChainMap") else None
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, name="Type")


class _ContextManagerBase(metaclass=ABCMeta):
    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is _ContextManagerBase:
            return hasattr(C, "__enter__") and hasattr(C, "__exit__")
        return NotImplemented


_ContextManagerBase.__name__ = _ContextManagerBase.__qualname__ = "AbstractContextManager"
_ContextManagerBase.__module__ = "contextlib"
ContextManager = _alias(_ContextManagerBase, 1, name="ContextManager")
AsyncContextManager = _alias(_ContextManagerBase, 1, name="AsyncContextManager")


# --------------------------------------------------------------------- Generic

def _check_generic_declaration(owner, variables):
    """`Generic[...]` and `Protocol[...]` list distinct type variables."""
    if not variables:
        raise TypeError(f"Parameter list to {owner.__qualname__}[...] cannot be empty")
    if not all(map(_is_param, variables)):
        raise TypeError(f"Parameters to {owner.__name__}[...] must all be type variables "
                        f"or parameter specification variables.")
    if len(set(variables)) < len(variables):
        raise TypeError(f"Parameters to {owner.__name__}[...] must all be unique")


def _generic_class_getitem(cls, args):
    args = tuple(map(_type_convert, _as_tuple(args)))
    if cls is Generic or cls is Protocol:
        _check_generic_declaration(cls, args)
        return _GenericAlias(cls, args)
    own = cls.__parameters__
    # A class generic in one ParamSpec takes its argument types unbracketed.
    if len(own) == 1 and isinstance(own[0], ParamSpec):
        already_list = len(args) == 1 and (isinstance(args[0], list) or args[0] is ...)
        if not already_list:
            args = (args,)
    _check_count(cls, args, len(own))
    return _GenericAlias(cls, args)


def _declared_variables(orig_bases):
    """The variables of the one Generic[...]/Protocol[...] among the bases, or None."""
    declared = [b for b in orig_bases if isinstance(b, _GenericAlias) and b.__origin__ in (Generic, Protocol)]
    if len(declared) > 1:
        raise TypeError("Cannot inherit from Generic[...] multiple types.")
    return declared[0].__parameters__ if declared else None


def _generic_init_subclass(cls, *args, **kwargs):
    super(Generic, cls).__init_subclass__(*args, **kwargs)
    orig_bases = cls.__dict__.get("__orig_bases__")
    if orig_bases is not None:
        plain_generic_base = Generic in orig_bases
    else:
        plain_generic_base = (Generic in cls.__bases__ and cls.__name__ != "Protocol"
                              and type(cls) is not _TypedDictMeta)
    if plain_generic_base:
        raise TypeError("Cannot inherit from plain Generic")
    if orig_bases is None:
        cls.__parameters__ = ()
        return
    used = _params_in(orig_bases)
    declared = _declared_variables(orig_bases)
    if declared is not None:
        undeclared = [v for v in used if v not in declared]
        if undeclared:
            listed = ", ".join(map(str, declared))
            raise TypeError(f"Some type variables ({', '.join(map(str, undeclared))}) "
                            f"are not listed in Generic[{listed}]")
        used = declared
    cls.__parameters__ = tuple(used)


class Generic:
    """The base of generic classes: `class Stack(Generic[T])`, then `Stack[int]`."""
    __slots__ = ()
    _is_protocol = False
    __class_getitem__ = classmethod(_generic_class_getitem)
    __init_subclass__ = classmethod(_generic_init_subclass)


# -------------------------------------------------------------------- Protocol

_SPECIAL_NAMES = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
    "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__", "__qualname__",
    "__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol", "_is_runtime_protocol",
    "__protocol_attrs__", "__init_subclass__", "__match_args__", "_abc_registry", "_abc_cache",
    "_abc_negative_cache", "_abc_negative_cache_version", "__abstractmethods__",
})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = getattr(base, "__annotations__", {})
        for name in list(base.__dict__) + list(annotations):
            if not name.startswith("_abc_") and name not in _SPECIAL_NAMES:
                attrs.add(name)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False) and not getattr(cls, "_is_runtime_protocol", False):
            if not _allow_reckless_class_checks():
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if getattr(cls, "_is_protocol", False) and getattr(cls, "_is_runtime_protocol", False):
            if all(hasattr(instance, attr) and (not callable(getattr(cls, attr, None))
                                                or getattr(instance, attr) is not None)
                   for attr in _protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


def _allow_reckless_class_checks():
    return False


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Structural types: a class is a subtype of a protocol when it has the
    protocol's members (checked at run time only with @runtime_checkable)."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get("_is_protocol", False):
                return NotImplemented
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = getattr(base, "__annotations__", {})
                    if isinstance(annotations, dict) and attr in annotations and issubclass(other, Generic) and other._is_protocol:
                        break
                else:
                    return NotImplemented
            return True

        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = staticmethod(_proto_hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    __init__ = _no_init


def runtime_checkable(cls):
    """Lets isinstance() and issubclass() check a protocol structurally."""
    if not issubclass(cls, Generic) or not getattr(cls, "_is_protocol", False):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def _protocol(name, *methods, doc=None):
    # The Supports* protocols: one method each, checked at run time.
    ns = {"__slots__": (), "__doc__": doc}
    for m in methods:
        def method(self):
            pass
        method.__name__ = m
        ns[m] = abstractmethod(method)
    cls = _ProtocolMeta(name, (Protocol,), ns)
    cls.__module__ = "typing"
    return runtime_checkable(cls)


SupportsInt = _protocol("SupportsInt", "__int__", doc="An ABC with one abstract method __int__.")
SupportsFloat = _protocol("SupportsFloat", "__float__", doc="An ABC with one abstract method __float__.")
SupportsComplex = _protocol("SupportsComplex", "__complex__", doc="An ABC with one abstract method __complex__.")
SupportsBytes = _protocol("SupportsBytes", "__bytes__", doc="An ABC with one abstract method __bytes__.")
SupportsIndex = _protocol("SupportsIndex", "__index__", doc="An ABC with one abstract method __index__.")
SupportsAbs = _protocol("SupportsAbs", "__abs__", doc="An ABC with one abstract method __abs__.")
SupportsRound = _protocol("SupportsRound", "__round__", doc="An ABC with one abstract method __round__.")


AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"
Text = str
CT_co = TypeVar("CT_co", covariant=True, bound=type)
CT_co.__module__ = "typing"


# ------------------------------------------------------------------ NamedTuple

def _typed_namedtuple(name, fields, module, defaults=()):
    """A collections.namedtuple carrying the field types as annotations."""
    fields = list(fields)
    complaint = "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type"
    hints = {field: _type_check(hint, complaint) for field, hint in fields}
    made = collections.namedtuple(name, [field for field, _ in fields], defaults=defaults, module=module)
    made.__annotations__ = made.__new__.__annotations__ = hints
    return made


# Names a NamedTuple class body may not define, and names it defines that are
# not copied onto the generated class.
_NAMEDTUPLE_RESERVED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                                  "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_NAMEDTUPLE_SKIPPED = frozenset({"__module__", "__name__", "__annotations__"})


def _split_defaults(hints, body):
    """The names of the fields with defaults; they must all come last."""
    with_default = []
    for field in hints:
        if field in body:
            with_default.append(field)
        elif with_default:
            plural = "s" if len(with_default) > 1 else ""
            raise TypeError(f"Non-default namedtuple field {field} cannot follow default field"
                            f"{plural} {', '.join(with_default)}")
    return with_default


class NamedTupleMeta(type):
    """Turns a `class P(NamedTuple)` body into a namedtuple class."""

    def __new__(mcls, typename, bases, body):
        if any(b is not _NamedTuple and b is not Generic for b in bases):
            raise TypeError("can only inherit from a NamedTuple type and Generic")
        hints = body.get("__annotations__", {})
        with_default = _split_defaults(hints, body)
        made = _typed_namedtuple(typename, hints.items(), module=body["__module__"],
                                 defaults=[body[f] for f in with_default])
        for attr, value in body.items():
            if attr in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + attr)
            if attr not in _NAMEDTUPLE_SKIPPED and attr not in made._fields:
                setattr(made, attr, value)
        if "__qualname__" in body:
            made.__qualname__ = body["__qualname__"]
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: `class P(NamedTuple): x: int` or
    `NamedTuple('P', [('x', int)])`."""
    if fields is not None and kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _typed_namedtuple(typename, kwargs.items() if fields is None else fields,
                             module=_caller_module())


# `class P(NamedTuple)` really derives from this hidden class, whose
# metaclass builds the namedtuple.
_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# ------------------------------------------------------------------- TypedDict

def _key_kinds(bases, own_hints, total):
    """(required, optional) key sets: inherited ones plus this body's, where
    Required[...]/NotRequired[...] override the class's totality."""
    required, optional = set(), set()
    for base in bases:
        required.update(base.__dict__.get("__required_keys__", ()))
        optional.update(base.__dict__.get("__optional_keys__", ()))
    for key, hint in own_hints.items():
        marker = getattr(hint, "__origin__", None)
        is_required = True if marker is Required else False if marker is NotRequired else total
        (required if is_required else optional).add(key)
    return required, optional


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, body, total=True):
        if any(type(b) is not _TypedDictMeta and b is not Generic for b in bases):
            raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        made = type.__new__(_TypedDictMeta, name, (dict,), body)
        complaint = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_hints = {key: _type_check(hint, complaint) for key, hint in body.get("__annotations__", {}).items()}
        all_hints = {}
        for base in bases:
            all_hints.update(base.__dict__.get("__annotations__", {}))
        all_hints.update(own_hints)
        required, optional = _key_kinds(bases, own_hints, total)
        made.__annotations__ = all_hints
        made.__required_keys__, made.__optional_keys__ = frozenset(required), frozenset(optional)
        if not hasattr(made, "__total__"):
            made.__total__ = total
        return made

    def __call__(cls, /, *args, **kwargs):
        # Instances are plain dicts.
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, klass):
        raise TypeError("TypedDict does not support instance and class checks")

    def __instancecheck__(cls, instance):
        cls.__subclasscheck__(type(instance))


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys: `class Movie(TypedDict): name: str`."""
    if fields is not None and kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    body = {"__annotations__": dict(kwargs if fields is None else fields), "__module__": _caller_module()}
    return _TypedDictMeta(typename, (), body, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """True for a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# --------------------------------------------------------------------- NewType

def _newtype_base(newtype):
    """A base class that refuses subclassing, pointing at NewType instead."""
    def refuse(cls):
        wanted = cls.__name__
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        f"`{wanted} = NewType({wanted!r}, {newtype.__name__})`")
    return type("Dummy", (), {"__init_subclass__": classmethod(refuse)})


class NewType:
    """A distinct name for a type checker; at run time it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition(".")[2]
        self.__supertype__ = tp
        caller = _caller_module()
        if caller != "typing":
            self.__module__ = caller

    def __mro_entries__(self, bases):
        return (_newtype_base(self),)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _new_type_call(self, x, /):
    return x


NewType.__call__ = _new_type_call


# ------------------------------------------------------------ functions

def cast(typ, val):
    """Returns `val` unchanged (the type is for checkers only)."""
    return val


def assert_type(val, typ, /):
    """Returns `val` unchanged (checkers verify its type)."""
    return val


def assert_never(arg, /):
    """Marks code that must be unreachable; raises when reached."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: " + shown)


def reveal_type(obj, /):
    """Prints the run-time type of `obj` on stderr and returns it."""
    sys.stderr.write(f"Runtime type is {type(obj).__name__!r}\n")
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Marks a decorator or base class as creating dataclass-like classes."""
    settings = dict(eq_default=eq_default, order_default=order_default, kw_only_default=kw_only_default,
                    field_specifiers=field_specifiers, kwargs=kwargs)

    def mark(target):
        target.__dataclass_transform__ = settings
        return target
    return mark


# (module, qualified name) -> the @overload signatures seen for it.
_overloads_by_name = {}

_OVERLOAD_CALLED = ("You should not call an overloaded function. A series of @overload-decorated "
                    "functions outside a stub module should always be followed by an implementation "
                    "that is not @overload-ed.")


def _overload_placeholder(*args, **kwargs):
    raise NotImplementedError(_OVERLOAD_CALLED)


def _overload_key(func):
    # classmethod/staticmethod objects keep the function in __func__.
    inner = getattr(func, "__func__", func)
    return inner.__module__, inner.__qualname__


def overload(func):
    """Marks one signature of an overloaded function (the last, undecorated
    definition is the implementation)."""
    try:
        key = _overload_key(func)
    except AttributeError:
        return _overload_placeholder
    _overloads_by_name.setdefault(key, []).append(func)
    return _overload_placeholder


def get_overloads(func):
    """The @overload signatures recorded for a function."""
    return list(_overloads_by_name.get(_overload_key(func), ()))


def clear_overloads():
    """Forgets every recorded overload."""
    _overloads_by_name.clear()


def final(f):
    """Marks a method or class final (sets `__final__` where it can)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass  # read-only objects simply stay unmarked
    return f


def no_type_check(arg):
    """Tells checkers to ignore annotations of a function or class."""
    targets = [arg]
    if isinstance(arg, type):
        targets += [v for v in arg.__dict__.values() if isinstance(v, types.FunctionType)]
    for target in targets:
        try:
            target.__no_type_check__ = True
        except TypeError:
            pass
    return arg


def no_type_check_decorator(decorator):
    """Makes a decorator's results carry no_type_check."""
    def applying_no_type_check(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return functools.wraps(decorator)(applying_no_type_check)


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if tp is Generic or isinstance(tp, types.UnionType):
        return tp if tp is Generic else types.UnionType
    if isinstance(tp, (_BaseGenericAlias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    return None


def get_args(tp):
    """The type arguments: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if not isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        return ()
    args = tp.__args__
    # Callable's parameter types come back as one list unless they are `...` or a ParamSpec.
    if getattr(tp, "__origin__", None) is _abc.Callable:
        if not (len(args) == 2 and (args[0] is ... or _is_param(args[0]))):
            return [*args[:-1]], args[-1]
    return args


def _strip_annotations(hint):
    """`hint` without Annotated, Required and NotRequired wrappers, at any depth."""
    while isinstance(hint, _AnnotatedAlias) or (isinstance(hint, _GenericAlias)
                                                and hint.__origin__ in (Required, NotRequired)):
        hint = hint.__origin__ if isinstance(hint, _AnnotatedAlias) else hint.__args__[0]
    if not isinstance(hint, _GenericAlias):
        return hint
    bare = tuple(map(_strip_annotations, hint.__args__))
    return hint if bare == hint.__args__ else hint.copy_with(bare)


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Resolves forward references inside `t`."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if not isinstance(t, (_GenericAlias, types.GenericAlias, types.UnionType)):
        return t
    resolved = tuple(_eval_type(ForwardRef(a) if isinstance(a, str) else a, globalns, localns, recursive_guard)
                     for a in t.__args__)
    if resolved == t.__args__:
        return t
    if isinstance(t, types.GenericAlias):
        return types.GenericAlias(t.__origin__, resolved)
    if isinstance(t, types.UnionType):
        return functools.reduce(_union_of_two, resolved)
    return t.copy_with(resolved)


def _union_of_two(left, right):
    return left | right


def _resolve_hint(value, globalns, localns, **forward_flags):
    """One annotation resolved: None means NoneType, a string is evaluated."""
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value, **forward_flags)
    return _eval_type(value, globalns, localns)


def _class_hints(cls, globalns, localns):
    hints = {}
    # Bases first, so that a subclass's annotation wins.
    for klass in reversed(cls.__mro__):
        own = klass.__dict__.get("__annotations__", {})
        module_ns = getattr(sys.modules.get(klass.__module__), "__dict__", {})
        class_ns = dict(vars(klass))
        if globalns is None and localns is None:
            # The class namespace is searched first, then its module.
            outer, inner = class_ns, module_ns
        else:
            outer = module_ns if globalns is None else globalns
            inner = class_ns if localns is None else localns
        for name, value in own.items():
            hints[name] = _resolve_hint(value, outer, inner, is_argument=False, is_class=True)
    return hints


def _home_namespace(obj):
    """The globals an object's string annotations are evaluated in."""
    if isinstance(obj, types.ModuleType):
        return obj.__dict__
    while hasattr(obj, "__wrapped__"):
        obj = obj.__wrapped__
    found = getattr(obj, "__globals__", None)
    if found is None:
        found = getattr(sys.modules.get(getattr(obj, "__module__", None)), "__dict__", {})
    return found


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, method, module or class (with its
    bases), string annotations evaluated."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        if globalns is None:
            globalns = _home_namespace(obj)
        globalns, localns = _pair_namespaces(globalns, localns, None)
        raw = getattr(obj, "__annotations__", None)
        if raw is None:
            if isinstance(obj, (types.FunctionType, types.ModuleType, type)) or callable(obj):
                return {}
            raise TypeError(f"{obj!r} is not a module, class, method, or function.")
        in_module = isinstance(obj, types.ModuleType)
        hints = {name: _resolve_hint(value, globalns, localns, is_argument=not in_module, is_class=False)
                 for name, value in raw.items()}
    if include_extras:
        return hints
    return {name: _strip_annotations(hint) for name, hint in hints.items()}


# ------------------------------------------------------------------ IO types

class IO(Generic[AnyStr]):
    """The generic type of file objects."""
    __slots__ = ()

    @property
    def mode(self):
        pass

    @property
    def name(self):
        pass

    def close(self):
        pass

    @property
    def closed(self):
        pass

    def read(self, n=-1):
        pass

    def readline(self, limit=-1):
        pass

    def write(self, s):
        pass


class BinaryIO(IO[bytes]):
    """Binary file objects."""
    __slots__ = ()


class TextIO(IO[str]):
    """Text file objects."""
    __slots__ = ()


for _cls in (IO, BinaryIO, TextIO, Generic, Protocol, NamedTupleMeta, ForwardRef, TypeVar, ParamSpec,
             ParamSpecArgs, ParamSpecKwargs, TypeVarTuple, Annotated, Any, NewType):
    _cls.__module__ = "typing"
del _cls


def _lazy_re_alias(name):
    # Pattern and Match wrap the classes of the re module.
    try:
        import re
        origin = getattr(re, name)
    except (ImportError, AttributeError):
        origin = type(name, (), {"__module__": "re"})
    return _alias(origin, 1, name=name)


Pattern = _lazy_re_alias("Pattern")
Match = _lazy_re_alias("Match")


# `typing.io` and `typing.re` (deprecated namespaces).
io = types.SimpleNamespace(IO=IO, TextIO=TextIO, BinaryIO=BinaryIO)
re = types.SimpleNamespace(Pattern=Pattern, Match=Match)
