# Exception messages that must read exactly as CPython 3.11's.


def show(label, f):
    try:
        f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '-> no error')


# In-place operators name the augmented operator (`+=`, `**=`, ...).
def inplace(op, a, b):
    def f():
        x = a
        if op == '+=': x += b
        elif op == '-=': x -= b
        elif op == '*=': x *= b
        elif op == '/=': x /= b
        elif op == '//=': x //= b
        elif op == '%=': x %= b
        elif op == '**=': x **= b
        elif op == '<<=': x <<= b
        elif op == '>>=': x >>= b
        elif op == '&=': x &= b
        elif op == '|=': x |= b
        elif op == '^=': x ^= b
        elif op == '@=': x @= b
        return x
    return f

for op in ['+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@=']:
    show('int ' + op + ' str', inplace(op, 1, 'a'))
show('float -= str', inplace('-=', 1.5, 'a'))
show('None += None', inplace('+=', None, None))
show('complex //= int', inplace('//=', 1j, 2))
show('set |= list', inplace('|=', {1}, [1]))
show('str -= str', inplace('-=', 'a', 'b'))
# These keep their own wording in place as well.
show('str += int', inplace('+=', 'a', 1))
show('tuple += list', inplace('+=', (1,), [1]))
show('list += int', inplace('+=', [1], 1))
show('list *= str', inplace('*=', [1], 'b'))
show('bytes += int', inplace('+=', b'a', 1))
show('dict |= int', inplace('|=', {}, 1))
d = {1: 2}
d |= [(3, 4)]
print(d)
print('int ** str ->', end=' ')
try:
    2 ** 'a'
except TypeError as e:
    print(e)


class NoIAdd:
    def __iadd__(self, o):
        return NotImplemented

class NoAdd:
    def __add__(self, o):
        return NotImplemented

show('NoIAdd += int', inplace('+=', NoIAdd(), 1))
show('NoAdd += int', inplace('+=', NoAdd(), 1))


# Subscripts.
lst, s, tup, r = [1], 'abc', (1, 2), range(3)
big, fl, st = 2 ** 63, 1.5, 'a'

def store(k):
    def f():
        lst[k] = 1
    return f

def delete(k):
    def f():
        del lst[k]
    return f

class I:
    def __index__(self):
        return 1

show('list[str] = 1', store(st))
show('list[float] = 1', store(fl))
show('list[2**63] = 1', store(big))
show('list[-2**63-5] = 1', store(-big - 5))
show('list[5] = 1', store(5))
show('list[None] = 1', store(None))
show('del list[str]', delete(st))
show('del list[2**63]', delete(big))
show('del list[5]', delete(5))
show('list[2**63]', lambda: lst[big])
show('str[float]', lambda: s[fl])
show('str[str]', lambda: s[st])
show('str[None]', lambda: s[None])
show('str[2**63]', lambda: s[big])
show('str[5]', lambda: s[5])
print('str[I()] ->', s[I()])
show('tuple[str]', lambda: tup[st])
show('tuple[2**63]', lambda: tup[big])
show('range[float]', lambda: r[fl])
show('range[2**63]', lambda: r[big])
show('range[3]', lambda: r[3])
print('range[-1] ->', r[-1], range(0, 10, 3)[2])


# Unpacking.
def unpack_star(v):
    def f():
        x, *rest = v
        return x, rest
    return f

def unpack_star_first(v):
    def f():
        *init, y = v
    return f

def unpack_plain(v):
    def f():
        a, b = v
    return f

class BadGetitem:
    def __getitem__(self, i):
        raise TypeError('boom')

class BadIter:
    def __iter__(self):
        return 5

show('x, *r = 5', unpack_star(5))
show('x, *r = None', unpack_star(None))
show('*i, y = 1.5', unpack_star_first(1.5))
show('x, *r = iter([])', unpack_star(iter([])))
show('x, *r = BadGetitem()', unpack_star(BadGetitem()))
show('x, *r = BadIter()', unpack_star(BadIter()))
show('a, b = None', unpack_plain(None))
show('a, b = 5', unpack_plain(5))
print(unpack_star('xyz')(), unpack_star(range(3))())


# Attributes on __slots__ classes.
class S:
    __slots__ = ('x',)
    k = 5
    def m(self):
        pass

class T(S):
    pass

class U(S):
    __slots__ = ('z',)

class Plain:
    def m(self):
        pass

show('S().m = 1', lambda: setattr(S(), 'm', 1))
show('S().k = 1', lambda: setattr(S(), 'k', 1))
show('S().y = 1', lambda: setattr(S(), 'y', 1))
show('U().m = 1', lambda: setattr(U(), 'm', 1))
show('del S().x (unset)', lambda: delattr(S(), 'x'))
show('del T().x (unset)', lambda: delattr(T(), 'x'))
show('del U().x (unset)', lambda: delattr(U(), 'x'))
show('del S().m', lambda: delattr(S(), 'm'))
show('del S().k', lambda: delattr(S(), 'k'))
show('del S().y', lambda: delattr(S(), 'y'))
show('del T().m', lambda: delattr(T(), 'm'))
show('del Plain().m', lambda: delattr(Plain(), 'm'))
show('S().x', lambda: S().x)
obj = S()
obj.x = 1
del obj.x
show('del twice', lambda: delattr(obj, 'x'))
t = T()
t.m = 'shadow'
print('T().m =', t.m)


# Properties: named (set by the class statement) or not (added afterwards).
class C:
    pass

C.p = property(lambda self: 1)

class D:
    @property
    def p(self):
        return 1

class E:
    p = property(lambda self: 1)
    q = p

class Outer:
    class Inner:
        p = property(lambda self: 1)

class WithSetter:
    @property
    def p(self):
        return self._p

    @p.setter
    def p(self, v):
        self._p = v

Outer.Inner.late = property(lambda self: 2)
shared = property(lambda self: 3)

class F1:
    a = shared

class F2:
    b = shared.getter(lambda self: 4)

F2.c = shared.setter(lambda self, v: None).getter(lambda self: 5)

show('C().p = 5', lambda: setattr(C(), 'p', 5))
show('del C().p', lambda: delattr(C(), 'p'))
show('D().p = 5', lambda: setattr(D(), 'p', 5))
show('del D().p', lambda: delattr(D(), 'p'))
show('E().p = 5', lambda: setattr(E(), 'p', 5))
show('E().q = 5', lambda: setattr(E(), 'q', 5))
show('Inner().p = 5', lambda: setattr(Outer.Inner(), 'p', 5))
show('del Inner().p', lambda: delattr(Outer.Inner(), 'p'))
show('Inner().late = 5', lambda: setattr(Outer.Inner(), 'late', 5))
show('del WithSetter().p', lambda: delattr(WithSetter(), 'p'))
show('F1().a = 5', lambda: setattr(F1(), 'a', 5))
show('F2().b = 5', lambda: setattr(F2(), 'b', 5))
show('del F2().c', lambda: delattr(F2(), 'c'))
w = WithSetter()
w.p = 7
print('WithSetter().p =', w.p, F2().b, F2().c)
