class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


p = Point(1)
del p.x
print(hasattr(p, 'x'), hasattr(p, 'y'))
del p.y
