"""dataclasses for quicken: the `@dataclass` decorator and its helpers, with
CPython 3.11's generated methods, checks and messages.

The methods are generated as source text and compiled with exec, laid out
line for line as CPython lays them out, so that tracebacks through them name
the same `<string>` lines."""

import sys
import copy
import types

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is assigned or deleted."""


class _FactoryDefaultMarker:
    def __repr__(self):
        return "<factory>"


# The default an __init__ parameter gets when its field has a default factory.
_FACTORY_DEFAULT = _FactoryDefaultMarker()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    """`InitVar[T]`: a pseudo-field passed to __init__ and __post_init__ only."""
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass (what `field()` returns, completed by the decorator)."""
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _NO_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type}"
                ")")

    def __set_name__(self, owner, name):
        # A descriptor given as a default learns its name too.
        hook = getattr(type(self.default), "__set_name__", None)
        if hook:
            hook(self.default, owner, name)


_NO_METADATA = types.MappingProxyType({})


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams("
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"eq={self.eq!r},"
                f"order={self.order!r},"
                f"unsafe_hash={self.unsafe_hash!r},"
                f"frozen={self.frozen!r}"
                ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes one field: its default or default factory and which generated
    methods use it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _split_by_kw_only(fields):
    # Positional fields first, then keyword-only ones.
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _tuple_expr(obj_name, fields):
    # "(self.x,self.y,)": the field values as a tuple expression.
    if not fields:
        return "()"
    return f"({','.join(f'{obj_name}.{f.name}' for f in fields)},)"


_repr_running = set()


def _compile_function(name, args, body, *, globals=None, locals=None, return_type=MISSING):
    """Compiles `def name(args): body` inside a function whose parameters are
    `locals` (so the method sees them as closure variables)."""
    if locals is None:
        locals = {}
    return_annotation = ""
    if return_type is not MISSING:
        locals["__dataclass_return_type__"] = return_type
        return_annotation = "->__dataclass_return_type__"
    body_text = "\n".join(f"  {line}" for line in body)
    text = f" def {name}({','.join(args)}){return_annotation}:\n{body_text}"
    text = f"def __create_fn__({', '.join(locals.keys())}):\n{text}\n return {name}"
    ns = {}
    exec(text, globals if globals is not None else {}, ns)
    return ns["__create_fn__"](**locals)


def _assignment_text(frozen, name, value, self_name):
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})"
    return f"{self_name}.{name}={value}"


def _init_lines_for(f, frozen, locals, self_name, slots):
    # The __init__ line that sets field f, or None when __init__ leaves it alone.
    default_name = f"__dataclass_dflt_{f.name}__"
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = f"{default_name}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}"
        else:
            value = f"{default_name}()"
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        # With __slots__ there is no class attribute to fall back on.
        locals[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _assignment_text(frozen, f.name, value, self_name)


def _parameter_text(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ""
    elif f.default is not MISSING:
        default = f"=__dataclass_dflt_{f.name}__"
    else:
        default = "=__dataclass_HAS_DEFAULT_FACTORY__"
    return f"{f.name}:__dataclass_type_{f.name}__{default}"


def _make_init(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals, slots):
    seen_default = False
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    locals = {f"__dataclass_type_{f.name}__": f.type for f in fields}
    locals.update({
        "MISSING": MISSING,
        "__dataclass_HAS_DEFAULT_FACTORY__": _FACTORY_DEFAULT,
        "__dataclass_builtins_object__": object,
    })
    body = []
    for f in fields:
        line = _init_lines_for(f, frozen, locals, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ",".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f"{self_name}.{_POST_INIT_NAME}({initvars})")
    if not body:
        body = ["pass"]
    params = [_parameter_text(f) for f in std_fields]
    if kw_only_fields:
        params += ["*"] + [_parameter_text(f) for f in kw_only_fields]
    return _compile_function("__init__", [self_name] + params, body, locals=locals, globals=globals, return_type=None)


def _make_repr(fields, globals):
    parts = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in fields)
    fn = _compile_function("__repr__", ("self",),
                    ['return self.__class__.__qualname__ + f"(' + parts + ')"'],
                    globals=globals)
    return _recursion_guarded(fn)


def _recursion_guarded(fn):
    # A dataclass that contains itself shows "..." where it recurs.
    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return fn(self)
        finally:
            _repr_running.discard(key)
    __repr__.__wrapped__ = fn
    __repr__.__qualname__ = fn.__qualname__
    return __repr__


def _make_frozen_guards(cls, fields, globals):
    locals = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
    condition = "type(self) is cls"
    if fields:
        condition += " or name in {" + ", ".join(repr(f.name) for f in fields) + "}"
    return (
        _compile_function("__setattr__", ("self", "name", "value"),
                   (f"if {condition}:",
                    ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                    "super(cls, self).__setattr__(name, value)"),
                   locals=locals, globals=globals),
        _compile_function("__delattr__", ("self", "name"),
                   (f"if {condition}:",
                    ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                    "super(cls, self).__delattr__(name)"),
                   locals=locals, globals=globals),
    )


def _make_comparison(name, op, self_tuple, other_tuple, globals):
    return _compile_function(name, ("self", "other"),
                      ["if other.__class__ is self.__class__:",
                       f" return {self_tuple}{op}{other_tuple}",
                       "return NotImplemented"],
                      globals=globals)


def _make_hash(fields, globals):
    return _compile_function("__hash__", ("self",), [f"return hash({_tuple_expr('self', fields)})"], globals=globals)


def _nest_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value


def _add_unless_defined(cls, name, value):
    # Never replaces what the class itself defines; True when it does define it.
    if name in cls.__dict__:
        return True
    _nest_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _leading_names(annotation):
    # "typing.ClassVar[int]" -> ("typing", "ClassVar"); "ClassVar" -> (None, "ClassVar").
    text = annotation.lstrip()
    names = []
    while len(names) < 2:
        i = 0
        while i < len(text) and (text[i].isalnum() or text[i] == "_"):
            i += 1
        if i == 0:
            break
        names.append(text[:i])
        text = text[i:].lstrip()
        if not text.startswith("."):
            break
        text = text[1:].lstrip()
    if not names:
        return None
    if len(names) == 1:
        return None, names[0]
    return names[0], names[1]


def _annotation_names(annotation, cls, a_module, a_type, is_type_predicate):
    """For a string annotation: whether it names `a_type` (ClassVar or InitVar)
    as the class's module sees it, directly or through its module."""
    found = _leading_names(annotation)
    if found is None:
        return False
    module_name, name = found
    ns = sys.modules.get(cls.__module__).__dict__
    if module_name is None:
        return is_type_predicate(ns.get(name), a_module)
    module = ns.get(module_name)
    return module is a_module and is_type_predicate(getattr(module, name, None), a_module)


def _is_classvar_annotation(a_type, typing):
    return a_type is typing.ClassVar or getattr(a_type, "__origin__", None) is typing.ClassVar


def _is_initvar_annotation(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only_marker(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _kind_of_annotation(cls, annotation):
    """_FIELD_CLASSVAR, _FIELD_INITVAR or _FIELD for a field's annotation
    (an object, or a string read in the class's module)."""
    written = isinstance(annotation, str)
    typing = sys.modules.get("typing")
    if typing is not None and (_is_classvar_annotation(annotation, typing) or (
            written and _annotation_names(annotation, cls, typing, typing.ClassVar, _is_classvar_annotation))):
        return _FIELD_CLASSVAR
    this_module = sys.modules[__name__]
    if _is_initvar_annotation(annotation, this_module) or (
            written and _annotation_names(annotation, cls, this_module, InitVar, _is_initvar_annotation)):
        return _FIELD_INITVAR
    return _FIELD


def _field_for(cls, a_name, a_type, default_kw_only):
    """The Field for one annotated class attribute: the field() the class
    gave, or one made from its plain default."""
    declared = getattr(cls, a_name, MISSING)
    if isinstance(declared, Field):
        made = declared
    else:
        # A slot descriptor left by an earlier __slots__ is no default.
        plain = MISSING if type(declared).__name__ == "member_descriptor" else declared
        made = field(default=plain)
    made.name, made.type = a_name, a_type
    kind = made._field_type = _kind_of_annotation(cls, a_type)
    if kind is _FIELD_CLASSVAR:
        if made.default_factory is not MISSING:
            raise TypeError(f"field {made.name} cannot have a default factory")
        if made.kw_only is not MISSING:
            raise TypeError(f"field {made.name} is a ClassVar but specifies kw_only")
        return made
    if kind is _FIELD_INITVAR and made.default_factory is not MISSING:
        raise TypeError(f"field {made.name} cannot have a default factory")
    if made.kw_only is MISSING:
        made.kw_only = default_kw_only
    # Mutable (unhashable) defaults would be shared by every instance.
    if kind is _FIELD and type(made.default).__hash__ is None:
        raise ValueError(f"mutable default {type(made.default)} for field {made.name} is not allowed: use default_factory")
    return made


def _format_annotation(annotation):
    # How inspect.signature writes a parameter's annotation.
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return f"{annotation.__module__}.{annotation.__qualname__}"
    return repr(annotation)


def _signature_text(cls):
    # The text of inspect.signature(cls) for a generated __init__ (the default docstring).
    init = cls.__dict__.get("__init__")
    fields = getattr(cls, _FIELDS).values()
    if init is None or not hasattr(init, "__code__"):
        return "()"
    std, kw = _split_by_kw_only([f for f in fields if f._field_type in (_FIELD, _FIELD_INITVAR)])
    params = []

    def param(f):
        text = f"{f.name}: {_format_annotation(f.type)}"
        if f.default is not MISSING:
            text += f" = {f.default!r}"
        elif f.default_factory is not MISSING:
            text += f" = {_FACTORY_DEFAULT!r}"
        return text
    params = [param(f) for f in std]
    if kw:
        params += ["*"] + [param(f) for f in kw]
    return f"({', '.join(params)})"


def _build_dataclass(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Fields of dataclass bases first, most basic class first.
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    kw_only_seen = False
    dataclasses = sys.modules[__name__]
    for name, a_type in annotations.items():
        if _is_kw_only_marker(a_type, dataclasses) or (isinstance(a_type, str) and _annotation_names(a_type, cls, dataclasses, dataclasses.KW_ONLY, _is_kw_only_marker)):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
        else:
            own_fields.append(_field_for(cls, name, a_type, kw_only))
    for f in own_fields:
        fields[f.name] = f
        # The class attribute becomes the plain default (or goes away).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _split_by_kw_only(init_fields)
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = "__dataclass_self__" if "self" in fields else "self"
        _add_unless_defined(cls, "__init__",
                           _make_init(init_fields, std_init_fields, kw_only_init_fields, frozen,
                                    has_post_init, self_name, globals, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _add_unless_defined(cls, "__repr__", _make_repr([f for f in field_list if f.repr], globals))
    if eq:
        compared = [f for f in field_list if f.compare]
        _add_unless_defined(cls, "__eq__", _make_comparison("__eq__", "==", _tuple_expr("self", compared),
                                                  _tuple_expr("other", compared), globals))
    if order:
        compared = [f for f in field_list if f.compare]
        self_tuple, other_tuple = _tuple_expr("self", compared), _tuple_expr("other", compared)
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _add_unless_defined(cls, name, _make_comparison(name, op, self_tuple, other_tuple, globals)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                f"Consider using functools.total_ordering")
    if frozen:
        for fn in _make_frozen_guards(cls, field_list, globals):
            if _add_unless_defined(cls, fn.__name__, fn):
                raise TypeError(f"Cannot overwrite attribute {fn.__name__} in class {cls.__name__}")

    # __hash__: CPython's table, by (unsafe_hash, eq, frozen, explicit __hash__).
    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _nest_qualname(cls, _make_hash(hashed, globals))
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _nest_qualname(cls, _make_hash(hashed, globals))
        else:
            cls.__hash__ = None

    if not cls.__dict__.get("__doc__"):
        cls.__doc__ = cls.__name__ + _signature_text(cls)
    if match_args:
        _add_unless_defined(cls, "__match_args__", tuple(f.name for f in std_init_fields))
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _with_slots(cls, frozen)
    abc = sys.modules.get("abc")
    if abc is not None and hasattr(abc, "update_abstractmethods"):
        abc.update_abstractmethods(cls)
    return cls


def _slots_of(cls):
    slots = cls.__dict__.get("__slots__")
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


def _with_slots(cls, is_frozen):
    # __slots__ must exist when a class is created, so the class is made again.
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    cls_dict["__slots__"] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if "__getstate__" not in cls_dict:
            cls.__getstate__ = _slots_getstate
        if "__setstate__" not in cls_dict:
            cls.__setstate__ = _slots_setstate
    return cls


def _slots_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _slots_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and on request ordering, hashing,
    immutability, __slots__) to a class from its annotated fields."""
    def wrap(cls):
        return _build_dataclass(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or instance (ClassVars and InitVars left out)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_instance_of_dataclass(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _convert(obj, dict_factory, tuple_factory):
    # The recursive copy behind asdict (tuple_factory None) and astuple.
    def inner(obj):
        if _is_instance_of_dataclass(obj):
            pairs = [(f.name, inner(getattr(obj, f.name))) for f in fields(obj)]
            if tuple_factory is None:
                return dict_factory(pairs)
            return tuple_factory([value for _, value in pairs])
        if isinstance(obj, tuple) and hasattr(obj, "_fields"):
            return type(obj)(*[inner(v) for v in obj])
        if isinstance(obj, (list, tuple)):
            return type(obj)(inner(v) for v in obj)
        if isinstance(obj, dict):
            return type(obj)((inner(k), inner(v)) for k, v in obj.items())
        return copy.deepcopy(obj)
    return inner(obj)


def asdict(obj, *, dict_factory=dict):
    """A dict of the instance's fields, converting nested dataclasses, lists,
    tuples and dicts recursively (other values are deep-copied)."""
    if not _is_instance_of_dataclass(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, None)


def astuple(obj, *, tuple_factory=tuple):
    """A tuple of the instance's field values, converted as asdict converts them."""
    if not _is_instance_of_dataclass(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, None, tuple_factory)


def replace(obj, /, **changes):
    """A new instance like `obj` with some fields changed (through __init__)."""
    if not _is_instance_of_dataclass(obj):
        raise TypeError("replace() should be called on dataclass instances")
    arguments = dict(changes)
    for entry in getattr(obj, _FIELDS).values():
        name, kind = entry.name, entry._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        if not entry.init:
            # __init__ does not take it: it cannot be changed this way.
            if name in arguments:
                raise ValueError(f"field {name} is declared with init=False, it cannot be specified with replace()")
        elif name not in arguments:
            # InitVars are not stored, so they cannot be carried over.
            if kind is _FIELD_INITVAR and entry.default is MISSING:
                raise ValueError(f"InitVar {name!r} must be specified with replace()")
            arguments[name] = getattr(obj, name)
    return type(obj)(**arguments)


_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
])


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    """Creates a dataclass from (name, type[, field]) items or plain names."""
    namespace = {} if namespace is None else namespace
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp

    def exec_body(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns["__annotations__"] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
