# sort / sorted with keys, reverse, stability.

people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "SF"), ("dave", 25, "NY"),
          ("eve", 35, "LA"), ("frank", 30, "LA")]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = sorted(people, key=lambda p: p[2])
by_age_then_city = sorted(by_city, key=lambda p: p[1])
print([p[0] for p in by_age_then_city])
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"], key=str.lower))
print(sorted(["ccc", "a", "bb", "dd", "e", "fff"], key=len))
print(sorted(["ccc", "a", "bb", "dd", "e", "fff"], key=len, reverse=True))
print(sorted([3, -1, 2, -5, 4], key=abs), sorted([0.5, -1, 2.25, 1e-3, -3]))
print(sorted({"b": 2, "a": 1, "c": 0}), sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]))
print(sorted("hello world"), sorted((5, 2, 8)), sorted(range(10, 0, -3)), sorted([]))
nums = [9, 4, 7, 1, 8, 2, 2, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=lambda v: v % 3)
print(nums)
words = "the quick brown fox jumps over the lazy dog".split()
words.sort(key=lambda w: (len(w), w))
print(words)
print(min(words, key=len), max(words, key=len), max(words), min(people, key=lambda p: p[1]))
print(max([], default="empty"), min([], default=None), max(3, 9, 2), min("b", "a", "c"), max([1, 5, 5, 2], key=lambda x: -x))
print(max([(1, "b"), (1, "a")]), max({"x": 3, "y": 9}, key=lambda k: {"x": 3, "y": 9}[k]))


class Card:
    ranks = "23456789TJQKA"

    def __init__(self, text):
        self.rank = text[0]
        self.suit = text[1]

    def __lt__(self, other):
        return Card.ranks.index(self.rank) < Card.ranks.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in "KH 2C TD AS 9H TC 2D".split()]
print(sorted(hand), max(hand), min(hand))
hand.sort(reverse=True)
print(hand)


def merge_sort(lst):
    if len(lst) <= 1:
        return lst
    mid = len(lst) // 2
    left, right = merge_sort(lst[:mid]), merge_sort(lst[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(lst):
    if len(lst) < 2:
        return lst
    pivot, rest = lst[0], lst[1:]
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])


seq = [(i * 7919) % 101 for i in range(40)]
print(seq)
print(merge_sort(seq))
print(quicksort(seq) == sorted(seq) == merge_sort(seq))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError raised:", type(e).__name__, "not supported" in str(e))
