# zlib: compress/decompress in every wbits mode, streaming objects, checksums, errors.
import zlib

text = b'hello hello hello world ' * 40 + bytes(range(256))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(text, level)
    print(level, len(c), c[:12], zlib.decompress(c) == text)
print(zlib.compress(b''), zlib.compress(b'a'), zlib.compress(b'abcabcabc', level=9))
for wbits in (9, 15, -15, -9, 31):
    c = zlib.compress(text, 6, wbits)
    print(wbits, len(c), c[:4] if wbits != 31 else c[:3], zlib.decompress(c, wbits) == text, zlib.decompress(c, 47) == text if wbits > 0 else '')
print(zlib.decompress(zlib.compress(b'x') + b'trailing garbage'), zlib.decompress(bytearray(zlib.compress(b'y'))), zlib.decompress(zlib.compress(text), bufsize=1) == text)

co = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
parts = [co.compress(text[i:i + 100]) for i in range(0, len(text), 100)]
parts.append(co.flush())
stream = b''.join(parts)
print(len(stream), stream == zlib.compress(text, 9, -15), zlib.decompress(stream, -15) == text)
co = zlib.compressobj()
first = co.compress(b'abc') + co.flush(zlib.Z_SYNC_FLUSH)
print(first, co.compress(b'def') + co.flush())
do = zlib.decompressobj()
whole = zlib.compress(text) + b'EXTRA'
out = b''.join(do.decompress(whole[i:i + 50]) for i in range(0, len(whole), 50))
print(out == text, do.eof, do.unused_data, do.unconsumed_tail, do.flush())
do = zlib.decompressobj()
got = do.decompress(zlib.compress(text), 100)
print(len(got), len(do.unconsumed_tail) > 0, do.eof)
while do.unconsumed_tail:
    got += do.decompress(do.unconsumed_tail, 100)
print(got == text, do.eof)
zd = b'hello world'
co = zlib.compressobj(zdict=zd)
c = co.compress(b'hello world hello') + co.flush()
print(c, zlib.decompressobj(zdict=zd).decompress(c))
print(zlib.crc32(b'hello'), zlib.crc32(b' world', zlib.crc32(b'hello')), zlib.adler32(b'hello'), zlib.adler32(b''), zlib.crc32(b''), zlib.adler32(b'x', 7))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.DEF_BUF_SIZE)

def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(zlib.decompress, b'xyz'); err(zlib.decompress, zlib.compress(b'hello')[:-3]); err(zlib.compress, 'abc'); err(zlib.compress, b'a', 10)
err(zlib.decompress, b'', 99); err(zlib.decompress, zlib.compress(b'abc'), -15); err(zlib.decompress, b'x\x9c\x00'); err(zlib.crc32, 'x')
print(issubclass(zlib.error, Exception), zlib.error.__module__)
