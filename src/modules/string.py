"""string for quicken."""

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _sub(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                e = k + 1
                while e < n and _is_ident(t[e]):
                    e += 1
                if e > k + 1 and e < n and t[e] == '}' and _is_ident_start(t[k + 1]):
                    name = t[k + 1:e]
                    if name in mapping:
                        out.append(str(mapping[name]))
                    elif safe:
                        out.append(t[j:e + 1])
                    else:
                        raise KeyError(name)
                    i = e + 1
                    continue
            elif k < n and _is_ident_start(t[k]):
                e = k + 1
                while e < n and _is_ident(t[e]):
                    e += 1
                name = t[k:e]
                if name in mapping:
                    out.append(str(mapping[name]))
                elif safe:
                    out.append(t[j:e])
                else:
                    raise KeyError(name)
                i = e
                continue
            if safe:
                out.append(d)
                i = k
                continue
            line = t.count('\n', 0, j) + 1
            col = j - (t.rfind('\n', 0, j) + 1) + 1
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        m = {} if mapping is None else mapping
        if kws:
            m = dict(m)
            m.update(kws)
        return self._sub(m, False)

    def safe_substitute(self, mapping=None, /, **kws):
        m = {} if mapping is None else mapping
        if kws:
            m = dict(m)
            m.update(kws)
        return self._sub(m, True)
