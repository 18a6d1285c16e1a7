# jit: float //, % and ** in traces (the interpreter's own definitions
# through a helper), with their error cases reached at iteration N.
def mix(n):
    t = 0.0
    for i in range(n):
        x = i * 1.5
        t += (x // 7.0) + (x % 3.0) - (x % -2.5) + (x + 1.0) ** 0.5 + (x + 2.0) ** -1.5
    return t


print(round(mix(3000), 6))


def signs(n):
    out = 0.0
    for i in range(-n, n):
        x = i * 0.75
        out += x // 2.0 + x % 2.0 + x // -2.0 + x % -2.0
    return out


print(signs(1000))


def divide_by(values, d0):
    t = 0.0
    d = d0
    for v in values:
        t += v // d + v % d
        d -= 1.0
    return t


try:
    divide_by([float(k) for k in range(500)], 300.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def grow(n):
    x = 1.5
    k = 0
    for k in range(n):
        x = x ** 1.5
    return x


try:
    grow(100)
except OverflowError as e:
    print("OverflowError", e)


def inv_powers(n):
    t = 0.0
    for k in range(n):
        base = 400.0 - k
        t += base ** -2.0
    return t


try:
    inv_powers(1000)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# Ints mixed in, and ints that stay ints.
t = 0
for k in range(1, 2000):
    t += (k ** 2) // 3 + (k * 1.0) ** 2 % 5
print(t)
