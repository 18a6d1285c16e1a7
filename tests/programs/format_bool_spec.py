# bool formats as an int (1 and 0 under numeric codes, True/False with an
# empty spec), but its format errors name bool, as CPython's do.
for v in (True, False):
    print(format(v, ""), format(v, "d"), format(v, "5"), format(v, "x"), format(v, ".2f"), f"{v:>6}", f"{v!s:>6}")
    for spec in ("s", "q", "abc", ",c", ".2d", "z"):
        try:
            print(repr(format(v, spec)))
        except ValueError as e:
            print("ValueError:", e)
print("{:d} {:b} {:o}".format(True, True, False))
