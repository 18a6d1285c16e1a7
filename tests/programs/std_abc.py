"""abc: ABC, ABCMeta, abstractmethod (also under property/classmethod/staticmethod), register, __subclasshook__; numbers registrations."""
from abc import ABC, ABCMeta, abstractmethod
import abc, numbers
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name}: {self.area()}"
try: Shape()
except TypeError as e: print(e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try: Sq(2)
except TypeError as e: print(e)
class Sq2(Sq):
    def perimeter(self): return 4 * self.s
    @property
    def name(self): return "square"
print(Sq2(3).describe(), Shape.__abstractmethods__ == {"area", "perimeter", "name"}, Sq2.__abstractmethods__)
print(isinstance(Sq2(1), Shape), issubclass(Sq2, Shape), issubclass(int, Shape))
class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return hasattr(C, "draw")
        return NotImplemented
class Pic:
    def draw(self): pass
print(isinstance(Pic(), Drawable), isinstance(1, Drawable), issubclass(Pic, Drawable))
class Seq(ABC): pass
Seq.register(tuple)
print(isinstance((1,), Seq), issubclass(tuple, Seq), isinstance([], Seq))
@Seq.register
class Mine: pass
print(issubclass(Mine, Seq), Mine)
try: Seq.register(5)
except TypeError as e: print(e)
print(type(Shape), type(ABC), ABC.__abstractmethods__)
for v in (1, 1.5, 1j, True, "x"):
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(sorted(numbers.Integral.__abstractmethods__))
class MyInt(numbers.Integral): pass
try: MyInt()
except TypeError as e: print(e)
class Base(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
try: Base()
except TypeError as e: print(e)
print(abc.get_cache_token() >= 0)
