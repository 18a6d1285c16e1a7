# A class call whose __init__ takes defaults: the fast path must notice a
# changed __defaults__, a replaced __init__ and a changed argument count.

class P:
    def __init__(self, x, y=10, z=20):
        self.t = (x, y, z)

out = []
for i in range(120):
    if i == 40:
        P.__init__.__defaults__ = (1, 2)
    if i == 60:
        P.__init__.__defaults__ = (5,)
    if i == 80:
        def init(self, x, y=-1, z=-2):
            self.t = (x, y, z, "new")
        P.__init__ = init
    if i == 60:
        try:
            P(i)
        except TypeError as e:
            out.append(str(e))
    p = P(i, i) if i % 2 else P(i, i, i)
    out.append(p.t)
print(out[0], out[1], out[40], out[41], out[60:63], out[-1])

class Q:
    def __init__(self, a, b=3):
        self.s = a + b

acc = 0
for i in range(100):
    acc += Q(i).s
    if i == 50:
        Q.__init__.__defaults__ = (100,)
    if i == 70:
        Q.__init__.__defaults__ = ()
        try:
            Q(1)
        except TypeError as e:
            print("TypeError", e)
        Q.__init__.__defaults__ = (0,)
print("acc", acc)
