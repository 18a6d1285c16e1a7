# re: findall/finditer/sub/subn/split, empty-match rules, escape, errors.
import re

print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'(\w)=(\d)?', 'a=1 b= c=3'))
print(re.findall('', 'abc'), re.findall('x*', 'axxb'), re.findall(r'\b', 'ab cd'), re.findall('a|', 'bab'))
print([m.span() for m in re.finditer(r'\w+', 'hi there you')], [m.group() for m in re.finditer('x*', 'axb')])
it = re.finditer('a', 'aa')
print(next(it).span(), next(it).span(), list(it))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a|', '_', 'bab'), re.subn('x*', '-', 'abxd'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'), re.sub(r'(?P<w>\w+)', r'[\g<w>]', 'a bc'), re.sub('a', r'\g<0>\g<0>', 'cat'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'), re.sub('a', 'b', 'aaaa', 2), re.sub('a', 'b', 'aaaa', count=3), re.subn('a', 'b', 'aaaa'))
print(re.sub('a', r'\n\t\\', 'a'), re.sub('a', '\\\\', 'xa'), re.sub(r'(a)|b', r'[\1]', 'ab'), re.sub('(?i)A', 'x', 'aAa'), re.sub('a', 'x', 'AaA', flags=re.I))
print(re.split(r',\s*', 'a, b,c,   d'), re.split(r'(,)', 'a,b,c'), re.split(r'(,)|(;)', 'a,b;c'), re.split(',', 'a,b,c,d', maxsplit=2))
print(re.split(r'\s*', 'a b'), re.split('x*', 'axbc'), re.split(r'\b', 'ab cd'), re.split('a', ''), re.split('', 'ab'), re.split('(?=b)', 'abab'))
print(re.escape('a.b*c'), re.escape('1+1=2 #x'), re.escape('a_b-c'), re.escape(b'a.b'), re.escape('\t\n'), re.escape('ü!@%'))
p = re.compile(r'(?P<key>\w+)=(?P<val>\w+)')
print(p.sub(r'\g<val>=\g<key>', 'a=1 b=2'), p.findall('x=1;y=2'), [m.groupdict() for m in p.finditer('k=v')])
m = re.search(r'(\d+)-(\d+)', 'tel 12-34')
print(m.expand(r'\2/\1'), m.expand(r'\g<2>0'))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile(re.compile('x')).pattern, re.purge())

# tokenizer pattern: scanning with match(pos)
tok = re.compile(r'\s*(?:(\d+\.?\d*)|(\w+)|(.))')
pos, out = 0, []
src = 'x = 3.5 + foo(42)'
while pos < len(src):
    m = tok.match(src, pos)
    if not m:
        break
    out.append((m.lastindex, m.group(m.lastindex)))
    pos = m.end()
print(out)

# errors
def err(f, *a):
    try:
        r = f(*a)
        print('ok', r)
    except re.error as e:
        print('re.error:', e, '|', e.msg, e.pos, e.pattern)
    except Exception as e:
        print(type(e).__name__ + ':', e)

for bad in ['(', 'a)', '*a', 'a**', '[a-', '[z-a]', r'\q', '(?P<1>a)', '(?P=x)', r'(a)\2', '(?<=a+)b', 'a{3,2}',
            '(?P<n>a)(?P<n>b)', '(?z)', 'x(?i)y', '(?', r'\x4', '(?<a)', '+', 'a|*', '(?#unclosed', r'(a\1)', '[]', '(?(2)a|b)', r'\400']:
    err(re.compile, bad)
err(re.compile, 'a\n(')
err(re.sub, '(a)', r'\2', 'a')
err(re.sub, '(a)', r'\g<x>', 'a')
err(re.sub, '(a)', r'\q', 'a')
err(re.sub, 'a', lambda m: 1, 'a')
err(re.compile('a').match, 1)
err(re.compile('a').match, b'a')
err(re.compile(b'a').search, 'a')
err(re.compile, 1)
err(lambda: re.match('(a)', 'a').group(2))
err(lambda: re.match('(a)', 'a').group('x'))
err(lambda: re.match('(a)', 'a').start(3))
err(re.compile, 'a', re.A | re.U)
err(re.compile, b'a', re.U)
err(re.compile, re.compile('a'), re.I)
print(issubclass(re.error, Exception), re.error.__name__, type(re.compile('')).__name__, type(re.match('', '')).__name__)
