values = ["10", "20", "abc", "40"]
total = 0
for v in values:
    total += int(v)
    print("running total", total)
