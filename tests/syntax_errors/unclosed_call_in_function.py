def f():
    return max(1,
               2

def g():
    pass
