while x < 3 and
    x += 1
