# Slicing lists: reading, assignment, deletion, extended slices.

data = list(range(10))
print(data[2:5], data[:3], data[7:], data[::3], data[::-1], data[-3:], data[-1:-4:-1], data[8:2:-2])
print(data[5:2], data[100:], data[-100:2], data[1:-1:4])

s = list(range(10))
s[2:4] = ["a", "b", "c", "d"]
print(s)
s[1:1] = [100]
print(s)
s[:3] = []
print(s)
s[-2:] = "xyz"
print(s)
s[::2] = [0] * len(s[::2])
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
s[::-1] = list(range(len(s)))
print(s)
del s[0]
print(s)
del s[::3]
print(s)
del s[-2:]
print(s)
del s[1:3]
print(s)
s[len(s):] = [7, 8, 9]
print(s)
s[:] = range(4)
print(s)
t = s
t[:] = []
print(s, t, s is t)

buf = [0] * 8
for i in range(8):
    buf[i] = i * i
buf[1::2] = [-v for v in buf[1::2]]
print(buf)
buf[2:6] = buf[2:6][::-1]
print(buf)
window = [sum(buf[i:i + 3]) for i in range(len(buf) - 2)]
print(window)
chunks = [buf[i:i + 3] for i in range(0, len(buf), 3)]
print(chunks)


def rotate(lst, k):
    k %= len(lst)
    return lst[-k:] + lst[:-k]


print([rotate([1, 2, 3, 4, 5], k) for k in range(-2, 7)])

# sieve-style slice assignment
n = 60
flags = [True] * (n + 1)
flags[0] = flags[1] = False
for i in range(2, int(n ** 0.5) + 1):
    if flags[i]:
        flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
print([i for i, f in enumerate(flags) if f])

tup = (0, 1, 2, 3, 4, 5)
print(tup[1:4], tup[::-2], tup[:0], tup[4:], type(tup[1:]).__name__)
arr = [[1, 2, 3], [4, 5, 6]]
arr[0][1:] = [20, 30, 40]
print(arr, arr[1][::-1], [row[-1] for row in arr])
