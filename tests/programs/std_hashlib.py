# hashlib: every algorithm, new(), update/copy/digest/hexdigest, blake2 parameters, shake, pbkdf2_hmac, errors.
import hashlib

msg = b'The quick brown fox jumps over the lazy dog'
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    h = getattr(hashlib, name)(msg)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(' ', hashlib.new(name, msg).hexdigest() == h.hexdigest(), hashlib.new(name if '_' in name or 'b' in name else name.upper()).hexdigest()[:16], getattr(hashlib, name)().digest()[:8])
h = hashlib.sha256()
h.update(b'The quick ')
c = h.copy()
h.update(b'brown fox jumps over the lazy dog')
c.update(b'red fox')
print(h.hexdigest() == hashlib.sha256(msg).hexdigest(), c.hexdigest(), h.digest()[:4], hashlib.sha256(bytearray(b'abc')).hexdigest()[:16], hashlib.md5(memoryview(b'abc')).hexdigest())
print(hashlib.md5(string=b'a').hexdigest(), hashlib.new('sha1', data=b'a').hexdigest(), hashlib.sha256(b'x' * 1000000).hexdigest())
for n in (1, 16, 64):
    print(hashlib.shake_128(msg).hexdigest(n), hashlib.shake_256(msg).digest(n)[:8])
s = hashlib.shake_128()
print(s.name, s.digest_size, s.block_size, s.hexdigest(0), hashlib.new('shake_256', b'').hexdigest(8))
print(hashlib.blake2b(msg, digest_size=16).hexdigest(), hashlib.blake2s(msg, digest_size=8).hexdigest(), hashlib.blake2b(digest_size=20).digest_size)
print(hashlib.blake2b(msg, key=b'secret').hexdigest(), hashlib.blake2s(b'', key=b'k').hexdigest())
print(hashlib.blake2b(msg, salt=b'salt', person=b'me').hexdigest()[:32], hashlib.blake2s(msg, key=b'key', salt=b'sa', person=b'p', digest_size=20).hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex(), hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 2, dklen=10).hex())
print(hashlib.pbkdf2_hmac('md5', b'pw', b's', 5, 40).hex(), hashlib.pbkdf2_hmac('sha512', b'', b'', 1).hex()[:32], hashlib.pbkdf2_hmac('sha3_256', b'p', b's', 3).hex())
print(sorted(hashlib.algorithms_guaranteed), 'sha256' in hashlib.algorithms_available)

def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(hashlib.sha256, 'text'); err(hashlib.new, 'nope'); err(hashlib.md5().update, 'x'); err(hashlib.sha1, 5); err(hashlib.blake2b, digest_size=65)
err(hashlib.blake2s, key=b'k' * 33); err(hashlib.pbkdf2_hmac, 'sha256', b'p', b's', 0); err(hashlib.pbkdf2_hmac, 'nope', b'p', b's', 1); err(hashlib.pbkdf2_hmac, 'sha1', b'p', b's', 1, 0)
err(hashlib.blake2b, salt=b's' * 17); err(hashlib.md5, data=b'a'); err(hashlib.new, 'SHA3_256'); err(hashlib.shake_128(b'').hexdigest)
