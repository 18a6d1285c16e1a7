# zip and enumerate refill their previous result tuple when nothing else holds it;
# tuples the program keeps must never change.
pairs = list(zip(range(5), "abcde"))
print(pairs)
kept = []
for t in zip([1, 2, 3], [4, 5, 6]):
    kept.append(t)
print(kept, [id(a) == id(b) for a, b in zip(kept, kept[1:])])
e = enumerate("xyz", start=10)
first = next(e)
second = next(e)
print(first, second, next(e))
total = 0
for a, b in zip(range(1000), range(0, 3000, 3)):
    total += a * b
for i, (a, b) in enumerate(zip("abc", [1.5, 2.5, 3.5])):
    print(i, a, b)
print(total)
# A kept reference taken inside the loop body, then the loop goes on.
seen = None
for idx, t in enumerate(zip(range(3), range(3, 6))):
    if idx == 1:
        seen = t
print(seen)
# An inner iterator that steps the same zip (re-entrant next).
def gen():
    for k in range(4):
        yield k
z = None
def meddle():
    for k in range(6):
        if k == 2:
            print("inner", next(z, None))
        yield k * 10
z = zip(gen(), meddle())
try:
    print(list(z))
except ValueError as ex:
    print("ValueError", ex)
# enumerate counting past the small-int range into big ints.
big = enumerate("ab", start=2**63 - 1)
print(list(big))
print(list(zip()), list(zip([1, 2], strict=True) if False else []))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as ex:
    print(ex)
