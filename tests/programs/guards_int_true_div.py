# BINARY_OP_DIV_INT: int / int at warm sites that later see zero divisors,
# ints beyond 2**53 (exact big-int division), bools, floats, negative zero
# results and instances with __truediv__/__rtruediv__.


class Half:
    def __rtruediv__(self, other):
        return ("rtruediv", other)

    def __truediv__(self, other):
        return ("truediv", other)


def run():
    out = []
    total = 0.0
    for i in range(1, 300):
        a, b = i * 7, i % 13 - 6
        if i == 250:
            a = 2**60 + 1
            b = 3
        elif i == 251:
            a = 10**30
            b = 7 * 10**12
        elif i == 252:
            a = 2**53 - 1
            b = 2**53 - 3
        elif i == 253:
            a = True
        elif i == 254:
            b = 2.5
        elif i == 255:
            b = Half()
        elif i == 256:
            a = Half()
        elif i == 257:
            a, b = 0, -5
        try:
            r = a / b
        except ZeroDivisionError as e:
            out.append((i, "ZeroDivisionError", str(e)))
            continue
        if isinstance(r, float):
            total += r
            if i >= 250 and i < 260:
                out.append((i, r, repr(r)))
        else:
            out.append((i, r))
        x = i
        x /= 4
        total += x
    print(repr(total))
    for o in out[:3] + [o for o in out if 250 <= o[0] < 260]:
        print(o)


run()
