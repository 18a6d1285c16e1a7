# Closure cells: ones holding numbers or strings, ones given a container
# later (which can then be in a cycle), rebinding seen by the closures, and
# the counts gc.collect() reports for cycles through or next to cells.
import gc

def counter_cycle(n):
    count = 0
    label = "c"
    def bump():
        nonlocal count
        count += 1
        return count
    for i in range(n):
        bump()
        if i == n // 2:
            # The cell of an int now holds a container that refers back.
            count = 0
    bump.me = bump
    return bump

f = counter_cycle(10)
print(f(), f.__closure__[1].cell_contents if len(f.__closure__) > 1 else None)
del f
print("int cells next to a cycle", gc.collect())

def later_container():
    state = None
    def get():
        return state
    for i in range(6):
        if i == 3:
            state = [get]          # cell -> list -> function -> cell
        elif i == 5:
            state = {"f": get, "i": i}
    return get

g = later_container()
print(type(g()).__name__, sorted(g()))
del g
print("cycle made when the cell got a container", gc.collect())

def recursive():
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact
h = recursive()
print(h(10))
del h
print("recursive closure", gc.collect())

def rebinding():
    out = []
    x = 0
    fs = []
    for i in range(5):
        x = i if i != 3 else "three"
        fs.append(lambda: x)
        out.append(fs[-1]())
    x = (1, [2])
    out.append([fn() for fn in fs])
    return out
print(rebinding())

def deleted():
    v = 1
    def read():
        return v
    del v
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    v = [read]
    return read
r = deleted()
print(len(r()))
del r
print("deleted then container", gc.collect(0), gc.collect())

def many(n):
    total = 0
    for i in range(n):
        def add(y, i=i):
            return y + i
        k = i
        total += add(k) + sum(k + j for j in range(3))
    return total
print(many(300))

class Node:
    pass
def node_cell():
    node = Node()
    def get():
        return node
    node.get = get
    return get
nc = node_cell()
del nc
print("instance through cell", gc.collect())
print("clean", gc.collect())
