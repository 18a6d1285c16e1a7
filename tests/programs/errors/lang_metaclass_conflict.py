# Two bases whose metaclasses do not derive from each other.
class MetaA(type):
    pass

class MetaB(type):
    pass

class A(metaclass=MetaA):
    pass

class B(metaclass=MetaB):
    pass

print("defined A and B")

class AB(A, B):
    pass
