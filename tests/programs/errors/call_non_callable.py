handlers = {"a": print, "b": 42}
for key in "ab":
    handlers[key]("calling", key)
