"""AES-128 in pure Python (after pyaes), CBC/CTR modes over bytes and lists."""

def _gen_tables():
    sbox = [0] * 256
    inv = [0] * 256
    p = q = 1
    while True:
        p = p ^ ((p << 1) & 0xFF) ^ (0x1B if p & 0x80 else 0)
        q ^= q << 1
        q ^= q << 2
        q ^= q << 4
        q &= 0xFF
        if q & 0x80:
            q ^= 0x09
        x = q ^ (q << 1) ^ (q << 2) ^ (q << 3) ^ (q << 4)
        x = (x ^ (x >> 8) ^ 0x63) & 0xFF
        sbox[p] = x
        inv[x] = p
        if p == 1:
            break
    sbox[0] = 0x63
    inv[0x63] = 0
    return sbox, inv


S, Si = _gen_tables()
RCON = [0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1B, 0x36]


def xtime(a):
    return ((a << 1) ^ 0x1B) & 0xFF if a & 0x80 else a << 1


def mul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = xtime(a)
        b >>= 1
    return r


class AES(object):
    rounds = 10

    def __init__(self, key):
        if len(key) != 16:
            raise ValueError('Invalid key size %d' % len(key))
        self._key = list(key)
        self._round_keys = self._expand(self._key)

    @staticmethod
    def _expand(key):
        w = [key[i:i + 4] for i in range(0, 16, 4)]
        for i in range(4, 44):
            t = list(w[i - 1])
            if i % 4 == 0:
                t = t[1:] + t[:1]
                t = [S[b] for b in t]
                t[0] ^= RCON[i // 4 - 1]
            w.append([a ^ b for a, b in zip(w[i - 4], t)])
        return [sum(w[r * 4:r * 4 + 4], []) for r in range(11)]

    @staticmethod
    def _add(state, rk):
        return [s ^ k for s, k in zip(state, rk)]

    @staticmethod
    def _shift(state, inverse=False):
        out = [0] * 16
        for c in range(4):
            for r in range(4):
                src = ((c - r) % 4 if inverse else (c + r) % 4) * 4 + r
                out[c * 4 + r] = state[src]
        return out

    @staticmethod
    def _mix(state, inverse=False):
        coeffs = (14, 11, 13, 9) if inverse else (2, 3, 1, 1)
        out = []
        for c in range(4):
            col = state[c * 4:c * 4 + 4]
            for r in range(4):
                v = 0
                for k in range(4):
                    v ^= mul(col[(r + k) % 4], coeffs[k])
                out.append(v)
        return out

    def encrypt_block(self, block):
        if len(block) != 16:
            raise ValueError('wrong block length')
        st = self._add(list(block), self._round_keys[0])
        for rnd in range(1, self.rounds + 1):
            st = [S[b] for b in st]
            st = self._shift(st)
            if rnd != self.rounds:
                st = self._mix(st)
            st = self._add(st, self._round_keys[rnd])
        return st

    def decrypt_block(self, block):
        st = self._add(list(block), self._round_keys[self.rounds])
        for rnd in range(self.rounds - 1, -1, -1):
            st = self._shift(st, inverse=True)
            st = [Si[b] for b in st]
            st = self._add(st, self._round_keys[rnd])
            if rnd:
                st = self._mix(st, inverse=True)
        return st


def pad(data):
    n = 16 - len(data) % 16
    return data + bytes([n]) * n


def unpad(data):
    n = data[-1]
    if not 1 <= n <= 16 or data[-n:] != bytes([n]) * n:
        raise ValueError("bad padding")
    return data[:-n]


def cbc_encrypt(aes, iv, data):
    data = pad(data)
    prev = list(iv)
    out = bytearray()
    for i in range(0, len(data), 16):
        block = [a ^ b for a, b in zip(data[i:i + 16], prev)]
        prev = aes.encrypt_block(block)
        out.extend(prev)
    return bytes(out)


def cbc_decrypt(aes, iv, data):
    prev = list(iv)
    out = bytearray()
    for i in range(0, len(data), 16):
        block = list(data[i:i + 16])
        dec = aes.decrypt_block(block)
        out += bytes(a ^ b for a, b in zip(dec, prev))
        prev = block
    return unpad(bytes(out))


def ctr_crypt(aes, nonce, data):
    out = bytearray(len(data))
    counter = int.from_bytes(nonce, "big")
    for i in range(0, len(data), 16):
        ks = aes.encrypt_block(list(counter.to_bytes(16, "big")))
        counter = (counter + 1) % (1 << 128)
        for j, b in enumerate(data[i:i + 16]):
            out[i + j] = b ^ ks[j]
    return bytes(out)


key = bytes(range(16))
aes = AES(key)
pt = bytes.fromhex("00112233445566778899aabbccddeeff")
ct = bytes(aes.encrypt_block(pt))
print(ct.hex())
print(bytes(aes.decrypt_block(ct)) == pt)
print(hex(S[0x53]), hex(Si[0xED]), mul(0x57, 0x83), [hex(x) for x in S[:8]])
msg = ("The quick brown fox jumps over the lazy dog. " * 6).encode()
iv = b"\x01" * 16
enc = cbc_encrypt(aes, iv, msg)
print(len(enc), enc[:16].hex(), enc[-8:].hex())
print(cbc_decrypt(aes, iv, enc) == msg)
c2 = ctr_crypt(aes, b"\xff" * 15 + b"\xfe", msg[:70])
print(c2.hex()[:48], ctr_crypt(aes, b"\xff" * 15 + b"\xfe", c2) == msg[:70])
try:
    AES(b"short")
except ValueError as e:
    print(e)
try:
    unpad(b"abc\x05")
except ValueError as e:
    print(e)
