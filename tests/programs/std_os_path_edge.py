# os.path edge cases: join/commonpath/relpath argument errors, bytes realpath, link loops.
import os.path as P, os, tempfile
print(P.join('a'), P.join('a','b','/c','d'), P.join('a/', 'b', ''), P.join(b'a', b'b'))
for bad in [('a', b'b'), (1,), ('a', 1)]:
    try: P.join(*bad)
    except TypeError as e: print(e)
print(P.commonprefix(['abc','abd','ab']), P.commonprefix([]), P.commonprefix([[1,2],[1,3]]))
print(P.commonpath(['/a/b/c','/a/b/d','/a/./b']), P.commonpath(['a/b','a']), P.commonpath([b'/x/y', b'/x']))
for bad in [['/a','b'], [], ['/a', b'/b']]:
    try: print(P.commonpath(bad))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(P.relpath('/a/b/c','/a/d'), P.relpath('/a','/a'), P.relpath(b'/x/y', b'/x'))
try: P.relpath('')
except ValueError as e: print(e)
try: P.relpath('a', b'b')
except TypeError as e: print(e)
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    os.symlink('loop1', 'loop2'); os.symlink('loop2', 'loop1'); os.makedirs('x/y'); os.symlink('x/y', 'ln')
    print(P.relpath(P.realpath('loop1'), d), P.relpath(P.realpath('ln/../..'), d), P.relpath(P.realpath(b'ln/z'), d.encode()))
    print(P.relpath(P.realpath('../' + P.basename(d) + '/ln/./'), d))
    try: P.realpath('loop1', strict=True)
    except OSError as e: print(type(e).__name__)
print(P.expanduser('x~'), P.normpath('//a//b/../c/.'), P.split('//a//'), P.splitext('.a.b'))
