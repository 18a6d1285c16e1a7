"""_codecs for quicken: encode/decode through str.encode and bytes.decode
(pickles of protocols below 3 name _codecs.encode), and escape_decode."""

__all__ = ['encode', 'decode', 'escape_decode', 'lookup_error']


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj with the codec for encoding."""
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj with the codec for encoding."""
    return obj.decode(encoding, errors)


_SIMPLE_ESCAPES = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b',
                   'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v'}


def escape_decode(data, errors=None):
    """Decodes the backslash escapes of a bytes literal's body: (bytes, length)."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    text = bytes(data).decode('latin-1')
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '\\' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = text[i + 1]
        if e in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[e])
            i += 2
        elif e == 'x':
            digits = text[i + 2:i + 4]
            if len(digits) != 2 or any(d not in '0123456789abcdefABCDEF' for d in digits):
                raise ValueError('invalid \\x escape at position %d' % i)
            out.append(chr(int(digits, 16)))
            i += 4
        elif e in '01234567':
            j = i + 1
            while j < n and j < i + 4 and text[j] in '01234567':
                j += 1
            out.append(chr(int(text[i + 1:j], 8) & 0xff))
            i = j
        else:
            out.append('\\' + e)
            i += 2
    return ''.join(out).encode('latin-1'), len(data)


def lookup_error(name):
    raise LookupError('unknown error handler name %r' % name)
