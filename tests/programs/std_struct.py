# struct: every format code, byte orders, sizes, alignment, Struct objects, errors.
import struct

vals = dict(b=-5, B=200, h=-300, H=60000, i=-70000, I=4000000000, l=-2**40, L=2**40, q=-2**62, Q=2**64 - 1,
            n=-7, N=9, e=1.5, f=3.25, d=-2.5, P=123)
for order in '@=<>!':
    for code, v in vals.items():
        fmt = order + code
        try:
            b = struct.pack(fmt, v)
            print(fmt, struct.calcsize(fmt), b, struct.unpack(fmt, b))
        except struct.error as e:
            print(fmt, 'error:', e)
print(struct.pack('?', 5), struct.pack('?', []), struct.unpack('??', b'\x00\x07'), struct.pack('c', b'x'), struct.unpack('3c', b'abc'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.unpack('4s', b'abcd'), struct.pack('5p', b'abc'), struct.unpack('5p', b'\x09abcd'), struct.pack('0s', b'x'), struct.pack('p', b'abc'))
print(struct.pack('3x'), struct.pack('b2xb', 1, 2), struct.pack('<hxxi', 1, 2), struct.unpack('<hxxi', b'\x01\x00\x00\x00\x02\x00\x00\x00'))
for fmt in ['@ci', '=ci', 'ic', 'ci0q', '0i', '2x3i', '@bq', '@qb', '!bq', 'e', '@hi?d', '3s2p', 'P', 'ih', '@hq', '>3h', ' i  h ', '']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('<3h', 1, 2, 3), struct.pack('>2i', 1, -1), struct.pack('!H', 0xabcd), struct.pack('<d', 1e300), struct.pack('>f', 0.1))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\x3c'), struct.pack('<e', 65504.0), struct.pack('<e', 1e-7), struct.pack('<e', -0.0), struct.pack('<e', 0.1))
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('f', 1e300), struct.pack('<d', float('inf')), struct.pack('>q', True))

class Idx:
    def __index__(self):
        return 7

print(struct.pack('i', Idx()), struct.pack('d', 3), struct.pack('d', Idx()))

s = struct.Struct('<ihd')
print(s.format, s.size, s.pack(1, 2, 3.0), s.unpack(s.pack(-1, -2, 0.5)), struct.Struct(b'>I').format)
buf = bytearray(16)
s.pack_into(buf, 2, 7, 8, 9.5)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), struct.unpack_from('<h', buf, -2), struct.unpack_from('<i', bytes(buf)))
struct.pack_into('>H', buf, 0, 0xBEEF)
print(buf[:4], list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')), list(s.iter_unpack(bytes(28))))
print(struct.unpack('<2i', memoryview(b'\x01\x00\x00\x00\x02\x00\x00\x00')), struct.unpack('<h', bytearray(b'\x05\x00')))
points = [(1, 2.5), (3, 4.5)]
packed = b''.join(struct.pack('<if', *p) for p in points)
print(packed, [struct.unpack_from('<if', packed, k * 8) for k in range(2)])

def err(f, *a):
    try:
        print('ok', f(*a))
    except struct.error as e:
        print('struct.error:', e)
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(struct.pack, 'b', 200); err(struct.pack, 'B', -1); err(struct.pack, 'h', 1 << 15); err(struct.pack, 'H', -1)
err(struct.pack, 'i', 1 << 31); err(struct.pack, '<I', -1); err(struct.pack, 'I', 1 << 32); err(struct.pack, '<L', 1 << 32)
err(struct.pack, 'q', 1 << 63); err(struct.pack, 'Q', -1); err(struct.pack, '<l', 1 << 31); err(struct.pack, 'b', 2 ** 70)
err(struct.pack, 'i', 'x'); err(struct.pack, 'i', 1.5); err(struct.pack, 'f', 'x'); err(struct.pack, '<f', 1e300); err(struct.pack, 'e', 1e10)
err(struct.pack, 'c', b'ab'); err(struct.pack, 'c', 'a'); err(struct.pack, 's', 'a'); err(struct.pack, 'p', 1)
err(struct.pack, 'ii', 1); err(struct.pack, 'i', 1, 2); err(struct.unpack, 'i', b'abc'); err(struct.unpack_from, 'i', b'abc')
err(struct.unpack_from, 'i', b'abcdef', 4); err(struct.calcsize, 'z'); err(struct.calcsize, '3'); err(struct.calcsize, 5); err(struct.calcsize, '<n')
err(struct.pack_into, 'i', bytearray(10), 8, 1); err(struct.pack_into, 'i', bytearray(10), -20, 1); err(struct.pack_into, 'i', b'xxxx', 0, 1)
err(lambda: list(struct.iter_unpack('i', b'abcde'))); err(lambda: list(struct.iter_unpack('', b'ab'))); err(struct.unpack_from, 'i', b'abcd', -5)
err(struct.unpack, 'i', 'abcd'); err(struct.Struct, 'q!')
print(issubclass(struct.error, Exception), struct.error.__name__, struct.error.__module__, type(s).__name__)
