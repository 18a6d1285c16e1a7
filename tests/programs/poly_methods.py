# A method-call site that sees one class, then a second, then a fifth and
# more mid-loop (one-entry cache, polymorphic table, megamorphic cache);
# a method redefined on one class of several mid-loop; a method shadowed
# by an instance attribute; a class attribute shadowed by an instance
# attribute; a base class method replaced under a megamorphic site. Both
# tiers must call exactly what CPython calls.


class Node:
    label = "node"

    def __init__(self, v):
        self.v = v

    def eval(self):
        return self.v

    def name(self):
        return self.label


class Add(Node):
    label = "add"

    def eval(self):
        return self.v + 1


class Mul(Node):
    label = "mul"

    def eval(self):
        return self.v * 2


class Neg(Node):
    def eval(self):
        return -self.v


class Const(Node):
    label = "const"


class Sq(Mul):
    def eval(self):
        return self.v * self.v


class Half(Node):
    label = "half"

    def eval(self):
        return self.v / 2


def run(nodes, rounds):
    total = 0
    names = []
    for r in range(rounds):
        for n in nodes:
            total += n.eval()
            if r == rounds - 1:
                names.append(n.name())
    return total, names


pool = [Node(3), Add(4), Mul(5), Neg(6), Const(7), Sq(8), Half(9)]

# One class, then a second class arrives mid-loop, then more.
seen = []
acc = 0
for i in range(300):
    k = 1 if i < 100 else 2 if i < 200 else 7
    n = pool[i % k]
    acc += n.eval()
    if i % 50 == 0:
        seen.append(n.name())
print("growing", acc, seen)

# Two, three, four, five classes at the same site in one loop.
for width in (2, 3, 4, 5, 7):
    print("width", width, run(pool[:width], 40))

# A method redefined on one class of several mid-loop.
nodes = pool[:4]
acc = 0
for i in range(400):
    if i == 150:
        Mul.eval = lambda self: 1000
    if i == 300:
        del Mul.eval
    acc += nodes[i % 4].eval()
print("redefined", acc)

# The same on a site that went megamorphic.
node_eval = Node.eval
acc = 0
for i in range(700):
    if i == 200:
        Neg.eval = lambda self: 5000
    if i == 400:
        Node.eval = lambda self: -1
    if i == 600:
        del Neg.eval
    acc += pool[i % 7].eval()
print("mega redefined", acc)
del Node.eval
print("deleted", hasattr(Node, "eval"), hasattr(Add, "eval"))
try:
    run(pool, 1)
except AttributeError as e:
    print("AttributeError:", e)
Node.eval = node_eval
print("restored", run(pool, 3)[0])

# A method shadowed by an instance attribute on one instance mid-loop.
objs = [Add(1), Mul(2), Half(3), Sq(4), Neg(5)]
acc = 0
for i in range(500):
    if i == 123:
        objs[2].eval = lambda: 0.25
    if i == 377:
        del objs[2].eval
    acc += objs[i % 5].eval()
print("shadowed method", acc)

# A class attribute shadowed by an instance attribute mid-loop (LOAD_ATTR of a
# class value through instances of many classes).
labels = []
for i in range(700):
    n = pool[i % 7]
    if i == 250:
        pool[3].label = "own"
    if i == 500:
        del pool[3].label
    if i % 7 == 3 and i % 100 < 10:
        labels.append(n.label)
print("labels", labels)

# Class attribute changed on the base while the site is megamorphic.
Node.label = "renamed"
print([n.name() for n in pool])

# An attribute added to one instance (its layout changes) at a polymorphic
# attribute site.
vals = []
items = [Add(1), Mul(2), Neg(3)]
for i in range(300):
    o = items[i % 3]
    if i == 100:
        items[1].extra = "x"
    if i == 200:
        items[1].__dict__["v"] = 20
    vals.append(o.v)
print("layout change", sum(vals), vals[-3:])
