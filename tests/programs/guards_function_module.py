# __module__ of functions made in a loop is globals['__name__'] at the time
# each is made: renamed mid-loop, deleted, re-added, other globals dicts
# running the same code, and a globals key added (the keys change) mid-loop.

def makers(n):
    out = []
    g = globals()
    for i in range(n):
        if i == 3:
            g['__name__'] = 'renamed'
        if i == 5:
            g['extra_key_%d' % i] = i
        if i == 7:
            del g['__name__']
        if i == 9:
            g['__name__'] = 'back'
        f = lambda: i
        gen = (x for x in ())
        out.append((f.__module__, f.__qualname__, f.__name__, gen.__qualname__))
    return out

for row in makers(12):
    print(row)
__name__ = '__main__'

src = '''
def make():
    return [(lambda: 0).__module__ for _ in range(4)]
'''
code = compile(src, 'm', 'exec')
results = []
for name in ['a', 'b', None, 'c']:
    ns = {} if name is None else {'__name__': name}
    exec(code, ns)
    results.append(ns['make']())
    if name == 'b':
        ns['__name__'] = 'b2'
        results.append(ns['make']())
print(results)

def outer():
    def inner(a, b=2, *, c=3) -> int:
        "doc"
        return a + b + c
    return inner
fs = [outer() for _ in range(5)]
print([(f.__module__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__doc__, f.__annotations__) for f in fs][-1])
print(len({id(f) for f in fs}), fs[0] is not fs[1])
