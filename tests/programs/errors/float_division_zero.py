x = 1.5
for d in [2.0, 1.0, 0.0]:
    print(x / d)
