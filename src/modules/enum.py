"""enum for quicken: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique,
with CPython 3.11's member creation, lookups, reprs and messages."""

import sys
import types

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "member", "nonmember", "FlagBoundary", "STRICT", "CONFORM", "EJECT",
           "KEEP", "global_enum", "show_flag_values"]

# Filled in once the classes exist (the metaclass refers to them).
Enum = Flag = ReprEnum = EJECT = KEEP = STRICT = CONFORM = None


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    prefix = f"_{cls_name}__"
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")
            or isinstance(obj, (types.FunctionType, classmethod, staticmethod, property,
                                types.BuiltinFunctionType)))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _high_bit(value):
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def _bin(num, max_bits=None):
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f"{sign} {digits}"


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """A member value computed by `_generate_next_value_`."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


class member:
    """Forces an attribute to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


class _EnumDict(dict):
    """The namespace of an enum class body: records member names in order,
    computes auto() values and refuses redefinitions."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass  # a mangled __name: an ordinary attribute
        elif _is_sunder(key):
            self._check_sunder(key, value)
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif not _is_descriptor(value):
            # Anything else is a member.
            if key in self:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            value = self._member_value(key, value)
            self._member_names[key] = None
        super().__setitem__(key, value)

    # The _sunder_ names an enum class body may set.
    _ALLOWED_SUNDER = frozenset((
        "_order_", "_generate_next_value_", "_missing_", "_ignore_", "_iter_member_",
        "_iter_member_by_value_", "_iter_member_by_def_", "_numeric_repr_",
        "_value_", "_name_", "_value_repr_", "_add_alias_", "_add_value_alias_"))

    def _check_sunder(self, key, value):
        if key not in self._ALLOWED_SUNDER:
            raise ValueError(f"_sunder_ names, such as {key!r}, are reserved for future Enum use")
        if key == "_generate_next_value_":
            # Members made earlier with auto() used the old rule.
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
        elif key == "_ignore_":
            ignored = value.replace(",", " ").split() if isinstance(value, str) else list(value)
            self._ignore = ignored
            clash = set(ignored) & set(self._member_names)
            if clash:
                raise ValueError(f"_ignore_ cannot specify already set names: {clash!r}")

    def _resolved(self, key, candidate):
        # An auto() gets its value once, from _generate_next_value_; the
        # values auto() produced are what later auto()s count from.
        if not isinstance(candidate, auto):
            return candidate
        if candidate.value is _auto_null:
            candidate.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
            self._auto_called = True
        self._last_values.append(candidate.value)
        return candidate.value

    def _member_value(self, key, value):
        """The value a member is given: member() unwrapped, auto()s resolved
        (alone, or inside a plain tuple). Without auto() the value itself is
        noted for later auto()s."""
        if isinstance(value, member):
            value = value.value
        if isinstance(value, auto):
            return self._resolved(key, value)
        if type(value) is tuple and any(isinstance(part, auto) for part in value):
            return tuple(self._resolved(key, part) for part in value)
        self._last_values.append(value)
        return value

    def update(self, members, **more_members):
        for key, value in (members.items() if hasattr(members, "items") else members):
            self[key] = value
        for key, value in more_members.items():
            self[key] = value


def _caller_module():
    try:
        # _caller_module <- _create_ <- EnumType.__call__ <- the caller
        return sys._getframe(3).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


def _bits_of(values):
    """The bitwise or of some ints (0 for none)."""
    combined = 0
    for value in values:
        combined |= value
    return combined


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        # The body's auto() values come from the nearest enum base's generator.
        base_enum = metacls._get_mixins_(cls, bases)[1]
        if base_enum is not None:
            namespace["_generate_next_value_"] = getattr(base_enum, "_generate_next_value_", None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for key in list(ignore) + ["_ignore_"]:
            dict.pop(classdict, key, None)
        member_names = [n for n in classdict._member_names if n not in ignore]
        invalid = set(member_names) & {"mro", ""}
        if invalid:
            raise ValueError(f"invalid enum member name(s) {','.join(repr(n) for n in invalid)}")
        data_type, base_enum = metacls._get_mixins_(cls, bases)
        plain = dict(classdict.items())
        new_member, save_new, use_args = metacls._find_new_(plain, data_type, base_enum)
        members = {name: plain.pop(name) for name in member_names}
        plain["_new_member_"] = new_member
        plain["_use_args_"] = use_args
        plain["_member_names_"] = []
        plain["_member_map_"] = {}
        plain["_value2member_map_"] = {}
        plain["_unhashable_values_"] = []
        plain["_member_type_"] = data_type
        plain["_value_repr_"] = metacls._find_data_repr_(cls, bases)
        if boundary is not None or (Flag is not None and any(issubclass(b, Flag) for b in bases)):
            # The bits of every int value written in the body bound what a
            # Flag accepts (_flag_mask_ becomes the single-bit members' bits).
            flag_mask = _bits_of(v for v in members.values() if isinstance(v, int))
            plain["_boundary_"] = boundary or getattr(base_enum, "_boundary_", None)
            plain["_flag_mask_"] = flag_mask
            plain["_all_bits_"] = 2 ** flag_mask.bit_length() - 1
            plain["_inverted_"] = None
        order = plain.pop("_order_", None)
        new_enum = super().__new__(metacls, cls, bases, plain, **kwds)

        for name, value in members.items():
            new_enum._add_member_(name, value)

        is_flag = Flag is not None and issubclass(new_enum, Flag)
        if is_flag:
            single_bits = _bits_of(m._value_ for m in new_enum._member_map_.values() if _is_single_bit(m._value_))
            type.__setattr__(new_enum, "_flag_mask_", single_bits)
            values = [m._value_ for m in new_enum]
            if values != sorted(values):
                type.__setattr__(new_enum, "_iter_member_", new_enum._iter_member_by_def_)
            # Flag's operators win over a data type's (int.__or__ comes first in IntFlag's MRO).
            for op in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
                if op not in plain:
                    type.__setattr__(new_enum, op, Flag.__dict__[op])

        # The enum's own repr/str/format win over the data type's (int's
        # __repr__ comes before Enum's in IntEnum's MRO).
        if base_enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name not in plain:
                    found = getattr(new_enum, name, None)
                    if found is getattr(data_type, name, None) or found is getattr(object, name, None):
                        type.__setattr__(new_enum, name, getattr(base_enum, name))

        if ReprEnum is not None and ReprEnum in bases:
            if data_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)")
            if "__format__" not in plain:
                type.__setattr__(new_enum, "__format__", data_type.__format__)
            if "__str__" not in plain:
                # A data type without its own __str__ shows its repr.
                data_str = data_type.__str__
                type.__setattr__(new_enum, "__str__",
                                 data_type.__repr__ if data_str is object.__str__ else data_str)

        if Enum is not None:
            if save_new:
                type.__setattr__(new_enum, "__new_member__", new_member)
            type.__setattr__(new_enum, "__new__", Enum.__new__)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if order != new_enum._member_names_:
                raise TypeError(f"member order does not match _order_:\n  {new_enum._member_names_!r}\n  {order!r}")
        return new_enum

    def _add_member_(cls, name, value):
        # Creates one member (or an alias of an existing one).
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if not cls._use_args_:
            member = cls._new_member_(cls)
        else:
            member = cls._new_member_(cls, *args)
        if not hasattr(member, "_value_"):
            if cls._member_type_ is object or not cls._use_args_:
                member._value_ = value
            else:
                try:
                    member._value_ = cls._member_type_(*args)
                except Exception:
                    member._value_ = value
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        member.__init__(*args)
        member._sort_order_ = len(cls._member_names_)
        for canonical in cls._member_map_.values():
            if canonical._value_ == value:
                member = canonical
                break
        else:
            if Flag is None or not issubclass(cls, Flag) or _is_single_bit(value):
                cls._member_names_.append(name)
        if name not in cls.__dict__ or not _is_descriptor(cls.__dict__[name]):
            type.__setattr__(cls, name, member)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            cls._unhashable_values_.append(value)

    @staticmethod
    def _check_for_existing_members_(class_name, bases):
        for listed_base in bases:
            for ancestor in listed_base.__mro__:
                if isinstance(ancestor, EnumType) and ancestor._member_names_:
                    raise TypeError(f"<enum {class_name!r}> cannot extend {ancestor!r}")

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        base_enum = bases[-1]
        if not isinstance(base_enum, EnumType):
            raise TypeError("new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`")
        data_type = metacls._find_data_type_(class_name, bases) or object
        return data_type, base_enum

    @classmethod
    def _find_data_type_(metacls, class_name, bases):
        data_types = []
        for listed_base in bases:
            mixin = None
            for ancestor in listed_base.__mro__:
                if ancestor is object:
                    continue
                if isinstance(ancestor, EnumType):
                    if ancestor._member_type_ is not object:
                        data_types.append(ancestor._member_type_)
                        break
                elif (ancestor.__module__ == "builtins" or "__new__" in ancestor.__dict__
                      or "__dataclass_fields__" in ancestor.__dict__):
                    data_types.append(mixin or ancestor)
                    break
                else:
                    mixin = mixin or ancestor
        unique_types = []
        for t in data_types:
            if t not in unique_types:
                unique_types.append(t)
        if len(unique_types) > 1:
            raise TypeError(f"too many data types for {class_name!r}: {unique_types!r}")
        return unique_types[0] if unique_types else None

    @classmethod
    def _find_data_repr_(metacls, class_name, bases):
        for listed_base in bases:
            for ancestor in listed_base.__mro__:
                if ancestor is object:
                    continue
                if isinstance(ancestor, EnumType):
                    return ancestor.__dict__.get("_value_repr_", None) if "_value_repr_" in ancestor.__dict__ else None
                if "__repr__" in ancestor.__dict__ or ancestor.__module__ == "builtins":
                    return ancestor.__repr__
        return None

    @staticmethod
    def _find_new_(classdict, data_type, base_enum):
        new = classdict.get("__new__", None)
        save_new = base_enum is not None and new is not None
        if new is None:
            for method in ("__new_member__", "__new__"):
                for provider in (data_type, base_enum):
                    found_new = getattr(provider, method, None)
                    if found_new not in (None, object.__new__) and (Enum is None or found_new is not Enum.__new__):
                        new = found_new
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (base_enum is None or new is object.__new__ or (Enum is not None and new is Enum.__new__))
        return new, save_new, use_args

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: a new enum class from `names` ("A B", "A,B",
        a sequence of names, of (name, value) pairs, or a mapping)."""
        meta = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        namespace = meta.__prepare__(class_name, bases)
        for member_name, member_value in _name_value_pairs(cls, class_name, bases, names, start):
            namespace[member_name] = member_value
        namespace["__module__"] = _caller_module() if module is None else module
        if qualname is not None:
            namespace["__qualname__"] = qualname
        return meta.__new__(meta, class_name, bases, namespace, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                          "False depending on whether the value is a member or the value of a member",
                          DeprecationWarning, stacklevel=2)
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' "
                            f"and '{cls.__class__.__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        members = cls._member_map_
        return (members[name] for name in cls._member_names_)

    def __reversed__(cls):
        members = cls._member_map_
        return (members[name] for name in cls._member_names_[::-1])

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)


EnumMeta = EnumType


def _name_value_pairs(enum_base, class_name, bases, names, start):
    """(name, value) for each member the functional API is given; bare
    names get values from _generate_next_value_, as auto() would."""
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        _, first_enum = enum_base._get_mixins_(class_name, bases)
        values = []
        for position, name in enumerate(names):
            values.append(first_enum._generate_next_value_(name, start, position, values[:]))
        return list(zip(names, values))
    return [(item, names[item]) if isinstance(item, str) else item for item in names]


class Enum(metaclass=EnumType):
    """The base of enumerations: `class Color(Enum): RED = 1`."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        ve_exc = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The next auto() value: one more than the last value, or `start`."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn("In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be "
                          "sortable and support adding +1\nand the value returned will be the largest value "
                          "in the enum incremented by 1", DeprecationWarning, stacklevel=3)
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f"<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        # CPython 3.11's: the member by name, getattr(cls, name).
        return getattr, (self.__class__, self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        names += [n for n in self.__class__.__dict__ if not n.startswith("_")]
        return sorted(set(names))

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """Changes only the repr(): str() and format() are the data type's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f"encoding must be a string, not {values[1]!r}")
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f"errors must be a string, not {values[2]!r}")
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the member's name in lower case."""
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with values outside its members' bits."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=CONFORM):
    """Enum whose members combine with the bitwise operators."""
    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the next power of two."""
        if not count:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            top = _high_bit(highest)
        except Exception:
            raise TypeError(f"invalid flag value {highest!r}") from None
        return 2 ** (top + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        by_value = cls._value2member_map_
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            member = by_value.get(bit)
            if member is not None:
                yield member

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """The member for a combination of bits: made (and cached) on first
        use; values outside the members' bits follow the class's boundary."""
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask, every_bit, boundary = cls._flag_mask_, cls._all_bits_, cls._boundary_
        if not ~every_bit <= value <= every_bit or value & (every_bit ^ mask):
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n    given {_bin(value, width)}\n"
                                 f"  allowed {_bin(mask, width)}")
            if boundary is EJECT:
                return value
            if boundary is CONFORM:
                value &= mask
            elif boundary is KEEP:
                if value < 0:
                    value += max(every_bit + 1, 2 ** value.bit_length())
            else:
                raise ValueError(f"{cls.__name__!r} unknown flag boundary {cls._boundary_!r}")
        as_given = None
        if value < 0:
            # A negative value stands for its complement within the bits.
            as_given = value
            value += every_bit + 1
        extra = value & ~mask
        if extra and boundary is not KEEP:
            raise ValueError(f"{cls.__name__}({value!r}) -->  unknown values {extra!r} [{bin(extra)}]")
        return cls._combined_member(value, value & mask, extra, as_given)

    @classmethod
    def _combined_member(cls, value, known, extra, as_given):
        """A new pseudo-member named after the members whose bits it has
        (then any unknown bits as a number); cached unless it has unknown bits."""
        if cls._member_type_ is object:
            made = object.__new__(cls)
        else:
            made = cls._member_type_.__new__(cls, value)
        if not hasattr(made, "_value_"):
            made._value_ = value
        made._name_ = None
        if known:
            parts = [member._name_ for member in cls._iter_member_(known)]
            if extra:
                parts.append(cls._numeric_repr_(extra))
            made._name_ = "|".join(parts)
        if extra:
            return made
        made = cls._value2member_map_.setdefault(value, made)
        if as_given is not None:
            cls._value2member_map_[as_given] = made
        return made

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': {type(other).__qualname__!r} "
                            f"and {type(self).__qualname__!r}")
        return self._value_ & other._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count("1")

    def __repr__(self):
        kind = type(self)
        show = kind._value_repr_ or repr
        label = kind.__name__ if self._name_ is None else f"{kind.__name__}.{self._name_}"
        return f"<{label}: {show(self._value_)}>"

    def __str__(self):
        kind = type(self).__name__
        return f"{kind}({self._value_!r})" if self._name_ is None else f"{kind}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def _combine(self, other, bits_of):
        operand = self._other_value(other)
        if operand is NotImplemented:
            return NotImplemented
        return self.__class__(bits_of(self._value_, operand))

    def __or__(self, other):
        return self._combine(other, lambda mine, theirs: mine | theirs)

    def __and__(self, other):
        return self._combine(other, lambda mine, theirs: mine & theirs)

    def __xor__(self, other):
        return self._combine(other, lambda mine, theirs: mine ^ theirs)

    def __invert__(self):
        if self._inverted_ is None:
            # KEEP flags invert every bit; the others only their members' bits.
            flipped = ~self._value_ if self._boundary_ is KEEP else self._flag_mask_ ^ self._value_
            inverted = self.__class__(flipped)
            object.__setattr__(self, "_inverted_", inverted)
            if isinstance(inverted, self.__class__):
                object.__setattr__(inverted, "_inverted_", self)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""


def unique(enumeration):
    """Class decorator refusing aliases (members sharing a value)."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {alias_details}")
    return enumeration


def global_enum(cls):
    """Puts the members into their module's namespace."""
    module = sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls
