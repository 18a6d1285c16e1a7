# Loops with else, break/continue, while 1, chained comparisons, identity and membership.


def find_first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(f"{n}: divisor {d}")
            break
    else:
        print(f"{n}: prime")


for n in [2, 9, 17, 25, 29, 91]:
    find_first_divisor(n)

i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        print("break at", i)
        break
    print("even", i)
else:
    print("while-else not reached")

j = 0
while j < 3:
    j += 1
else:
    print("while-else reached, j =", j)

for x in []:
    print("never")
else:
    print("for-else on empty loop")

count = 0
while 1:
    count += 1
    if count >= 5:
        break
print("while 1 ran", count, "times")

found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    else:
        continue
    break
print("found", found)

x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, x == 5 == 5.0, 0 < x < 3, 1 <= 1 < 2 <= 2)
calls = []


def val(v):
    calls.append(v)
    return v


print(val(1) < val(2) < val(0) < val(5), calls)
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or "default", [] or [1], "a" and "b" and "c", not 0, not "x")
print((lambda: 0)() or "fallback", 0 or 0.0 or None, 3 if 0 else 4, "yes" if [0] else "no")
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a is not c, a == c, None is None, type(None) is type(None), 1 in a, 3 not in a)
print("ab" in "cabd", "x" in {"x": 1}, 1 in {1: "a"}.values(), (1, 2) in [(1, 2)], [] in [[]], "" in "abc")

grade_for = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade_for(s) for s in [95, 85, 75, 65, 90, 80]])


def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0 and n % 3 == 0:
        kind = "div6"
    elif n % 2 == 0 or n % 5 == 0:
        kind = "even-or-5"
    else:
        kind = "other"
    return kind


print([classify(n) for n in [-3, 0, 12, 4, 15, 7]])
total = 0
for i in range(100):
    if i % 3 == 0:
        continue
    if i > 50:
        break
    total += i
print("total", total)
for i, ch in enumerate("abcdef"):
    if ch in "bd":
        continue
    print(i, ch, end=" | ")
print()
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps", steps)
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print(outer, inner)
items = [3, 1, 4, 1, 5]
idx = 0
while idx < len(items):
    if items[idx] == 1:
        del items[idx]
        continue
    idx += 1
print(items)
pass_count = 0
for _ in range(3):
    pass
    pass_count += 1
print("pass_count", pass_count, _)
if not []:
    print("empty list is falsy")
if {}:
    print("unreachable")
elif ():
    print("unreachable")
else:
    print("all empty containers are falsy")
