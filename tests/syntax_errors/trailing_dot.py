x = math.
