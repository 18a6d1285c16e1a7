# Generic operator sites whose specialization fails and backs off run their
# generic form in the hot loop while the counter waits; when the operand
# types later settle, the next attempt specializes them. Results must not
# depend on which path ran.
big = 10 ** 30
acc = 0
for i in range(3000):
    x = big + i if i < 2000 else i          # big ints, then small ones
    acc = (acc + x * 3) % (big * 7 + 1)
    if x > big + 1500:                      # compare: big, then small
        acc += 1
print(acc)


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, V) else o)


items = [V(i) if i % 3 == 0 else i * 0.5 if i % 3 == 1 else i for i in range(3000)]
total = V(0)
small = 0
for it in items:
    total = total + it                       # instance dunder, always
    y = it + 1 if not isinstance(it, V) else it.v + 1   # int, float mix
    if it < 100:                             # compare: instance, float, int
        small += 1
print(total.v, small, y)

s = ""
for i in range(2000):
    piece = "ab" * (i % 3) if i < 1000 else i % 7
    s = s + str(piece)                       # str + str throughout
    z = piece * 2                            # str * int, then int * int
print(len(s), z)
