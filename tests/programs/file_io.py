# A name of its own per run: the tiers run this program concurrently.
import random
NAME = "q_file_test_%d.tmp" % random.getrandbits(48)
with open(NAME, "w") as f:
    f.write("alpha 1\n")
    print("beta 2", file=f)
    f.writelines(["gamma 3\n", "delta"])
with open(NAME) as f:
    for line in f:
        print(repr(line))
f = open(NAME, "a"); f.write("\nmore"); f.close()
print(open(NAME).read().split())
print(open(NAME).readlines()[-1])
try:
    open("no_such_dir/x.txt")
except FileNotFoundError as e:
    print("FNF", e.errno, e)
try:
    f.write("x")
except ValueError as e:
    print(e)
