"""An LZ77-style compressor and decompressor over bytes: a hash table from 3-byte
prefixes (`data[i:i + 3]` slices as dict keys) to recent positions, match extension by
indexing, a `bytearray` output with `+=`, `append`, `extend`, overlapping copies done
byte by byte and by slice, `int.to_bytes`/`int.from_bytes` headers, `bytes.join`, and
a hex dump built with `bytes.hex`."""
import sys

MIN_MATCH = 3
MAX_MATCH = 130
WINDOW = 4096


def compress(data):
    out = bytearray(len(data).to_bytes(4, "big"))
    table = {}
    literals = bytearray()
    i = 0
    n = len(data)

    def flush_literals():
        start = 0
        while start < len(literals):
            chunk = literals[start:start + 127]
            out.append(len(chunk))
            out.extend(chunk)
            start += 127
        literals.clear()

    while i < n:
        best_len = 0
        best_dist = 0
        if i + MIN_MATCH <= n:
            key = data[i:i + MIN_MATCH]
            candidates = table.get(key)
            if candidates:
                for pos in reversed(candidates):
                    dist = i - pos
                    if dist > WINDOW:
                        break
                    length = MIN_MATCH
                    limit = min(MAX_MATCH, n - i)
                    while length < limit and data[pos + length] == data[i + length]:
                        length += 1
                    if length > best_len:
                        best_len, best_dist = length, dist
                        if length == limit:
                            break
                candidates.append(i)
                if len(candidates) > 16:
                    del candidates[0]
            else:
                table[key] = [i]
        if best_len >= MIN_MATCH:
            flush_literals()
            out.append(0x80 | (best_len - MIN_MATCH))
            out += best_dist.to_bytes(2, "big")
            for j in range(i + 1, min(i + best_len, n - MIN_MATCH + 1)):
                table.setdefault(data[j:j + MIN_MATCH], []).append(j)
            i += best_len
        else:
            literals.append(data[i])
            i += 1
    flush_literals()
    return bytes(out)


def decompress(blob):
    size = int.from_bytes(blob[:4], "big")
    out = bytearray()
    i = 4
    while i < len(blob):
        tag = blob[i]
        if tag & 0x80:
            length = (tag & 0x7F) + MIN_MATCH
            dist = int.from_bytes(blob[i + 1:i + 3], "big")
            start = len(out) - dist
            if dist >= length:
                out += out[start:start + length]
            else:
                for k in range(length):
                    out.append(out[start + k])
            i += 3
        else:
            out += blob[i + 1:i + 1 + tag]
            i += 1 + tag
    if len(out) != size:
        raise ValueError(f"size mismatch {len(out)} != {size}")
    return bytes(out)


def sample_data(kind, size, seed):
    state = seed
    chunks = []
    total = 0
    words = [b"alpha", b"beta", b"gamma", b"delta", b"\x00\x00\x00\x00", b"interpreter",
             b"\xff\xfe", b"quicken ", b"\n"]
    while total < size:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if kind == "text":
            chunk = words[(state >> 8) % len(words)] + b" "
        elif kind == "runs":
            chunk = bytes([(state >> 12) % 4 + 65]) * ((state >> 16) % 40 + 1)
        else:
            chunk = bytes((state >> s) & 0xFF for s in (3, 11, 19))
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)[:size]


def main(n):
    total_in = total_out = 0
    for kind in ("text", "runs", "noise"):
        data = sample_data(kind, n, len(kind))
        packed = compress(data)
        unpacked = decompress(packed)
        if unpacked != data:
            raise AssertionError(kind)
        total_in += len(data)
        total_out += len(packed)
        print(f"{kind:6s} {len(data):8d} -> {len(packed):8d} bytes ({len(packed) / len(data):.3f})")
        print("       head", packed[:12].hex(" "), "tail", packed[-6:].hex())
    blob = bytearray(sample_data("text", 4000, 3))
    blob[100:200] = blob[1000:1100]
    blob[50:60] = b""
    blob[-5:] = b"!" * 5
    print("edited", len(blob), compress(bytes(blob))[:8].hex(), blob.count(b"alpha"),
          blob.find(b"!!!"), blob[:20].upper())
    print(f"total {total_in} -> {total_out}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 45000)
