# shutil, tempfile, glob and fnmatch, in a temporary directory of their own
# (names sorted, paths relative).
import fnmatch
import glob
import os
import shutil
import sys
import tempfile

start = os.getcwd()

# tempfile
print(tempfile.gettempprefix(), tempfile.template, os.path.isdir(tempfile.gettempdir()), tempfile.tempdir == tempfile.gettempdir())
print(type(tempfile.gettempdirb()).__name__, tempfile.gettempprefixb())
top = tempfile.mkdtemp(prefix="q_std_stg_", suffix=".d")
name = os.path.basename(top)
print(name.startswith("q_std_stg_"), name.endswith(".d"), len(name) == len("q_std_stg_") + 8 + 2, oct(os.stat(top).st_mode & 0o777))
print(all(c in "abcdefghijklmnopqrstuvwxyz0123456789_" for c in name[len("q_std_stg_"):-2]))
os.chdir(top)
d = tempfile.mkdtemp(dir=".")
print(d.startswith("./tmp"), os.path.isdir(d), len(os.path.basename(d)))
os.rmdir(d)
fd, path = tempfile.mkstemp(suffix=".txt", prefix="pre", dir=".")
print(type(fd).__name__, os.path.isabs(path), os.path.basename(path).startswith("pre"), path.endswith(".txt"), oct(os.stat(path).st_mode & 0o777))
os.write(fd, b"data")
os.close(fd)
print(open(path).read())
os.remove(path)
fd, path = tempfile.mkstemp(dir=b".")
print(type(path).__name__)
os.close(fd)
os.remove(path)

with tempfile.TemporaryDirectory(dir=".") as tdir:
    print(type(tdir).__name__, os.path.isdir(tdir), tdir.startswith("./tmp"))
    open(os.path.join(tdir, "inner"), "w").close()
    os.mkdir(os.path.join(tdir, "sub"))
print(os.path.exists(tdir))
t = tempfile.TemporaryDirectory(prefix="x", suffix="y", dir=".")
print(repr(t) == "<TemporaryDirectory %r>" % t.name, os.path.basename(t.name)[0], t.name[-1])
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

with tempfile.NamedTemporaryFile(dir=".") as f:
    print(type(f).__name__, f.delete, os.path.isabs(f.name), os.path.exists(f.name), f.mode, repr(f.file) == "<_io.BufferedRandom name=%r>" % f.name)
    f.write(b"hello world")
    f.seek(0)
    print(f.read(), f.tell())
    f.seek(6)
    print(f.read(3))
    kept = f.name
print(os.path.exists(kept))
with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=".", delete=False) as f:
    f.write("text\nlines\n")
    f.flush()
    f.seek(0)
    print(f.readlines(), f.name.endswith(".txt"), f.mode, f.encoding)
    kept = f.name
print(os.path.exists(kept), open(kept).read().split())
os.remove(kept)
f = tempfile.NamedTemporaryFile(mode="w", dir=".")
f.write("x")
f.close()
print(os.path.exists(f.name), f.closed)

with tempfile.TemporaryFile() as f:
    print(type(f.name).__name__, f.mode)
    f.write(b"abc")
    f.seek(0)
    print(f.read())
with tempfile.TemporaryFile("w+") as f:
    f.write("t1\nt2\n")
    f.seek(0)
    print(list(f))
s = tempfile.SpooledTemporaryFile(max_size=10)
s.write(b"12345")
s.seek(0)
print(s.read(), s._rolled)
s.write(b"1234567890")
print(s._rolled, s.tell())
s.seek(0)
print(s.read())
s.close()

# shutil: copies
os.makedirs("src/sub/deep")
with open("src/a.txt", "w") as f:
    f.write("A" * 100)
with open("src/sub/b.py", "w") as f:
    f.write("print('b')\n")
with open("src/sub/deep/c.log", "w") as f:
    f.write("c")
os.chmod("src/a.txt", 0o640)
os.utime("src/a.txt", (1000000000, 1100000000))
print(shutil.copyfile("src/a.txt", "copy1"), oct(os.stat("copy1").st_mode & 0o777) != "0o640" or "same", open("copy1").read() == "A" * 100)
print(shutil.copy("src/a.txt", "copy2"), oct(os.stat("copy2").st_mode & 0o777), os.stat("copy2").st_mtime != 1100000000.0)
print(shutil.copy2("src/a.txt", "copy3"), oct(os.stat("copy3").st_mode & 0o777), os.stat("copy3").st_mtime)
os.mkdir("dest")
print(shutil.copy("src/a.txt", "dest"), shutil.copy2("src/sub/b.py", "dest/"), sorted(os.listdir("dest")))
shutil.copymode("src/a.txt", "copy1")
shutil.copystat("src/a.txt", "copy1")
print(oct(os.stat("copy1").st_mode & 0o777), os.stat("copy1").st_mtime)
with open("src/a.txt", "rb") as fsrc, open("copy4", "wb") as fdst:
    shutil.copyfileobj(fsrc, fdst, 7)
print(os.path.getsize("copy4"))
print(shutil.copytree("src", "tree"), sorted(os.listdir("tree")), sorted(os.listdir("tree/sub")), os.stat("tree/a.txt").st_mtime)
print(shutil.copytree("src", "tree2", ignore=shutil.ignore_patterns("*.log", "b*")))
print(sorted((r, sorted(fs)) for r, ds, fs in os.walk("tree2")))
print(shutil.copytree("src", "tree2", dirs_exist_ok=True), sorted(os.listdir("tree2/sub")))
seen = []
def ignore(path, names):
    seen.append((path, sorted(names)))
    return {"deep"}
shutil.copytree("src", "tree3", ignore=ignore)
print(seen, os.listdir("tree3/sub"))
for bad in [lambda: shutil.copyfile("src/a.txt", "src/a.txt"), lambda: shutil.copy("copy1", "copy1"),
            lambda: shutil.copyfile("missing", "x"), lambda: shutil.copyfile("src/a.txt", "nodir/x"),
            lambda: shutil.copytree("src", "tree"), lambda: shutil.copytree("missing", "t"),
            lambda: shutil.copytree("src/a.txt", "t"), lambda: shutil.rmtree("missing"),
            lambda: shutil.rmtree("copy1"), lambda: shutil.move("missing", "x"), lambda: shutil.copyfile("src", "x"),
            lambda: shutil.copy("src/a.txt", "dest")]:
    try:
        print(bad())
    except (OSError, shutil.Error) as e:
        print(type(e).__name__, e)
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

# shutil: move and rmtree
print(shutil.move("copy1", "moved1"), os.path.exists("copy1"), os.path.exists("moved1"))
print(shutil.move("moved1", "dest"), sorted(os.listdir("dest")))
print(shutil.move("tree3", "tree4"), os.path.isdir("tree4"), os.path.exists("tree3"))
print(shutil.move("tree4", "dest"), sorted(os.listdir("dest")))
open("clash", "w").close()
open("dest/clash", "w").close()
try:
    shutil.move("clash", "dest")
except shutil.Error as e:
    print("Error", e)
try:
    shutil.move("tree", "tree/sub")
except shutil.Error as e:
    print("Error", e)
errors = []
shutil.rmtree("missing", onerror=lambda func, path, info: errors.append((func.__name__, path, info[0].__name__)))
print(errors)
print(shutil.rmtree("missing", ignore_errors=True))
shutil.rmtree("tree2")
print(os.path.exists("tree2"))
os.symlink("tree", "treelink")
try:
    shutil.rmtree("treelink")
except OSError as e:
    print(type(e).__name__, e)
os.remove("treelink")

# shutil: which, disk_usage, get_terminal_size
os.mkdir("bin")
with open("bin/qtool", "w") as f:
    f.write("#!/bin/sh\n")
os.chmod("bin/qtool", 0o755)
with open("bin/qdata", "w") as f:
    f.write("")
os.chmod("bin/qdata", 0o644)
print(shutil.which("qtool", path="bin"), shutil.which("qdata", path="bin"), shutil.which("nope", path="bin"))
print(shutil.which("qtool", path="nothing:bin"), shutil.which("bin/qtool"), shutil.which("qtool", path=""))
print(shutil.which("sh") is not None, shutil.which("q_surely_not_a_program"))
u = shutil.disk_usage(".")
print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.total >= u.free >= 0)
os.environ["COLUMNS"] = "123"
os.environ["LINES"] = "45"
print(shutil.get_terminal_size())
del os.environ["COLUMNS"], os.environ["LINES"]
print(shutil.get_terminal_size((70, 20)) in (os.terminal_size((70, 20)), os.get_terminal_size()) if sys.stdout.isatty() else shutil.get_terminal_size((70, 20)))

# glob (results are in directory order: sorted here)
os.makedirs("g/a/b")
os.makedirs("g/.hid")
for n in ["g/x.py", "g/y.py", "g/z.txt", "g/.dot.py", "g/a/m.py", "g/a/b/n.py", "g/a/b/o.txt", "g/[br].txt", "g/.hid/h.py"]:
    open(n, "w").close()
def show(pattern, **kw):
    print(pattern, kw or "", sorted(glob.glob(pattern, **kw)))
show("g/*.py")
show("g/*")
show("g/?.py")
show("g/[xz]*")
show("g/[!x]*.py")
show("g/**/*.py")
show("g/**/*.py", recursive=True)
show("g/**", recursive=True)
show("g/**/", recursive=True)
show("**/*.txt", recursive=True)
show("g/*/")
show("g/*/*/*")
show("g/.*")
show("g/*", include_hidden=True)
show("g/**/*.py", recursive=True, include_hidden=True)
show("g/x.py")
show("g/missing.py")
show("g/")
show("missing/*")
show("*.py", root_dir="g")
show("**/*.txt", root_dir="g", recursive=True)
show(glob.escape("g/[br].txt"))
show("g/[[]br].txt")
show("")
print(glob.escape("a*b?c[d]"), glob.escape(b"x*"), glob.has_magic("a*"), glob.has_magic("abc"))
print(sorted(glob.iglob("g/*.txt")), type(glob.iglob("g/*")).__name__)
print(sorted(glob.glob(b"g/*.py")))

# fnmatch
for name, pat in [("a.py", "*.py"), ("a.PY", "*.py"), ("abc", "a?c"), ("abc", "a[b]c"), ("abc", "a[!b]c"),
                  ("a-c", "a[a-z]c"), ("a-c", "a[-]c"), ("]", "[]]"), ("x", "[!]]"), (".hidden", "*"),
                  ("a/b", "a*b"), ("a\nb", "a*b"), ("[x", "[x"), ("b", "[z-a]"), ("b", "[!z-a]"), ("", "*")]:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(["a.py", "b.txt", "c.py", ".d.py"], "*.py"), fnmatch.filter([], "*"))
for pat in ["*.py", "a?c", "[abc]", "[!abc]", "a*b*c", "**", "*a*", "[a-z0-9]", "[z-a]", "[!z-a]", "x[", "[]]", "[!]]", "a[b-]", "[a-c-e]", "[&~|]", "[\\]", "[^x]", "file.*.txt", "*?*", ""]:
    print(repr(pat), repr(fnmatch.translate(pat)))
print(fnmatch.fnmatchcase(b"ab", b"a*"), fnmatch.filter([b"x.c", b"y.h"], b"*.c"))

os.chdir(start)
shutil.rmtree(top)
print(os.path.exists(top))
