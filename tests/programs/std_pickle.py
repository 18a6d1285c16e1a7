import pickle, sys
class Point:
    def __init__(self, x, y): self.x = x; self.y = y
    def __eq__(self, o): return type(o) is Point and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
class WithState:
    def __init__(self): self.v = [1, 2]; self.cache = 'x'
    def __getstate__(self): return {'v': self.v}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = None
class NewArgs:
    def __new__(cls, n): o = object.__new__(cls); o.n = n; return o
    def __getnewargs__(self): return (self.n,)
class Red:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (Red, (self.a,))
class MyList(list): pass
class MyDict(dict): pass
shared = [1, 2]
rec = []; rec.append(rec)
d = {}; d['self'] = d
tup_rec = ([],); tup_rec[0].append(tup_rec)
objs = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63, -2**63, 2**100, -2**100, 2**2100 + 7,
        0.0, -0.0, 1.5, 1e300, float('inf'), 3.141592653589793,
        '', 'a', 'héllo\n\\ wörld \u20ac \U0001f600', 'x' * 300, b'', b'abc', b'\x00\xff' * 200, bytearray(b'ba'), bytearray(),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, 'a', None], {}, {'a': 1, 2: [3]}, {1, 2, 3}, frozenset(), frozenset({4}), set(),
        [shared, shared, (shared,)], rec, d, tup_rec, list(range(2500)), {i: str(i) for i in range(1200)},
        Point(1, 2), [Point(1, 2), Point(3, 4)], Slotted(), WithState(), NewArgs(5), Red([1]), MyList([1, 2]), MyDict(a=1),
        len, Point, int, type(None), complex(1, 2), range(1, 10, 2), ['abc', 'abc'], ('a', 'a', 'a'),
        ValueError('bad', 2), slice(1, 2), Ellipsis, NotImplemented]
for p in range(6):
    for o in objs:
        try:
            s = pickle.dumps(o, p)
        except Exception as e:
            print(p, 'ERR', type(e).__name__, e)
            continue
        print(p, s if len(s) < 200 else (len(s), __import__("hashlib").md5(s).hexdigest()))
        back = pickle.loads(s)
        r = repr(back)
        if ' object at ' in r:
            r = '%s %r' % (type(back).__name__, getattr(back, '__dict__', None) or [getattr(back, n, None) for n in getattr(type(back), '__slots__', ())])
        print('  ', r if len(r) < 100 else len(r))

# ---- errors (addresses hidden) ----
import re
def show_error(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__module__, type(e).__name__, re.sub(r" from '[^']*'", '', re.sub(r' at 0x[0-9a-f]+', '', str(e))))
    else:
        print('ok', r)

def make_local():
    class Local: pass
    def local_fn(): pass
    return Local, local_fn
Local, local_fn = make_local()
class Outer:
    class Inner:
        pass
for o in [lambda: 0, Local, local_fn, Local(), Outer.Inner, (i for i in []), len, Outer.Inner()]:
    for p in (0, 2, 4):
        show_error(lambda: pickle.dumps(o, p))
class R:
    def __init__(self, r): self.r = r
    def __reduce__(self): return self.r
for r in ["nope", 5, (), (1,), (1, 2, 3, 4, 5, 6, 7), (len, 5)]:
    show_error(lambda: pickle.dumps(R(r)))
for data in [b'', b'\x80\x04', b'\xff', b'\x80\x09N.', b'N', b'(N', b'h\x05.', b'}N.', b'c__main__\nnope\n.', b'cnomod\nx\n.', b'\x80\x04K', b'Z']:
    show_error(lambda: pickle.loads(data))
show_error(lambda: pickle.dumps(1, 6))
show_error(lambda: pickle.loads('text'))
print(pickle.dumps(1, -1), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.PicklingError.__module__, pickle.Pickler, pickle.Unpickler, issubclass(pickle.UnpicklingError, pickle.PickleError))

# ---- Pickler/Unpickler classes, files, persistent ids ----
import io
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dump([1, 2])
p.dump('two')
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
buf = io.BytesIO()
pickle.dump({'k': (1, 2)}, buf)
buf.seek(0)
print(pickle.load(buf))

class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Point):
            return ('Point', obj.x)
        return None
class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded %r' % (pid,)
for proto in (0, 2, 4):
    buf = io.BytesIO()
    DBPickler(buf, proto).dump([Point(7, 8), 'x']) if proto else None
    if proto:
        print(buf.getvalue())
        buf.seek(0)
        print(DBUnpickler(buf).load())

# ---- shared structure survives, deepcopy agrees ----
import copy
inner = [1, 2]
outer = {'a': inner, 'b': inner, 'c': (inner, Point(1, inner))}
back = pickle.loads(pickle.dumps(outer))
print(back['a'] is back['b'], back['c'][0] is back['a'], back['c'][1].y is back['a'])
dc = copy.deepcopy(outer)
print(dc['a'] is dc['b'], dc['c'][0] is dc['a'], dc['c'][1].y is dc['a'], dc == back)
print(pickle.loads(pickle.dumps(rec))[0][0] is not None, pickle.loads(pickle.dumps(d))['self'].keys())
print(copy.deepcopy(WithState()).__dict__, copy.deepcopy(NewArgs(3)).n, copy.deepcopy(Red([4])).a)
