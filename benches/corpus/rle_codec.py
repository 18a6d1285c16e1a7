"""A run-length codec for byte strings, with a round trip over generated images.

Scanline images with long runs (a paletted picture with shapes on a background) are encoded
as (count, byte) pairs with an escape for literal stretches, decoded again, and compared.
"""
import sys


def make_image(width, height, seed):
    rows = []
    state = seed
    for y in range(height):
        row = bytearray(width)
        for x in range(width):
            if (x - width // 2) ** 2 + (y - height // 2) ** 2 < (height // 3) ** 2:
                row[x] = 200
            elif (x // 16 + y // 16) % 2 == 0:
                row[x] = 30
            else:
                row[x] = 31
        # sprinkle noise so that literal runs occur
        for _ in range(width // 10):
            state = (state * 69069 + 1) & 0xFFFFFFFF
            row[state % width] = (state >> 16) & 0xFF
        rows.append(bytes(row))
    return rows


def encode(data):
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        j = i + 1
        while j < n and data[j] == b and j - i < 127:
            j += 1
        run = j - i
        if run >= 3:
            out.append(run)
            out.append(b)
            i = j
        else:
            # literal stretch: bytes until the next run of three
            start = i
            while i < n and i - start < 127:
                if i + 2 < n and data[i] == data[i + 1] == data[i + 2]:
                    break
                i += 1
            out.append(0x80 | (i - start))
            out += data[start:i]
    return bytes(out)


def decode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        head = data[i]
        if head & 0x80:
            length = head & 0x7F
            out += data[i + 1:i + 1 + length]
            i += 1 + length
        else:
            out += bytes([data[i + 1]]) * head
            i += 2
    return bytes(out)


def main(height):
    rows = make_image(320, height, 7)
    raw = 0
    packed = 0
    checksum = 0
    for row in rows:
        enc = encode(row)
        dec = decode(enc)
        if dec != row:
            raise SystemExit("round trip failed")
        raw += len(row)
        packed += len(enc)
        checksum = (checksum * 31 + sum(enc)) % 1000003
    print(f"rows {len(rows)} raw {raw} packed {packed} ratio {packed / raw:.4f}")
    print("checksum", checksum)
    print("first row head", list(encode(rows[0])[:12]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
