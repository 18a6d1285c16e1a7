def risky():
    return {}["key"]


try:
    risky()
except KeyError:
    print("handling KeyError")
    raise ValueError("handler failed")
