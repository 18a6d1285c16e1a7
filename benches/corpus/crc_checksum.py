"""Byte-wise checksums over generated packets: table-driven CRC-32, CRC-16/CCITT,
Adler-32 and Fletcher-16, as a packet validator would compute them."""
import sys


def crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


CRC32 = crc32_table()


def crc32(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc = CRC32[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc16_ccitt(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def fletcher16(data):
    s1 = s2 = 0
    for byte in data:
        s1 = (s1 + byte) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1


def packets(count, seed):
    state = seed
    for k in range(count):
        length = 64 + k % 200
        buf = bytearray(length)
        for i in range(length):
            state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
            buf[i] = state >> 24
        yield bytes(buf)


def main(count):
    combined = 0
    corrupt = 0
    for k, pkt in enumerate(packets(count, 99)):
        c32 = crc32(pkt)
        c16 = crc16_ccitt(pkt)
        combined ^= c32 ^ (adler32(pkt) * 3) ^ (fletcher16(pkt) << 5) ^ c16
        if k % 17 == 0:
            flipped = bytearray(pkt)
            flipped[k % len(pkt)] ^= 0x10
            if crc32(flipped) != c32:
                corrupt += 1
    print(f"combined {combined:08x} corrupt detected {corrupt}")
    print(f"crc32(b'123456789') = {crc32(b'123456789'):08x}")
    print(f"crc16(b'123456789') = {crc16_ccitt(b'123456789'):04x}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2200)
