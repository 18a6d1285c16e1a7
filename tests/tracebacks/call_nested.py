def inner(x):
    return x + 'a'

def outer(y):
    total = inner(y) * 2
    return total

outer(1)
