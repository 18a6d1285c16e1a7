"""Matrix code: LU decomposition, matmul, transpose, gaussian elimination."""
import math
import random

random.seed(7)


def matmul(A, B):
    Bt = list(zip(*B))
    return [[sum(a * b for a, b in zip(row, col)) for col in Bt] for row in A]


def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def lu_decompose(A):
    n = len(A)
    L = identity(n)
    U = [row[:] for row in A]
    P = list(range(n))
    for k in range(n):
        piv = max(range(k, n), key=lambda i: abs(U[i][k]))
        if piv != k:
            U[k], U[piv] = U[piv], U[k]
            P[k], P[piv] = P[piv], P[k]
            for j in range(k):
                L[k][j], L[piv][j] = L[piv][j], L[k][j]
        for i in range(k + 1, n):
            f = U[i][k] / U[k][k]
            L[i][k] = f
            for j in range(k, n):
                U[i][j] -= f * U[k][j]
    return P, L, U


def det(A):
    P, L, U = lu_decompose(A)
    d = 1.0
    for i in range(len(A)):
        d *= U[i][i]
    # sign of the permutation
    sign = 1
    seen = [False] * len(P)
    for i in range(len(P)):
        if not seen[i]:
            j = i
            cycle = 0
            while not seen[j]:
                seen[j] = True
                j = P[j]
                cycle += 1
            if cycle % 2 == 0:
                sign = -sign
    return sign * d


def solve(A, b):
    n = len(A)
    M = [A[i][:] + [b[i]] for i in range(n)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[p] = M[p], M[c]
        for r in range(n):
            if r != c:
                f = M[r][c] / M[c][c]
                M[r] = [x - f * y for x, y in zip(M[r], M[c])]
    return [M[i][n] / M[i][i] for i in range(n)]


def fmt(M):
    return "\n".join(" ".join("%8.3f" % x for x in row) for row in M)


n = 6
A = [[random.uniform(-5, 5) for _ in range(n)] for _ in range(n)]
b = [random.randint(-10, 10) for _ in range(n)]
print(fmt(A))
x = solve(A, b)
print(["%.6f" % v for v in x])
res = [sum(A[i][j] * x[j] for j in range(n)) - b[i] for i in range(n)]
print(max(abs(r) for r in res) < 1e-9)
print("det %.6f" % det(A))
P, L, U = lu_decompose(A)
LU = matmul(L, U)
PA = [A[p] for p in P]
print(all(math.isclose(LU[i][j], PA[i][j], abs_tol=1e-9) for i in range(n) for j in range(n)))
I = identity(3)
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]), matmul(I, [[1], [2], [3]]))
M = [[i * 4 + j for j in range(4)] for i in range(4)]
print(list(map(list, zip(*M))), [row[::-1] for row in M][::-1], [M[i][i] for i in range(4)], sum(map(sum, M)))
big = [[(i * j) % 7 for j in range(40)] for i in range(40)]
sq = matmul(big, big)
print(sum(sum(r) for r in sq), sq[5][:8], max(max(r) for r in sq))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2, 4]), math.hypot(3, 4), math.dist((0, 0), (1, 1)))
print(math.gcd(48, 180), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.isqrt(10 ** 12 + 1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.copysign(3, -0.0), math.fabs(-2), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1))
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.isfinite(1e308 * 10), math.isnan(float("nan")), math.inf > 1e308, math.tau, math.e)
print(round(math.sin(1), 12), round(math.cos(1), 12), math.tan(0.5), math.asin(0.5), math.acos(0.5), math.sinh(1), math.cosh(1), math.tanh(0.5), math.sqrt(2), math.pow(2, 0.5))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.erf(0.5), math.gamma(5), math.lgamma(5))
