def label(n):
    return n + " items"


print("start")
print(label(3))
