# str.format and format()

print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0} {2}".format("a", "b", "c"))
print("{x} {y} {x}".format(x=1, y=2))
print("{0[0]} {0[1]} {1[key]} {2.real}".format([10, 20], {"key": "v"}, 5))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+,}".format("r", "l", "c", "mid", 3.14159, 1234567))
print("{!r} {!s} {!r:>6}".format("q", "q", "q"))
print("{:d} {:5d} {:x} {:#b} {:e} {:.1%} {:g}".format(10, 20, 255, 5, 1234.5, 0.256, 1e-6))
print("{{}} {{{}}}".format("in"))
fmt = "{name:<10}{score:>6.1f}"
for name, score in [("alice", 93.25), ("bob", 7.0), ("charlotte", 100.0)]:
    print(fmt.format(name=name, score=score))
print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">3"), format(1234, ","), format(0.5, "%"), format(7))
print(format(-1.5, "08.2f"), format(1e21, ".0f"), format(123.0, ".10g"), format(1 / 3, ".20f"))
args = ("x", 1)
kwargs = {"sep": "-"}
print("{}{sep}{}".format(*args, **kwargs))
print("{:,.2f}".format(-9876543.215), "{:.3}".format(2 / 3), "{:.3}".format("abcdef"), "{:10}".format(5), "{:10}".format("s"))
print("{0:{1}.{2}f}".format(2.718281828, 10, 4))
print(str.format("{}-{}", 1, 2), "{:c}".format(97), "{:o}".format(64), "{:X}".format(48879))
print("{:=+8d}|{:=8.2f}|{: }|{:-}".format(42, -3.5, 5, 5))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
