print(1)
x = 5]
