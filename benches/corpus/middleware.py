"""A request-handling framework: decorators whose wrappers forward `*args, **kwargs`
(`functools.wraps`), a middleware chain built from closures, routes registered by a
decorator factory, handlers called with `handler(*args, **params)`, keyword-only
options, `dict` merging with `{**a, **b}`, and an event bus calling listeners with
`*event.args, **event.kw`."""
import sys
import functools


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]
    wrapper.cache = cache
    return wrapper


def validate(**types):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for name, kind in types.items():
                if name in kwargs and not isinstance(kwargs[name], kind):
                    raise TypeError(f"{func.__name__}: {name} must be {kind.__name__}")
            return func(*args, **kwargs)
        return wrapper
    return decorate


class Request:
    __slots__ = ("method", "path", "params", "headers", "user")

    def __init__(self, method, path, params=None, headers=None, user=None):
        self.method = method
        self.path = path
        self.params = params or {}
        self.headers = headers or {}
        self.user = user


class Response:
    __slots__ = ("status", "body", "headers")

    def __init__(self, status=200, body="", **headers):
        self.status = status
        self.body = body
        self.headers = headers


class App:
    def __init__(self, name, **settings):
        self.name = name
        self.settings = {"debug": False, "prefix": "", **settings}
        self.routes = {}
        self.middleware = []
        self.listeners = {}

    def route(self, method, path, **defaults):
        def register(func):
            self.routes[(method, self.settings["prefix"] + path)] = (func, defaults)
            return func
        return register

    def use(self, middleware):
        self.middleware.append(middleware)
        return middleware

    def on(self, event, listener, *bound, **bound_kw):
        self.listeners.setdefault(event, []).append((listener, bound, bound_kw))

    def emit(self, event, *args, **kwargs):
        for listener, bound, bound_kw in self.listeners.get(event, ()):
            listener(*bound, *args, **{**bound_kw, **kwargs})

    def handle(self, request):
        entry = self.routes.get((request.method, request.path))
        if entry is None:
            return Response(404, "not found")
        func, defaults = entry

        def endpoint(req):
            return func(req, **{**defaults, **req.params})

        chain = endpoint
        for middleware in reversed(self.middleware):
            chain = functools.partial(middleware, next_handler=chain)
        response = chain(request)
        self.emit("response", request, response, app=self.name)
        return response


app = App("shop", prefix="/v1", debug=False)
stats = {"bytes": 0, "by_status": {}, "slow": 0}


@app.use
def logging_middleware(request, *, next_handler):
    response = next_handler(request)
    stats["by_status"][response.status] = stats["by_status"].get(response.status, 0) + 1
    return response


@app.use
def auth_middleware(request, *, next_handler):
    token = request.headers.get("token")
    if token is None and request.method != "GET":
        return Response(401, "login required", reason="no token")
    request.user = token.split(":")[0] if token else "anonymous"
    return next_handler(request)


@memoize
def price_of(item, quantity=1, *, discount=0):
    base = sum(ord(c) for c in item) % 97 + 3
    return round(base * quantity * (100 - discount) / 100, 2)


@app.route("GET", "/price", quantity=1)
@counted
@validate(quantity=int)
def get_price(request, item, quantity, discount=0):
    return Response(body=f"{item} x{quantity}: {price_of(item, quantity, discount=discount)}",
                    content_type="text/plain")


@app.route("POST", "/order", quantity=1, express=False)
@counted
def post_order(request, item, quantity, express, **extra):
    total = price_of(item, quantity) + (9.5 if express else 0)
    note = ",".join(f"{k}={v}" for k, v in sorted(extra.items()))
    return Response(201, f"order {request.user} {item} {total:.2f} {note}", location="/v1/order")


@app.route("GET", "/search")
@counted
def search(request, q="", page=1, **filters):
    hits = [f"{q}-{i}" for i in range(int(page), int(page) + 3) if (i + len(filters)) % 2]
    return Response(body=";".join(hits))


def on_response(counter, request, response, *, app):
    counter[0] += len(response.body)
    if len(response.body) > 30:
        stats["slow"] += 1


def main(n):
    byte_counter = [0]
    app.on("response", on_response, byte_counter)
    items = ["apple", "pear", "plum", "fig", "kiwi", "lime", "date"]
    for i in range(n):
        item = items[i % len(items)]
        kind = i % 5
        if kind == 0:
            req = Request("GET", "/v1/price", {"item": item, "quantity": i % 4 + 1})
        elif kind == 1:
            req = Request("GET", "/v1/price", {"item": item, "discount": i % 30})
        elif kind == 2:
            headers = {"token": f"user{i % 9}:secret"} if i % 3 else {}
            req = Request("POST", "/v1/order", {"item": item, "quantity": 2, "gift": i % 2 == 0},
                          headers)
        elif kind == 3:
            req = Request("GET", "/v1/search", {"q": item, "page": str(i % 3 + 1), "color": "red"})
        else:
            req = Request("DELETE", "/v1/price")
        response = app.handle(req)
        stats["bytes"] += len(response.body)
    print("requests", n, "bytes", stats["bytes"], "listener bytes", byte_counter[0])
    print("statuses", sorted(stats["by_status"].items()), "long bodies", stats["slow"])
    print("calls", get_price.calls, post_order.calls, search.calls, "cache", len(price_of.cache))
    print(get_price.__name__, post_order.__wrapped__.__name__)
    print(app.handle(Request("GET", "/v1/price", {"item": "fig", "quantity": 3})).body)
    try:
        app.handle(Request("GET", "/v1/price", {"item": "fig", "quantity": "3"}))
    except TypeError as exc:
        print("rejected:", exc)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 250000)
