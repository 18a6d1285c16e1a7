# printf-style formatting with %.

print("%d %s %i %r" % (42, "text", 7, "text"))
print("%d %i" % (3.99, -3.99), "%s" % 42, "%s" % [1, 2], "%r" % 0.1, "%s" % (("tuple",),))
print("%c%c%c" % (72, 105, 33), "%c" % "z")
print("%010d|%-10d|%+d|% d|%5d|%-5d|%05d" % (42, 42, 42, 42, -42, -42, -42))
print("%0.9f|%.3f|%10.4f|%-10.2f|%f|%.0f|%5.2f|%+.1f" % (3.14159265358979, 2.5, 1 / 3, 2 / 3, 1e-3, 0.5, 99.999, 1.25))
print("%x|%X|%#x|%o|%#o|%08x|%-6x|" % (255, 255, 255, 8, 8, 48879, 10))
print("%e|%E|%.2e|%g|%G|%.3g|%g|%g|%g" % (12345.678, 0.00012, 1e100, 0.0001, 1e-5, 1234567.0, 100000.0, 1000000.0, 1.5))
print("%-5s|%5s|%.2s|%5.1s|%s" % ("ab", "ab", "abcdef", "xyz", None))
print("%5.2f%%" % 45.678, "%%d", "100%% sure" % ())
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s and %s" % ("one", "two"), "%s" % "single", "%d items" % 3)
print("%r %r %r" % ("it's", 'say "hi"', [1, "a"]))
print("%d" % True, "%s" % True, "%x" % -255, "%d" % (2 ** 70), "%.3f" % (2 ** 0.5), "%i" % 1e15)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for name, count, ratio in rows:
    print("%-8s %4d %8.3f %6.1e %s" % (name, count, ratio, ratio, repr(name)))
total = sum(r[1] for r in rows)
print("total=%d avg=%.4f" % (total, total / len(rows)))
for i in range(0, 101, 25):
    print("[%-20s] %3d%%" % ("#" * (i // 5), i))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
