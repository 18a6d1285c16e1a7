doc = """start
more

x = 1
