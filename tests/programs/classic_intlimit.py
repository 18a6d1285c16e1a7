import sys
x = 10 ** 4299
print(len(str(x)), len(repr(-x)))
for v in [10 ** 4300, -(10 ** 4300), 2 ** 20000]:
    try:
        print(len(str(v)))
    except ValueError as e:
        print(e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
print(int("1" * 4300) % 97, int("1_" * 2000 + "1") % 7, int("f" * 5000, 16) % 11)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(2 ** 20000)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4800)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
print(f"{10**4400:d}"[:5] if False else 1)
