# Native calls in the middle of expressions, so that a wrong count of values
# popped after a call (callable, self-or-NULL, arguments) would shift the
# operands around them: builtins taking 0 to 4 arguments, builtin methods
# with a receiver, module functions called as methods (no receiver), bound
# builtin methods, builtin classes, and builtins that raise mid-loop.
import math


def mixed(n):
    total = 0
    xs = [3, 1, 2]
    words = []
    push = words.append
    for i in range(n):
        total += 1000 * len(xs) + max(i, 7) - min(i, 2, 5) + abs(-i) * 2
        total += int(math.sqrt(i * i)) + round(2.5) + divmod(i, 3)[1]
        total += pow(2, 3, 5) + sum(xs) * isinstance(i, int)
        total -= len("ab" + str(i % 10)) + "x,y".count(",") + int(float(i % 4))
        push(str(i % 3))
        if i % 100 == 0:
            try:
                total += int("nope" if i % 200 == 0 else str(i))
            except ValueError as e:
                total += len(str(e)) + 1000000
    return total, len(words), "".join(words[:9]), " ".join(sorted(set(words)))


def nested(n):
    out = []
    for i in range(n):
        out.append((min(max(i, 3), 10), len(list(range(i % 5))), math.floor(math.fabs(-i / 2))))
    return out[-3:], len(out)


print(mixed(3000))
print(nested(2000))
