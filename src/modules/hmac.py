# The `hmac` module (RFC 2104) over hashlib's hash objects.

import hashlib as _hashlib

__all__ = ['new', 'compare_digest', 'digest', 'HMAC']

digest_size = None

_OUTER_PAD = bytes(b ^ 0x5C for b in range(256))
_INNER_PAD = bytes(b ^ 0x36 for b in range(256))


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """A keyed hash: update() it with the message, then digest()."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', 64)
        if block < 16:
            block = self.blocksize
        if len(key) > block:
            key = make(key).digest()
        self.block_size = block
        key = bytes(key) + b'\0' * (block - len(key))
        self._outer.update(bytes(_OUTER_PAD[b] for b in key))
        self._inner.update(bytes(_INNER_PAD[b] for b in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feeds more of the message."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of this HMAC."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of the message so far, as bytes."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC of the message so far, as hex text."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of `msg` under `key` with hash `digest`, in one call."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """a == b, in time that does not depend on where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode()
        b = b.encode()
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    a = bytes(a)
    b = bytes(b)
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
