# BUILD_SLICE fused with the subscript that follows (no slice object) for
# lists, tuples and ASCII strs with int/None bounds, and the generic fallbacks.
a = list(range(10))
t = tuple(range(10))
s = "abcdefghij"
for i in range(3):
    print(a[2:5], a[::-1], a[5:2:-1], a[:], t[1:8:3], t[::-2], s[2:5], s[-3:], s[::2], "h\u00e9llo"[1:3])
    b = a[:]
    b[1:3] = [9, 9, 9]
    b[::2] = b[1::2][:len(b[::2])] if len(b) % 2 == 0 else b[::2]
    print(b)
    try:
        b[::2] = [1]
    except ValueError as e:
        print("ValueError:", e)
    try:
        b[::0]
    except ValueError as e:
        print("ValueError:", e)
    b[2:4] = b
    print(b, len(b))
    x = [1.5, 2.5, 3.5]
    x[0:2] = [7, "s"]
    print(x, x[-2:], [][1:2], a[100:], a[-100:2])
