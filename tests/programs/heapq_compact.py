# heapq on compact int/float/bool lists (native comparisons) must order exactly like CPython.
import heapq, random
random.seed(5)
for kind in range(4):
    h = []
    for i in range(300):
        x = random.random() if kind == 0 else random.randrange(-50, 50) if kind == 1 else (random.random() < 0.5) if kind == 2 else float(random.randrange(9))
        heapq.heappush(h, x)
    print([heapq.heappop(h) for _ in range(20)], len(h))
    heapq.heapify(h)
    print(heapq.nsmallest(5, h), heapq.nlargest(5, h), heapq.heapreplace(h, 0.5), heapq.heappushpop(h, 3))
    h2 = list(h)
    heapq._heapify_max(h2) if hasattr(heapq, "_heapify_max") else None
    print(h2[:3])
