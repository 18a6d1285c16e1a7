# os.path (POSIX): the string functions, then the ones asking the file system,
# in a temporary directory of its own; only relative paths are printed.
import os
import os.path
import posixpath
import sys
import tempfile

print(os.path is posixpath, sys.modules["os.path"] is os.path, os.path.sep, os.path.curdir)

def show(name, *cases):
    f = getattr(os.path, name)
    for args in cases:
        if not isinstance(args, tuple):
            args = (args,)
        try:
            print(name, args, "->", repr(f(*args)))
        except Exception as e:
            print(name, args, "->", type(e).__name__, e)

show("join", ("a", "b"), ("a/", "b"), ("a", "/b"), ("", "b"), ("a", ""), ("/", "a", "b/", "c"),
     ("a",), (b"a", b"b"), ("a", b"b"), (1, "a"), ("a", 1), ("a", None))
show("split", "a/b/c", "/a", "a", "", "/", "a/b/", "//a//b", "///", b"x/y")
show("splitext", "a.b.c", "a", ".bashrc", "a/.bashrc", "a.b/c", "..", "a.", "a/b.c.", "...x", b"f.py", "/a/b.tar.gz")
show("basename", "a/b", "a/b/", "/", "", "b", b"q/r")
show("dirname", "a/b", "a/b/", "/a", "/", "a", "//a/b", "a//b", b"q/r")
show("isabs", "/a", "a", "", "//", b"/x")
show("normpath", "", ".", "a/./b", "a/../b", "../a", "/../a", "a/b/../../..", "//a", "///a//b/", "a//b", "./", "/.", b"a/./b/..", "a/b/c/../../d")
show("splitdrive", "/a/b", "c:/x")
show("normcase", "AbC")
show("commonprefix", ["abc", "abd", "ab"], [], ["a"], [["a", "b"], ["a", "c"]], ["/usr/lib", "/usr/local"])
show("commonpath", ["/usr/lib", "/usr/local/lib"], ["a/b", "a/c"], ["a/b", "a"], ["/a", "a"], [], ["/", "/a"], ["a/./b", "a/b/c"], [b"/x/y", b"/x/z"], ["a", b"b"])
show("relpath", ("a/b/c", "a"), ("a", "a/b/c"), ("a", "a"), ("/x/y", "/x/z/w"), ("", "a"), ("a", ""))
show("expandvars", "$Q_PATH_VAR/x", "${Q_PATH_VAR}y", "$Q_UNSET_VAR", "${Q_UNSET_VAR}", "$", "a$", "${", "${Q_PATH_VAR", "$$", "$Q_PATH_VAR$Q_PATH_VAR", "$1x", b"$Q_PATH_VAR")

os.environ["Q_PATH_VAR"] = "val"
show("expandvars", "$Q_PATH_VAR/x", "${Q_PATH_VAR}y", "${Q_PATH_VAR", "x${Q_PATH_VAR}${Q_UNSET}$Q_PATH_VAR", b"$Q_PATH_VAR/b")
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/q"
show("expanduser", "~", "~/x", "~/", "x/~", "", b"~/b")
os.environ["HOME"] = "/"
show("expanduser", "~", "~/x")
if home is not None:
    os.environ["HOME"] = home
print(os.path.expanduser("~root") in ("/root", "~root"))

start = os.getcwd()
top = tempfile.mkdtemp(prefix="q_std_os_path_")
os.chdir(top)
os.makedirs("d/sub")
with open("d/f.txt", "w") as f:
    f.write("12345")
os.symlink("f.txt", "d/link")
os.symlink("nowhere", "d/broken")
os.symlink("sub", "d/dirlink")

for name in ["exists", "lexists", "isfile", "isdir", "islink", "ismount"]:
    f = getattr(os.path, name)
    print(name, [f(p) for p in ["d", "d/f.txt", "d/link", "d/broken", "d/dirlink", "missing", "", "d/f.txt/x", "/"]])
print(os.path.exists(b"d"), os.path.exists("a\0b"), os.path.isfile(3.5) if False else "-")
print(os.path.getsize("d/f.txt"), os.path.getsize("d/link"))
os.utime("d/f.txt", (1500000000, 1600000000))
print(os.path.getmtime("d/f.txt"), os.path.getatime("d/f.txt"), type(os.path.getctime("d/f.txt")).__name__)
for bad in [lambda: os.path.getsize("missing"), lambda: os.path.getmtime("missing")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e)
print(os.path.samefile("d/f.txt", "d/link"), os.path.samefile("d", "d/sub/.."), os.path.samestat(os.stat("d"), os.stat("d/sub")))

cwd = os.getcwd()
print(os.path.abspath("d") == os.path.join(cwd, "d"), os.path.abspath("/x/../y"), os.path.abspath("d/./sub/..") == os.path.join(cwd, "d"))
print(os.path.abspath("") == cwd, os.path.isabs(os.path.abspath("q")))
print(os.path.relpath(os.path.join(cwd, "d/sub")), os.path.relpath("d/sub", "d/f.txt"), os.path.relpath(cwd, os.path.join(cwd, "d/sub")))
real = os.path.realpath
print(os.path.relpath(real("d/link"), real(".")), os.path.relpath(real("d/dirlink/x"), real(".")), os.path.relpath(real("d/broken"), real(".")))
print(real("d/sub/../f.txt") == real("d/f.txt"), os.path.relpath(real("d/missing/../f.txt"), real(".")))
os.symlink("loop2", "d/loop1")
os.symlink("loop1", "d/loop2")
print(os.path.relpath(real("d/loop1"), real(".")), os.path.relpath(real("d/loop1/x"), real(".")))
try:
    real("d/loop1", strict=True)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    real("d/missing", strict=True)
except OSError as e:
    print(type(e).__name__, e.errno)
print(real("/") , real("//"), real(b"/"))

os.chdir(start)
import shutil
shutil.rmtree(top)
print(os.path.exists(top))
