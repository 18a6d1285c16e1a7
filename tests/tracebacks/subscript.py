items = [1, 2, 3]
i = 5
x = items[i]
