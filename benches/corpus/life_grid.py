"""Cellular automata: Conway's Game of Life on a torus stored as a list of lists, seeded
with gliders and random soup, plus the one-dimensional rule 110 on a ring; population and
a hash of the final board are printed."""
import random
import sys


def life_step(grid):
    rows = len(grid)
    cols = len(grid[0])
    new = []
    for r in range(rows):
        up = grid[r - 1]
        row = grid[r]
        down = grid[(r + 1) % rows]
        out = [0] * cols
        for c in range(cols):
            left = c - 1
            right = (c + 1) % cols
            n = (up[left] + up[c] + up[right] + row[left] + row[right]
                 + down[left] + down[c] + down[right])
            if n == 3 or (n == 2 and row[c]):
                out[c] = 1
        new.append(out)
    return new


def rule_step(cells, rule):
    n = len(cells)
    return [(rule >> (cells[i - 1] * 4 + cells[i] * 2 + cells[(i + 1) % n])) & 1 for i in range(n)]


def board_hash(grid):
    h = 0
    for row in grid:
        for v in row:
            h = (h * 2 + v) % 1000000007
    return h


def main(steps):
    rng = random.Random(42)
    size = 64
    grid = [[1 if rng.random() < 0.3 else 0 for _ in range(size)] for _ in range(size)]
    for gr, gc in ((2, 2), (10, 40), (40, 10)):
        for dr, dc in ((0, 1), (1, 2), (2, 0), (2, 1), (2, 2)):
            grid[gr + dr][gc + dc] = 1
    history = []
    for step in range(steps):
        grid = life_step(grid)
        if step % 10 == 0:
            history.append(sum(map(sum, grid)))
    print("population every 10 steps", history[:8], "...", history[-3:])
    print("final population", sum(map(sum, grid)), "hash", board_hash(grid))
    cells = [0] * 200
    cells[100] = 1
    ones = 0
    for _ in range(steps * 2):
        cells = rule_step(cells, 110)
        ones += sum(cells)
    print("rule 110 ones", ones, "final", "".join("#" if v else "." for v in cells[:60]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600)
