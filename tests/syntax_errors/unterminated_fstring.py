name = 'x'
msg = f"hello {name}
