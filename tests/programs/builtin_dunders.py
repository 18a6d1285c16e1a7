# Dunder methods of builtin types called explicitly.
tests = ["int.__add__(1, 2)", "(5).__mul__(3)", "float.__truediv__(1.0, 4.0)", "str.__len__('abc')", "list.__getitem__([1,2], 1)", "dict.__contains__({1:2}, 1)", "object.__eq__(1, 1)", "int.__lt__(1, 2)", "(3).__hash__()", "(3).__repr__()", "'a'.__str__()", "int.__add__(1, 1.5)", "(1).__eq__(1.0)", "[1].__len__()", "(1,2).__contains__(2)", "{1}.__or__({2})", "'ab'.__add__('c')", "'a'.__mul__(3)", "(7).__neg__()", "(7).__abs__()", "(7).__bool__()", "(1).__radd__(2)", "'x'.__eq__(1)", "[3].__add__([4])"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "-> EXC", type(e).__name__, e)
more = ["int.__and__(True, True)", "bool.__and__(True, 1)", "True.__or__(False)", "int.__eq__(1, True)", "float.__eq__(1.0, 1)", "int.__lt__(1, 2.0)", "float.__lt__(1.5, 2)",
 "str.__mod__('%d', 5)", "str.__lt__('a', 'b')", "str.__lt__('a', 1)", "list.__eq__([1], [1])", "list.__lt__([1], (1,))", "tuple.__add__((1,), (2,))", "tuple.__add__((1,), [2])",
 "dict.__or__({1: 2}, {3: 4})", "dict.__eq__({}, {})", "dict.__lt__({}, {})", "set.__and__({1, 2}, {2})", "frozenset.__or__(frozenset({1}), {2})", "set.__lt__({1}, {1, 2})",
 "(2).__pow__(10)", "(2).__rpow__(3)", "(7).__floordiv__(2)", "(7).__rtruediv__(2)", "(1.5).__rmul__(2)", "(1.5).__add__('x')", "(10).__lshift__(2)", "(-3).__abs__()", "(0.0).__bool__()", "(5).__invert__()",
 "hash(3) == (3).__hash__()", "'abc'.__hash__() == hash('abc')", "(1, 2).__hash__() == hash((1, 2))", "(1.5).__hash__() == hash(1.5)", "frozenset({1}).__hash__() == hash(frozenset({1}))",
 "[].__hash__", "{}.__hash__", "set().__hash__", "'abc'.__iter__().__next__()", "str.__getitem__('abc', 1)", "str.__contains__('abc', 'b')", "tuple.__getitem__((1, 2), -1)", "dict.__getitem__({1: 'x'}, 1)", "{1: 2}.__len__()", "{1, 2}.__len__()",
 "[1, 2].__repr__()", "(1.0).__repr__()", "True.__repr__()", "True.__str__()", "(1,).__str__()", "'q'.__repr__()",
 "int.__add__('a', 1)", "int.__add__(1)", "str.__len__(5)", "int.__neg__(1, 2)", "list.__mul__([1], 2)", "[1].__rmul__(3)", "'ab'.__rmul__(2)", "str.__add__('a', 1)", "float.__truediv__(1.0, 0)",
 "(3).__sub__(True)", "sorted([3, 1, 2], key=int.__neg__)", "list(map(int.__add__, [1, 2], [10, 20]))", "list(map(str.__mul__, ['a', 'b'], [2, 3]))", "float.__radd__(1.0, 2)"]
for t in more:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "-> EXC", type(e).__name__, e)
class L(list):
    def __repr__(self):
        return "L!"
print(str(L([1])), repr(L([1])), L([1]) + [2], L([1]) == [1], L([1]) < [2], list.__repr__(L([1])), list.__len__(L([1, 2])))
class T(tuple):
    pass
print(T((1, 2)) == (1, 2), hash(T((1, 2))) == hash((1, 2)), T((1,)) + (2,), T((1,)) < (2,))
class D(dict):
    pass
print(D(a=1) == {'a': 1}, D(a=1) | {'b': 2}, dict.__contains__(D(a=1), 'a'))
