# Items of bytes, bytearray and array.array read and written in hot loops,
# with the guards failing mid-loop: the container changes type (to a list,
# to an array subclass whose __getitem__/__setitem__ print), a value the
# container refuses (256 into a bytearray, a float into an 'i' array), an
# index past the end at iteration N.
from array import array


def checksum(data):
    s = 0
    for i in range(len(data)):
        s = (s * 31 + data[i]) % 1000003
    return s


payload = bytes(range(256)) * 20
print(checksum(payload), checksum(bytearray(payload)), checksum(list(payload)))
print(checksum(array("B", payload)), checksum(array("i", range(3000))))


def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = 0
                j += i
        i += 1
    return sum(flags)


print(sieve(30000))


def scale(a, k):
    for i in range(len(a)):
        a[i] = a[i] * k
    return a


d = scale(array("d", [0.5 * i for i in range(2000)]), 3.0)
print(d[-1], sum(d))
ints = scale(array("i", range(2000)), 2)
print(ints[1999], sum(ints))
try:
    scale(array("i", range(2000)), 1.5)
except TypeError as e:
    print("TypeError", e)


class Loud(array):
    def __getitem__(self, i):
        if i % 500 == 0:
            print("Loud get", i)
        return array.__getitem__(self, i)

    def __setitem__(self, i, v):
        if i % 500 == 0:
            print("Loud set", i)
        array.__setitem__(self, i, v)


print(sum(scale(Loud("d", [1.0] * 1200), 2.0)))


def fill(buf, n):
    for i in range(n):
        buf[i] = i * 7
    return buf


b = bytearray(40)
try:
    fill(b, 40)
except ValueError as e:
    print("ValueError", e, bytes(b[:3]), b[36], b[37])

b = bytearray(1500)
try:
    fill(b, 2000)
except (IndexError, ValueError) as e:
    print(type(e).__name__, e, b[36], b[1499])


def mixed(containers):
    total = 0
    for c in containers:
        for i in range(3):
            total += c[i]
    return total


row = [bytes([1, 2, 3]), bytearray([4, 5, 6]), array("b", [7, 8, 9]), [10, 11, 12], (13, 14, 15)]
print(mixed(row * 400))


def past_end(data, n):
    t = 0
    for i in range(n):
        t += data[i]
    return t


past_end(bytes(100) + b"\x01", 150)
