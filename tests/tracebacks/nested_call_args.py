def f(x):
    return x

print(f(int('z')))
