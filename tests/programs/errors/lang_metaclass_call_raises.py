# A metaclass __call__ that refuses instances; the traceback runs through it.
class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get("_made"):
            raise TypeError(f"{cls.__name__} is a singleton")
        cls._made = True
        return super().__call__(*args, **kwargs)

class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name

print(Config("main").name)
Config("again")
