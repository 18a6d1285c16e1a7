DEFAULT_N = 60


def eval_A(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def eval_times_u(func, u):
    return [func((i, u)) for i in range(len(list(u)))]


def eval_AtA_times_u(u):
    return eval_times_u(part_At_times_u, eval_times_u(part_A_times_u, u))


def part_A_times_u(i_u):
    i, u = i_u
    partial_sum = 0
    for j, u_j in enumerate(u):
        partial_sum += eval_A(i, j) * u_j
    return partial_sum


def part_At_times_u(i_u):
    i, u = i_u
    partial_sum = 0
    for j, u_j in enumerate(u):
        partial_sum += eval_A(j, i) * u_j
    return partial_sum


def spectral(n):
    u = [1] * n
    for dummy in range(10):
        v = eval_AtA_times_u(u)
        u = eval_AtA_times_u(v)
    vBv = vv = 0
    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve
    return (vBv / vv) ** 0.5, u[:3], v[-2:]


def fannkuch(n):
    count = list(range(1, n + 1))
    max_flips = 0
    m = n - 1
    r = n
    check = 0
    perm1 = list(range(n))
    perm = list(range(n))
    perm1_ins = perm1.insert
    perm1_pop = perm1.pop
    checksum = 0
    sign = 1
    while 1:
        if check < 30:
            check += 1

        while r != 1:
            count[r - 1] = r
            r -= 1

        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            flips_count = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips_count += 1
                k = perm[0]
            if flips_count > max_flips:
                max_flips = flips_count
            checksum += sign * flips_count
        while r != n:
            perm1_ins(r, perm1_pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return max_flips, checksum
        sign = -sign


def mandel(w, h, it=50):
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            c = complex_mul = None
            cr = 2.0 * x / w - 1.5
            ci = 2.0 * y / h - 1.0
            zr = zi = 0.0
            i = 0
            while i < it and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
                i += 1
            row.append(" .:-=+*#%@"[i % 10])
        rows.append("".join(row))
    return rows


if __name__ == "__main__":
    res, u3, v2 = spectral(DEFAULT_N)
    print("%0.9f" % res)
    print(u3, v2)
    print(eval_A(3, 4), eval_A(0, 0))
    for n in range(3, 9):
        print("fannkuch(%d) =" % n, fannkuch(n))
    for line in mandel(40, 12):
        print(line)
