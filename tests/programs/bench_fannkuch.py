# Fannkuch-redux (pancake flipping over all permutations), small n.


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += flips if perm_index % 2 == 0 else -flips
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            i = 0
            while i < r:
                j = i + 1
                perm1[i] = perm1[j]
                i = j
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_index += 1


def fannkuch_simple(n):
    """The same computation using a recursive permutation generator (lexicographic order)."""
    def perms(items):
        if len(items) <= 1:
            yield items
            return
        for i in range(len(items)):
            for rest in perms(items[:i] + items[i + 1:]):
                yield [items[i]] + rest

    best = 0
    best_perm = None
    histogram = {}
    for p in perms(list(range(1, n + 1))):
        p = list(p)
        flips = 0
        while p[0] != 1:
            k = p[0]
            p[:k] = reversed(p[:k])
            flips += 1
        histogram[flips] = histogram.get(flips, 0) + 1
        if flips > best:
            best = flips
    return best, sorted(histogram.items())


for n in range(3, 8):
    checksum, flips = fannkuch(n)
    print(f"{checksum}\nPfannkuchen({n}) = {flips}")
for n in range(3, 7):
    print(n, fannkuch_simple(n))
