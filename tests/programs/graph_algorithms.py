# Graph algorithms: BFS, DFS, Dijkstra (with a hand-written heap), topological sort, cycle check.

EDGES = [
    ("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
    ("E", "D", 4), ("D", "F", 11), ("E", "F", 9), ("F", "G", 1), ("C", "G", 20),
]


def build(edges, directed=False):
    graph = {}
    for u, v, w in edges:
        graph.setdefault(u, []).append((v, w))
        graph.setdefault(v, [])
        if not directed:
            graph[v].append((u, w))
    return graph


def heappush(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i:
        p = (i - 1) >> 1
        if heap[p] <= item:
            break
        heap[i] = heap[p]
        i = p
    heap[i] = item


def heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    i = 0
    while True:
        c = 2 * i + 1
        if c >= n:
            break
        if c + 1 < n and heap[c + 1] < heap[c]:
            c += 1
        if heap[c] < last:
            heap[i] = heap[c]
            i = c
        else:
            break
    heap[i] = last
    return top


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    visited = set()
    while heap:
        d, u = heappop(heap)
        if u in visited:
            continue
        visited.add(u)
        for v, w in graph[u]:
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                heappush(heap, (nd, v))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


def bfs(graph, start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb, _ in sorted(graph[node]):
            if nb not in seen:
                seen.add(nb)
                queue.append(nb)
    return order


def dfs(graph, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for nb, _ in sorted(graph[start]):
        if nb not in seen:
            dfs(graph, nb, seen)
    return seen


def topo_sort(graph):
    indeg = {u: 0 for u in graph}
    for u in graph:
        for v, _ in graph[u]:
            indeg[v] += 1
    ready = sorted(u for u, d in indeg.items() if d == 0)
    order = []
    while ready:
        u = ready.pop(0)
        order.append(u)
        for v, _ in graph[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    if len(order) != len(graph):
        raise ValueError("graph has a cycle")
    return order


g = build(EDGES)
print({k: sorted(v) for k, v in sorted(g.items())})
dist, prev = dijkstra(g, "A")
print(sorted(dist.items()))
for target in "DFG":
    print(target, dist[target], "->".join(path_to(prev, target)))
print("bfs", bfs(g, "A"), "dfs", dfs(g, "A"))
dg = build(EDGES, directed=True)
print("topo", topo_sort(dg))
try:
    topo_sort(build(EDGES + [("G", "A", 1)], directed=True))
except ValueError as e:
    print("ValueError:", e)
heap = []
for v in [5, 3, 8, 1, 9, 2, 7, 1]:
    heappush(heap, v)
print([heappop(heap) for _ in range(8)])

# grid shortest path (BFS) through a maze
maze = [
    "S.#.......",
    ".##.####..",
    "....#..#.#",
    "##.##.##..",
    "...#...#.#",
    ".#...#...E",
]
start = end = None
for r, row in enumerate(maze):
    for c, ch in enumerate(row):
        if ch == "S":
            start = (r, c)
        elif ch == "E":
            end = (r, c)
frontier = [start]
came = {start: None}
while frontier:
    nxt = []
    for (r, c) in frontier:
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(maze) and 0 <= nc < len(maze[0]) and maze[nr][nc] != "#" and (nr, nc) not in came:
                came[(nr, nc)] = (r, c)
                nxt.append((nr, nc))
    frontier = nxt
node = end
steps = []
while node is not None:
    steps.append(node)
    node = came[node]
print("maze path length", len(steps) - 1)
rows = [list(row) for row in maze]
for r, c in steps[1:-1]:
    rows[r][c] = "*"
print("\n".join("".join(row) for row in rows))
