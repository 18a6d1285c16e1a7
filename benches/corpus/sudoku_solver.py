"""A constraint solver for sudoku puzzles: candidate sets, naked singles, hidden
singles and backtracking on the cell with the fewest candidates.

Written the way such solvers usually are: set comprehensions for the peers, `any(...)` and
`all(...)` over generators to detect contradictions, `sum(... for ...)` for statistics.
"""
import sys

PUZZLES = [
    "530070000600195000098000060800060003400803001700020006060000280000419005000080079",
    "000000907000420180000705026100904000050000040000507009920108000034059000507000000",
    "030050040008010500460000012070502080000603000040109030250000098001020600080060020",
    "020810740700003100090002805009040087400208003160030200302700060005600008076051090",
    "100920000524010000000000070050008102000000000402700090060000000000030945000071006",
    "043080250600000000000001094900004070000608000010200003820500000000000005034090710",
    "480006902002008001900370060840010200003704100001060049020085007700900600609200018",
    "000900002050123400030000160908000000070000090000000205091000050007439020400007000",
    "001900003900700160030005007050000009004302600200000070600100030042007006500006800",
    "000000000000003085001020000000507000004000100090000000500000073002010000000040009",
]

ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [[(br + r) * 9 + bc + c for r in range(3) for c in range(3)]
         for br in (0, 3, 6) for bc in (0, 3, 6)]
UNITS = ROWS + COLS + BOXES
CELL_UNITS = [[u for u in UNITS if cell in u] for cell in range(81)]
PEERS = [set(x for u in CELL_UNITS[cell] for x in u) - {cell} for cell in range(81)]


class Stats:
    def __init__(self):
        self.guesses = 0
        self.propagations = 0


def parse(text):
    cands = [set(range(1, 10)) for _ in range(81)]
    for cell, ch in enumerate(text):
        if ch != "0" and not assign(cands, cell, int(ch), Stats()):
            return None
    return cands


def assign(cands, cell, digit, stats):
    for other in list(cands[cell] - {digit}):
        if not eliminate(cands, cell, other, stats):
            return False
    return True


def eliminate(cands, cell, digit, stats):
    if digit not in cands[cell]:
        return True
    cands[cell].discard(digit)
    stats.propagations += 1
    if not cands[cell]:
        return False
    if len(cands[cell]) == 1:
        (only,) = cands[cell]
        if not all(eliminate(cands, peer, only, stats) for peer in PEERS[cell]):
            return False
    for unit in CELL_UNITS[cell]:
        places = [c for c in unit if digit in cands[c]]
        if not places:
            return False
        if len(places) == 1 and len(cands[places[0]]) > 1:
            if not assign(cands, places[0], digit, stats):
                return False
    return True


def solve(cands, stats):
    if cands is None:
        return None
    if all(len(c) == 1 for c in cands):
        return cands
    if any(len(c) == 0 for c in cands):
        return None
    cell = min((c for c in range(81) if len(cands[c]) > 1), key=lambda c: (len(cands[c]), c))
    for digit in sorted(cands[cell]):
        stats.guesses += 1
        trial = [set(c) for c in cands]
        if assign(trial, cell, digit, stats):
            result = solve(trial, stats)
            if result is not None:
                return result
    return None


def valid(grid):
    return all(set(grid[c] for c in unit) == set(range(1, 10)) for unit in UNITS)


def main(rounds):
    for r in range(rounds):
        for k, text in enumerate(PUZZLES):
            stats = Stats()
            result = solve(parse(text), stats)
            grid = [min(c) for c in result]
            if r == 0:
                first_row = "".join(str(d) for d in grid[:9])
                print(f"puzzle {k}: valid {valid(grid)} row0 {first_row} "
                      f"guesses {stats.guesses} checksum {int(''.join(map(str, grid))) % 1000003}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 24)
