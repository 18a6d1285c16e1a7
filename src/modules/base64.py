# The `base64` module: Base16, Base32, Base64, Ascii85 and Base85 over
# binascii, with CPython's errors.

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)


def _decode_input(text):
    """What the decoders accept: ASCII str, or any bytes-like object."""
    if isinstance(text, str):
        try:
            return text.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(text, bytes_types):
        return text
    try:
        return memoryview(text).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'"
                        % text.__class__.__name__) from None


def _encode_input(data):
    """What the Base32/85 encoders accept: a bytes-like object (memoryview's
    own error otherwise)."""
    if isinstance(data, bytes_types):
        return bytes(data)
    return memoryview(data).tobytes()


def _checked_lines_input(data):
    """encodebytes/decodebytes take one-dimensional byte buffers only."""
    try:
        view = memoryview(data)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % data.__class__.__name__) from err
    if view.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s" % (view.format, data.__class__.__name__))
    if view.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s" % (view.ndim, data.__class__.__name__))
    return view.tobytes()


def _bytes_like(value):
    if isinstance(value, bytes_types):
        return value
    try:
        return memoryview(value).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'") from None


def _swap_bytes(data, old, new):
    """`data` with each byte of `old` replaced by the matching one of `new`
    (what bytes.translate with bytes.maketrans(old, new) does)."""
    replacement = dict(zip(_bytes_like(old), _bytes_like(new)))
    return bytes([replacement.get(code, code) for code in data])


def _two_altchars(altchars):
    assert len(altchars) == 2, repr(altchars)
    return altchars


def b64encode(s, altchars=None):
    """Base64 of the bytes-like `s`, with `altchars` for '+/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return encoded
    return _swap_bytes(encoded, b'+/', _two_altchars(altchars))


def b64decode(s, altchars=None, validate=False):
    """The bytes of Base64 `s`; with `validate`, non-alphabet characters are errors."""
    data = _decode_input(s)
    if altchars is not None:
        data = _swap_bytes(data, _two_altchars(_decode_input(altchars)), b'+/')
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Base64 with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """The bytes of standard-alphabet Base64 `s`."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' in place of '+' and '/'."""
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    """The bytes of URL-safe Base64 `s`."""
    return b64decode(_swap_bytes(_decode_input(s), b'-_', b'+/'))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'

# Base32 works on 5-byte blocks written as 8 digits. A short last block of
# k bytes keeps the digits that carry its bits and pads the rest with '=':
_B32_PAD_FOR_TAIL = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
# ... and the reverse: '=' count -> bytes of the last block that are real.
_B32_TAIL_FOR_PAD = {pad: tail for tail, pad in _B32_PAD_FOR_TAIL.items() if tail}


def _b32encode(alphabet, s):
    data = _encode_input(s)
    digits = bytearray()
    for start in range(0, len(data), 5):
        block = data[start:start + 5]
        block += b'\0' * (5 - len(block))
        bits = int.from_bytes(block, 'big')
        digits.extend(alphabet[(bits >> shift) & 31] for shift in range(35, -1, -5))
    pad = _B32_PAD_FOR_TAIL[len(data) % 5]
    if pad:
        digits[-pad:] = b'=' * pad
    return bytes(digits)


def _b32decode(alphabet, s, casefold=False, map01=None):
    data = _decode_input(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        one = _decode_input(map01)
        assert len(one) == 1, repr(one)
        data = _swap_bytes(data, b'01', b'O' + one)
    if casefold:
        data = data.upper()
    digits = data.rstrip(b'=')
    pad = len(data) - len(digits)
    value_of = {code: value for value, code in enumerate(alphabet)}
    decoded = bytearray()
    for start in range(0, len(digits), 8):
        group = digits[start:start + 8]
        bits = 0
        for code in group:
            value = value_of.get(code)
            if value is None:
                raise binascii.Error('Non-base32 digit found')
            bits = bits << 5 | value
        decoded += (bits << 5 * (8 - len(group))).to_bytes(5, 'big')
    if pad and pad not in _B32_TAIL_FOR_PAD:
        raise binascii.Error('Incorrect padding')
    if pad and decoded:
        del decoded[len(decoded) - 5 + _B32_TAIL_FOR_PAD[pad]:]
    return bytes(decoded)


def b32encode(s):
    """Base32 of the bytes-like `s`."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes of Base32 `s`."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the extended hex alphabet."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """The bytes of extended-hex Base32 `s`."""
    return _b32decode(_B32HEX, s, casefold)


_HEX_UPPER = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """Base16 (upper-case hex) of the bytes-like `s`."""
    return binascii.b2a_hex(s).upper()


def b16decode(s, casefold=False):
    """The bytes of Base16 `s` (upper case unless `casefold`)."""
    data = _decode_input(s)
    if casefold:
        data = data.upper()
    if not _HEX_UPPER.issuperset(data):
        raise binascii.Error('Non-base16 digit found')
    return binascii.a2b_hex(data)


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    """Base-85 digits of each 4-byte word of `b` (zero-filled at the end),
    as `chars`; words of zeros or spaces may fold into 'z' or 'y'. Without
    `pad` the digits standing for the fill are dropped again."""
    data = _encode_input(b)
    fill = -len(data) % 4
    data += b'\0' * fill
    out = bytearray()
    last_folded = False
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        last_folded = foldnuls and word == 0
        if last_folded:
            out += b'z'
            continue
        if foldspaces and word == 0x20202020:
            out += b'y'
            continue
        group = bytearray(5)
        for place in range(4, -1, -1):
            word, digit = divmod(word, 85)
            group[place] = chars[digit]
        out += group
    if fill and not pad:
        if last_folded:
            # A folded last word must be spelled out before it is cut.
            out[-1:] = chars[0:1] * 5
        del out[-fill:]
    return bytes(out)


_A85 = bytes(range(33, 118))
_A85_IGNORED_DEFAULT = b' \t\n\r\v'


def _wrap_lines(text, width, adobe):
    """`text` cut into lines of `width`; with `adobe`, the closing '~>' must
    still fit on the last line, else it gets a line of its own."""
    width = max(2 if adobe else 1, width)
    lines = [text[i:i + width] for i in range(0, len(text), width)]
    if adobe and len(lines[-1]) + 2 > width:
        lines.append(b'')
    return b'\n'.join(lines)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of the bytes-like `b`."""
    text = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        text = b'<~' + text
    if wrapcol:
        text = _wrap_lines(text, wrapcol, adobe)
    return text + b'~>' if adobe else text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=_A85_IGNORED_DEFAULT):
    """The bytes of Ascii85 `b`."""
    data = _decode_input(b)
    if adobe:
        if not data.endswith(b'~>'):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(b'~>'))
        data = data[2 if data.startswith(b'<~') else 0:-2]
    out = bytearray()
    group = []
    # Four 'u's (the largest digit) complete a short last group; the bytes
    # they stand for are cut off at the end.
    for code in data + b'uuuu':
        if 33 <= code <= 117:
            group.append(code - 33)
            if len(group) < 5:
                continue
            word = 0
            for digit in group:
                word = word * 85 + digit
            if word > 0xffffffff:
                raise ValueError('Ascii85 overflow')
            out += word.to_bytes(4, 'big')
            group = []
        elif code == 122 or (foldspaces and code == 121):
            if group:
                raise ValueError('%c inside Ascii85 5-tuple' % code)
            out += b'\0\0\0\0' if code == 122 else b'    '
        elif code not in ignorechars:
            raise ValueError('Non-Ascii85 digit found: %c' % code)
    if len(group) < 4:
        del out[len(out) - (4 - len(group)):]
    return bytes(out)


_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        b"!#$%&()*+-;<=>?@^_`{|}~")


def b85encode(b, pad=False):
    """Base85 (as in git) of the bytes-like `b`."""
    return _85encode(b, _B85, pad)


def b85decode(b):
    """The bytes of Base85 `b`."""
    data = _decode_input(b)
    value_of = {code: value for value, code in enumerate(_B85)}
    fill = -len(data) % 5
    # '~' (the largest digit) completes a short last group.
    data += b'~' * fill
    out = bytearray()
    for start in range(0, len(data), 5):
        word = 0
        for offset, code in enumerate(data[start:start + 5]):
            value = value_of.get(code)
            if value is None:
                raise ValueError('bad base85 character at position %d' % (start + offset))
            word = word * 85 + value
        if word > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += word.to_bytes(4, 'big')
    if fill:
        del out[-fill:]
    return bytes(out)


MAXLINESIZE = 76  # characters of Base64 per line
MAXBINSIZE = (MAXLINESIZE // 4) * 3  # input bytes per line


def encodebytes(s):
    """Base64 of `s` in lines of 76 characters, each ending in a newline."""
    data = _checked_lines_input(s)
    return b''.join(binascii.b2a_base64(data[at:at + MAXBINSIZE]) for at in range(0, len(data), MAXBINSIZE))


def decodebytes(s):
    """The bytes of multi-line Base64 `s`."""
    return binascii.a2b_base64(_checked_lines_input(s))


def _read_block(stream, size):
    """Up to `size` bytes, reading again after short reads (pipes) until
    the end of the stream."""
    block = stream.read(size)
    while block and len(block) < size:
        more = stream.read(size - len(block))
        if not more:
            break
        block += more
    return block


def encode(input, output):
    """Base64-encodes the binary file `input` into `output`."""
    for block in iter(lambda: _read_block(input, MAXBINSIZE), b''):
        output.write(binascii.b2a_base64(block))


def decode(input, output):
    """Decodes the Base64 file `input` into `output`."""
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))
