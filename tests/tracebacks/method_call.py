s = 5
s.upper()
