# A pure-Python JSON encoder/decoder in the style of simplejson's fallback paths.
import math


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for i in range(0x20):
    ESCAPE_DCT.setdefault(chr(i), '\\u{0:04x}'.format(i))


def py_encode_basestring_ascii(s):
    def replace(c):
        try:
            return ESCAPE_DCT[c]
        except KeyError:
            n = ord(c)
            if n < 0x10000:
                return '\\u{0:04x}'.format(n)
            else:
                n -= 0x10000
                s1 = 0xd800 | ((n >> 10) & 0x3ff)
                s2 = 0xdc00 | (n & 0x3ff)
                return '\\u{0:04x}\\u{1:04x}'.format(s1, s2)
    out = []
    for ch in s:
        if ch in ESCAPE_DCT or ord(ch) > 126:
            out.append(replace(ch))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


class Encoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, indent=None, sort_keys=False, separators=None):
        self.indent = indent
        self.sort_keys = sort_keys
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        return text

    def encode(self, o):
        return ''.join(self.iterencode(o, 0))

    def iterencode(self, o, level):
        if isinstance(o, str):
            yield py_encode_basestring_ascii(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield self.floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from self.iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from self.iterencode_dict(o, level)
        else:
            o = self.default(o)
            yield from self.iterencode(o, level)

    def _newline(self, level):
        if self.indent is None:
            return ''
        return '\n' + ' ' * (self.indent * level)

    def iterencode_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        yield '['
        first = True
        for value in lst:
            if first:
                first = False
                yield self._newline(level + 1)
            else:
                yield self.item_separator + self._newline(level + 1)
            yield from self.iterencode(value, level + 1)
        yield self._newline(level)
        yield ']'

    def iterencode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        yield '{'
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
                yield self._newline(level + 1)
            else:
                yield self.item_separator + self._newline(level + 1)
            yield py_encode_basestring_ascii(key)
            yield self.key_separator
            yield from self.iterencode(value, level + 1)
        yield self._newline(level)
        yield '}'


WHITESPACE = ' \t\n\r'
BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}


class Decoder:
    def __init__(self, s):
        self.s = s
        self.pos = 0

    def error(self, msg):
        raise JSONDecodeError(msg, self.s, self.pos)

    def skip(self):
        s = self.s
        while self.pos < len(s) and s[self.pos] in WHITESPACE:
            self.pos += 1

    def decode(self):
        self.skip()
        v = self.value()
        self.skip()
        if self.pos != len(self.s):
            self.error("Extra data")
        return v

    def value(self):
        self.skip()
        if self.pos >= len(self.s):
            self.error("Expecting value")
        c = self.s[self.pos]
        if c == '{':
            return self.obj()
        if c == '[':
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (('null', None), ('true', True), ('false', False),
                         ('NaN', float('nan')), ('Infinity', float('inf')),
                         ('-Infinity', float('-inf'))):
            if self.s.startswith(lit, self.pos):
                self.pos += len(lit)
                return val
        return self.number()

    def number(self):
        s = self.s
        start = self.pos
        if self.pos < len(s) and s[self.pos] == '-':
            self.pos += 1
        while self.pos < len(s) and s[self.pos].isdigit():
            self.pos += 1
        is_float = False
        if self.pos < len(s) and s[self.pos] == '.':
            is_float = True
            self.pos += 1
            while self.pos < len(s) and s[self.pos].isdigit():
                self.pos += 1
        if self.pos < len(s) and s[self.pos] in 'eE':
            is_float = True
            self.pos += 1
            if s[self.pos] in '+-':
                self.pos += 1
            while self.pos < len(s) and s[self.pos].isdigit():
                self.pos += 1
        text = s[start:self.pos]
        if not text or text == '-':
            self.pos = start
            self.error("Expecting value")
        return float(text) if is_float else int(text)

    def string(self):
        s = self.s
        self.pos += 1
        chunks = []
        while True:
            if self.pos >= len(s):
                self.error("Unterminated string starting at")
            c = s[self.pos]
            if c == '"':
                self.pos += 1
                return ''.join(chunks)
            if c == '\\':
                esc = s[self.pos + 1]
                if esc == 'u':
                    code = int(s[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    if 0xd800 <= code <= 0xdbff and s.startswith('\\u', self.pos):
                        low = int(s[self.pos + 2:self.pos + 6], 16)
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                        self.pos += 6
                    chunks.append(chr(code))
                    continue
                try:
                    chunks.append(BACKSLASH[esc])
                except KeyError:
                    self.error("Invalid \\escape: {0!r}".format(esc))
                self.pos += 2
            else:
                chunks.append(c)
                self.pos += 1

    def arr(self):
        self.pos += 1
        out = []
        self.skip()
        if self.s[self.pos] == ']':
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            self.skip()
            c = self.s[self.pos:self.pos + 1]
            self.pos += 1
            if c == ']':
                return out
            if c != ',':
                self.pos -= 1
                self.error("Expecting ',' delimiter")

    def obj(self):
        self.pos += 1
        out = {}
        self.skip()
        if self.s[self.pos] == '}':
            self.pos += 1
            return out
        while True:
            self.skip()
            if self.s[self.pos] != '"':
                self.error("Expecting property name enclosed in double quotes")
            k = self.string()
            self.skip()
            if self.s[self.pos] != ':':
                self.error("Expecting ':' delimiter")
            self.pos += 1
            out[k] = self.value()
            self.skip()
            c = self.s[self.pos]
            self.pos += 1
            if c == '}':
                return out
            if c != ',':
                self.pos -= 1
                self.error("Expecting ',' delimiter")


def dumps(o, **kw):
    return Encoder(**kw).encode(o)


def loads(s):
    return Decoder(s).decode()


EMPTY = ({}, 2000)
SIMPLE_DATA = {'key1': 0, 'key2': True, 'key3': 'value', 'key4': 'foo',
               'key5': 'string'}
SIMPLE = (SIMPLE_DATA, 1000)
NESTED_DATA = {'key1': 0, 'key2': SIMPLE[0], 'key3': 'value', 'key4': SIMPLE[0],
               'key5': SIMPLE[0], 'key': '\u0105\u0107\u017c'}
NESTED = (NESTED_DATA, 1000)
HUGE = ([NESTED[0]] * 1000, 1)

cases = ['EMPTY', 'SIMPLE', 'NESTED', 'HUGE']

if __name__ == '__main__':
    for name in cases:
        obj, count = globals()[name]
        s = dumps(obj)
        print(name, len(s), s[:70])
        back = loads(s)
        print(back == obj, type(back).__name__)
    doc = {"name": "Widget \"X\"", "tags": ["a", "b\tc", "\u00e9\u4e2d\U0001f600"],
           "price": 12.5, "qty": 3, "ratio": 1e-7, "big": 12345678901234567890,
           "nested": {"z": [1, 2.0, None, True, False], "a": {}}, "empty": [], 7: "seven",
           2.5: "float key", None: "none key"}
    print(dumps(doc))
    print(dumps(doc, indent=2, sort_keys=False))
    print(dumps([1, [2, [3, [4]]]], separators=(',', ':')))
    print(dumps([float('nan'), float('inf'), -float('inf'), -0.0, 1e300, 0.1]))
    rt = loads(dumps(doc))
    print(sorted(rt.keys()))
    print(rt["tags"][2] == doc["tags"][2], len(rt["tags"][2]), [hex(ord(c)) for c in rt["tags"][2]])
    for bad in ['[1, 2', '{"a" 1}', '{"a": 1,}', '[1 2]', '"abc', '', '{1: 2}', '[1] x', '"\\q"']:
        try:
            loads(bad)
        except JSONDecodeError as e:
            print(repr(bad), '->', e, '|', e.lineno, e.colno, isinstance(e, ValueError))
        except (IndexError, ValueError) as e:
            print(repr(bad), '-> other', type(e).__name__, e)
    try:
        dumps({(1, 2): 3})
    except TypeError as e:
        print("TypeError:", e)
    try:
        dumps([1, {2, 3}])
    except TypeError as e:
        print("TypeError:", e)
    print(loads(' { "k" : [ 1 , -2.5e3 , "\\u00e9\\ud83d\\ude00" ] } '))
