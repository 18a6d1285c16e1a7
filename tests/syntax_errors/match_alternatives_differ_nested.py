class P:
    __match_args__=("x",)
    x=1
def f(v):
    match v:
        case P(1) | {"a": [1, *r]}:
            return r if 0 else 1
        case _:
            return 0
print(f(P()))
class M(type): pass
class C(metaclass=M): pass
