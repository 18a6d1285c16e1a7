# Priority queues with heapq: scheduling, shortest paths, merging, top-k.
import heapq
import random


class Task:
    def __init__(self, name, priority, duration):
        self.name = name
        self.priority = priority
        self.duration = duration

    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)

    def __repr__(self):
        return f"Task({self.name!r}, {self.priority})"


def schedule(tasks, workers):
    ready = list(tasks)
    heapq.heapify(ready)
    busy = []  # (finish time, worker, task name)
    idle = list(range(workers))
    t = 0
    log = []
    while ready or busy:
        while ready and idle:
            task = heapq.heappop(ready)
            w = idle.pop(0)
            heapq.heappush(busy, (t + task.duration, w, task.name))
            log.append((t, w, task.name))
        t, w, name = heapq.heappop(busy)
        idle.append(w)
        idle.sort()
    return t, log


def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist


def running_median(xs):
    lo, hi = [], []  # max-heap (negated), min-heap
    out = []
    for x in xs:
        if not lo or x <= -lo[0]:
            heapq.heappush(lo, -x)
        else:
            heapq.heappush(hi, x)
        if len(lo) > len(hi) + 1:
            heapq.heappush(hi, -heapq.heappop(lo))
        elif len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        out.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
    return out


rng = random.Random(77)
tasks = [Task(f"t{i:02d}", rng.randint(1, 5), rng.randint(1, 9)) for i in range(25)]
end, log = schedule(tasks, 3)
print("makespan", end)
for entry in log[:10]:
    print(" ", entry)

nodes = [f"n{i}" for i in range(40)]
graph = {n: [] for n in nodes}
for _ in range(160):
    a, b = rng.sample(nodes, 2)
    w = rng.randint(1, 20)
    graph[a].append((b, w))
    graph[b].append((a, w))
dist = dijkstra(graph, "n0")
print("reachable", len(dist), "farthest", max(dist.items(), key=lambda kv: (kv[1], kv[0])))
print("closest", heapq.nsmallest(5, dist.items(), key=lambda kv: kv[1]))

data = [rng.randint(0, 1000) for _ in range(3000)]
h = list(data)
heapq.heapify(h)
print("heap prefix", h[:12])
print("heapsort ok", [heapq.heappop(h) for _ in range(len(h))] == sorted(data))
print("top5", heapq.nlargest(5, data), heapq.nsmallest(5, data))
print("top by mod", heapq.nlargest(6, data, key=lambda x: x % 97))
print("nsmallest iter", heapq.nsmallest(4, (x * 7 % 1001 for x in data)))
print("median", running_median(data[:15]))

runs = [sorted(rng.sample(range(200), 8)) for _ in range(5)]
print("merged", list(heapq.merge(*runs))[:20])
print("merged desc", list(heapq.merge(*[r[::-1] for r in runs], reverse=True))[:10])
print("merged key", list(heapq.merge(["bb", "dddd"], ["a", "ccc", "eeeee"], key=len)))

h = [5, 7, 9]
print(heapq.heappushpop(h, 3), heapq.heappushpop(h, 8), h)
print(heapq.heapreplace(h, 1), h)
pq = []
for i, word in enumerate("the quick brown fox jumps over the lazy dog".split()):
    heapq.heappush(pq, (len(word), i, word))
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heapify([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
