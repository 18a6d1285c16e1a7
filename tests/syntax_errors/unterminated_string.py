msg = 'hello
print(msg)
