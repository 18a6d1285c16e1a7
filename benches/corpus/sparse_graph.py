"""Sparse linear algebra and grid regions with tuple keys: a sparse matrix as a dict
keyed by `(row, col)`, matrix-vector and matrix-matrix products through row indexes,
PageRank power iteration on a link graph, connected regions of a grid as sets of
`(x, y)` tuples (flood fill, perimeter, bounding boxes), and frozenset-keyed
memoization."""
import sys


class SparseMatrix:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
        self.data = {}
        self.by_row = {}

    def __setitem__(self, key, value):
        r, c = key
        if value:
            if key not in self.data:
                self.by_row.setdefault(r, []).append(c)
            self.data[key] = value
        elif key in self.data:
            del self.data[key]
            self.by_row[r].remove(c)

    def __getitem__(self, key):
        return self.data.get(key, 0)

    def matvec(self, vec):
        out = [0.0] * self.rows
        data = self.data
        for r, cols in self.by_row.items():
            total = 0.0
            for c in cols:
                total += data[(r, c)] * vec[c]
            out[r] = total
        return out

    def matmul(self, other):
        result = SparseMatrix(self.rows, other.cols)
        for (r, k), a in self.data.items():
            for c in other.by_row.get(k, ()):
                result[(r, c)] = result[(r, c)] + a * other.data[(k, c)]
        return result

    def transpose(self):
        t = SparseMatrix(self.cols, self.rows)
        for (r, c), v in self.data.items():
            t[(c, r)] = v
        return t


def pagerank(links, n, damping=0.85, rounds=40):
    out_degree = [0] * n
    for (src, dst) in links:
        out_degree[src] += 1
    m = SparseMatrix(n, n)
    for (src, dst) in links:
        m[(dst, src)] = 1.0 / out_degree[src]
    rank = [1.0 / n] * n
    for _ in range(rounds):
        spread = m.matvec(rank)
        dangling = sum(rank[i] for i in range(n) if out_degree[i] == 0)
        rank = [(1 - damping) / n + damping * (s + dangling / n) for s in spread]
    return rank


def regions(grid_cells):
    seen = set()
    found = []
    for start in sorted(grid_cells):
        if start in seen:
            continue
        region = {start}
        stack = [start]
        seen.add(start)
        while stack:
            x, y = stack.pop()
            for nb in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if nb in grid_cells and nb not in seen:
                    seen.add(nb)
                    region.add(nb)
                    stack.append(nb)
        found.append(region)
    return found


def perimeter(region):
    return sum(1 for (x, y) in region for nb in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1))
               if nb not in region)


def bounding_box(region):
    xs = [x for x, _ in region]
    ys = [y for _, y in region]
    return (min(xs), min(ys), max(xs), max(ys))


def count_tilings(cells, memo):
    """Domino tilings of a small set of cells, memoized on frozensets."""
    if not cells:
        return 1
    key = frozenset(cells)
    if key in memo:
        return memo[key]
    first = min(cells)
    x, y = first
    total = 0
    for other in ((x + 1, y), (x, y + 1)):
        if other in cells:
            total += count_tilings(cells - {first, other}, memo)
    memo[key] = total
    return total


def main(n):
    state = 77
    links = set()
    for i in range(n):
        for _ in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            j = (state >> 8) % n
            if j != i and (i * 7 + j) % 5:
                links.add((i, j))
    rank = pagerank(sorted(links), n)
    top = sorted(range(n), key=lambda i: -rank[i])[:5]
    print(f"pagerank over {n} pages, {len(links)} links; top", [(i, round(rank[i] * n, 4)) for i in top])
    a = SparseMatrix(n, n)
    for (i, j) in links:
        if (i + j) % 3 == 0:
            a[(i, j)] = (i - j) % 7 + 1
    squared = a.matmul(a.transpose())
    trace = sum(squared[(i, i)] for i in range(n))
    print("A*A^T nonzeros", len(squared.data), "trace", trace)
    side = int(n ** 0.5) + 20
    cells = set()
    for x in range(side):
        for y in range(side):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 10) % 100 < 55:
                cells.add((x, y))
    found = regions(cells)
    found.sort(key=lambda r: (-len(r), min(r)))
    print(f"grid {side}x{side}: {len(cells)} cells, {len(found)} regions")
    for region in found[:3]:
        print("  size", len(region), "perimeter", perimeter(region), "box", bounding_box(region))
    memo = {}
    boards = [{(x, y) for x in range(w) for y in range(4)} for w in range(2, 9)]
    print("domino tilings 4xw", [count_tilings(b, memo) for b in boards], "memo", len(memo))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9000)
