# collections in realistic use: BFS with deque, word counts, grouping, records.
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict

# --- BFS shortest path on a grid with deque ---
GRID = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
]

def bfs(grid):
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    goal = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "E")
    q = deque([start])
    prev = {start: None}
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                q.append((nr, nc))
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]

path = bfs(GRID)
print("path length:", len(path) - 1)
print("path:", path[:6], "...")

# --- deque as a bounded history and a rotating buffer ---
history = deque(maxlen=4)
for cmd in ["ls", "cd src", "make", "make test", "git status", "git diff"]:
    history.append(cmd)
print(history, history.maxlen, len(history))
ring = deque(range(8))
ring.rotate(3)
print("rotated:", ring)
ring.rotate(-5)
print("back:", ring, ring[0], ring[-1])
ring.appendleft(-1); ring.extendleft([-3, -2]); ring.extend([8, 9])
print("grown:", ring, ring.popleft(), ring.pop())
print("reversed:", list(reversed(ring))[:4], 5 in ring, ring.count(3), ring.index(4))
ring.remove(5); ring.insert(2, 99); del ring[0]; ring[0] = 42
print("edited:", ring)
print("compare:", deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)

# Sliding-window maximum using a monotonic deque.
def window_max(xs, k):
    dq, out = deque(), []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out

print("window max:", window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))

# --- Counter: word frequencies ---
text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away while the lazy dog sleeps"""
words = Counter(text.split())
print("top words:", words.most_common(4))
print("the/cat:", words["the"], words["cat"], "total:", words.total())
letters = Counter(c for c in text if c.isalpha())
print("top letters:", letters.most_common(5))
inv_a = Counter(apples=3, pears=2, kiwis=1)
inv_b = Counter(apples=1, pears=4, plums=2)
print("sum:", inv_a + inv_b)
print("diff:", inv_a - inv_b)
print("union:", inv_a | inv_b)
print("inter:", inv_a & inv_b)
inv_a.update(["kiwis", "kiwis", "figs"])
inv_a.subtract(apples=5)
print("after update/subtract:", inv_a)
print("positive:", +inv_a, "elements:", sorted(Counter(a=2, b=1).elements()))
print("anagrams:", Counter("listen") == Counter("silent"), Counter("abc") == Counter("abd"))
print("empty:", Counter(), dict(Counter("aab")))

# --- defaultdict: grouping and graphs ---
pets = [("dog", "rex"), ("cat", "tom"), ("dog", "fido"), ("bird", "tweety"), ("cat", "kitty")]
by_kind = defaultdict(list)
for kind, name in pets:
    by_kind[kind].append(name)
print(by_kind)
print("missing:", by_kind["fish"], len(by_kind))
edges = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")]
graph = defaultdict(set)
indeg = defaultdict(int)
for u, v in edges:
    graph[u].add(v)
    indeg[v] += 1
order, ready = [], deque(sorted(n for n in graph if indeg[n] == 0))
while ready:
    n = ready.popleft()
    order.append(n)
    for m in sorted(graph[n]):
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print("topo order:", order, dict(indeg))
nested = defaultdict(lambda: defaultdict(int))
for y, m, v in [(2023, 1, 5), (2023, 1, 7), (2023, 2, 1), (2024, 1, 9)]:
    nested[y][m] += v
print({y: dict(ms) for y, ms in nested.items()})
plain = defaultdict(None, {"k": 1})
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)

# --- namedtuple records ---
Employee = namedtuple("Employee", "name dept salary")
staff = [
    Employee("ada", "eng", 120), Employee("bob", "ops", 90),
    Employee("cyd", "eng", 135), Employee("dee", "ops", 95), Employee("eve", "sales", 80),
]
print(staff[0], staff[0].salary, staff[0][1])
top = max(staff, key=lambda e: e.salary)
print("top earner:", top.name, top)
raise_ = [e._replace(salary=e.salary + 10) for e in staff if e.dept == "ops"]
print("raises:", raise_)
print("as dict:", staff[2]._asdict())
print("fields:", Employee._fields, Employee._make(["zed", "hr", 70]))
name, dept, salary = staff[1]
print("unpacked:", name, dept, salary, "tuple eq:", staff[1] == ("bob", "ops", 90))
by_dept = defaultdict(list)
for e in sorted(staff):
    by_dept[e.dept].append(e.name)
print(dict(by_dept))
Point = namedtuple("Point", ["x", "y"], defaults=[0])
pts = {Point(1, 2): "a", Point(3): "b"}
print(pts[Point(1, 2)], Point(3), Point(y=5, x=1), sum(Point(4, 5)), len(Point(1, 1)))
try:
    staff[0].salary = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print("ValueError:", e)

# --- OrderedDict as an LRU cache ---
class LRU:
    def __init__(self, cap):
        self.cap, self.data = cap, OrderedDict()
    def get(self, k):
        if k not in self.data:
            return -1
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            self.data.popitem(last=False)

lru = LRU(2)
lru.put(1, 1); lru.put(2, 2); print(lru.get(1)); lru.put(3, 3); print(lru.get(2))
lru.put(4, 4); print(lru.get(1), lru.get(3), lru.get(4), lru.data)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(), isinstance(od, dict))
