x = []
for i in range(300000):
    x = [x]
try:
    s = repr(x)
    print(len(s))
except RecursionError as e:
    print("RecursionError", e)
y = []
for i in range(300000):
    y = [y]
print(x == y)
