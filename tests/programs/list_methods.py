# List methods and behaviour.

nums = [5, 3, 8, 1]
nums.append(9)
print(nums)
nums.extend([2, 7])
nums.extend(range(3))
nums.extend("ab")
print(nums)
nums.insert(0, 100)
nums.insert(-1, 200)
nums.insert(1000, 300)
nums.insert(-1000, 400)
print(nums)
print(nums.pop(), nums.pop(0), nums.pop(-2), nums.pop(3))
print(nums)
nums.remove("a")
nums.remove(9)
print(nums, nums.index(1), nums.index(0, 5), nums.count(2), nums.count(99))
nums.reverse()
print(nums)
copy = nums.copy()
copy.clear()
print(nums, copy, len(nums), len(copy))
try:
    nums.remove(12345)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    nums.index("zzz")
except ValueError as e:
    print("ValueError:", e)

a = [1, 2, 3]
b = a
b.append(4)
c = a[:]
c.append(5)
print(a, b, c, a is b, a is c, a == b, a == c[:4])
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, 3 * ["x"], [] * 10)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 7
shared = [[0] * 3] * 3
shared[1][2] = 7
print(grid, shared)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [1, [2, 3]] == [1, [2, 3]], [] == [])
print(len([]), bool([]), bool([0]), 3 in [1, 2, 3], 4 not in [1, 2, 3], [1, 2, 3][-1])
print(list(range(5)), list("hey"), list((1, 2)), list({"a": 1, "b": 2}), list(x * 2 for x in range(3)))
print(max([3, 1, 4]), min([3, 1, 4]), sum([1.5, 2.5]), sorted([3, 1, 2]), list(reversed([1, 2, 3])))

stack = []
for ch in "(()(()))":
    if ch == "(":
        stack.append(len(stack))
    else:
        print("close depth", stack.pop(), "remaining", stack)

queue = [1]
seen = []
while queue:
    n = queue.pop(0)
    seen.append(n)
    if n < 20:
        queue.extend([n * 2, n * 3])
print(seen)

x = [1, 2]
x += [3, 4]
x *= 2
print(x)
y = x
y += [99]
print(x is y, x)
nested = [[3, "c"], [1, "a"], [2, "b"]]
nested.sort()
print(nested, [row[1] for row in nested], nested[1][0])
matrix = [[i * 3 + j for j in range(3)] for i in range(4)]
transposed = [list(col) for col in zip(*matrix)]
print(matrix, transposed)
flat = [v for row in matrix for v in row]
print(flat, sum(flat), flat[::4])
print(repr([None, True, 1.0, "s", [], ()]), str([["nested", ["deep"]]]))
r = [1, 2, 3]
r.append(r)
print(r, len(r))
