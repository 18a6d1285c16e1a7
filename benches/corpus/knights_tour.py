"""Chess searches with bounds checks written as chained comparisons
(`0 <= x < n and 0 <= y < n`): knight's tours by Warnsdorff's rule with backtracking on
several board sizes and starts, and an N-queens variant that also forbids knight attacks."""
import sys

MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]


def degree(board, n, x, y):
    count = 0
    for dx, dy in MOVES:
        nx, ny = x + dx, y + dy
        if 0 <= nx < n and 0 <= ny < n and board[ny][nx] == 0:
            count += 1
    return count


def tour(n, sx, sy):
    board = [[0] * n for _ in range(n)]
    board[sy][sx] = 1
    tries = [0]

    def extend(x, y, step):
        if step > n * n:
            return True
        options = []
        for dx, dy in MOVES:
            nx, ny = x + dx, y + dy
            if 0 <= nx < n and 0 <= ny < n and board[ny][nx] == 0:
                options.append((degree(board, n, nx, ny), nx, ny))
        options.sort()
        for _, nx, ny in options:
            tries[0] += 1
            board[ny][nx] = step
            if extend(nx, ny, step + 1):
                return True
            board[ny][nx] = 0
            if tries[0] > 800:
                return False
        return False

    ok = extend(sx, sy, 2)
    return ok, board, tries[0]


def super_queens(n):
    """Count placements of n queens that attack neither as queens nor as knights."""
    cols = [-1] * n
    count = 0

    def safe(row, col):
        for r in range(row):
            c = cols[r]
            if c == col or row - r == abs(col - c):
                return False
            dr = row - r
            if (dr == 1 and 0 <= c - col + 2 < 5 and abs(c - col) == 2) or (dr == 2 and abs(c - col) == 1):
                return False
        return True

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for col in range(n):
            if safe(row, col):
                cols[row] = col
                place(row + 1)
        cols[row] = -1

    place(0)
    return count


def main(n):
    for size in range(5, n + 1):
        found = 0
        total_tries = 0
        corner_steps = 0
        for sy in range(size):
            for sx in range(size):
                ok, board, tries = tour(size, sx, sy)
                total_tries += tries
                if ok:
                    found += 1
                    corner_steps += board[size - 1][size - 1]
        print(f"{size}x{size}: tours found from {found} of {size * size} starts, tries {total_tries}, "
              f"corner steps {corner_steps}")
    for size in range(8, n + 2):
        print(f"super queens {size}: {super_queens(size)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 11)
