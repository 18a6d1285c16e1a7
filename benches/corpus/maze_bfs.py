"""Mazes on a grid: a maze is carved by randomized depth-first search (explicit stack),
then solved by breadth-first search with collections.deque; the route, dead ends and the
farthest cell are reported for several seeds. Cells are (row, col) tuples used as dict
keys."""
import random
import sys
from collections import deque


def carve(rows, cols, rng):
    open_walls = {}
    start = (0, 0)
    visited = {start}
    stack = [start]
    while stack:
        r, c = stack[-1]
        options = []
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in visited:
                options.append((nr, nc))
        if not options:
            stack.pop()
            continue
        nxt = options[rng.randrange(len(options))]
        open_walls.setdefault((r, c), []).append(nxt)
        open_walls.setdefault(nxt, []).append((r, c))
        visited.add(nxt)
        stack.append(nxt)
    return open_walls


def bfs(graph, start):
    dist = {start: 0}
    parent = {start: None}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        for nxt in graph.get(cell, ()):
            if nxt not in dist:
                dist[nxt] = dist[cell] + 1
                parent[nxt] = cell
                queue.append(nxt)
    return dist, parent


def path_to(parent, goal):
    path = []
    while goal is not None:
        path.append(goal)
        goal = parent[goal]
    path.reverse()
    return path


def main(size):
    for seed in (1, 2, 3):
        rng = random.Random(seed)
        rows = cols = size
        graph = carve(rows, cols, rng)
        dist, parent = bfs(graph, (0, 0))
        goal = (rows - 1, cols - 1)
        route = path_to(parent, goal)
        dead_ends = sum(1 for cell, nbrs in graph.items() if len(nbrs) == 1)
        far_cell = max(dist, key=lambda c: (dist[c], c))
        turns = sum(1 for a, b, c in zip(route, route[1:], route[2:])
                    if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]))
        print(f"seed {seed}: route {len(route)} turns {turns} dead ends {dead_ends} "
              f"farthest {far_cell} at {dist[far_cell]}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 210)
