# tempfile: SpooledTemporaryFile before and after its rollover, NamedTemporaryFile, TemporaryDirectory.
import tempfile, os
for mode in ('w+b', 'w+'):
    s = tempfile.SpooledTemporaryFile(max_size=10, mode=mode)
    data = b'hello' if 'b' in mode else 'hello'
    print(s.write(data), s._rolled, s.mode, s.name, s.closed)
    s.writelines([data, data]); print(s._rolled, s.tell(), s.mode)
    s.seek(0); print(s.read(3), s.readline(), list(s)); s.truncate(2); s.seek(0); print(s.read())
    s.flush(); print(type(s.fileno()).__name__)
    with s: pass
    print(s.closed)
s = tempfile.SpooledTemporaryFile()
s.write(b'a\nb\n'); s.seek(0); print(s.readlines()); print(s.truncate()); s.close()
try:
    with s: pass
except ValueError as e: print(e)
with tempfile.NamedTemporaryFile('w+') as f:
    f.write('x'); f.seek(0); print(f.read(), os.path.exists(f.name), list(f))
print(os.path.exists(f.name), f.closed)
t = tempfile.TemporaryDirectory(); print(repr(t).startswith('<TemporaryDirectory '), os.path.isdir(t.name)); t.cleanup(); print(os.path.isdir(t.name))
