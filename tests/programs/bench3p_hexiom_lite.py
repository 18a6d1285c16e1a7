"""Constraint solver in the spirit of hexiom: Done/Pos/Node with sets & bitmasks."""
import itertools

class Dir(object):
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Dir(%d, %d)" % (self.x, self.y)

DIRS = [Dir(1, 0), Dir(-1, 0), Dir(0, 1), Dir(0, -1), Dir(1, 1), Dir(-1, -1)]
EMPTY = 7

class Done(object):
    MIN_CHOICE_STRATEGY = 0
    MAX_CHOICE_STRATEGY = 1
    HIGHEST_VALUE_STRATEGY = 2
    FIRST_STRATEGY = 3

    def __init__(self, count, empty=False):
        self.count = count
        self.cells = None if empty else [[0, 1, 2, 3, 4, 5, 6, EMPTY] for i in range(count)]

    def clone(self):
        ret = Done(self.count, True)
        ret.cells = [self.cells[i][:] for i in range(self.count)]
        return ret

    def __getitem__(self, i):
        return self.cells[i]

    def set_done(self, i, v):
        self.cells[i] = [v]

    def already_done(self, i):
        return len(self.cells[i]) == 1

    def remove(self, i, v):
        if v in self.cells[i]:
            self.cells[i].remove(v)
            return True
        return False

    def remove_all(self, v):
        for i in range(self.count):
            self.remove(i, v)

    def next_cell_min_choice(self):
        minlen = 10
        mini = -1
        for i in range(self.count):
            if 1 < len(self.cells[i]) < minlen:
                minlen = len(self.cells[i])
                mini = i
        return mini

    def next_cell_max_choice(self):
        maxlen = 1
        maxi = -1
        for i in range(self.count):
            if maxlen < len(self.cells[i]):
                maxlen = len(self.cells[i])
                maxi = i
        return maxi

    def next_cell(self, pos, strategy=HIGHEST_VALUE_STRATEGY):
        if strategy == Done.MIN_CHOICE_STRATEGY:
            return self.next_cell_min_choice()
        elif strategy == Done.MAX_CHOICE_STRATEGY:
            return self.next_cell_max_choice()
        raise Exception("Wrong strategy: %d" % strategy)

# n-queens with bitmask + itertools.permutations checks
def queens_bits(n):
    full = (1 << n) - 1
    count = 0
    stack = [(0, 0, 0)]
    while stack:
        cols, d1, d2 = stack.pop()
        if cols == full:
            count += 1
            continue
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail ^= bit
            stack.append((cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1))
    return count

def queens_perm(n):
    cols = range(n)
    res = 0
    for vec in itertools.permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            res += 1
    return res

d = Done(5)
d.set_done(0, 3)
d.remove_all(5)
d2 = d.clone()
d2.remove(1, 2)
print(d[0], d[1], d2[1], d.already_done(0), d.next_cell(None, Done.MIN_CHOICE_STRATEGY))
print(d.next_cell(None, Done.MAX_CHOICE_STRATEGY))
try:
    d.next_cell(None)
except Exception as e:
    print("error:", e)
print(DIRS)
for n in range(4, 9):
    print(n, queens_bits(n), queens_perm(n) if n <= 7 else "-")
try:
    DIRS[0].z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Dir.__slots__, hasattr(DIRS[0], "__dict__"))
