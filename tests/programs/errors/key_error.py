prices = {"apple": 1.25, "pear": 0.75}
order = ["apple", "pear", "kiwi"]
total = 0
for item in order:
    print("adding", item)
    total += prices[item]
print(total)
