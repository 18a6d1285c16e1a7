"""typing: Generic, Protocol, NamedTuple, TypedDict, NewType, overload, get_type_hints, Annotated, ParamSpec."""
from typing import *
T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V")
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int](); s.push(1)
print(Stack, Stack[int], Stack.__mro__, Stack.__parameters__, Stack.__orig_bases__, s.__orig_class__, s.items)
class Pair(Generic[K, V]): pass
print(Pair[str, int], Pair[str, T][int])
try: Pair[int]
except TypeError as e: print(e)
try: Generic[T]()
except TypeError as e: print(e)
try: Generic()
except TypeError as e: print(e)
class MyList(List[int]): pass
print(MyList.__mro__, MyList.__orig_bases__)
class P(Protocol):
    def close(self) -> None: ...
print(P, P.__mro__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
try: isinstance(F(), P)
except TypeError as e: print(e)
try: P()
except TypeError as e: print(e)
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("a")
print(e, Emp._fields, Emp._field_defaults, Emp.__annotations__, e._replace(id=5), e._asdict(), Emp.__mro__, isinstance(e, tuple))
E2 = NamedTuple("E2", [("x", int), ("y", str)])
print(E2(1, "q"), E2.__annotations__)
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1)
print(m, type(m), Movie.__annotations__, Movie.__total__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
class M2(Movie, total=False):
    extra: bool
print(M2.__required_keys__ == {"name", "year"}, M2.__optional_keys__, M2.__mro__)
M3 = TypedDict("M3", {"a": int, "b": str})
print(M3(a=1, b="2"), M3.__annotations__)
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
try:
    @overload
    def g(x): ...
    g(1)
except NotImplementedError as e: print(e)
def h(a: int, b: "str" = None) -> List[int]: pass
print(get_type_hints(h))
class CC:
    x: int
    y: "List[str]"
    z: ClassVar[int] = 3
print(get_type_hints(CC))
@final
class Fin: pass
print(Fin.__final__)
print(Annotated[int, "meta"], Annotated[int, "meta"].__metadata__, get_type_hints(h, include_extras=True))
P2 = ParamSpec("P2")
print(P2, P2.args, P2.kwargs, Callable[P2, int], Concatenate[int, P2])
print(TypeGuard[int], Self, LiteralString, Never, Required[int], NotRequired[int])
print(reveal_type(5))
print(assert_type(5, int))
Alias: TypeAlias = int
print(Alias, SupportsInt, SupportsFloat, IO, TextIO, BinaryIO, Pattern, Match)
