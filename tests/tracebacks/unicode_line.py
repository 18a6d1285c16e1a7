name = 'café'
print(name + 1)
