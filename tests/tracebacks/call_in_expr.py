def g():
    return 1 / 0

y = 2 + g()
