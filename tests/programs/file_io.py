with open("q_file_test.tmp", "w") as f:
    f.write("alpha 1\n")
    print("beta 2", file=f)
    f.writelines(["gamma 3\n", "delta"])
with open("q_file_test.tmp") as f:
    for line in f:
        print(repr(line))
f = open("q_file_test.tmp", "a"); f.write("\nmore"); f.close()
print(open("q_file_test.tmp").read().split())
print(open("q_file_test.tmp").readlines()[-1])
try:
    open("no_such_dir/x.txt")
except FileNotFoundError as e:
    print("FNF", e.errno, e)
try:
    f.write("x")
except ValueError as e:
    print(e)
