# tomli-like parsing of a config language with str methods only.
SRC = '''
# comment
title = "Example config"
version = 3
ratio = 0.75
enabled = true
tags = ["a", "b", "c d"]

[owner]
name = "Tom \\"T\\" Preston"
dob = 1979-05-27

[database]
server = "192.168.1.1"
ports = [ 8000, 8001, 8002 ]
connection_max = 5000

[servers.alpha]
ip = "10.0.0.1"
dc = "eqdc10"
'''
class ParseError(ValueError):
    pass
def parse_value(s, lineno):
    s = s.strip()
    if s.startswith('"'):
        out = []; i = 1
        while i < len(s):
            ch = s[i]
            if ch == '\\':
                nxt = s[i + 1]
                out.append({'n': '\n', 't': '\t', '"': '"', '\\': '\\'}[nxt]); i += 2; continue
            if ch == '"':
                if s[i + 1:].strip():
                    raise ParseError('line %d: junk after string: %r' % (lineno, s[i + 1:]))
                return ''.join(out)
            out.append(ch); i += 1
        raise ParseError('line %d: unterminated string' % lineno)
    if s.startswith('['):
        inner = s[1:-1].strip()
        if not inner:
            return []
        parts = []; depth = 0; cur = ''; quoted = False
        for ch in inner:
            if ch == '"': quoted = not quoted
            if ch == ',' and not quoted and depth == 0:
                parts.append(cur); cur = ''
            else:
                cur += ch
        parts.append(cur)
        return [parse_value(p, lineno) for p in parts if p.strip()]
    if s in ('true', 'false'):
        return s == 'true'
    if s.count('-') == 2 and s.replace('-', '').isdigit():
        y, m, d = map(int, s.split('-'))
        return (y, m, d)
    try:
        return int(s.replace('_', ''))
    except ValueError:
        pass
    try:
        return float(s)
    except ValueError:
        raise ParseError('line %d: bad value %r' % (lineno, s)) from None
def loads(src):
    root = {}; table = root
    for lineno, raw in enumerate(src.splitlines(), 1):
        line = raw.partition('#')[0].strip() if not raw.lstrip().startswith('#') else ''
        if '"' in raw and '#' in raw:
            line = raw.strip()
        if not line:
            continue
        if line.startswith('[') and line.endswith(']') and '=' not in line:
            table = root
            for key in line[1:-1].strip().split('.'):
                table = table.setdefault(key.strip(), {})
            continue
        key, sep, value = line.partition('=')
        if not sep:
            raise ParseError('line %d: expected "=" in %r' % (lineno, line))
        key = key.strip()
        if key in table:
            raise ParseError('line %d: duplicate key %r' % (lineno, key))
        table[key] = parse_value(value, lineno)
    return root
import json
doc = loads(SRC)
print(json.dumps(doc, indent=1, sort_keys=True))
for bad in ('x = "open', 'y', 'z = 1\nz = 2', 'w = @'):
    try:
        loads(bad)
    except ParseError as e:
        print(type(e).__name__, e)
print('  a b  '.split(), 'a,b,,c'.split(','), 'x=1=2'.partition('='), 'abc'.rpartition('z'), 'Hello'.center(11, '*'))
print('tab\there'.expandtabs(4), 'ß'.upper(), 'ǅ'.lower(), 'hello world'.title(), '0042'.zfill(6), '-42'.zfill(6))
print('abc'.removeprefix('a'), 'abc'.removesuffix('c'), 'a-b_c'.translate(str.maketrans('-_', '  ')), 'αβγ'.encode('utf-8'))
print('%5.2f|%-6s|%+d|%x|%o|%e|%r' % (3.14159, 'ab', 5, 255, 8, 12345.678, 'q'), '{:>8}|{:^7}|{:08.3f}'.format('r', 'c', -3.5))
