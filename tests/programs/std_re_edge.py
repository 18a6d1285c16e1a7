# re: edge cases of Python's matching semantics, long inputs.
import re

print(re.match('((a)b)', 'ab').lastindex, re.match('(a)(b)', 'ab').lastindex, re.match('(a)|(b)', 'b').lastindex, re.match('a', 'a').lastindex)
print(re.match(r'(?P<x>a)(?:b)', 'ab').lastgroup, re.match(r'(a)(?P<y>b)', 'ab').lastgroup)
print(re.findall('[A-Z]', 'aBcD', re.I), re.findall('[^a-z]', 'aBc1', re.I), re.findall(r'(?i)\w+', 'ÀÉ àé'), re.findall('é', 'É é', re.I))
print(re.match(r'(a)(?:x\1)*', 'axaxab').group(), re.match(r'(?i)(a)\1', 'aA').group(), re.search(r'(\w+)\s+\1', 'the the cat').group())
print(re.match(r'(a+|b+)*c', 'aabbc').groups(), re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match(r'(?:a|b)*?b', 'aab').group(), re.match(r'(a?)*?b', 'aab').groups(), re.match(r'(a??)b', 'ab').groups())
print(re.match(r'(?:(?:a){2,3}){2}', 'aaaaaa').group(), re.match(r'(?:ab){2,}?', 'ababab').group(), re.match(r'(?:x|xy){3}z', 'xyxyxz'))
print(re.search(r'(?<=\d{3})x', '123x').span(), re.search(r'(?<!\d{2})x', '1x 12x ax').span(), re.search(r'(?<=ab|cd)e', 'cde').span())
print(re.findall(r'(?=(aa))', 'aaaa'), re.findall(r'(?!a)', 'ab'), re.sub(r'(?<=a)', '-', 'aXa'))
print(re.match(r'a(?=b)', 'ab').group(), re.match(r'(?=a)a', 'a').group(), re.match(r'a(?!b)', 'ab'), re.search(r'(?<=a)(?=b)', 'ab').span())
print(re.match(r'\Aab\Z', 'ab').group(), re.match(r'\Aab\Z', 'ab\n'), re.search(r'b$', 'ab\n').span(), re.search(r'$', 'ab\n').span(), re.findall('$', 'a\nb\n', re.M))
print(re.search(r'^$', '', ).span(), re.findall('^', 'a\nb\n', re.M), re.sub('^', '> ', 'l1\nl2\n', flags=re.M), re.sub('$', '!', 'a\nb\n', flags=re.M))
print(re.split(r'(a)(x)?', 'bac'), re.split('(?:,|;)', 'a,b;c', 1), re.findall(r'[-+]?\d*\.\d+|\d+', '3.14 -.5 42 +7'))
print(re.match('.*', 'a\nb').group(), re.match('[\\s\\S]*', 'a\nb').group(), re.fullmatch('a*', ''), re.fullmatch(r'(a|ab)(c|bcd)', 'abcd').groups())
print(re.match('x?', '').span(), re.match('', 'abc').span(), re.search('$', 'abc').span(), re.sub('(?i)x', 'y', 'XxX'))
# long inputs: no recursion limit for simple or grouped repeats
s = 'ab' * 50000
print(len(re.match('(?:ab)*', s).group()), len(re.match('(ab)*', s).group()), re.match('(ab)*', s).span(1), len(re.findall('ab', s)))
print(len(re.match('.*', 'x' * 200000).group()), re.search('x*y', 'x' * 3000 + 'y').span(), len(re.sub('b', 'c', s)))
print(re.match('(a|b)*', s).span(), len(re.split('a', s)), re.search(r'(\w+)\1', 'xyzxyz' * 100).span())
words = ' '.join('w%d' % i for i in range(2000))
print(len(re.findall(r'\bw\d*7\b', words)), re.sub(r'w(\d+)', lambda m: m.group(1)[::-1], 'w12 w345'))
# unicode subjects: code point positions
m = re.search('é+', 'caféé!')
print(m.span(), m.group(), re.split('ü', 'aübüc'), re.sub('(.)', r'\1\1', 'ñé'), [m.start() for m in re.finditer('π', 'aπbπ')])
print(re.findall('[à-ÿ]+', 'abc àéï xyz'), re.findall(r'[\u4e00-\u9fff]+', 'hi 你好 ok 世界'), re.match(r'\w+', 'ﬁne').group())
