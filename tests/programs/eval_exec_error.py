# A SyntaxError inside exec() is reported with the <string> location.
print("before")
src = "a = 1\nb = a b\n"
exec(src)
