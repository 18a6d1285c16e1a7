# An uncaught exception prints the notes add_note attached, after its line.
def check(x):
    if x > 2:
        err = ValueError(f"too big: {x}")
        err.add_note("while checking the input")
        err.add_note("hint: use a smaller number")
        raise err

for i in range(5):
    check(i)
