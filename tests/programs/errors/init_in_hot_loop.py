# __init__ run as an inline frame by the adaptive tier: a non-None return and an exception
# raised inside it must give the same errors and traceback as CPython.
class A:
    def __init__(self, x):
        self.x = x
        if x == 150:
            raise ValueError("bad %d" % x)

class B:
    def __init__(self, x):
        self.x = x
        if x == 120:
            return 5

class C(A):
    def __init__(self, x):
        super().__init__(x)
        self.y = x * 2

tot = 0
for i in range(200):
    try:
        a = A(i)
        tot += a.x
        b = B(i)
        c = C(i)
        tot += c.y
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(tot)
def deep(n):
    return A(n)
for i in range(160):
    deep(i if i != 155 else 150)
