"""Shortest paths on a weighted grid road map with heapq: Dijkstra from a depot to every
cell, the route to a few customers, and a comparison with A* (Manhattan heuristic) on the
same queries; nodes are (row, col) tuples, distances live in a dict."""
import heapq
import sys


def make_costs(size, seed):
    state = seed
    costs = []
    for r in range(size):
        row = []
        for c in range(size):
            state = (state * 1103515245 + 12345) % 2147483648
            w = 1 + (state >> 16) % 9
            if (r // 8 + c // 8) % 5 == 0:
                w += 20  # slow districts
            row.append(w)
        costs.append(row)
    return costs


def neighbours(cell, size):
    r, c = cell
    if r > 0:
        yield (r - 1, c)
    if r < size - 1:
        yield (r + 1, c)
    if c > 0:
        yield (r, c - 1)
    if c < size - 1:
        yield (r, c + 1)


def dijkstra(costs, start):
    size = len(costs)
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    while heap:
        d, cell = heapq.heappop(heap)
        if d > dist[cell]:
            continue
        for nxt in neighbours(cell, size):
            nd = d + costs[nxt[0]][nxt[1]]
            if nd < dist.get(nxt, 1 << 60):
                dist[nxt] = nd
                prev[nxt] = cell
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def astar(costs, start, goal):
    size = len(costs)
    best = {start: 0}
    heap = [(0, 0, start)]
    expanded = 0
    while heap:
        _, g, cell = heapq.heappop(heap)
        if cell == goal:
            return g, expanded
        if g > best[cell]:
            continue
        expanded += 1
        for nxt in neighbours(cell, size):
            ng = g + costs[nxt[0]][nxt[1]]
            if ng < best.get(nxt, 1 << 60):
                best[nxt] = ng
                h = abs(nxt[0] - goal[0]) + abs(nxt[1] - goal[1])
                heapq.heappush(heap, (ng + h, ng, nxt))
    return None, expanded


def main(size):
    costs = make_costs(size, 8)
    depot = (size // 2, size // 2)
    dist, prev = dijkstra(costs, depot)
    far = max(dist, key=lambda c: (dist[c], c))
    print(f"cells {len(dist)} farthest {far} at {dist[far]} mean {sum(dist.values()) / len(dist):.4f}")
    for goal in ((0, 0), (size - 1, 0), (3, size - 5), (size - 1, size - 1)):
        hops = 0
        cell = goal
        while cell != depot:
            cell = prev[cell]
            hops += 1
        g, expanded = astar(costs, depot, goal)
        print(f"to {goal}: cost {dist[goal]} hops {hops} a* agrees {g == dist[goal]} expanded {expanded}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 240)
