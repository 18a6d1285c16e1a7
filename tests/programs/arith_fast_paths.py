vals = [7, -7, 0, 1, 3, 2**62, -2**62, 2**63 - 1, -2**63]
ops = []
for x in vals:
    for y in vals:
        r = []
        for f in (lambda a, b: a // b, lambda a, b: a % b, lambda a, b: a >> (b % 70 if b >= 0 else 3), lambda a, b: a << (b % 65 if b >= 0 else 2), lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: a / b, lambda a, b: a + 0.5, lambda a, b: 2.5 * a):
            try:
                r.append(f(x, y))
            except ZeroDivisionError as e:
                r.append(str(e))
        ops.append(r)
print(ops)
print(1 / 3, 2 ** 53 + 1 + 0.0, (2**53 + 1) * 1.0, 7 / 2.0, -7 // 2, -7 % 2, 7 % -2, 7 // -2)
