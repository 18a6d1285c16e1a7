"""typing: reprs of special forms and aliases, subscription errors, get_origin/get_args, runtime checks."""
import typing
from typing import *
T = TypeVar("T"); KT = TypeVar("KT", bound=int); VT = TypeVar("VT", str, bytes, covariant=True)
print(T, KT, VT, T.__name__, KT.__bound__, VT.__constraints__, VT.__covariant__, TypeVar("C", contravariant=True))
for x in [Any, NoReturn, ClassVar, Final, Union, Optional, Literal, Callable, List, Dict, Set, FrozenSet, Tuple, Type,
          Iterable, Iterator, Sequence, Mapping, MutableMapping, Generator, DefaultDict, Deque, Counter, OrderedDict, Text, AnyStr, Hashable, Sized]:
    print(repr(x))
for x in [List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Union[int], Optional[Union[int, str]],
          Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool], Callable[..., int], Callable[[], None],
          Literal[1, "a", None], ClassVar[int], Final[List[int]], Type[int], List[T], Dict[T, KT][str, int], Iterable[int],
          Generator[int, None, None], Mapping[str, Any], Set[int], FrozenSet[str], DefaultDict[str, int], List["Foo"], Optional["Foo"],
          Union[List[int], Dict[str, int]], List[list[int]], list[List[int]], Sequence[T][int]]:
    print(repr(x))
print(List[int].__origin__, List[int].__args__, Optional[int].__args__, Union[int, str].__origin__, Callable[[int], str].__args__, Literal[1].__args__)
print(List[int] == List[int], List[int] == list[int], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]), get_origin(int), get_args(int))
print(TYPE_CHECKING, cast(int, "x"), cast("int", 3))
try: List()
except TypeError as e: print(e)
try: isinstance([], List[int])
except TypeError as e: print(e)
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance([], Iterable), isinstance(3, Hashable))
try: Any()
except TypeError as e: print(e)
try: isinstance(1, Any)
except TypeError as e: print(e)
try: Union[int]()
except TypeError as e: print(e)
print(int | List[int], List[int] | None, Optional[int] | str)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], list[int](range(3)), list[T], list[T][int], dict[str, T][int])
print(list["X"], list[1], list[None], list[...], list[int].__origin__, list[int].__args__, list[int] == list[int])
import types
print(type(list[int]), types.GenericAlias(dict, (str, int)), list[int].__mro_entries__((list[int],)))
try: isinstance([], list[int])
except TypeError as e: print(e)
u = int | None
print(u, type(u), None | int, int | list[int], (int | str) == (str | int), int | int, u.__args__, list[int] | None)
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(1.5, int | str), issubclass(bool, int | str))
try: int | "x"
except TypeError as e: print(e)
class MyList(list): pass
print(MyList[int], Optional[MyList], T | int, int | T)
def f(a: list[int], b: int | None = None, *, c: Optional[str] = None) -> dict[str, int]: pass
print(f.__annotations__)
print(get_type_hints(f))
import collections.abc as cabc
for obj in ([], (), {}, set(), frozenset(), "s", b"b", range(2), iter([]), (x for x in ()), {}.keys(), 3, None, len):
    print(type(obj).__name__, [n for n in ("Iterable", "Iterator", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set", "MutableSet", "Sized", "Container", "Hashable", "Callable", "Collection", "Reversible", "Generator", "KeysView") if isinstance(obj, getattr(cabc, n))])
class Box(cabc.Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
b = Box({"a": 1, "b": 2})
print(b.get("a"), b.get("z", 0), "a" in b, list(b.keys()), list(b.items()), list(b.values()), b == {"a": 1, "b": 2}, isinstance(b, Mapping))
try: cabc.Sequence()
except TypeError as e: print(e)
