# jit: loops at module level store their variables with STORE_GLOBAL. The
# trace stores immediates into the module's dict and reads a global it
# stores afresh every iteration; these loops change the globals' types
# mid-loop, overflow into big ints, and let inlined functions read globals
# the loop writes.
total = 0
acc = 0.0
flag = False
for i in range(3000):
    total += i
    acc = acc + i * 0.5
    flag = not flag
print(total, acc, flag, i)

# An int global that overflows into a big int at iteration N and keeps growing.
big = 1
for k in range(200):
    big = big * 3 + k
print(big % 1000003, big.bit_length())

# A global whose type changes mid-loop (int -> float -> str -> int).
x = 0
seen = []
for k in range(900):
    if k == 300:
        x = 0.5
    elif k == 600:
        x = "text"
    elif k == 601:
        x = 7
    elif isinstance(x, str):
        pass
    else:
        x = x + 1
print(x)

# An inlined function reads the global the loop stores.
scale = 1


def scaled(v):
    return v * scale


out = 0
for k in range(1000):
    scale = k % 7
    out += scaled(k)
print(out)


# A global read before the loop stores it in the same iteration.
prev = 0
cur = 1
for k in range(80):
    nxt = prev + cur
    prev = cur
    cur = nxt
print(cur)

# A global holding a heap value is stored over inside the loop.
label = "start"
count = 0
for k in range(500):
    if k % 100 == 0:
        label = "mark"
    else:
        label = k
    count += 1
print(label, count)

# A global deleted and recreated in the loop.
for k in range(400):
    tmp = k
    if k % 50 == 49:
        del tmp
print("tmp" in globals(), k)

# Errors still come from the right line.
vals = 0
try:
    for k in range(2000):
        vals += 10 // (1500 - k)
except ZeroDivisionError as e:
    print("ZeroDivisionError at", k, vals, e)
