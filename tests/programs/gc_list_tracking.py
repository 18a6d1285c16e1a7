# Lists of numbers and strings that later receive a container, through every
# way of storing into a list, still form cycles the collector finds (quicken
# registers such lists only when the first container arrives). Collections
# of the youngest generation only: full ones also find untracked objects
# through tracked ones, which would hide a missed registration.
import gc

gc.disable()
gc.collect()


class Box:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def cycle(label, make):
    lst = make()
    box = Box(label)
    box.lst = lst
    store(lst, box)
    del lst, box
    print(label, gc.collect(0))


def check(label, make, store_fn):
    global store
    store = store_fn
    cycle(label, make)


def setitem(l, b): l[0] = b
def setitem_neg(l, b): l[-1] = b
def append(l, b): l.append(b)
def insert(l, b): l.insert(1, b)
def extend(l, b): l.extend([b])
def iadd(l, b): l += [b, 5]
def slice_assign(l, b): l[1:2] = [b]
def slice_step(l, b): l[::2] = [b] * len(l[::2])
def slice_grow(l, b): l[0:0] = (b, b)
def via_tuple(l, b): l.append((1, (b,)))
def via_dict(l, b): l.append({"b": b})
def sort_key(l, b):
    l.append(b)
    l.sort(key=lambda x: 0)
def repeat(l, b):
    l.append(b)
    l *= 2


ints = lambda: [1, 2, 3, 4]
strs = lambda: "a b c d".split()
empty = lambda: []
ranges = lambda: list(range(5))
sliced = lambda: [10, 20, 30, 40, 50][1:4]
floats = lambda: [0.5] * 4


def grown():
    # Started empty, given only strings and tuples of atoms.
    out = []
    for w in "a b c".split():
        out.append(w)
    out.append((1, "d"))
    return out


for name, fn in [("setitem", setitem), ("setitem_neg", setitem_neg), ("append", append), ("insert", insert),
                 ("extend", extend), ("iadd", iadd), ("slice_assign", slice_assign), ("slice_step", slice_step),
                 ("slice_grow", slice_grow), ("via_tuple", via_tuple), ("via_dict", via_dict),
                 ("sort_key", sort_key), ("repeat", repeat)]:
    for kind, make in [("ints", ints), ("strs", strs), ("empty", empty), ("range", ranges), ("slice", sliced), ("floats", floats), ("grown", grown)]:
        if kind == "empty" and name in ("setitem", "setitem_neg"):
            continue
        check(name + " " + kind, make, fn)

# A list of atoms is reported as tracked, as CPython tracks every list.
print([gc.is_tracked(x) for x in ([], [1, 2], ["a"], [[]], list(range(3)))])

# A comprehension building a list of lists, kept in a cycle with itself.
rows = [[i] * 3 for i in range(4)]
rows.append(rows)
del rows
print("rows", gc.collect(0))

# Tuples of atoms stored into a list of atoms leave it untracked; the list
# is still freed by reference counting.
t = [(1, "a"), (2, "b")]
t.append((3, "c"))
del t
print("atoms only", gc.collect(0))
