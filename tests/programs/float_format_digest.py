# Formats tens of thousands of varied floats with every float presentation
# (repr/str, fixed, exponent, general, %-style, width/sign/grouping) and prints
# a CRC of each format's output plus a few samples, so any single differing
# digit shows up as a changed digest against CPython.
import random
import struct
import zlib

rng = random.Random(12345)


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def values():
    out = [0.0, -0.0, 1.0, -1.0, 0.5, 0.125, 0.375, 2.5, 1e16, 1e15, 9999999999999998.0,
           1e-4, 1e-5, 0.0001, 0.00001, 123456789.125, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
           1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 0.1, 0.2, 0.3,
           1/3, 2/3, 9.995, 9.9995, 0.045, 0.005, 1.005, 2.675, 0.95, 99.5, 999999.5]
    # Values with few decimals (prices, halves): exact midpoints for rounding.
    for i in range(3000):
        out.append(rng.randint(-10**6, 10**6) / rng.choice([1, 2, 4, 8, 10, 100, 1000, 16, 1024]))
    # Arithmetic results like 0.1*i - 3.7.
    for i in range(3000):
        out.append(0.1 * i - 3.7)
        out.append(i / 7.0)
    # Random bit patterns: every exponent, subnormals, huge values.
    for i in range(12000):
        out.append(from_bits(rng.getrandbits(64)))
    # Values near powers of ten and rounding boundaries.
    for e in range(-30, 30):
        p = 10.0 ** e
        for k in (1, 5, 9.5, 9.95, 9.999999, 1.5, 2.5):
            out.append(k * p)
            out.append(-k * p)
    # Random moderate magnitudes.
    for i in range(6000):
        out.append(rng.uniform(-1e6, 1e6) * 10.0 ** rng.randint(-12, 12))
    return out


VALS = values()

FORMATS = [
    ('repr', repr),
    ('str', str),
    ('fstr', lambda x: f'{x}'),
    ('.0f', lambda x: f'{x:.0f}'),
    ('.1f', lambda x: f'{x:.1f}'),
    ('.2f', lambda x: f'{x:.2f}'),
    ('.3f', lambda x: format(x, '.3f')),
    ('.6f', lambda x: format(x, 'f')),
    ('.10f', lambda x: format(x, '.10f')),
    ('.17f', lambda x: format(x, '.17f')),
    ('.22f', lambda x: format(x, '.22f')),
    ('%.3f', lambda x: '%.3f' % x),
    ('%f', lambda x: '%f' % x),
    ('%e', lambda x: '%e' % x),
    ('%.2e', lambda x: '%.2e' % x),
    ('%g', lambda x: '%g' % x),
    ('%.12g', lambda x: '%.12g' % x),
    ('%.15g', lambda x: '%.15g' % x),
    ('%.16g', lambda x: '%.16g' % x),
    ('%.17g', lambda x: '%.17g' % x),
    ('%r', lambda x: '%r' % x),
    ('%s', lambda x: '%s' % x),
    ('{:8.2f}', lambda x: '{:8.2f}'.format(x)),
    ('{:+,.2f}', lambda x: '{:+,.2f}'.format(x)),
    ('{:.3}', lambda x: '{:.3}'.format(x)),
    ('{:.1e}', lambda x: '{:.1e}'.format(x)),
    ('{:.8E}', lambda x: '{:.8E}'.format(x)),
    ('{:.4G}', lambda x: '{:.4G}'.format(x)),
    ('{:.1%}', lambda x: '{:.1%}'.format(x)),
    ('{:z.1f}', lambda x: '{:z.1f}'.format(x)),
    ('round', lambda x: repr(round(x, 2)) if x == x and abs(x) != float('inf') else 'skip'),
]

print(len(VALS))
for name, fmt in FORMATS:
    texts = [fmt(x) for x in VALS]
    blob = '\n'.join(texts).encode()
    print(name, len(blob), zlib.crc32(blob), texts[5], texts[40], texts[5000], texts[-1])

# Short specs (`T`, `.NT`) of every kind of object, including the errors.
for v in (5, -7, 2.5, 'ab'):
    for spec in ('d', 'f', '.2f', '.12e', '.0%', '%', 'n', 's', 'c', 'x', '.2d', '.3s', '.99g', 'Z', '.1z'):
        try:
            print(repr(v), spec, repr(format(v, spec)))
        except (ValueError, TypeError, OverflowError) as e:
            print(repr(v), spec, type(e).__name__, e)
