"""Pancake sorting over all rotations-generated permutations.

Permutations of n pancakes are enumerated by rotating prefixes (a counter decides which
prefix rotates next); each is sorted twice: greedily (flip the largest unsorted pancake to
the top, then into place, with `p[:k+1] = p[k::-1]`) and by counting the top-flips until the
first pancake is 0. Reports flip statistics.
"""
import sys


def greedy_pancake(p):
    p = p[:]
    flips = 0
    for size in range(len(p), 1, -1):
        biggest = p.index(max(p[:size]))
        if biggest == size - 1:
            continue
        if biggest:
            p[:biggest + 1] = p[biggest::-1]
            flips += 1
        p[:size] = p[size - 1::-1]
        flips += 1
    return flips, p


def top_flips(p):
    p = p[:]
    flips = 0
    k = p[0]
    while k:
        p[:k + 1] = p[k::-1]
        flips += 1
        k = p[0]
    return flips


def permutations_by_rotation(n):
    perm = list(range(n))
    count = [0] * n
    yield perm[:]
    i = 1
    while i < n:
        # rotate the prefix of length i+1 left by one
        perm[:i + 1] = perm[1:i + 1] + perm[:1]
        count[i] += 1
        if count[i] <= i:
            yield perm[:]
            i = 1
        else:
            count[i] = 0
            i += 1


def main(n):
    total_greedy = 0
    worst_greedy = 0
    total_top = 0
    worst_top = 0
    seen = 0
    ordered = list(range(n))
    for forward in permutations_by_rotation(n):
        # each permutation and its mirror image
        for perm in (forward, forward[::-1]):
            g, result = greedy_pancake(perm)
            if result != ordered:
                raise SystemExit("not sorted")
            t = top_flips(perm)
            total_greedy += g
            total_top += t
            if g > worst_greedy:
                worst_greedy = g
            if t > worst_top:
                worst_top = t
            seen += 1
    print(f"n={n} permutations {seen}")
    print(f"greedy flips: total {total_greedy} worst {worst_greedy} mean {total_greedy / seen:.4f}")
    print(f"top flips: total {total_top} worst {worst_top} mean {total_top / seen:.4f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
