# Huffman coding, LZW, run-length, base64 and CRC32 written by hand.
TEXT = ("Peter Piper picked a peck of pickled peppers. A peck of pickled peppers Peter Piper picked. "
        "If Peter Piper picked a peck of pickled peppers, where's the peck of pickled peppers Peter Piper picked? "
        "ÄÖÜ äöü ß € — 漢字 テスト 😀") * 3


class Node:
    __slots__ = ("weight", "symbol", "left", "right", "order")

    def __init__(self, weight, symbol=None, left=None, right=None, order=0):
        self.weight = weight
        self.symbol = symbol
        self.left = left
        self.right = right
        self.order = order

    def __lt__(self, other):
        return (self.weight, self.order) < (other.weight, other.order)


class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) >> 1
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.items
        last = a.pop()
        if not a:
            return last
        top, a[0] = a[0], last
        i, n = 0, len(a)
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < n and a[l] < a[m]:
                m = l
            if r < n and a[r] < a[m]:
                m = r
            if m == i:
                return top
            a[i], a[m] = a[m], a[i]
            i = m

    def __len__(self):
        return len(self.items)


def huffman_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = MinHeap()
    order = 0
    for sym in sorted(freq):
        heap.push(Node(freq[sym], sym, order=order))
        order += 1
    while len(heap) > 1:
        a = heap.pop()
        b = heap.pop()
        heap.push(Node(a.weight + b.weight, None, a, b, order))
        order += 1
    root = heap.pop()
    codes = {}

    def walk(node, prefix):
        if node.symbol is not None:
            codes[node.symbol] = prefix or "0"
            return
        walk(node.left, prefix + "0")
        walk(node.right, prefix + "1")
    walk(root, "")
    return codes, root


def huffman_decode(bits, root):
    out = []
    node = root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.symbol is not None:
            out.append(node.symbol)
            node = root
    return "".join(out)


def lzw_compress(data):
    dict_size = 256
    dictionary = {chr(i): i for i in range(dict_size)}
    w = ""
    result = []
    for c in data:
        wc = w + c
        if wc in dictionary:
            w = wc
        else:
            result.append(dictionary[w])
            dictionary[wc] = dict_size
            dict_size += 1
            w = c
    if w:
        result.append(dictionary[w])
    return result


def lzw_decompress(compressed):
    dict_size = 256
    dictionary = {i: chr(i) for i in range(dict_size)}
    result = []
    w = chr(compressed.pop(0))
    result.append(w)
    for k in compressed:
        if k in dictionary:
            entry = dictionary[k]
        elif k == dict_size:
            entry = w + w[0]
        else:
            raise ValueError("Bad compressed k: %s" % k)
        result.append(entry)
        dictionary[dict_size] = w + entry[0]
        dict_size += 1
        w = entry
    return "".join(result)


def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def utf8_encode(s):
    out = []
    for ch in s:
        cp = ord(ch)
        if cp < 0x80:
            out.append(cp)
        elif cp < 0x800:
            out += [0xC0 | cp >> 6, 0x80 | cp & 0x3F]
        elif cp < 0x10000:
            out += [0xE0 | cp >> 12, 0x80 | (cp >> 6) & 0x3F, 0x80 | cp & 0x3F]
        else:
            out += [0xF0 | cp >> 18, 0x80 | (cp >> 12) & 0x3F, 0x80 | (cp >> 6) & 0x3F, 0x80 | cp & 0x3F]
    return out


def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = 0
        for b in chunk:
            n = n << 8 | b
        n <<= 8 * (3 - len(chunk))
        for j in range(4):
            if j <= len(chunk):
                out.append(B64[(n >> (18 - 6 * j)) & 63])
            else:
                out.append("=")
    return "".join(out)


def b64decode(s):
    out = []
    s = s.rstrip("=")
    bits = 0
    nbits = 0
    for ch in s:
        bits = bits << 6 | B64.index(ch)
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append(bits >> nbits & 0xFF)
    return out


def make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = 0xEDB88320 ^ (c >> 1) if c & 1 else c >> 1
        table.append(c)
    return table


CRC_TABLE = make_crc_table()


def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


codes, root = huffman_codes(TEXT)
encoded = "".join(codes[c] for c in TEXT)
print(len(TEXT), len(codes), len(encoded), round(len(encoded) / (8 * len(TEXT)), 4))
print(sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0]))[:8])
print(huffman_decode(encoded, root) == TEXT, encoded[:64])
lz = lzw_compress(TEXT[:200])
print(len(lz), lz[:20], max(lz))
print(lzw_decompress(list(lz)) == TEXT[:200])
print(rle("aaabccddddde"), rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"))
raw = utf8_encode(TEXT[-20:])
print(raw[:24], len(raw))
enc = b64encode(raw)
print(enc)
print(b64decode(enc) == raw, b64encode(utf8_encode("Man")), b64encode(utf8_encode("Ma")), b64encode(utf8_encode("M")))
full = utf8_encode(TEXT)
print(hex(crc32(full)), crc32(utf8_encode("The quick brown fox jumps over the lazy dog")), "%08x" % crc32([]), adler32(utf8_encode("Wikipedia")))
print(format(crc32(full[:100]), "#010x"), f"{adler32(full):032b}", oct(adler32(full)), bin(255)[2:].zfill(10))
print([hex(x) for x in CRC_TABLE[:4]], CRC_TABLE[255], sum(CRC_TABLE) % 1000003)
print(int("".join(codes[c] for c in "Peter"), 2), int(encoded[:40], 2).bit_length(), (1 << 100) // 3 % 1000, -17 >> 2, -17 & 0xFF, ~0xF0 & 0xFF, 5 ^ -3)
