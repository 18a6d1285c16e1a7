"""Reachability on a random directed graph with set algebra.

Builds a sparse random digraph, computes forward and backward reachable sets by frontier
expansion (`frontier = new - seen`), strongly connected components as the intersection of
the two, and a few set-algebra reports (sources, sinks, nodes reachable from every hub).
"""
import sys


def random_graph(n, degree, seed):
    state = seed
    succ = [set() for _ in range(n)]
    for u in range(n):
        for _ in range(degree):
            state = (state * 1103515245 + 12345) % 2147483648
            v = state % n
            if v != u:
                succ[u].add(v)
    return succ


def reverse(succ):
    pred = [set() for _ in range(len(succ))]
    for u, targets in enumerate(succ):
        for v in targets:
            pred[v].add(u)
    return pred


def reach(adj, start):
    seen = {start}
    frontier = {start}
    while frontier:
        new = set()
        for u in frontier:
            new |= adj[u]
        frontier = new - seen
        seen |= frontier
    return seen


def components(succ, pred):
    remaining = set(range(len(succ)))
    comps = []
    while remaining:
        v = min(remaining)
        forward = reach(succ, v) & remaining
        backward = reach(pred, v) & remaining
        comp = forward & backward
        comps.append(comp)
        remaining -= comp
    return comps


def main(n):
    succ = random_graph(n, 2, 11)
    pred = reverse(succ)
    comps = components(succ, pred)
    sizes = sorted((len(c) for c in comps), reverse=True)
    print("nodes", n, "edges", sum(len(s) for s in succ))
    print("components", len(comps), "largest", sizes[:5], "singletons", sizes.count(1))
    sources = {u for u in range(n) if not pred[u]}
    sinks = {u for u in range(n) if not succ[u]}
    print("sources", len(sources), "sinks", len(sinks), "both", len(sources & sinks))
    hubs = sorted(range(n), key=lambda u: (-len(succ[u]) - len(pred[u]), u))[:4]
    common = set(range(n))
    for h in hubs:
        common &= reach(succ, h)
    print("hubs", hubs, "reachable from all hubs", len(common), "min", min(common) if common else None)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
