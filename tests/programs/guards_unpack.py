# UNPACK_SEQUENCE specialized for lists and tuples, driven through its guards:
# compact float lists, generic lists, wrong lengths, type changes mid-loop.


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __iter__(self):
        yield self.a
        yield self.b


def unpack_three(items):
    total = 0.0
    errors = []
    for it in items:
        try:
            x, y, z = it
            total += x * 2 + y * 3 + z
        except ValueError as e:
            errors.append(str(e))
        except TypeError as e:
            errors.append(str(e))
    return total, errors


floats = [[1.5, 2.5, 3.5]] * 40
ints = [[1, 2, 3]] * 40
mixed = [[1, "a" * 0 or 2, 3.0]] * 10
short = [[1.0, 2.0]]
long = [[1.0, 2.0, 3.0, 4.0]]
tuples = [(4, 5, 6)] * 10
print(unpack_three(floats + ints + mixed + short + tuples + long + floats))
print(unpack_three(tuples + [(1, 2)] + floats + [range(3), "xyz" and [7, 8, 9], 5]))

# A list that grows and shrinks between unpackings.
grow = [0.5, 1.5]
acc = []
for i in range(30):
    try:
        a, b = grow
        acc.append(a + b)
    except ValueError as e:
        acc.append(str(e))
    if i % 7 == 3:
        grow.append(i * 1.0)
    elif i % 7 == 5:
        del grow[2:]
print(acc)

# Generic objects and strings after the site specialized for lists.
pairs = [[1, 2]] * 30 + [Pair(3, 4), "ab", (5, 6), {7: 0, 8: 0}, [9, 10]]
out = []
for p in pairs:
    a, b = p
    out.append((a, b))
print(out[-6:])

# Big ints and lists of lists.
big = [[2**70, -(2**65)], [[1], [2]]] * 5
for a, b in big:
    print(a, b)
