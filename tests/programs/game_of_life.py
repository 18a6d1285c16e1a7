# Conway's game of life on a small torus, plus a sparse set-based version.


def step(grid):
    rows, cols = len(grid), len(grid[0])
    new = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % rows][(c + dc) % cols]
            new[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
    return new


def show(grid):
    return "\n".join("".join("#" if v else "." for v in row) for row in grid)


grid = [[0] * 12 for _ in range(10)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
for r, c in [(5, 7), (5, 8), (5, 9)]:
    grid[r][c] = 1
for gen in range(4):
    print("generation", gen, "population", sum(map(sum, grid)))
    print(show(grid))
    grid = step(grid)
for _ in range(30):
    grid = step(grid)
print("after 34 generations population", sum(sum(row) for row in grid))
print(show(grid))


def sparse_step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


r_pentomino = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
live = set(r_pentomino)
history = []
for gen in range(60):
    history.append(len(live))
    live = sparse_step(live)
print(history)
rs = [r for r, _ in live]
cs = [c for _, c in live]
print("bounding box:", min(rs), max(rs), min(cs), max(cs))
print(sorted(live)[:10])
