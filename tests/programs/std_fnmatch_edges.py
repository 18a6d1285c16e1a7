# fnmatch: bracket edge cases (']' first, '!', unclosed, empty and reversed ranges), translate() output, bytes.
import fnmatch
pats = ['[]]', '[!]]', '[', '[!', '[]', '[!]', 'a[]b]c', '*.py', '[a-c]x', '[!a-c]*', '[z-a]', '[]-a]', 'x[!]y', '**a*b*', '?[', '[[]', '[\\]]']
for p in pats:
    print(repr(p), fnmatch.translate(p), [n for n in [']', 'a', 'b]c', 'ab]c', 'x.py', 'bx', 'dd', '[', 'x]y', 'xay', 'aab', '\\', '-'] if fnmatch.fnmatch(n, p)])
print(fnmatch.filter(['A.py', 'b.PY', 'c.py'], '*.py'), fnmatch.fnmatchcase(b'ab', b'a?'), fnmatch.filter([b'x', b'y'], b'[x]'))
