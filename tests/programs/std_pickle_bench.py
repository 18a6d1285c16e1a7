import pickle, datetime, random
random.seed(5)
DICT = {'ads_flags': 0, 'age': 18, 'bulletin_count': 0, 'comment_count': 0, 'country': 'BR', 'encrypted_id': 'G9urXXAJwjE',
        'favorite_artists': ['Geo', 'Ben Harper', 'Bob Marley'], 'gender': 'm', 'has_picture': 1, 'id': 7017683, 'location': '',
        'music_pref': [], 'name': 'x', 'num_tracks': 0, 'nick': ['Ni\xf1o', 0.25, (1, 2)]}
TUPLE = ([265867233, 265868503, 265252341, 265243910, 265879514], 60)
NESTED = [[[[i, 'n%d' % i, float(i)] for i in range(10)] for _ in range(5)]]
data = [DICT, TUPLE, NESTED, list(range(300)), {i: -i * 7 for i in range(200)}]
total = 0
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in data:
        s = pickle.dumps(obj, proto)
        total += len(s)
        assert pickle.loads(s) == obj, (proto, obj)
print(total)
for i in range(50):
    s = pickle.dumps(data)
    back = pickle.loads(s)
print(back == data, len(s))
print(pickle.dumps(DICT)[:60])
