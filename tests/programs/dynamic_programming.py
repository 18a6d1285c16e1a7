# Classic dynamic programming: LCS, edit distance, knapsack, coin change, LIS, matrix chain.


def lcs(a, b):
    m, n = len(a), len(b)
    table = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return table[m][n], "".join(reversed(out))


def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]


def knapsack(items, capacity):
    best = [0] * (capacity + 1)
    choice = [[] for _ in range(capacity + 1)]
    for name, weight, value in items:
        for c in range(capacity, weight - 1, -1):
            if best[c - weight] + value > best[c]:
                best[c] = best[c - weight] + value
                choice[c] = choice[c - weight] + [name]
    return best[capacity], choice[capacity]


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    fewest = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and fewest[a - coin] + 1 < fewest[a]:
                fewest[a] = fewest[a - coin] + 1
    return ways[amount], fewest[amount]


def lis(seq):
    tails = []
    for x in seq:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails), tails


def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = float("inf")
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if c < cost[i][j]:
                    cost[i][j] = c
                    split[i][j] = k

    def paren(i, j):
        if i == j:
            return f"M{i + 1}"
        k = split[i][j]
        return f"({paren(i, k)} x {paren(k + 1, j)})"

    return cost[0][n - 1], paren(0, n - 1)


for a, b in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("", "abc"), ("dynamic", "programming")]:
    print("lcs", a, b, lcs(a, b))
for s, t in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]:
    print("edit", s, t, edit_distance(s, t))
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]
print("knapsack", knapsack(items, 400))
print("knapsack small", knapsack(items, 50))
for coins, amount in [([1, 2, 5], 11), ([2], 3), ([1, 5, 10, 25, 50], 100), ([3, 7, 11], 50)]:
    print("coins", coins, amount, coin_change(coins, amount))
seq = [(i * 37 + 11) % 53 for i in range(40)]
print("lis", seq, lis(seq))
print("chain", matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30, 40, 30, 5, 60]))
pascal = [[1]]
for n in range(1, 15):
    prev = pascal[-1]
    pascal.append([1] + [prev[k - 1] + prev[k] for k in range(1, n)] + [1])
print(pascal[6], pascal[14], sum(pascal[14]))
partitions = [1] + [0] * 60
for part in range(1, 61):
    for total in range(part, 61):
        partitions[total] += partitions[total - part]
print("partitions:", partitions[:15], partitions[60])
