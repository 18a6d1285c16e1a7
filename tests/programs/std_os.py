# os: files and directories, stat, scandir, walk, the environment, errors.
# Works in a temporary directory of its own (the tiers run concurrently) and
# prints only relative paths and sorted names.
import os
import sys
import tempfile

start = os.getcwd()
top = tempfile.mkdtemp(prefix="q_std_os_")
os.chdir(top)
print(os.path.samefile(os.getcwd(), top), os.path.isabs(top))

# constants
print(os.name, os.sep, repr(os.linesep), os.pathsep, os.curdir, os.pardir, os.devnull)
print(os.extsep, os.altsep, os.error is OSError, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)

# making and listing
os.mkdir("d")
os.makedirs("d/e/f")
os.makedirs("d/e/f", exist_ok=True)
os.makedirs("x/y/")
with open("d/a.txt", "w") as f:
    f.write("hello\n")
with open("d/e/b.bin", "wb") as f:
    f.write(bytes(range(10)))
print(sorted(os.listdir()))
print(sorted(os.listdir("d")), sorted(os.listdir(b"d")))
print(sorted(os.listdir(".")) == sorted(os.listdir(None)))

# stat
st = os.stat("d/a.txt")
print(type(st).__name__, type(st).__module__, len(st), st.st_size, st[6])
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__, st[8] == int(st.st_mtime))
print(st.st_mode & 0o170000 == 0o100000, os.stat("d").st_mode & 0o170000 == 0o040000)
print(st.st_nlink, st == tuple(st), isinstance(st, tuple), st.st_mtime_ns // 10**9 == st[8])
print(os.lstat("d/a.txt").st_size, os.stat(os.path.join("d", "e", "b.bin")).st_size)
r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r)
print(r.st_mtime, r.st_mtime_ns, r.st_blksize, r[9], r[-1], r[:3])
r = os.stat_result(tuple(range(16)))
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_mtime_ns, r.st_rdev)
for bad in [(1, 2), tuple(range(20))]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print("TypeError:", e)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
with open("d/a.txt") as f:
    print(os.fstat(f.fileno()).st_size, os.isatty(f.fileno()))

# scandir
with os.scandir("d") as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), os.fspath(e), e.stat().st_size if e.is_file() else "-")
print(type(entries[0]).__name__, type(entries[0]).__module__, isinstance(entries[0], os.PathLike))
print(sorted(e.path for e in os.scandir()))
print(sorted(e.name for e in os.scandir(b"d")))
try:
    os.DirEntry()
except TypeError as e:
    print("TypeError:", e)

# walk: top-down and bottom-up; pruning
for root, dirs, files in os.walk("."):
    dirs.sort()
    print(root, dirs, sorted(files))
print([r for r, d, f in os.walk("d", topdown=False)][-1])
for root, dirs, files in os.walk("d"):
    dirs[:] = [x for x in dirs if x != "e"]
    print(root, dirs, files)
print(list(os.walk("missing")))
errors = []
print(list(os.walk("missing", onerror=errors.append)), [type(e).__name__ for e in errors], errors[0].filename)

# rename, replace, remove, rmdir, removedirs
os.rename("d/a.txt", "d/c.txt")
os.replace("d/c.txt", "d/e/c.txt")
print(sorted(os.listdir("d")), sorted(os.listdir("d/e")))
with open("r1", "w") as f:
    f.write("1")
with open("r2", "w") as f:
    f.write("2")
os.replace("r1", "r2")
print(open("r2").read(), os.path.exists("r1"))
os.remove("r2")
os.unlink("d/e/c.txt")
os.remove("d/e/b.bin")
os.removedirs("d/e/f")
print(sorted(os.listdir()))
os.rmdir("x/y")
os.rmdir("x")
print(os.listdir())
os.renames("n1", "n2/n3") if os.path.exists("n1") else None
open("n1", "w").close()
os.renames("n1", "n2/n3")
print(os.listdir("n2"))
os.remove("n2/n3")
os.rmdir("n2")

# errors: the OSError subclasses with errno, strerror and filename
open("file", "w").close()
os.mkdir("dir")
def attempt(label, call, *args):
    try:
        call(*args)
        print(label, "ok")
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, repr(e.filename), repr(e.filename2))
        print("   ", e)
        print("   ", repr(e))
attempt("stat", os.stat, "missing")
attempt("lstat", os.lstat, "missing")
attempt("mkdir", os.mkdir, "dir")
attempt("mkdir-deep", os.mkdir, "missing/x")
attempt("makedirs", os.makedirs, "dir")
attempt("makedirs-file", os.makedirs, "file/sub")
attempt("listdir", os.listdir, "missing")
attempt("listdir-file", os.listdir, "file")
attempt("scandir", os.scandir, "missing")
attempt("remove", os.remove, "missing")
attempt("remove-dir", os.remove, "dir")
attempt("unlink", os.unlink, "missing")
attempt("rmdir", os.rmdir, "missing")
attempt("rmdir-file", os.rmdir, "file")
attempt("rename", os.rename, "missing", "other")
attempt("rename-dir-to-file", os.rename, "dir", "file")
attempt("replace", os.replace, "missing", "other")
attempt("chdir", os.chdir, "missing")
attempt("chdir-file", os.chdir, "file")
attempt("open", open, "missing")
attempt("open-dir", open, "dir")
attempt("open-w-dir", open, "dir", "w")
attempt("open-x", open, "file", "x")
attempt("readlink", os.readlink, "file")
open("dir/inner", "w").close()
attempt("rmdir-nonempty", os.rmdir, "dir")
attempt("bytes-path", os.stat, b"missing")
print(issubclass(FileNotFoundError, OSError), OSError(2, "x").__class__.__name__, os.strerror(2), os.strerror(13))
e = OSError(2, "No such file or directory", "f")
print(type(e).__name__, e, e.args)

# type errors and value errors of the argument conversion
for call, arg in [(os.stat, 1.5), (os.stat, None), (os.mkdir, 1.5), (os.listdir, 1.5), (os.remove, 3),
                  (os.fspath, 1), (os.rename, 1), (os.stat, "a\0b"), (os.urandom, -1)]:
    try:
        call(arg) if call is not os.rename else call(arg, "x")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# fspath and PathLike
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
print(os.fspath("s"), os.fspath(b"b"), os.fspath(P("via")), isinstance(P("x"), os.PathLike), issubclass(str, os.PathLike))
print(os.path.exists(P("file")), os.stat(P("file")).st_size)
try:
    os.fspath(P(3))
except TypeError as e:
    print("TypeError:", e)
try:
    os.stat(P("missing"))
except FileNotFoundError as e:
    print(e)
print(os.fsencode("x"), os.fsdecode(b"y"), os.fsencode(P("z")))

# access
print(os.access("file", os.F_OK), os.access("file", os.R_OK | os.W_OK), os.access("missing", os.F_OK), os.access("dir", os.X_OK))
os.chmod("file", 0o444)
print(oct(os.stat("file").st_mode & 0o777))
os.chmod("file", 0o644)
print(oct(os.stat("file").st_mode & 0o777))
os.utime("file", (1000000000, 1200000000))
print(os.stat("file").st_mtime, os.stat("file").st_atime, os.path.getmtime("file"))
os.utime("file", ns=(5 * 10**9, 7 * 10**9 + 5))
print(os.stat("file").st_mtime_ns)

# environ
os.environ["Q_OS_TEST"] = "v1"
print(os.environ["Q_OS_TEST"], os.getenv("Q_OS_TEST"), os.environ.get("Q_OS_TEST"), "Q_OS_TEST" in os.environ)
os.environ["Q_OS_TEST"] = "v2"
print(os.getenv("Q_OS_TEST"), os.environ.setdefault("Q_OS_TEST", "z"), os.environ.setdefault("Q_OS_NEW", "n"))
print(os.environ.pop("Q_OS_NEW"), os.getenv("Q_OS_NEW"), os.getenv("Q_OS_NEW", "default"))
del os.environ["Q_OS_TEST"]
print(os.getenv("Q_OS_TEST"), "Q_OS_TEST" in os.environ, os.environ.get("Q_OS_TEST", "gone"))
try:
    os.environ["Q_OS_TEST"]
except KeyError as e:
    print("KeyError:", e)
try:
    del os.environ["Q_OS_TEST"]
except KeyError as e:
    print("KeyError:", repr(e))
for bad in [lambda: os.environ.__setitem__(1, "a"), lambda: os.environ.__setitem__("a", 1), lambda: os.getenv(1), lambda: os.environ[None]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    os.putenv("A=B", "c")
except ValueError as e:
    print("ValueError:", e)
os.putenv("Q_PUT", "p")
os.unsetenv("Q_PUT")
print(type(os.environ).__name__, repr(os.environ).startswith("environ({"), isinstance(os.environ.copy(), dict))
print(len(os.environ) == len(dict(os.environ)), sorted(os.environ) == sorted(os.environ.keys()))
os.environ.update({"Q_U1": "1", "Q_U2": "2"})
print(os.environ["Q_U1"], os.environ["Q_U2"], (os.environ | {"Q_U3": "3"})["Q_U3"], "Q_U3" in os.environ)
del os.environ["Q_U1"], os.environ["Q_U2"]
print("PATH" in os.environ, os.get_exec_path() == os.environ["PATH"].split(os.pathsep))

# process and system
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
u = os.urandom(16)
print(type(u).__name__, len(u), len(os.urandom(0)))
print(os.strerror(17), "|", os.strerror(20), "|", os.strerror(21))
try:
    os.get_terminal_size(os.open("file", os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno, e)
t = os.terminal_size((100, 40))
print(t, t.columns, t.lines, t[0], tuple(t))
print(type(os.getuid()).__name__, os.umask(0o22) >= 0)

# descriptors
fd = os.open("fd.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"abcdef"), os.write(fd, bytearray(b"gh")))
os.close(fd)
fd = os.open("fd.bin", os.O_RDWR)
print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 5))
print(os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 2), os.lseek(fd, -1, os.SEEK_END), os.read(fd, 9))
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.open("missing", os.O_RDONLY)
except OSError as e:
    print(type(e).__name__, e)
with os.fdopen(os.open("fd.bin", os.O_RDONLY), "rb") as f:
    print(f.read())
fd, name = tempfile.mkstemp(dir=".")
with os.fdopen(fd, "w") as f:
    f.write("via fdopen")
print(open(name).read(), os.path.dirname(name) == os.getcwd())
os.remove(name)

# links
os.symlink("file", "link")
print(os.readlink("link"), os.path.islink("link"), os.lstat("link").st_mode & 0o170000 == 0o120000)
print(sorted((e.name, e.is_symlink(), e.is_file()) for e in os.scandir() if e.name in ("link", "file")))
os.link("file", "hard")
print(os.stat("file").st_nlink, os.path.samefile("file", "hard"))

os.chdir(start)
import shutil
shutil.rmtree(top)
print(os.path.exists(top))
