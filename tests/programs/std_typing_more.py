"""typing: error messages of special forms, ForwardRef, TypeVar/ParamSpec details, Annotated,
NamedTuple/TypedDict edge cases, overload registry, get_type_hints forms, no_type_check."""
import typing
import types
from typing import *

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for form in (NoReturn, Never, Self, LiteralString, TypeAlias):
    attempt(f"{form}[int]", lambda: form[int])
    attempt(f"isinstance {form}", lambda: isinstance(1, form))
    attempt(f"issubclass {form}", lambda: issubclass(int, form))
    attempt(f"call {form}", lambda: form())
for form in (ClassVar, Final, Required, NotRequired, TypeGuard, Unpack):
    attempt(f"{form}[int]", lambda: form[int])
    attempt(f"{form}[int, str]", lambda: form[int, str])
attempt("Union[()]", lambda: Union[()])
attempt("Union[int, int]", lambda: Union[int, int])
attempt("Union nested", lambda: Union[int, Union[str, float], int | bytes])
attempt("Union[1]", lambda: Union[1])
attempt("Optional[int, str]", lambda: Optional[int, str])
attempt("Optional[None]", lambda: Optional[None])
attempt("Literal dedup", lambda: Literal[1, 1, True, "a", Literal[2, 1]])
attempt("Literal eq", lambda: Literal[1, 2] == Literal[2, 1])
attempt("Concatenate[()]", lambda: Concatenate[()])
attempt("Concatenate[int]", lambda: Concatenate[int])
attempt("Tuple[int, ...]", lambda: Tuple[int, ...].__args__)
attempt("Tuple[(int, str)]", lambda: Tuple[(int, str)])
attempt("Tuple[1]", lambda: Tuple[1])
attempt("Callable[int]", lambda: Callable[int])
attempt("Callable[[int], 1]", lambda: Callable[[int], 1])
attempt("Callable[[], int] args", lambda: Callable[[], int].__args__)
attempt("Dict[int]", lambda: Dict[int])
attempt("List[int, str]", lambda: List[int, str])
attempt("List[int][str]", lambda: List[int][str])
attempt("Generic[int]", lambda: Generic[int])
attempt("Generic[()]", lambda: Generic[()])
T = TypeVar("T"); S = TypeVar("S", bound=str); U = TypeVar("U", int, str)
attempt("Generic[T, T]", lambda: Generic[T, T])
attempt("TypeVar bivariant", lambda: TypeVar("X", covariant=True, contravariant=True))
attempt("TypeVar one constraint", lambda: TypeVar("X", int))
attempt("TypeVar bound and constraints", lambda: TypeVar("X", int, str, bound=int))
attempt("TypeVar attrs", lambda: (T.__bound__, S.__bound__, U.__constraints__, T.__covariant__, T.__module__))
attempt("TypeVar eq", lambda: (T == TypeVar("T"), T == T))
attempt("T | None", lambda: T | None)
P = ParamSpec("P")
attempt("ParamSpec", lambda: (P, P.args, P.kwargs, P.args == P.args, P.kwargs.__origin__, P.__module__))
attempt("Callable[P, T][[int], str]", lambda: Callable[P, T])
attempt("Concatenate", lambda: Concatenate[int, str, P].__args__)
Ts = TypeVarTuple("Ts")
attempt("TypeVarTuple", lambda: (Ts, Unpack[Ts], list(iter(Ts))))
attempt("ForwardRef", lambda: (ForwardRef("int"), ForwardRef("x", module="m"), ForwardRef("a") == ForwardRef("a"),
                               hash(ForwardRef("a")) == hash(ForwardRef("a")), ForwardRef("a") | int))
attempt("ForwardRef(1)", lambda: ForwardRef(1))
attempt("ForwardRef bad", lambda: ForwardRef("1 +"))
attempt("ForwardRef attrs", lambda: (ForwardRef("x").__forward_arg__, ForwardRef("x").__forward_evaluated__,
                                     ForwardRef("x").__forward_is_argument__))
attempt("Annotated nest", lambda: Annotated[Annotated[int, 1], 2])
attempt("Annotated[int]", lambda: Annotated[int])
attempt("Annotated()", lambda: Annotated())
attempt("Annotated eq", lambda: (Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2],
                                 hash(Annotated[int, 1]) == hash(Annotated[int, 1])))
attempt("Annotated args", lambda: (get_args(Annotated[int, "a", "b"]), get_origin(Annotated[int, "a"])))
attempt("get_args Callable", lambda: (get_args(Callable[[int, str], bool]), get_args(Callable[..., int])))
attempt("get_args union", lambda: (get_args(int | str), get_origin(int | str), get_origin(ClassVar[int]),
                                   get_origin(Generic), get_origin(Generic[T]), get_args(Literal[1, 2])))
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return self.x * self.x + self.y * self.y
attempt("NamedTuple", lambda: (Point(3, 4).norm(), Point(1), Point._field_defaults, Point.__name__))
def bad_nt():
    class Bad(NamedTuple):
        x: int = 1
        y: int
attempt("NamedTuple default order", bad_nt)
def bad_nt2():
    class Bad(NamedTuple):
        x: int
        _fields = 1
attempt("NamedTuple overwrite", bad_nt2)
attempt("NamedTuple kwargs", lambda: NamedTuple("KW", x=int, y=str)(1, "a"))
class TD(TypedDict, total=False):
    a: int
    b: Required[str]
attempt("TypedDict keys", lambda: (sorted(TD.__required_keys__), sorted(TD.__optional_keys__), TD.__total__))
attempt("TypedDict isinstance", lambda: isinstance({}, TD))
attempt("TypedDict functional", lambda: TypedDict("F", {"x": int}, total=False).__optional_keys__)
attempt("is_typeddict", lambda: (is_typeddict(TD), is_typeddict(dict)))
UserId = NewType("UserId", int)
attempt("NewType", lambda: (UserId(3), UserId.__supertype__, repr(UserId)))
def sub_newtype():
    class Sub(UserId): pass
attempt("NewType subclass", sub_newtype)
@overload
def area(x: int) -> int: ...
@overload
def area(x: str) -> str: ...
def area(x): return x
attempt("get_overloads", lambda: len(get_overloads(area)))
clear_overloads()
attempt("get_overloads cleared", lambda: get_overloads(area))
attempt("assert_never", lambda: assert_never(5))
@no_type_check
def ntc(a: int) -> str: pass
attempt("no_type_check", lambda: (ntc.__no_type_check__, get_type_hints(ntc)))
class Node:
    nxt: "Optional[Node]"
    val: Annotated[int, "v"]
    tag: ClassVar[str] = "n"
attempt("hints class", lambda: get_type_hints(Node))
attempt("hints extras", lambda: get_type_hints(Node, include_extras=True))
def fn(a: "int", b: "List[str]" = None, *args: int, **kw: "float") -> "None": pass
attempt("hints fn", lambda: get_type_hints(fn))
attempt("hints module", lambda: get_type_hints(__import__("fnmatch")))
attempt("dataclass_transform", lambda: dataclass_transform(eq_default=False)(type("DT", (), {})).__dataclass_transform__)
class Proto(Protocol):
    x: int
    def meth(self) -> int: ...
attempt("non runtime isinstance", lambda: isinstance(1, Proto))
attempt("runtime_checkable bad", lambda: runtime_checkable(int))
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
attempt("runtime protocol", lambda: (isinstance([], HasLen), isinstance(3, HasLen), issubclass(str, HasLen)))
attempt("SupportsInt", lambda: (isinstance("x", SupportsInt), issubclass(int, SupportsIndex)))
class Base(Generic[T]): pass
attempt("Base[int] call", lambda: type(Base[int]()).__name__)
attempt("plain Generic base", lambda: type("G2", (Generic,), {}))
attempt("Any subclass", lambda: type(type("A2", (Any,), {})()).__name__)
attempt("Any repr", lambda: (repr(Any), Any.__name__ if hasattr(Any, "__name__") else None))
attempt("subclass Union", lambda: types.new_class("X", (Union,)))
attempt("subclass Union[int,str]", lambda: types.new_class("X", (Union[int, str],)))
attempt("isinstance Union[int,str]", lambda: isinstance(1, Union[int, str]))
attempt("Type[T]", lambda: Type[T][int])
attempt("IO", lambda: (IO[str], TextIO.__mro__[1:], AnyStr.__constraints__))
