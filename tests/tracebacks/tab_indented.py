def f():
	return [][0]

f()
