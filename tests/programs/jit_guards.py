# Loops the jit tier compiles (conformance runs it with --jit-threshold=2), each
# made to leave its trace: a type change mid-loop, int overflow into big ints and
# back, float/int flips, branches that flip, break/continue/else, nested loops,
# and errors raised at iteration N after the loop was compiled.


def type_change(n):
    x = 1
    for i in range(n):
        x = x + i
        if i == n // 2:
            x = 0.5
    return x


def overflow(n):
    x = 1
    out = []
    for i in range(n):
        x = x * 3 + 1
        if i % 10 == 0:
            out.append(x % 1000)
    return x, out


def shrink_back(n):
    # A big int that comes back into i64 range mid-loop.
    x = 2 ** 70
    steps = 0
    while x > 1:
        x = x // 2
        steps += 1
    return x, steps


def float_int_flip(n):
    s = 0
    for i in range(n):
        if i % 7 == 3:
            s = s + 0.25
        else:
            s = s + 1
    return s


def while_bottom_test(n):
    i = 0
    total = 0
    while i < n:
        total += i * i
        i += 1
    else:
        total += 1
    return i, total


def break_continue(n):
    i = 0
    evens = 0
    while True:
        i += 1
        if i % 2:
            continue
        evens += 1
        if i >= n:
            break
    return i, evens


def nested(n):
    t = 0
    for a in range(n):
        b = 0
        while b < a:
            t += a ^ b
            b += 1
    return t


def floats(n):
    zr = zi = 0.0
    cr, ci = -0.7, 0.27
    escaped = -1
    for k in range(n):
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        if zr * zr + zi * zi > 4.0:
            escaped = k
            break
    return round(zr, 6), round(zi, 6), escaped


def bool_and_none(n):
    flag = True
    last = None
    count = 0
    i = 0
    while flag:
        i += 1
        if last is None and i > 3:
            last = i
        if i - 100 == n:
            flag = False
        count += not flag
    return count, last, i


def shifts_and_bits(n):
    h = 5381
    for i in range(n):
        h = ((h << 5) + h + i) & 0xFFFFFFFF
        h ^= h >> 13
    return h


def negatives(n):
    s = 0
    for i in range(n):
        s += (i - 50) // 7 + (i - 50) % 7 - (-i)
    return s


def zero_div_at(n, k):
    s = 0
    i = n
    while i > -3:
        s += 1000 // (i - k)
        i -= 1
    return s


def float_zero_div(n):
    s = 0.0
    for i in range(n):
        s += 1.0 / (n - 1 - i)
    return s


print(type_change(1000))
print(overflow(100))
print(shrink_back(0))
print(float_int_flip(1000))
print(while_bottom_test(1000), while_bottom_test(0))
print(break_continue(1000))
print(nested(60))
print(floats(1000))
print(bool_and_none(500))
print(shifts_and_bits(3000))
print(negatives(1000))
try:
    zero_div_at(500, 20)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(float_zero_div(300))
