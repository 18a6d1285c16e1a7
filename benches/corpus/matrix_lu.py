"""Dense linear algebra on nested lists: LU decomposition with partial pivoting, solving
several right-hand sides, the determinant, a Gauss-Jordan inverse checked by
multiplication, and a matrix power by repeated squaring."""
import math
import sys


def make_matrix(n, seed):
    state = seed
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            state = (state * 1103515245 + 12345) % 2147483648
            row.append((state % 2000) / 1000.0 - 1.0 + (n if i == j else 0.0))
        m.append(row)
    return m


def lu_decompose(a):
    n = len(a)
    lu = [row[:] for row in a]
    perm = list(range(n))
    sign = 1.0
    for k in range(n):
        pivot = max(range(k, n), key=lambda i: abs(lu[i][k]))
        if pivot != k:
            lu[k], lu[pivot] = lu[pivot], lu[k]
            perm[k], perm[pivot] = perm[pivot], perm[k]
            sign = -sign
        pivot_row = lu[k]
        inv = 1.0 / pivot_row[k]
        for i in range(k + 1, n):
            row = lu[i]
            factor = row[k] * inv
            row[k] = factor
            for j in range(k + 1, n):
                row[j] -= factor * pivot_row[j]
    return lu, perm, sign


def lu_solve(lu, perm, b):
    n = len(lu)
    y = [b[p] for p in perm]
    for i in range(n):
        row = lu[i]
        s = y[i]
        for j in range(i):
            s -= row[j] * y[j]
        y[i] = s
    for i in range(n - 1, -1, -1):
        row = lu[i]
        s = y[i]
        for j in range(i + 1, n):
            s -= row[j] * y[j]
        y[i] = s / row[i]
    return y


def gauss_jordan_inverse(a):
    n = len(a)
    aug = [a[i][:] + [1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [v / p for v in aug[col]]
        for r in range(n):
            if r != col:
                f = aug[r][col]
                if f != 0.0:
                    prow = aug[col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], prow)]
    return [row[n:] for row in aug]


def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def mat_power(m, e):
    n = len(m)
    result = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result


def main(n):
    a = make_matrix(n, 5)
    lu, perm, sign = lu_decompose(a)
    log_det = 0.0
    for i in range(n):
        log_det += math.log10(abs(lu[i][i]))
        if lu[i][i] < 0.0:
            sign = -sign
    print(f"n {n} log10|det| {log_det:.6f} sign {'+' if sign > 0 else '-'}")
    residual = 0.0
    for k in range(4):
        b = [float((i * (k + 3)) % 7 - 3) for i in range(n)]
        x = lu_solve(lu, perm, b)
        for i in range(n):
            residual = max(residual, abs(sum(a[i][j] * x[j] for j in range(n)) - b[i]))
    print(f"solve residual below 1e-9: {residual < 1e-9}")
    inv = gauss_jordan_inverse(a)
    prod = matmul(a, inv)
    err = max(abs(prod[i][j] - (1.0 if i == j else 0.0)) for i in range(n) for j in range(n))
    print(f"inverse error below 1e-9: {err < 1e-9}, trace of inverse {sum(inv[i][i] for i in range(n)):.9f}")
    small = [[0.5, 0.25, 0.25], [0.2, 0.6, 0.2], [0.1, 0.3, 0.6]]
    p = mat_power(small, 64)
    print("stationary", " ".join(f"{v:.6f}" for v in p[0]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 150)
