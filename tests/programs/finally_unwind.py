# Exceptions leaving try/finally (and variants) must keep the value stack intact.


def active():
    # Name of the exception being handled right now (what sys.exc_info() would give).
    try:
        raise Exception
    except Exception as e:
        return type(e.__context__).__name__

# 1. The original report: module level, inside a loop.
for i in range(3):
    try:
        try:
            raise KeyError(i)
        finally:
            pass
    except KeyError as e:
        print('caught', repr(e))
print('ok 1')


# 2. Same inside a function, with a non-empty finally body and a for loop after.
def f2(n):
    out = []
    for i in range(n):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
                out.append(('body', i))
            finally:
                out.append(('fin', i))
        except ValueError as e:
            out.append(('exc', e.args[0]))
    for x in 'ab':
        out.append(x)
    return out
print(f2(4))


# 3. finally inside except inside finally.
def f3():
    log = []
    for i in range(2):
        try:
            try:
                raise TypeError('outer')
            finally:
                try:
                    raise KeyError('inner')
                except KeyError:
                    try:
                        log.append('in except')
                        raise IndexError('deep')
                    finally:
                        log.append('deep finally')
        except IndexError as e:
            log.append(('caught', str(e), type(e.__context__).__name__))
    return log
print(f3())


# 4. return / break / continue inside finally within loops.
def f4_return():
    for i in range(5):
        try:
            raise ValueError
        finally:
            return i

def f4_break():
    seen = []
    for i in range(5):
        try:
            if i == 2:
                raise ValueError
            seen.append(i)
        finally:
            if i == 2:
                break
    return seen, active()

def f4_continue():
    seen = []
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            seen.append(i)
        finally:
            continue
    return seen, active()

def f4_while():
    i = 0
    total = 0
    while i < 6:
        i += 1
        try:
            try:
                raise KeyError(i)
            finally:
                if i == 3:
                    continue
                total += i
        except KeyError:
            total += 100
    return total
print(f4_return(), f4_break(), f4_continue(), f4_while())


# 5. with-statements inside try/finally.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.swallow

def f5():
    for i in range(2):
        try:
            try:
                with CM('a'), CM('b', swallow=(i == 1)):
                    raise RuntimeError(i)
                print('after with', i)
            finally:
                print('finally', i)
        except RuntimeError as e:
            print('caught', e)
    return 'done'
print(f5())


# 6. generators with try/finally.
def gen(n):
    for i in range(n):
        try:
            try:
                if i == 1:
                    raise ValueError('g')
                yield i
            finally:
                yield -i
        except ValueError:
            yield 'v'

print(list(gen(3)))

def gen2():
    try:
        yield 1
        yield 2
    finally:
        print('gen2 cleanup')

for k in range(2):
    g = gen2()
    try:
        for v in g:
            print('got', v)
            raise LookupError(v)
    except LookupError as e:
        print('lookup', e)
    g.close()


# 7. exception raised inside the finally body itself.
def f7():
    r = []
    for i in range(3):
        try:
            try:
                raise KeyError(i)
            finally:
                r.append(i)
                if i == 1:
                    raise ValueError('from finally')
        except KeyError as e:
            r.append(('key', e.args[0]))
        except ValueError as e:
            r.append(('val', str(e), repr(e.__context__)))
    return r
print(f7())


# 8. bare `raise` in except within finally.
def f8():
    r = []
    for i in range(2):
        try:
            try:
                raise OSError('first')
            finally:
                try:
                    raise KeyError('second')
                except KeyError:
                    r.append('reraising')
                    raise
        except KeyError as e:
            r.append(('outer', repr(e), repr(e.__context__)))
        r.append(active())
    return r
print(f8())


# 9. The handled exception is restored correctly after the finally re-raise.
def f9():
    try:
        raise ZeroDivisionError('handled')
    except ZeroDivisionError:
        for i in range(2):
            try:
                try:
                    raise KeyError(i)
                finally:
                    pass
            except KeyError:
                pass
            print('exc_info', active())
        try:
            raise IndexError('x')
        except IndexError as e:
            print('context', repr(e.__context__))
    print('after', active())
f9()


# 10. Deeply nested finally blocks with locals live on the stack.
def f10(n):
    acc = 0
    for a in range(n):
        for b in [1, 2]:
            try:
                try:
                    try:
                        raise ValueError(a * b)
                    finally:
                        acc += 1
                finally:
                    acc += 10
            except ValueError as e:
                acc += e.args[0]
    return acc
print(f10(4))


# 11. A try/finally with no enclosing handler in its frame: the caller's handled
# exception state must be left as it was.
def f11a():
    x = 'local'
    y = [1, 2]
    try:
        raise KeyError(x)
    finally:
        y.append(3)

for i in range(2):
    try:
        f11a()
    except KeyError as e:
        print('f11a', e, active())
    print('f11a after', active())


# 12. Uncaught at the end: traceback through the finally.
def f12():
    try:
        raise KeyError('last')
    finally:
        print('f12 finally')
f12()
