"""A package dependency resolver: versions as tuples compared with `<`/`>=`, constraint
lists, `is None` / `is not` sentinel checks, set inclusion (`<=`, `&`, `-`), list
equality, mixed comparisons of ints and floats, backtracking over candidate versions
newest first, and a topological install order."""
import sys

MISSING = object()


def parse_version(text):
    return tuple(int(part) for part in text.split("."))


def format_version(version):
    return ".".join(str(part) for part in version)


class Constraint:
    __slots__ = ("op", "version")

    def __init__(self, op, version):
        self.op = op
        self.version = version

    def allows(self, v):
        op = self.op
        if op == ">=":
            return v >= self.version
        if op == "<":
            return v < self.version
        if op == "==":
            return v == self.version
        if op == "!=":
            return v != self.version
        if op == "~=":
            return v >= self.version and v[:-1] == self.version[:-1]
        raise ValueError(op)

    def __eq__(self, other):
        return isinstance(other, Constraint) and (self.op, self.version) == (other.op, other.version)

    def __hash__(self):
        return hash((self.op, self.version))


def parse_requirement(text):
    name, _, rest = text.partition(" ")
    constraints = []
    for part in rest.split(","):
        part = part.strip()
        if not part:
            continue
        for op in ("~=", ">=", "==", "!=", "<"):
            if part.startswith(op):
                constraints.append(Constraint(op, parse_version(part[len(op):])))
                break
    return name, constraints


class Index:
    def __init__(self):
        self.releases = {}

    def add(self, name, version, requires, features=()):
        self.releases.setdefault(name, {})[parse_version(version)] = (
            [parse_requirement(r) for r in requires], frozenset(features))

    def candidates(self, name, constraints):
        versions = self.releases.get(name)
        if versions is None:
            return []
        ok = [v for v in versions if all(c.allows(v) for c in constraints)]
        ok.sort(reverse=True)
        return ok


def resolve(index, roots, want_features=frozenset()):
    """Backtracking: picks the newest version of each pending name that satisfies every
    constraint seen so far."""
    steps = 0

    def solve(pinned, pending, constraints):
        nonlocal steps
        if not pending:
            return pinned
        name = min(pending)
        rest = pending - {name}
        for version in index.candidates(name, constraints.get(name, [])):
            steps += 1
            requires, features = index.releases[name][version]
            if name in want_features and not want_features[name] <= features:
                continue
            new_constraints = dict(constraints)
            new_pending = set(rest)
            conflict = False
            for dep, cons in requires:
                merged = new_constraints.get(dep, []) + cons
                new_constraints[dep] = merged
                chosen = pinned.get(dep, MISSING)
                if chosen is not MISSING:
                    if not all(c.allows(chosen) for c in merged):
                        conflict = True
                        break
                else:
                    new_pending.add(dep)
            if conflict:
                continue
            result = solve({**pinned, name: version}, new_pending, new_constraints)
            if result is not None:
                return result
        return None

    constraints = {}
    for name, cons in roots:
        constraints[name] = constraints.get(name, []) + cons
    return solve({}, {name for name, _ in roots}, constraints), steps


def install_order(index, pinned):
    deps = {name: {dep for dep, _ in index.releases[name][v][0]} for name, v in pinned.items()}
    order = []
    done = set()
    while len(done) < len(deps):
        ready = sorted(n for n, d in deps.items() if n not in done and d <= done)
        if not ready:
            raise RuntimeError("cycle")
        order.extend(ready)
        done |= set(ready)
    return order


def build_index(rng_state, packages, versions_each):
    index = Index()
    names = [f"pkg{i:02d}" for i in range(packages)]
    state = rng_state
    for i, name in enumerate(names):
        for major in range(1, versions_each // 3 + 2):
            for minor in range(3):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                requires = []
                for j in range(i + 1, min(i + 5, packages)):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    pick = state >> 16
                    if pick % 3 == 0:
                        continue
                    lo = pick % 3 + 1
                    if pick % 5 == 0:
                        requires.append(f"{names[j]} >={lo}.0,<{lo + 2}.0,!={lo}.1")
                    elif pick % 7 == 0:
                        requires.append(f"{names[j]} ~={lo}.1")
                    else:
                        requires.append(f"{names[j]} >={lo}.{pick % 3}")
                features = [f for f, bit in (("ssl", 1), ("fast", 2), ("gui", 4)) if (state >> 4) & bit]
                index.add(name, f"{major}.{minor}", requires, features)
    return index, names


def main(n):
    total_steps = 0
    digest = 0
    for trial in range(n):
        index, names = build_index(1000 + trial, 14, 6)
        roots = [parse_requirement(f"{names[0]} >=1.0"), parse_requirement(f"{names[trial % 5 + 1]} <3.0")]
        want = {names[2]: frozenset({"ssl"})} if trial % 3 == 0 else {}
        pinned, steps = resolve(index, roots, want)
        total_steps += steps
        if pinned is None:
            digest = (digest * 7 + 1) % 1000003
            continue
        order = install_order(index, pinned)
        for name in order:
            v = pinned[name]
            digest = (digest * 31 + v[0] * 10 + v[1]) % 1000003
        if trial < 3:
            print(" ".join(f"{name}=={format_version(pinned[name])}" for name in order[:6]))
    print("resolved", n, "indexes in", total_steps, "steps, digest", digest)
    versions = sorted([parse_version(v) for v in ("1.10", "1.2", "1.2.1", "0.9", "2.0", "1.10.0")])
    print([format_version(v) for v in versions])
    print([1, 2, 3] < [1, 2, 4], (1, 2) == (1.0, 2.0), {1, 2} < {1, 2, 3}, 3 < 3.5 <= 4)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
