# hmac, base64 and binascii: MACs, every encoding, errors.
import hmac, hashlib, base64, binascii

key, msg = b'key', b'The quick brown fox jumps over the lazy dog'
for dm in ['md5', 'sha1', 'sha256', 'sha512', hashlib.sha3_256, 'blake2b']:
    h = hmac.new(key, msg, dm)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b'k' * 200, digestmod=hashlib.sha256)
h.update(b'part1')
c = h.copy()
h.update(b'part2')
print(h.hexdigest(), c.hexdigest(), hmac.digest(b'k', b'm', 'sha1').hex(), hmac.new(b'', b'', 'md5').hexdigest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('ab', 'ab'), hmac.compare_digest(b'a', b'ab'), hmac.compare_digest(bytearray(b'x'), b'x'))

data = b'\x00\x01binary\xff\xfe data!?'
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode),
                 (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode),
                 (base64.b85encode, base64.b85decode), (base64.standard_b64encode, base64.standard_b64decode), (base64.encodebytes, base64.decodebytes)]:
    outs = [enc(data[:n]) for n in range(0, 8)] + [enc(data)]
    print(enc.__name__, outs, all(dec(o) == data[:n] for n, o in enumerate(outs[:8])), dec(outs[-1]) == data)
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'), base64.b64decode('YWJj\nZA=='), base64.b64decode('YQ==YQ=='), base64.b64decode('ab!c=='))
print(base64.b32decode('mfrgg===', casefold=True), base64.b32decode('MFRA===='), base64.b16decode('6162', casefold=True), base64.encodebytes(b'x' * 100))
print(base64.a85encode(b'hello world', adobe=True), base64.a85encode(b'\0\0\0\0    ', foldspaces=True), base64.a85encode(b'abcdefgh' * 3, wrapcol=10), base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True))
print(base64.b85encode(b'hello', pad=True), base64.b64encode(bytearray(b'ab')), base64.b64encode(memoryview(b'ab')))
print(binascii.hexlify(b'\x01\xab'), binascii.b2a_hex(b'abc', '-'), binascii.hexlify(b'abcdef', ':', 2), binascii.hexlify(b'abcde', b' ', -2), binascii.hexlify(b'abcde', ' ', 2))
print(binascii.unhexlify('01ab'), binascii.a2b_hex(b'FFfe'), binascii.b2a_base64(b'hi'), binascii.b2a_base64(b'hi', newline=False), binascii.a2b_base64('aGk='))
print(binascii.crc32(b'hello'), binascii.crc32(b' world', binascii.crc32(b'hello')), binascii.crc32(b''), binascii.crc_hqx(b'hello', 0), binascii.crc32(b'a', 2**40))

def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(base64.b64decode, 'abc'); err(base64.b64decode, 'a'); err(base64.b64decode, 'ab!c==', validate=True); err(base64.b64decode, 'YQ=a')
err(base64.b64decode, b'YWJjZA='); err(base64.b64decode, 'é'); err(base64.b64encode, 'abc'); err(base64.b32decode, 'mfrgg==='); err(base64.b32decode, 'MFRGG')
err(base64.b32decode, 'MFRGG1=='); err(base64.b16decode, 'abcd'); err(base64.b16decode, '0G'); err(base64.b16decode, 'ABC'); err(base64.b85decode, b'|NsC0~')
err(binascii.unhexlify, 'abc'); err(binascii.unhexlify, 'zz'); err(binascii.a2b_base64, b'=YQ==', strict_mode=True); err(binascii.a2b_base64, b'YQ==YQ', strict_mode=True)
err(hmac.new, 'key', b'm', 'sha1'); err(hmac.new, b'key', b'm'); err(hmac.compare_digest, 'a', b'a'); err(hmac.new, b'k', 'text', 'md5'); err(base64.a85decode, b'abc~>', adobe=True)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
