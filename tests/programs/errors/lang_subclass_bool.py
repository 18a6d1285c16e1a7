# bool cannot be subclassed.
class Flag(int):
    pass

print(Flag(3) + 1)

class Maybe(bool):
    pass
