seen = set()
for item in [(1, 2), "ab", [3, 4]]:
    seen.add(item)
    print(len(seen))
