class P:
    pass

p = P()
del p.y
