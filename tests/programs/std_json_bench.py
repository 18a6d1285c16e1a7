import json
EMPTY = ({}, 2000)
SIMPLE = ({'key1': 0, 'key2': True, 'key3': 'value', 'key4': 'foo', 'key5': 'string'}, 1000)
NESTED = ({'key1': 0, 'key2': SIMPLE[0], 'key3': 'value', 'key4': [1, 2.5, None, 'x\u00e9\n'], 'key5': 'string'}, 1000)
HUGE = ([NESTED[0]] * 100, 1)
for obj, n in (EMPTY, SIMPLE, NESTED, HUGE):
    for _ in range(min(n, 50)):
        s = json.dumps(obj)
    print(len(s), json.loads(s) == obj)
print(json.dumps(NESTED[0], indent=2, sort_keys=True))
print(json.dumps([1.0, 1e20, float('inf'), -0.0], allow_nan=True))
print(json.dumps({'a': 'é'}, ensure_ascii=False), json.dumps('é\U0001f600'))
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1.5e3, "d": "\\u00e9\\ud83d\\ude00"}'))
print(json.dumps({1: 2, True: 3, None: 4, 2.5: 5}))
print(json.dumps([1, 2], separators=(',', ':')))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(e, e.pos, e.lineno, e.colno)
try:
    json.dumps({'a': {1, 2}})
except TypeError as e:
    print(e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=Enc))
print(json.loads('[1, 2]', object_pairs_hook=None), json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
