import re
text = '''From: alice@example.com
To: bob@example.org, carol@test.net
Subject: Re: meeting on 2023-04-05 at 10:30
Date: Wed, 05 Apr 2023 09:12:45 +0000

Hi Bob, call me at +1 (555) 123-4567 or 555.987.6543.
Prices: $12.50, $3, $1,299.99.  Visit https://www.example.com/path?q=1&r=two.
''' * 20
emails = re.findall(r'[\w.+-]+@[\w-]+\.[\w.]+', text)
print(len(emails), sorted(set(emails)))
dates = re.findall(r'(\d{4})-(\d{2})-(\d{2})', text)
print(len(dates), dates[0])
phones = re.findall(r'\(?\d{3}\)?[ .-]?\d{3}[.-]\d{4}', text)
print(phones[:3])
prices = [float(p.replace(',', '')) for p in re.findall(r'\$([\d,]+(?:\.\d+)?)', text)]
print(sum(prices))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'x alice@example y'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
pat = re.compile(r'(?P<key>\w+):\s*(?P<value>[^\n]*)')
for m in pat.finditer(text[:200]):
    print(m.group('key'), '=>', m['value'], m.span())
print(re.split(r'[,;]\s*', 'a, b;c ,d'), re.split(r'(\s)', 'a b  c', maxsplit=2))
words = re.findall(r"\b[a-zA-Z']+\b", text.lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print(re.match(r'^(a|b)*?c', 'ababc').group(0), re.fullmatch(r'[a-z]+\d?', 'abc1') is not None)
print(re.escape('a.b*c?'), re.search(r'(?i)HELLO', 'say hello').start(), re.subn('a', 'b', 'aaa'))
print(re.compile(r'x+', re.I | re.M).pattern, bool(re.compile('a').flags & re.UNICODE))
try:
    re.compile('(unclosed')
except re.error as e:
    print('re.error:', e)
