# BaseExceptionGroup / ExceptionGroup: construction rules, message and
# exceptions, str/repr, subgroup/split/derive (types, tuples, predicates,
# nesting, subclasses overriding derive), add_note.
eg=ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('in', [ValueError(3), KeyError(4)])])
print(str(eg), repr(eg), eg.message, eg.exceptions, eg.args)
print(repr(BaseExceptionGroup('b', [ValueError(1)])), type(BaseExceptionGroup('b', (KeyboardInterrupt(),))))
for bad in [lambda: ExceptionGroup('x',[KeyboardInterrupt()]), lambda: ExceptionGroup(1,[ValueError()]), lambda: ExceptionGroup('x',[]), lambda: ExceptionGroup('x',[1]), lambda: ExceptionGroup('x',ValueError()), lambda: ExceptionGroup('x'), lambda: ExceptionGroup('x', [ValueError()], 3), lambda: eg.split(int), lambda: eg.subgroup(3), lambda:ExceptionGroup('x', {ValueError()})]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
m,r=eg.split(ValueError); print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(ExceptionGroup) is eg, eg.split(BaseException)[1])
print(repr(eg.subgroup((TypeError, KeyError))))
print(repr(eg.derive([ValueError(9)])))
class MyEG(ExceptionGroup):
    pass
x=MyEG('m', [ValueError(1), TypeError(2)])
print(repr(x.split(ValueError)), type(x.split(ValueError)[0]))
class MyEG2(ExceptionGroup):
    def derive(self, excs): return MyEG2(self.message+'!', excs)
x=MyEG2('m', [ValueError(1), TypeError(2)])
x.__cause__ = KeyError(); x.__notes__=['hi']
s=x.subgroup(ValueError); print(repr(s), type(s), repr(s.__cause__), s.__notes__)
print(str(ExceptionGroup('one',[ValueError()])))
print(ExceptionGroup.__mro__)
print(eg.subgroup(OSError))
try:
    raise ExceptionGroup('boom', [ValueError('v')])
except ExceptionGroup as g:
    print('caught', g, g.exceptions)
except Exception:
    print('no')
try:
    raise BaseExceptionGroup('boom', [KeyboardInterrupt()])
except Exception:
    print('wrong')
except BaseExceptionGroup as g:
    print('base caught', repr(g))
e = ValueError('x')
e.add_note('note 1')
e.add_note('note 2')
print(e.__notes__)
try: e.add_note(3)
except TypeError as t: print(t)
class BadEG(ExceptionGroup):
    def derive(self, excs): return 5
try: BadEG('m', [ValueError(), TypeError()]).split(ValueError)
except TypeError as t: print(t)
try: raise MyEG('z', [KeyboardInterrupt()])
except TypeError as t: print(t)
g = ExceptionGroup('ro', [ValueError()])
for attr in ('message', 'exceptions'):
    try:
        setattr(g, attr, 'x')
    except AttributeError as e:
        print(attr, e)
g.other = 1
print(g.other, g.message)
