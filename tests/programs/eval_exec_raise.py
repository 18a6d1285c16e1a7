# An exception raised inside eval() code shows a <string> traceback entry.
def compute(expr):
    return eval(expr)
print(compute("2 ** 10"))
print(compute("[1, 2, 3][5]"))
