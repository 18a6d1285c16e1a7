"""Simple, brute-force N-Queens solver."""

__author__ = "collinwinter@google.com (Collin Winter)"


def permutations(iterable, r=None):
    """permutations(range(3), 2) --> (0,1) (0,2) (1,0) (1,2) (2,0) (2,1)"""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def n_queens(queen_count):
    """N-Queens solver.

    Args:
        queen_count: the number of queens to solve for. This is also the
            board size.

    Yields:
        Solutions to the problem. Each yielded value is looks like
        (3, 8, 2, 1, 4, ..., 6) where each number is the column position for the
        queen, and the index into the tuple indicates the row.
    """
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                        == len(set(vec[i] - i for i in cols))):
            yield vec


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def solve_backtrack(n):
    count = 0
    cols = [0] * n
    def place(row, used_cols, d1, d2):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in used_cols or (row + c) in d1 or (row - c) in d2:
                continue
            cols[row] = c
            used_cols.add(c); d1.add(row + c); d2.add(row - c)
            place(row + 1, used_cols, d1, d2)
            used_cols.discard(c); d1.discard(row + c); d2.discard(row - c)
    place(0, set(), set(), set())
    return count


def bits_queens(n):
    full = (1 << n) - 1
    def go(cols, ld, rd):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | ld | rd)
        while avail:
            bit = avail & -avail
            avail ^= bit
            total += go(cols | bit, (ld | bit) << 1 & full, (rd | bit) >> 1)
        return total
    return go(0, 0, 0)


if __name__ == "__main__":
    sols = list(n_queens(7))
    print(len(sols))
    print(sols[:3])
    print(sols[-1])
    print(list(permutations("abc", 2)))
    print(list(combinations(range(5), 3)))
    print(list(product("ab", [1, 2])))
    print(list(product(range(2), repeat=3))[:5])
    for n in range(1, 9):
        print(n, solve_backtrack(n), bits_queens(n))
    print(n_queens.__doc__.splitlines()[0], permutations.__name__)
    board = sols[0]
    for r in range(len(board)):
        print("".join("Q" if c == board[r] else "." for c in range(len(board))))
