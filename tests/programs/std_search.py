# go/hexiom-style search: board evaluation with sets, tuples and recursion.
import itertools
SIZE = 5
def neighbors(pos):
    r, c = pos
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < SIZE and 0 <= nc < SIZE:
            yield nr, nc
def groups(board):
    seen = set(); out = []
    for pos, color in sorted(board.items()):
        if pos in seen:
            continue
        group = {pos}; stack = [pos]
        while stack:
            p = stack.pop()
            for n in neighbors(p):
                if board.get(n) == color and n not in group:
                    group.add(n); stack.append(n)
        seen |= group
        libs = {n for p in group for n in neighbors(p) if n not in board}
        out.append((color, frozenset(group), len(libs)))
    return out
board = {}
moves = [(r * 7 + 3) % SIZE for r in range(40)]
color = 'B'
for i, m in enumerate(moves):
    pos = (m, (i * 3) % SIZE)
    if pos not in board:
        board[pos] = color
        for col, grp, libs in groups(board):
            if libs == 0 and col != color:
                for p in grp:
                    del board[p]
        color = 'W' if color == 'B' else 'B'
print(len(board), sorted(board.items())[:6])
print(sorted((c, len(g), l) for c, g, l in groups(board)))
# N-queens with backtracking and a generator
def queens(n, row=0, cols=(), d1=frozenset(), d2=frozenset()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c not in cols and row - c not in d1 and row + c not in d2:
            yield from queens(n, row + 1, cols + (c,), d1 | {row - c}, d2 | {row + c})
sols = list(queens(6))
print(len(sols), sols[0], len(list(queens(7))))
# hexiom-like: place tiles so each cell's value counts its filled neighbours
cells = list(range(7))
adj = {0: [1, 2, 3, 4, 5, 6], 1: [0, 2, 6], 2: [0, 1, 3], 3: [0, 2, 4], 4: [0, 3, 5], 5: [0, 4, 6], 6: [0, 5, 1]}
count = 0
found = None
for filled in itertools.product((0, 1), repeat=7):
    vals = [sum(filled[n] for n in adj[c]) if filled[c] else None for c in cells]
    if sum(filled) == 4 and vals[0] == 3:
        count += 1
        found = found or vals
print(count, found)
print(max(itertools.permutations(range(5)), key=lambda p: sum(i * v for i, v in enumerate(p))))
