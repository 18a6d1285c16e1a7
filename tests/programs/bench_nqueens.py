# N-Queens, solved with a permutation generator (as in the pyperformance benchmark) and backtracking.


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
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
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def solve_backtracking(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for col in range(n):
            if col in cols or (row + col) in diag1 or (row - col) in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return solutions


def render(solution):
    n = len(solution)
    return "\n".join("".join("Q" if solution[r] == c else "." for c in range(n)) for r in range(n))


print(list(permutations("abc")), len(list(permutations(range(5), 2))))
sols6 = list(n_queens(6))
print(len(sols6), sols6)
print(render(sols6[0]))
for n in range(1, 9):
    bt = solve_backtracking(n)
    print(n, len(bt), bt[:2])
print(sorted(solve_backtracking(6)) == sorted(sols6))
print(render(solve_backtracking(8)[0]))
