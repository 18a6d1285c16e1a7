# Run-time errors of class and mapping patterns, caught.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class NS:
    pass
ns = NS()
ns.f = len

def not_a_type():
    match 5:
        case ns.f():
            return "matched"
check(not_a_type)

class P:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2

def too_many():
    match P():
        case P(1, 2, 3):
            return "x"
check(too_many)

class Q:
    __match_args__ = ["a"]

def args_not_tuple():
    match Q():
        case Q(1):
            return "x"
check(args_not_tuple)

class R:
    __match_args__ = (1,)

def args_not_str():
    match R():
        case R(1):
            return "x"
check(args_not_str)

def repeated_attribute():
    match P():
        case P(1, a=1):
            return "x"
check(repeated_attribute)

def self_matching():
    match 5:
        case int(5, 6):
            return "x"
check(self_matching)

class K:
    A = "k"
    B = "k"

def duplicate_keys():
    match {"k": 1, "j": 2}:
        case {K.A: 1, K.B: 2}:
            return "x"
check(duplicate_keys)

def missing_attribute():
    match P():
        case P(zzz=1):
            return "x"
        case _:
            return "no match: a missing attribute fails the pattern"
check(missing_attribute)

class Boom:
    @property
    def x(self):
        raise KeyError("from property")

def attribute_raises():
    match Boom():
        case Boom(x=1):
            return "x"
check(attribute_raises)

class Weird:
    def get(self, key, default):
        raise RuntimeError("get called")
    def __getitem__(self, key):
        return 1
    def __len__(self):
        return 1

def not_a_mapping():
    match Weird():
        case {"a": 1}:
            return "mapping"
        case _:
            return "not a mapping"
check(not_a_mapping)

class Checker(type):
    def __instancecheck__(cls, obj):
        raise ValueError("instancecheck")
class Z(metaclass=Checker):
    pass

def instancecheck_raises():
    match 1:
        case Z():
            return "x"
check(instancecheck_raises)

class Abstract(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)
class AnyInt(metaclass=Abstract):
    __match_args__ = ("real",)

def instancecheck_hook():
    match 7:
        case AnyInt(r):
            return f"AnyInt real={r}"
check(instancecheck_hook)
