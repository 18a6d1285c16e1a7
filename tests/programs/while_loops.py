# `while` loops test at the bottom (the test is compiled twice): continue,
# break, else, tests with side effects, generators finalized in the loop,
# and an error raised by the test on a later iteration (its traceback line).


def count(n):
    i = total = 0
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        if i > 50:
            break
        total += i
    else:
        total = -total
    return i, total


print(count(10), count(100), count(0))

calls = []


def test(x):
    calls.append(x)
    return x < 4


x = 0
while test(x):
    x += 1
print(x, calls)

data = [3, 1, 4, 1, 5]
while (v := data.pop()) != 4:
    print("popped", v)
print("stopped at", v, data)

node = {"next": {"next": {"next": None, "v": 3}, "v": 2}, "v": 1}
seen = []
while node is not None:
    seen.append(node["v"])
    node = node["next"]
print(seen)


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closed", tag)


k = 0
while k < 3:
    g = gen(k)
    next(g)
    k += 1
    print("iteration", k)
del g
print("after loop")

while True:
    k -= 1
    if k < 0:
        break
print("k", k)

n = 5
while n:
    n -= 1
else:
    print("else ran", n)

items = [1, 2, "three", 4]
i = 0
while items[i] < 10:
    i += 1
