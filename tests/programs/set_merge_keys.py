# Set merges (|=, update, |) where the receiving set is much larger than the other one:
# keys whose __eq__ is Python code must still be consulted, and sets that lose a few keys
# at a time (dummies) keep CPython's iteration order.
class Key:
    def __init__(self, h, eq_to):
        self.h = h
        self.eq_to = eq_to
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print("eq called", self.h, other if not isinstance(other, Key) else "Key")
        return other == self.eq_to
    def __repr__(self):
        return f"Key({self.h})"

big = set(range(100, 400))
big.add(Key(1, 1))       # equal to the int 1
big.add(Key(2, "no"))    # equal to nothing
small = {1, 2, 3}
big |= small
print(len(big), 1 in big, 2 in big, 3 in big)
print(sorted(x for x in big if not isinstance(x, Key))[:5])

plain = set(range(1000))
for chunk in range(0, 1000, 7):
    plain -= set(range(chunk, chunk + 3))
print(len(plain), list(plain)[:20])
grow = set()
for i in range(0, 3000, 5):
    grow |= {i, i + 1}
    grow -= {i - 4}
print(len(grow), list(grow)[:15], list(grow)[-5:])

# A tuple key holding an instance is not native either.
t = {(Key(3, 3),)} | set(range(50))
t |= {(3,)}
print(len(t))

# Membership, add and discard ask a key whose equality is Python code when a probe meets
# it before an equal native key, as CPython does.
class Two:
    def __hash__(self):
        return 2
    def __eq__(self, other):
        print("Two.__eq__", other)
        return False
s = {Two(), 2}
s.add(2)
print(2 in s)
s.discard(2)
print(len(s), 2 in s)
