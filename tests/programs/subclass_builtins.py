# Subclassing list, dict and Exception.


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1] if self else None

    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"


s = Stack()
for i in range(5):
    s.push(i * i)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s[1:3], type(s[1:3]).__name__, s + [100], type(s + [100]).__name__, sorted(s, reverse=True), sum(s))
s.extend([7, 8])
s.sort(reverse=True)
print(s, 7 in s, s.index(8), s.count(0), list(reversed(s)))


class Path(list):
    def __init__(self, *points):
        super().__init__(points)

    def length(self):
        total = 0.0
        for (x1, y1), (x2, y2) in zip(self, self[1:]):
            total += ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        return total


p = Path((0, 0), (3, 4), (3, 0))
print(p, p.length(), len(p), p[1])


class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        self[key] = value = self.factory()
        return value


index = DefaultDict(list)
for word in "apple avocado banana blueberry cherry apricot".split():
    index[word[0]].append(word)
print(index, len(index), sorted(index.keys()), index.get("z"), "z" in index)


class CaseInsensitiveDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


headers = CaseInsensitiveDict()
headers["Content-Type"] = "text/plain"
headers["X-Count"] = 3
print(headers["content-type"], headers["X-COUNT"], "CONTENT-TYPE" in headers, headers, dict(headers))


class AppError(Exception):
    """Base for this application's errors."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(what, code)
        self.code = code

    def __str__(self):
        return f"not found: {self.args[0]} ({self.code})"


class Quiet(Exception):
    pass


def handle(action):
    try:
        action()
    except ValidationError as e:
        print("validation:", e, "| field:", e.field, "| args:", e.args, "|", repr(e))
    except NotFound as e:
        print("not found:", str(e), "| args:", e.args, "| repr:", repr(e))
    except AppError as e:
        print("generic app error:", e, type(e).__name__)
    except Exception as e:
        print("other:", type(e).__name__, e, e.args)


def fail(exc):
    def action():
        raise exc
    return action


handle(fail(ValidationError("age", "must be positive")))
handle(fail(NotFound("user 7")))
handle(fail(AppError("plain", 1, 2)))
handle(fail(Quiet()))
handle(fail(Quiet("one arg")))
handle(fail(Quiet("two", "args")))
print(issubclass(ValidationError, AppError), issubclass(AppError, Exception), issubclass(NotFound, BaseException))
print(isinstance(NotFound("x"), AppError), AppError.__doc__, ValidationError.__mro__[1].__name__)
e = ValidationError("name", "empty")
print(str(e), repr(e), e.args, [str(Quiet()), repr(Quiet()), str(Quiet(5)), repr(Quiet(5, "a"))])
