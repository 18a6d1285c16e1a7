n = 3
while n = 0:
    pass
