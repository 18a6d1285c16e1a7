# itertools in realistic use: combinatorics, grouping, windows, lazy pipelines.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, groupby, islice, starmap, tee, zip_longest,
                       product, permutations, combinations, combinations_with_replacement,
                       pairwise)
import operator


def primes():
    """Infinite prime generator built on count()."""
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


print("first primes:", list(islice(primes(), 15)))
print("every 3rd prime from the 10th:", list(islice(primes(), 10, 40, 3)))

# Running totals and maxima.
sales = [120, 80, 200, 50, 310, 90]
print("running total:", list(accumulate(sales)))
print("running max:", list(accumulate(sales, max)))
print("with initial:", list(accumulate(sales, operator.add, initial=1000)))
print("products:", list(accumulate(range(1, 8), operator.mul)))

# Round-robin scheduling with cycle.
workers = cycle(["ann", "bob", "cy"])
tasks = ["t%d" % i for i in range(7)]
print("assignments:", [(t, next(workers)) for t in tasks])

# groupby over sorted records.
records = [
    ("fruit", "apple", 3), ("veg", "carrot", 5), ("fruit", "pear", 2),
    ("dairy", "milk", 1), ("veg", "leek", 4), ("fruit", "fig", 7),
]
records.sort(key=operator.itemgetter(0))
for cat, items in groupby(records, key=operator.itemgetter(0)):
    items = list(items)
    print(cat, [name for _, name, _ in items], sum(q for _, _, q in items))

# Run-length encoding and decoding.
def rle(s):
    return [(ch, len(list(g))) for ch, g in groupby(s)]

enc = rle("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")
print("rle:", enc)
print("decoded ok:", "".join(chain.from_iterable(repeat(c, n) for c, n in enc)) ==
      "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW")

# Sliding windows with tee / pairwise.
def window(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)

temps = [12, 14, 13, 17, 21, 19, 18, 23]
print("3-day means:", [round(sum(w) / 3, 2) for w in window(temps, 3)])
print("diffs:", [b - a for a, b in pairwise(temps)])
print("rising days:", list(compress(range(1, len(temps)), [b > a for a, b in pairwise(temps)])))

# dropwhile / filterfalse on a log.
log = ["# header", "# more", "start", "ok", "error: disk", "ok", "error: net"]
body = list(dropwhile(lambda l: l.startswith("#"), log))
print("body:", body)
print("non-errors:", list(filterfalse(lambda l: l.startswith("error"), body)))

# Combinatorics.
print("2-digit codes:", ["".join(p) for p in product("ab", "xyz")])
print("bits:", list(product((0, 1), repeat=3)))
print("perms:", ["".join(p) for p in permutations("abc")])
print("perm pairs:", len(list(permutations(range(6), 2))))
print("hands:", list(combinations("ABCD", 3)))
print("dice sums:", sorted(set(map(sum, combinations_with_replacement(range(1, 7), 2)))))
coins = [1, 5, 10, 25]
ways = sum(1 for k in range(1, 5) for combo in combinations_with_replacement(coins, k) if sum(combo) == 30)
print("ways to make 30 with <=4 coins:", ways)

# Subset-sum by brute force over combinations.
nums = [3, 34, 4, 12, 5, 2]
hits = [c for r in range(1, len(nums) + 1) for c in combinations(nums, r) if sum(c) == 9]
print("subsets summing to 9:", hits)

# Travelling salesman on a tiny graph via permutations.
dist = {
    ("A", "B"): 10, ("A", "C"): 15, ("A", "D"): 20,
    ("B", "C"): 35, ("B", "D"): 25, ("C", "D"): 30,
}
def d(a, b):
    return dist.get((a, b)) or dist[(b, a)]
best = min((sum(d(a, b) for a, b in pairwise(("A",) + route + ("A",))), route)
           for route in permutations("BCD"))
print("best tour:", best)

# starmap and zip_longest.
print("powers:", list(starmap(pow, zip(range(1, 6), repeat(2)))))
print("table:", list(zip_longest("abc", [1, 2], fillvalue="-")))
print("transposed:", list(zip_longest(*[[1, 2, 3], [4, 5], [6]])))

# Lazy pipelines: nothing infinite is materialized.
evens = (x for x in count() if x % 2 == 0)
squares = map(lambda x: x * x, evens)
print("big squares:", list(islice(dropwhile(lambda v: v < 1000, squares), 5)))
print("chained:", list(chain("ab", range(3), [None])))
print("cycle slice:", "".join(islice(cycle("xyz"), 10)))
c = count(1.5, 0.5)
print("float count:", [next(c) for _ in range(4)])
print("repeat:", list(repeat("na", 4)), list(map(pow, range(5), repeat(3))))

# groupby grouper invalidation, tee independence.
groups = list(groupby("aaabbc"))
print("stale groupers:", [(k, list(g)) for k, g in groups])
a, b = tee(range(5))
print("tee:", list(a), list(b))
it = iter(range(10))
print("islice consumes:", list(islice(it, 3)), next(it))
print("empty cases:", list(product()), list(combinations(range(3), 5)), list(permutations([], 0)), list(pairwise([1])))
print("types:", type(count()).__name__, type(chain()).__name__, isinstance(islice([], 1), islice))
try:
    islice(range(5), -1)
except ValueError as e:
    print("ValueError:", e)
