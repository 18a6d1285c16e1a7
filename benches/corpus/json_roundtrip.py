"""A hand-written JSON encoder and decoder: recursive encoding with default and keyword
arguments (`indent=`, `sort_keys=`, `level=0`), string escaping character by character,
a recursive-descent decoder that dispatches on one-character strings and tracks its
position, and generated documents of nested dicts and lists."""
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


def encode_string(s):
    parts = ['"']
    for ch in s:
        if ch in ESCAPES:
            parts.append(ESCAPES[ch])
        elif ch < " ":
            parts.append(f"\\u{ord(ch):04x}")
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


def encode(value, indent=None, sort_keys=False, level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return encode_string(value)
    if indent is None:
        sep, pad, inner = ", ", "", ""
    else:
        sep = ","
        pad = "\n" + " " * (indent * level)
        inner = "\n" + " " * (indent * (level + 1))
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [inner + encode(v, indent=indent, sort_keys=sort_keys, level=level + 1) for v in value]
        return "[" + sep.join(items) + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        items = [inner + encode_string(k) + ": " + encode(value[k], indent, sort_keys, level + 1)
                 for k in keys]
        return "{" + sep.join(items) + pad + "}"
    raise TypeError(f"cannot encode {type(value).__name__}")


class DecodeError(ValueError):
    pass


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_space(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        self.pos = pos

    def expect(self, ch):
        if self.text[self.pos] != ch:
            raise DecodeError(f"expected {ch!r} at {self.pos}")
        self.pos += 1

    def value(self):
        self.skip_space()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "t":
            return self.literal("true", True)
        if ch == "f":
            return self.literal("false", False)
        if ch == "n":
            return self.literal("null", None)
        if ch == "-" or "0" <= ch <= "9":
            return self.number()
        raise DecodeError(f"unexpected {ch!r} at {self.pos}")

    def literal(self, word, result):
        if not self.text.startswith(word, self.pos):
            raise DecodeError(f"bad literal at {self.pos}")
        self.pos += len(word)
        return result

    def number(self):
        text = self.text
        start = self.pos
        pos = start
        if text[pos] == "-":
            pos += 1
        is_float = False
        while pos < len(text):
            ch = text[pos]
            if "0" <= ch <= "9":
                pos += 1
            elif ch in ".eE+-":
                is_float = True
                pos += 1
            else:
                break
        self.pos = pos
        return float(text[start:pos]) if is_float else int(text[start:pos])

    def string(self):
        self.expect('"')
        text = self.text
        chunks = []
        start = self.pos
        while True:
            ch = text[self.pos]
            if ch == '"':
                chunks.append(text[start:self.pos])
                self.pos += 1
                return "".join(chunks)
            if ch == "\\":
                chunks.append(text[start:self.pos])
                code = text[self.pos + 1]
                if code == "u":
                    chunks.append(chr(int(text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                else:
                    chunks.append(UNESCAPES[code])
                    self.pos += 2
                start = self.pos
            else:
                self.pos += 1

    def array(self):
        self.expect("[")
        items = []
        self.skip_space()
        if self.text[self.pos] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_space()
            if self.text[self.pos] == ",":
                self.pos += 1
            else:
                self.expect("]")
                return items

    def obj(self):
        self.expect("{")
        result = {}
        self.skip_space()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_space()
            key = self.string()
            self.skip_space()
            self.expect(":")
            result[key] = self.value()
            self.skip_space()
            if self.text[self.pos] == ",":
                self.pos += 1
            else:
                self.expect("}")
                return result


def make_document(seed, depth=0, width=4):
    state = seed
    def rnd(bound):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 10) % bound
    def build(level):
        kind = rnd(10) if level < depth else rnd(6)
        if kind == 0:
            return rnd(100000) - 50000
        if kind == 1:
            return rnd(1000000) / 64.0
        if kind == 2:
            return "name-" + str(rnd(500)) + ("\n\"quoted\"\t" if rnd(5) == 0 else "")
        if kind == 3:
            return rnd(2) == 0
        if kind == 4:
            return None
        if kind == 5:
            return "é" * rnd(3) + "text"
        if kind < 8:
            return [build(level + 1) for _ in range(rnd(width) + 1)]
        return {f"k{rnd(40)}": build(level + 1) for _ in range(rnd(width) + 1)}
    return {"id": seed, "items": [build(0) for _ in range(width * 2)]}


def count_nodes(value):
    if isinstance(value, dict):
        return 1 + sum(count_nodes(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(count_nodes(v) for v in value)
    return 1


def main(n):
    total_chars = 0
    total_nodes = 0
    digest = 0
    for seed in range(n):
        doc = make_document(seed, depth=5, width=4)
        compact = encode(doc)
        pretty = encode(doc, indent=2, sort_keys=True)
        back = Decoder(compact).value()
        again = Decoder(pretty).value()
        if back != doc or again != doc:
            raise AssertionError(f"round trip failed for {seed}")
        total_chars += len(compact) + len(pretty)
        total_nodes += count_nodes(back)
        for ch in compact[::7]:
            digest = (digest * 131 + ord(ch)) % 1000000007
    print(f"{n} documents, {total_nodes} nodes, {total_chars} characters, digest {digest}")
    sample = make_document(3, depth=2, width=2)
    print(encode(sample, indent=1, sort_keys=True)[:300])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
