# json: dumps/loads/dump/load, options, hooks, errors with positions.
import json
import io

data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "ok": True, "none": None,
        "pi": 3.14159, "big": 10 ** 30, "neg": -0.0, "tiny": 1e-07, "exp": 1e100, "t": (1, 2)}
s = json.dumps(data)
print(s)
print(json.loads(s))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3, {}]], [], {"a": []}], indent=4))
print(json.dumps({"a": [1, 2]}, indent="\t"), json.dumps([1, 2], indent=0), json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1}, indent=2, separators=(", ", " = ")))
print(json.dumps("héllo\u2028\U0001F600\x01\n\"\\/\t\x7f"), json.dumps("héllo\U0001F600", ensure_ascii=False))
print(json.dumps([float("nan"), float("inf"), -float("inf")]), json.dumps({1: 2, 1.5: 3, True: 4, None: 5, False: 6, 10**20: 7}))
print(json.dumps({"b": 1, 2: 3}, skipkeys=True), json.dumps({(1,): 1, "a": 2}, skipkeys=True), json.dumps({"z": 1, "a": 2}, sort_keys=True))
print(json.dumps(None), json.dumps(True), json.dumps(12), json.dumps(2.5), json.dumps("x"), json.dumps([]), json.dumps({}))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("no")

print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))

class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)

print(json.dumps({"c": 1 + 2j}, cls=MyEncoder), MyEncoder(indent=1).encode([1j]))
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}), ''.join(json.JSONEncoder().iterencode([1])))

# decoding
print(json.loads('[1, 2.5, "x", true, false, null, {"a": {"b": []}}]'))
print(json.loads('  {"k" : [ 1 , 2 ] }  '), json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/"'), json.loads('-0'), json.loads('-0.0'), json.loads('1E+2'))
print(json.loads('12345678901234567890123'), json.loads('[NaN, Infinity, -Infinity]'), json.loads(b'{"b": 1}'), json.loads(bytearray(b'[2]')))
print(json.loads('{"a": 1, "a": 2}'), json.loads('1.5', parse_float=lambda s: 'F' + s), json.loads('7', parse_int=lambda s: int(s) * 2))
print(json.loads('[NaN]', parse_constant=lambda s: s.lower()), json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d.items())), json.loads('"a\tb"', strict=False))
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().raw_decode('xx{"a": 1}yy', 2), json.JSONDecoder().decode(' 3 '))
print(json.loads('"héllo wörld"'), json.loads('["\u00fc", 1]'))

buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))
buf.seek(0)
print(json.load(buf))

def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except json.JSONDecodeError as e:
        print('JSONDecodeError:', e, '|', e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for doc in ['', '"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '-', '01',
            '1.', '"a\nb"', '[', '{', '{"a":', 'nul', '  ', '[1] x', '\ufeff1', '[1,\n 2,\n x]', '"\\', '{"a" : 1 "b"}', 'tru', '[1, 2', '"é\x01"']:
    err(json.loads, doc)
err(json.loads, 5)
err(json.dumps, float("inf"), allow_nan=False)
err(json.dumps, {(1, 2): 3})
err(json.dumps, object())
err(json.dumps, {1: 2, "1": 3}, sort_keys=True)
a = []
a.append(a)
err(json.dumps, a)
d = {}
d["x"] = d
err(json.dumps, d)
err(json.dumps, [Point(1, 2)], default=lambda o: o)
print(json.dumps(a, check_circular=False) if False else 'skip', json.JSONDecodeError.__name__, issubclass(json.JSONDecodeError, ValueError))
