# printf-style formatting of bytes and bytearray.
from collections import namedtuple


class B:
    def __bytes__(self):
        return b"BB"


class I:
    def __index__(self):
        return 66


class Bad:
    def __bytes__(self):
        return "not bytes"


print(b"%d-%s" % (5, b"x"))
print(b"%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print(b"%5.2f|%e|%g|%%|%i|%+d|% d|%05d|%-5d|" % (3.14159, 1e10, 0.5, 7, 5, 5, 42, 3))
print(b"%r %a %r" % ("\xe9", b"q", [1, "a"]))
print(b"%c%c%c" % (65, b"B", bytearray(b"C")), b"%c" % 255, b"%5c|%-3c|" % (65, b"B"))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 30})
print(b"%s" % b"single", b"%s" % bytearray(b"ba"), b"%b" % b"bee")
print(b"%s" % B(), b"%c" % I(), b"%d" % I())
print(b"\xe9%s\xff" % b"\x80", b"%-5s|%5s|%.1s|%10.3s|" % (b"ab", b"cd", b"ef", b"abcdef"))
print(b"abc" % (), b"abc" % {}, b"%s" % (b"",), b"%.3r" % "abcdef", b"%a" % 1.5)
print(b"%*d|%.*f|%-*d|" % (4, 5, 2, 1.5, 3, 7), b"%d %u" % (2.7, True))
print(bytearray(b"%s-%d") % (b"q", 9), type(bytearray(b"%d") % 1).__name__)
print(b"%s=%d" % namedtuple("P", "k v")(b"key", 3))
print(b"100%% %s" % b"done", len(b"%s" % (b"\x00" * 10)))
print("%s" % b"str-fmt", "%r" % bytearray(b"x"))

cases = [lambda: b"%s" % "x", lambda: b"%b" % 1, lambda: b"%s" % [1], lambda: b"%s" % {b"k": 1},
         lambda: b"%s" % (1,), lambda: b"%c" % 300, lambda: b"%c" % -1, lambda: b"%c" % "a",
         lambda: b"%c" % b"ab", lambda: b"%d %d" % (1,), lambda: b"%d" % (1, 2), lambda: b"%(a)s" % {"a": b"x"},
         lambda: b"%(a)s" % (1,), lambda: b"%y" % 1, lambda: b"abc" % 5, lambda: b"%" % (),
         lambda: b"%x" % "a", lambda: b"%d" % "a", lambda: b"%f" % "a", lambda: b"%x" % 2.5,
         lambda: b"%d" % float("nan"), lambda: b"%*d" % ("a", 5), lambda: b"%s" % Bad(),
         lambda: b"%(a)s %s" % {b"a": b"1"}, lambda: b"%s %s" % B(), lambda: 5 % b"x"]
for f in cases:
    try:
        print("ok", f())
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)

# Number protocols shared with str formatting.
class N:
    def __int__(self):
        return 7


class F:
    def __float__(self):
        return 2.5


for f in [lambda: "%d %x %o" % (I(), I(), I()), lambda: "%d" % N(), lambda: "%x" % N(), lambda: "%f" % F(),
          lambda: "%d" % F(), lambda: b"%x" % N(), lambda: b"%f" % I(), lambda: "%f" % I(),
          lambda: "%(a)s %s" % {"a": 1}, lambda: "%s %(a)s" % {"a": 1}, lambda: b"%s %(a)s" % {b"a": b"1"}]:
    try:
        print("ok", f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Uncaught: a str argument for %s.
print(b"%s" % "text")
