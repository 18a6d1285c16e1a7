# BINARY_OP_COMPLEX (+ - * / with a complex operand and a complex, float or
# small int other) and `-z` in the hot loop, with the operand types changing
# mid-loop: ints too big for an exact float, bools, an object with the
# reflected operators, division by zero, unsupported operand types.


class Loud:
    def __init__(self, re, im):
        self.z = complex(re, im)

    def __radd__(self, other):
        return "Loud.__radd__"

    def __sub__(self, other):
        return "Loud.__sub__"

    def __mul__(self, other):
        return "Loud.__mul__"

    def __rtruediv__(self, other):
        return "Loud.__rtruediv__"

    def __neg__(self):
        return "Loud.__neg__"


operands = [1 + 2j, 3.5, 7, -2j, 2 ** 53 + 1, True, 2 ** 70, Loud(1, 1), 0j, "s", None, 0.0, 0]


def run(op):
    out = []
    z = 0.5 - 1.5j
    for i in range(len(operands) * 3):
        w = operands[i % len(operands)]
        try:
            if op == "+":
                r = z + w
            elif op == "-":
                r = w - z
            elif op == "*":
                r = w * z
            else:
                r = z / w
            out.append(r if isinstance(r, str) else (type(r).__name__, r.real, r.imag))
        except (TypeError, ZeroDivisionError, OverflowError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


for op in "+-*/":
    print(op, run(op))

# A site that sees only complex results, then the left operand turns into
# a float and an int: the loop stays correct.
acc = 1 + 0j
for i in range(40):
    step = (0.9 + 0.1j) if i < 20 else (0.5 if i < 30 else 2)
    acc = acc * step + 1j
    acc = acc / (1 + 1j) - step
print(f"{acc.real:.12e} {acc.imag:.12e}")

negs = []
for i in range(20):
    v = [1 + 1j, -0.0j, Loud(2, 3), 5, 2.5, complex(float("inf"), float("nan"))][i % 6]
    r = -v
    negs.append(r if isinstance(r, str) else repr(r))
print(negs)
