x = 2
if 1 = x:
    pass
