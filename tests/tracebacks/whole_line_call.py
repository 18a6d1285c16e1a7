def boom():
    raise KeyError('k')

boom()
