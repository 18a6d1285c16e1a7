def invert_all(values):
    return [1 / v for v in values]


print(invert_all([1, 2, 4]))
print(invert_all([1, 0]))
