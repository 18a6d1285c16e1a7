# float ** on a specialized site: negative bases with whole exponents stay
# on the fast path; fractional exponents (complex results), overflow, zero
# to a negative power and a change of operand types mid-loop must still
# give CPython's results and errors, in every tier.

def sq_dist(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b))

pts = [(i * 0.5 - 7.0, 3.0 - i * 0.25) for i in range(40)]
print("dist", round(sum(sq_dist(p, q) for p in pts for q in pts), 6))

def powers(base, exps):
    out = []
    for e in exps:
        try:
            out.append(base ** e)
        except (OverflowError, ZeroDivisionError) as err:
            out.append(type(err).__name__ + ": " + str(err))
    return out

# One site sees whole, negative, huge, fractional exponents.
for base in (-2.0, -0.5, -1.0, 0.0, -1e300, -3):
    r = powers(base, [2.0, 3.0, -1.0, -3.0, 0.0, 5, 2000.0, 0.5, -0.5, 1e18, 3.0000001])
    print(base, [x if isinstance(x, str) else (round(x.real, 9), round(x.imag, 9)) if isinstance(x, complex) else x for x in r])

acc = 0.0
vals = [-1.5, 2.0, -2.5, 3]
for i in range(200):
    b = vals[i % 4]
    e = 2 if i < 100 else 3.0
    if i == 150:
        b = 10 ** 20          # an int too large to convert exactly
    if i == 170:
        b = -4.0
        e = 0.5               # complex
    r = b ** e
    acc += r.real if isinstance(r, complex) else r
print("loop", acc)

# Underflow to zero is no error; a negative zero base keeps its sign.
print((-1e-200) ** 3.0, (-1e-200) ** 2.0, (-0.0) ** 3.0, (-0.0) ** 2.0, (-2.0) ** -1074.0)
