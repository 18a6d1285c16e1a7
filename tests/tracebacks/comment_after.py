a = {}
b = a['x']  # look up
