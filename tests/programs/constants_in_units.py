# Constants of every kind loaded in hot loops: by LOAD_CONST, as the second
# half of LOAD_FAST_LOAD_CONST and as LOAD_CONST_RETURN_VALUE. The eval loop
# reads them from the instruction's unit (a borrowed copy of the code's own
# constant), so each load must add a reference and never give one away.


def const_str():
    return "spam"


def const_tuple():
    return (1, "two", 3.0, None)


def const_big():
    return 123456789012345678901234567890


def const_none():
    return None


def kinds(n):
    out = []
    for i in range(n):
        s = "ab" + "c"
        t = (i, "x") + ("y", 2.5)
        b = i + 99999999999999999999999999
        f = i * 0.5
        k = i - -7
        out.append((s, t[1:3], b % 1000, f, k, i < 3 or i > n - 3))
    return out


def fused(values):
    total = 0
    text = ""
    for v in values:
        total = total + v * 3
        text = text + "-"
    return total, len(text)


def main():
    seen = []
    for _ in range(2000):
        seen.append(const_str())
        seen.append(const_tuple())
        seen.append(const_big())
        seen.append(const_none())
    print(len(seen), seen[0], seen[1], seen[2], seen[3])
    print(seen[-4] is seen[0], seen[-3] is seen[1], seen[-2] == seen[2])
    del seen
    r = kinds(3000)
    print(r[0], r[1], r[-1])
    print(fused(list(range(5000))))
    # The same constants again after the lists holding them are gone.
    print(const_str() * 2, const_tuple()[1], const_big() + 1, const_none())


main()
