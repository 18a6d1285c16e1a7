# The __exit__ call of a `with` block is at the `with` line in tracebacks,
# however many lines the body has (here __exit__ fails while the body's
# exception is handled: both tracebacks show their lines).
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise KeyError("exit failed")


with Manager():
    x = 1
    y = x / 0
