# sorted()/list.sort()/heapq with int keys (a native sort) and keys whose
# type changes at iteration N: floats, bools, big ints, strs, None (TypeError).
import heapq

words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum", "yam", "lime"]
for rev in (False, True):
    print(sorted(words, key=len, reverse=rev))
    print(sorted([5, -3, 5, 0, 2 ** 40, -2 ** 62, 7], reverse=rev))

records = [(name, i % 3) for i, name in enumerate(words)]
for i in range(12):
    if i < 4:
        key = lambda r: r[1]
    elif i < 6:
        key = lambda r: r[1] + 0.5 * (r[0] == "fig")
    elif i < 8:
        key = lambda r: r[1] == 1
    elif i < 10:
        key = lambda r: r[1] * 2 ** 70 - len(r[0])
    else:
        key = lambda r: (r[1], r[0])
    print(i, [n for n, _ in sorted(records, key=key, reverse=i % 2 == 1)])

mixed = [3, True, 2, False, 1, 2.5, 0]
print(sorted(mixed), sorted(mixed, reverse=True))
print(sorted([2 ** 64, 3, -(2 ** 64), 0]))
for bad in ([3, 1, "x"], [3, None, 1]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    sorted(words, key=lambda w: None if w == "kiwi" else len(w))
except TypeError as e:
    print("TypeError", e)

nums = [9, 4, 7, 4, 1, 8]
nums.sort(key=lambda v: -v)
print(nums)
nums.sort(key=lambda v: v % 3, reverse=True)
print(nums)
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(sorted({4, 1, 9, 1, 3}, reverse=True), sorted(set(), reverse=True), sorted([7]))
