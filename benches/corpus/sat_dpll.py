"""A DPLL SAT solver: clauses as lists of signed ints, unit propagation with a trail
and watched literals kept in dicts of lists, closures for the assignment state,
recursion with backtracking on conflicts, pure-literal elimination with sets, and
random 3-SAT instances near the phase transition plus pigeonhole and graph colouring
encodings."""
import sys


def lcg(seed):
    state = seed

    def next_int(bound):
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (state >> 33) % bound
    return next_int


def random_3sat(rnd, variables, clauses):
    out = []
    for _ in range(clauses):
        picked = set()
        while len(picked) < 3:
            picked.add(rnd(variables) + 1)
        out.append([v if rnd(2) else -v for v in sorted(picked)])
    return out


def solve(num_vars, clauses):
    assignment = {}
    trail = []
    stats = {"decisions": 0, "propagations": 0, "conflicts": 0}
    occurs = {}
    for idx, clause in enumerate(clauses):
        for lit in clause:
            occurs.setdefault(lit, []).append(idx)

    def value(lit):
        v = assignment.get(abs(lit))
        if v is None:
            return None
        return v if lit > 0 else not v

    def assign(lit):
        assignment[abs(lit)] = lit > 0
        trail.append(abs(lit))

    def undo(mark):
        while len(trail) > mark:
            del assignment[trail.pop()]

    def propagate(queue):
        while queue:
            lit = queue.pop()
            for idx in occurs.get(-lit, ()):
                unassigned = None
                count = 0
                satisfied = False
                for other in clauses[idx]:
                    val = value(other)
                    if val is True:
                        satisfied = True
                        break
                    if val is None:
                        count += 1
                        unassigned = other
                if satisfied:
                    continue
                if count == 0:
                    stats["conflicts"] += 1
                    return False
                if count == 1:
                    stats["propagations"] += 1
                    assign(unassigned)
                    queue.append(unassigned)
        return True

    def choose():
        best = None
        best_score = -1
        for var in range(1, num_vars + 1):
            if var not in assignment:
                score = len(occurs.get(var, ())) + len(occurs.get(-var, ()))
                if score > best_score:
                    best, best_score = var, score
        return best

    def search():
        var = choose()
        if var is None:
            return True
        stats["decisions"] += 1
        first = var if len(occurs.get(var, ())) >= len(occurs.get(-var, ())) else -var
        for lit in (first, -first):
            mark = len(trail)
            assign(lit)
            if propagate([lit]) and search():
                return True
            undo(mark)
        return False

    units = [c[0] for c in clauses if len(c) == 1]
    for lit in units:
        if value(lit) is False:
            return None, stats
        if value(lit) is None:
            assign(lit)
    if not propagate(list(units)):
        return None, stats
    positive = {lit for lit in occurs if lit > 0}
    negative = {-lit for lit in occurs if lit < 0}
    for var in sorted(positive ^ negative):
        if var not in assignment:
            assign(var if var in positive else -var)
    if search():
        return dict(assignment), stats
    return None, stats


def check(clauses, model):
    return all(any(model.get(abs(l), False) == (l > 0) for l in c) for c in clauses)


def pigeonhole(holes):
    pigeons = holes + 1
    var = lambda p, h: p * holes + h + 1
    clauses = [[var(p, h) for h in range(holes)] for p in range(pigeons)]
    for h in range(holes):
        for p in range(pigeons):
            for q in range(p + 1, pigeons):
                clauses.append([-var(p, h), -var(q, h)])
    return pigeons * holes, clauses


def colouring(rnd, nodes, edges, colours):
    var = lambda n, c: n * colours + c + 1
    clauses = [[var(n, c) for c in range(colours)] for n in range(nodes)]
    seen = set()
    while len(seen) < edges:
        a, b = rnd(nodes), rnd(nodes)
        if a != b and (min(a, b), max(a, b)) not in seen:
            seen.add((min(a, b), max(a, b)))
            for c in range(colours):
                clauses.append([-var(a, c), -var(b, c)])
    return nodes * colours, clauses


def main(n):
    rnd = lcg(11)
    sat = unsat = 0
    totals = {"decisions": 0, "propagations": 0, "conflicts": 0}
    for i in range(n):
        variables = 40 + i % 10
        clauses = random_3sat(rnd, variables, int(variables * 4.26))
        model, stats = solve(variables, clauses)
        for k in totals:
            totals[k] += stats[k]
        if model is None:
            unsat += 1
        else:
            assert check(clauses, model)
            sat += 1
    print(f"random 3-SAT: {sat} satisfiable, {unsat} unsatisfiable")
    print("totals", sorted(totals.items()))
    for holes in (4, 5):
        nv, clauses = pigeonhole(holes)
        model, stats = solve(nv, clauses)
        print(f"pigeonhole {holes + 1}->{holes}:", "sat" if model else "unsat", stats["conflicts"], "conflicts")
    nv, clauses = colouring(rnd, 30, 50, 3)
    model, stats = solve(nv, clauses)
    if model:
        colours = [next(c for c in range(3) if model.get(v * 3 + c + 1)) for v in range(30)]
        print("3-colouring", "".join("RGB"[c] for c in colours), stats["decisions"], "decisions")
    else:
        print("3-colouring: none", stats["conflicts"], "conflicts")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
