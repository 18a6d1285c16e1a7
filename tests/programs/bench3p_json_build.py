"""JSON-ish encoder/decoder built with string ops only."""
ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}

def encode_str(s):
    out = ['"']
    for ch in s:
        if ch in ESC:
            out.append(ESC[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)

def encode(obj, indent=None, level=0):
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        return repr(obj)
    if isinstance(obj, str):
        return encode_str(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return '[]'
        if indent is None:
            return '[' + ', '.join(encode(x) for x in obj) + ']'
        pad = ' ' * (indent * (level + 1))
        inner = (',\n').join(pad + encode(x, indent, level + 1) for x in obj)
        return '[\n' + inner + '\n' + ' ' * (indent * level) + ']'
    if isinstance(obj, dict):
        if not obj:
            return '{}'
        items = sorted(obj.items())
        if indent is None:
            return '{' + ', '.join('%s: %s' % (encode_str(str(k)), encode(v)) for k, v in items) + '}'
        pad = ' ' * (indent * (level + 1))
        inner = ',\n'.join('{}{}: {}'.format(pad, encode_str(str(k)), encode(v, indent, level + 1)) for k, v in items)
        return '{\n' + inner + '\n' + ' ' * (indent * level) + '}'
    raise TypeError(f'Object of type {type(obj).__name__} is not JSON serializable')

class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        raise ValueError(f"{msg} at position {self.pos}")

    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in ' \t\n\r':
            self.pos += 1

    def parse(self):
        self.ws()
        v = self.value()
        self.ws()
        if self.pos != len(self.text):
            self.error("Extra data")
        return v

    def value(self):
        self.ws()
        c = self.text[self.pos:self.pos + 1]
        if c == '{':
            return self.obj()
        if c == '[':
            return self.arr()
        if c == '"':
            return self.string()
        if self.text.startswith('null', self.pos):
            self.pos += 4
            return None
        if self.text.startswith('true', self.pos):
            self.pos += 4
            return True
        if self.text.startswith('false', self.pos):
            self.pos += 5
            return False
        return self.number()

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and (self.text[self.pos].isdigit() or self.text[self.pos] in '+-.eE'):
            self.pos += 1
        s = self.text[start:self.pos]
        if not s:
            self.error("Expecting value")
        if any(ch in s for ch in '.eE'):
            return float(s)
        return int(s)

    def string(self):
        self.pos += 1
        chunks = []
        while True:
            end = self.text.find('"', self.pos)
            bs = self.text.find('\\', self.pos)
            if end < 0:
                self.error("Unterminated string")
            if 0 <= bs < end:
                chunks.append(self.text[self.pos:bs])
                esc = self.text[bs + 1]
                if esc == 'u':
                    chunks.append(chr(int(self.text[bs + 2:bs + 6], 16)))
                    self.pos = bs + 6
                else:
                    chunks.append({'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f'}.get(esc, esc))
                    self.pos = bs + 2
            else:
                chunks.append(self.text[self.pos:end])
                self.pos = end + 1
                return ''.join(chunks)

    def arr(self):
        self.pos += 1
        out = []
        self.ws()
        if self.text[self.pos] == ']':
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.text[self.pos]
            self.pos += 1
            if c == ']':
                return out
            if c != ',':
                self.error("Expecting ',' delimiter")

    def obj(self):
        self.pos += 1
        out = {}
        self.ws()
        if self.text[self.pos] == '}':
            self.pos += 1
            return out
        while True:
            self.ws()
            k = self.string()
            self.ws()
            assert self.text[self.pos] == ':', self.pos
            self.pos += 1
            out[k] = self.value()
            self.ws()
            c = self.text[self.pos]
            self.pos += 1
            if c == '}':
                return out
            if c != ',':
                self.error("Expecting ',' delimiter")

data = {
    "name": "quicken \"bench\"",
    "values": [1, 2.5, -3e10, 1e-7, 0.1 + 0.2, 10 ** 20],
    "nested": {"a": [True, False, None], "b": {"c": "tab\there"}, "é": "ünï"},
    "empty": [], "emptyd": {},
    "tuple": (1, "two"),
}
s = encode(data)
print(s)
print(encode(data, indent=2))
back = Parser(s).parse()
print(back == {**data, "tuple": [1, "two"]})
print(Parser('  [1, {"x": [2, 3.5e2]}, "a\\u00e9b"]  ').parse())
for bad in ['[1, 2', '{"a" 1}', '[1] x', '"abc']:
    try:
        Parser(bad).parse()
    except (ValueError, IndexError, AssertionError) as e:
        print(type(e).__name__, e)
try:
    encode({1: object()})
except TypeError as e:
    print(e)
total = 0
for i in range(200):
    total += len(encode({"i": i, "sq": [i * i, str(i) * 3], "f": i / 7}))
print(total)
