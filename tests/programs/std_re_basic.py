# re: compile, match/search/fullmatch, groups, Match objects, flags, reprs.
import re

p = re.compile(r'(\w+)@(\w+)\.com')
m = p.search('mail bob@example.com now')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m.groups(), m.span(), m.start(1), m.end(2), m.span(2))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string)
print(m[0], m[1], m.regs)
print(p, p.pattern, p.flags, p.groups, p.groupindex)

print(re.match('abc', 'abcdef'))
print(re.match('abc', 'xabc'))
print(re.search('abc', 'xabc'))
print(re.fullmatch('abc', 'abc'), re.fullmatch('abc', 'abcd'), re.fullmatch('a|ab', 'ab'))

# named groups, backreferences
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe x')
print(m.group('first'), m['last'], m.groupdict(), m.lastgroup, m.lastindex)
print(re.search(r'(?P<q>["\']).*?(?P=q)', 'say "hi" and \'bye\'').group())
print(re.search(r'(\w)\1', 'abccd').group(), re.sub(r'(\w)\1', r'<\1\1>', 'aabbcd'))
print(re.compile(r'(?P<a>x)(?P<b>y)?').match('x').groupdict('-'))
print(re.match(r'(a)(b)?', 'a').groups(), re.match(r'(a)(b)?', 'a').groups(0))
m = re.match(r'(a)(b)?', 'a')
print(m.span(2), m.start(2), m.end(2), m.group(2))

# alternation is leftmost-first, lazy and greedy repeats
print(re.match('a|ab', 'ab').group(), re.match('ab|a', 'ab').group())
print(re.match('a*?b', 'aaab').group(), re.match('<.*>', '<a><b>').group(), re.match('<.*?>', '<a><b>').group())
print(re.match('a{2,3}', 'aaaa').group(), re.match('a{2,3}?', 'aaaa').group(), re.match('a{2}', 'aaaa').group())
print(re.match('(ab)+', 'ababab').group(1), re.match('(ab)+?', 'ababab').group(), re.match('(a|b)*c', 'abbac').groups())
print(re.match(r'x{,2}', 'xxx').group(), re.match(r'x{2,}', 'xxxx').group(), re.match('a{', 'a{').group())
print(re.match(r'(?:a|b)*?c', 'ababc').group(), re.match(r'(a*)*b', 'aaab').groups(), re.match(r'(a*)+b', 'b').groups())
print(re.match(r'(a|)+b', 'aab').groups(), re.match(r'(?:(a)|b)*', 'ab').groups())

# lookaround
print(re.findall(r'\w+(?=,)', 'a, bb, ccc'), re.findall(r'(?<=-)\w+', 'x-yy-zzz'))
print(re.findall(r'\b\w+(?!\d)\b', 'ab1 cd ef2'), re.findall(r'(?<!x)y', 'xy zy y'))
print(re.search(r'(?<=(a))b', 'ab').groups(), re.search(r'(?=(\w+))', 'hello').group(1))
# atomic groups and possessive repeats (3.11)
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'), re.match(r'a++a', 'aaa'), re.match(r'a*+b', 'aab'))
# conditionals
print(re.match(r'(<)?\w+(?(1)>|$)', '<abc>').group(), re.match(r'(<)?\w+(?(1)>|$)', 'abc').group(), re.match(r'(<)?\w+(?(1)>|$)', '<abc'))

# anchors and flags
print(re.findall(r'^\w+', 'one\ntwo\nthree'), re.findall(r'^\w+', 'one\ntwo\nthree', re.M))
print(re.findall(r'\w+$', 'one\ntwo\n'), re.findall(r'\w+$', 'one\ntwo\n', re.MULTILINE), re.search(r'o\Z', 'two\n'))
print(re.match('a.c', 'a\nc'), re.match('a.c', 'a\nc', re.S).group(), re.match('(?s)a.c', 'a\nc').group())
print(re.findall('AbC', 'abc ABC aBc', re.I), re.findall('(?i)[a-c]+', 'xAbCx'), re.findall('(?i:b)B', 'bB BB bb'))
print(re.match(r'''
   (\d+)   # number
   \s* ([a-z]+)  # word
''', '42  apples', re.X).groups())
print(re.findall(r'\d+', 'a1b22c٣٣'), re.findall(r'\d+', 'a1b22c٣٣', re.A), re.findall(r'\w+', 'héllo wörld'), re.findall(r'(?a)\w+', 'héllo'))
print(re.findall(r'\s+', 'a \t\nb\xa0c'), re.findall(r'\S+', 'a \t\nb'), re.findall(r'\W', 'a-b c!'), re.findall(r'\D', 'a1b2'))
print(re.findall(r'\bfoo\b', 'foo foobar barfoo foo.'), re.findall(r'\Bo\B', 'foo boo o'), re.search(r'\b', ''), re.search(r'\B', ''))
print(re.findall('[^a-c]', 'abcdefa'), re.findall('[a-c-]', 'a-d'), re.findall(r'[\]\\]', 'a]\\b'), re.findall('[]a]', ']a'))
print(re.findall(r'[\d\s]', '1 a2'), re.findall(r'[^\W\d]', 'a1_b'), re.findall('[.*+?]', 'a.b*c+d?'), re.findall(r'[\x41-\x43]', 'ABCD'))
print(re.findall(r'\x41\u0042\101\0', 'AB A\0'), re.findall(r'\t\n', 'a\t\nb'), re.findall('ǅ', 'ǆ ǅ Ǆ', re.I))
print(re.compile('a', re.I | re.M), re.compile(b'x+', re.I), re.compile('x', re.A | re.S), re.compile('(?x) a'), re.compile('(?im)a').flags)
print(re.I, re.I | re.M, re.A | re.I | re.S, repr(re.X), int(re.VERBOSE), re.I == 2, re.NOFLAG)

# bytes
print(re.findall(rb'\w+', b'ab cd\xe9'), re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.match(rb'(?i)AB', b'ab'))
print(re.split(rb',', b'a,b'), re.compile(rb'\d').pattern)
# pos / endpos
p = re.compile('o')
print(p.search('foo', 2), p.search('foo', 3), p.match('foo', 1), p.findall('ooooo', 1, 3), p.search('foo', -5), p.search('foo', 0, 1))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile(r'(?P<n>\d)').match('1').expand(r'[\g<n>|\1|\g<0>]'))
