# Sorted containers and table lookups with bisect.
import bisect
import random


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


class SortedList:
    def __init__(self, items=(), key=None):
        self.key = key
        self.items = []
        for x in items:
            self.add(x)

    def add(self, x):
        bisect.insort(self.items, x, key=self.key)

    def remove(self, x):
        k = x if self.key is None else self.key(x)
        i = bisect.bisect_left(self.items, k, key=self.key)
        if i < len(self.items) and self.items[i] == x:
            del self.items[i]
            return True
        return False

    def count_range(self, lo, hi):
        return bisect.bisect_right(self.items, hi, key=self.key) - bisect.bisect_left(self.items, lo, key=self.key)

    def __repr__(self):
        return f"SortedList({self.items})"


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

rng = random.Random(3)
sl = SortedList(rng.randint(0, 100) for _ in range(30))
print(sl)
print(sl.count_range(20, 60), sl.remove(sl.items[5]), sl.remove(1000), len(sl.items))

people = SortedList(key=lambda p: p[1])
for name, age in [("ann", 31), ("bob", 25), ("cid", 40), ("dee", 25), ("eve", 31)]:
    people.add((name, age))
print(people.items)
print(people.count_range(25, 31))

# Interval lookup: which bucket does each timestamp fall into?
starts = [0, 15, 42, 60, 99, 150]
labels = ["boot", "load", "run", "idle", "save", "done"]
for t in [0, 14, 15, 41, 70, 149, 500]:
    print(t, labels[bisect.bisect_right(starts, t) - 1])

# lo/hi bounds and left vs right with duplicates.
a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 2, 4, 8, 20]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect_left(a, x, 3), bisect.bisect_right(a, x, 0, 4))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort_left(b, x)
    bisect.insort_right(b, x * 10)
print(b)
print(bisect.bisect(tuple(a), 8), bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right("acegik", "f"))

# Keys: insertion keeps records ordered by a computed field.
records = []
for i in range(12):
    rec = (rng.choice("xyz"), rng.randint(1, 50))
    bisect.insort(records, rec, key=lambda r: (r[1], r[0]))
print(records)


class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return self.s


versions = []
for v in ["1.10.0", "1.2.3", "0.9", "1.2.10", "2.0", "1.2"]:
    bisect.insort(versions, Version(v))
print(versions, bisect.bisect(versions, Version("1.2.5")))

for bad in [lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect([1, "a"], 2),
            lambda: bisect.insort((1, 2), 3), lambda: bisect.bisect_left([1]),
            lambda: bisect.bisect([1], 1, hi="x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
