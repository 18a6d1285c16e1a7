# `for` loops: the back edge runs the FOR_ITER directly and the loop
# variable's store takes the item; iterators of several kinds at one site,
# targets that are not plain locals, continue/break/else, and lists that
# change while iterated.


def walk(seq):
    out = []
    for x in seq:
        if x == 3:
            continue
        out.append(x)
        if x == 7:
            break
    else:
        out.append("done")
    return out


def gen(n):
    for i in range(n):
        yield i * 2


for src in [range(10), list(range(5)), (1, 3, 5, 7, 9), gen(5), iter([7, 8]), "ab", {4: 0, 3: 1}, range(10, 0, -3)]:
    print(walk(src))


class Box:
    pass


b = Box()
d = {}
for b.attr in range(3):
    d[b.attr] = b.attr * b.attr
for d["last"] in [5, 6]:
    pass
print(b.attr, d)

pairs = []
for i, (a, c) in enumerate([(1, 2), (3, 4)]):
    pairs.append(i + a + c)
print(pairs)

xs = [1, 2, 3]
for x in xs:
    if len(xs) < 8:
        xs.append(x * 10)
print(xs)

total = 0
for i in range(3):
    for j in range(i, 4):
        if j == 2:
            break
        total += i * 10 + j
    else:
        total += 1000
print(total)


def shadow():
    n = 0
    for n in []:
        pass
    for k in range(2):
        pass
    return n, k


print(shadow())
