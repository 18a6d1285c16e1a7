# Digits of pi with the unbounded spigot algorithm (big integer arithmetic), plus e and sqrt(2).


def pi_digits(count):
    digits = []
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (q * k, (2 * q + r) * l, t * l, k + 1,
                                (q * (7 * k + 2) + r * l) // (t * l), l + 2)
    return digits


def e_digits(count):
    scale = 10 ** (count + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:count]


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


digits = pi_digits(300)
text = "".join(map(str, digits))
for i in range(0, 300, 60):
    print(text[i:i + 60])
print("digit counts:", [text.count(str(d)) for d in range(10)])
print("e  =", e_digits(80))
root2 = isqrt(2 * 10 ** 160)
print("sqrt2 =", str(root2)[:1] + "." + str(root2)[1:81])
print(root2 * root2 <= 2 * 10 ** 160 < (root2 + 1) ** 2)
print("2**512 =", 2 ** 512)
print("3**200 % 1000003 =", 3 ** 200 % 1000003, pow(3, 200, 1000003))
fact = 1
for i in range(1, 201):
    fact *= i
print("200! digits:", len(str(fact)), "first 20:", str(fact)[:20], "trailing zeros:", len(str(fact)) - len(str(fact).rstrip("0")))
catalan = [1]
for n in range(1, 60):
    catalan.append(catalan[-1] * 2 * (2 * n - 1) // (n + 1))
print(catalan[10], catalan[30], catalan[59])
