# pathlib: pure paths (parts, names, suffixes, joining, comparison), then the
# file operations in a temporary directory of its own (relative paths only).
import os
import pathlib
from pathlib import Path, PurePath, PurePosixPath, PosixPath

p = Path("/usr/lib/python3.11/os.tar.gz")
print(repr(p), str(p), p.name, p.stem, p.suffix, p.suffixes, p.parts, p.root, p.anchor, repr(p.drive))
print(repr(p.parent), p.parents, len(p.parents), list(p.parents), p.parents[0], p.parents[-1], p.parents[1:3])
print(Path.__mro__, type(Path("a")).__mro__)
print(repr(PurePath("a")), repr(PurePosixPath("a", "b")), repr(Path()), repr(Path("")), repr(Path(".")))
for args in [("a/b",), ("a", "b", "c"), ("/a", "b"), ("a", "/b", "c"), ("//a//b",), ("///a",), ("./a/./b/",),
             ("a/../b",), (Path("a"), "b"), ("a", PurePath("b"))]:
    q = Path(*args)
    print(args, repr(q), q.parts, q.is_absolute())
print(Path("a") / "b" / "c", "x" / Path("y"), Path("a") / Path("/b"), Path("a").joinpath("b", "c"), Path("/") / "x")
for name in ["a.", ".bashrc", "a..b", "x.tar.gz", "x", "", "..", "a.b.", ".a.b"]:
    q = PurePath(name)
    print(repr(name), repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem))
print(p.with_name("x.py"), p.with_suffix(".zip"), p.with_suffix(""), Path("a").with_suffix(".txt"), p.with_stem("new"))
print(Path("a.b").with_suffix(".c.d"), Path("README").with_suffix(".md"))
for bad in [lambda: p.with_suffix("gz"), lambda: p.with_suffix("."), lambda: p.with_suffix("./x"),
            lambda: p.with_name("a/b"), lambda: p.with_name(""), lambda: p.with_name("."), lambda: Path("/").with_name("x"),
            lambda: Path("").with_suffix(".x"), lambda: p.parents[9], lambda: p.parents[-9],
            lambda: Path("a") < "b", lambda: PurePath("a") / 1, lambda: Path(b"a"), lambda: Path(1),
            lambda: Path("a").relative_to("/a"), lambda: p.relative_to("/usr/lib/x"), lambda: Path("/a").relative_to(""),
            lambda: Path("a").relative_to(), lambda: Path("a").match(""), lambda: Path("a").as_uri(),
            lambda: pathlib.WindowsPath("a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(p.relative_to("/usr"), p.relative_to("/usr/lib/python3.11/os.tar.gz"), Path("a/b/c").relative_to("a"), Path("a").relative_to(""))
print(p.relative_to("/", "usr", "lib"), p.is_relative_to("/usr"), p.is_relative_to("/etc"), Path("a/b").is_relative_to("a"))
print(p.match("*.gz"), p.match("os.*"), p.match("python3.11/*.gz"), p.match("/usr/*/*/*"), p.match("/lib/*/*"), p.match("/usr/*"), Path("/a").match("*/a"), Path("a/b").match("a/*/b"))
print(Path("/a b/c").as_uri(), Path("/x%y").as_uri(), bytes(Path("a/b")), os.fspath(Path("q")), Path("a/b").as_posix())

# equality, hashing, ordering
print(Path("a") == Path("a/"), Path("a") == PurePosixPath("a"), Path("a") == "a", Path("a") != Path("b"))
print(hash(Path("a/b")) == hash(PurePath("a/b")), len({Path("a"), Path("./a"), PurePath("a"), Path("b")}))
print(sorted([Path("b"), Path("a/c"), Path("/z"), Path("a"), Path("a/b")]), Path("/a") < Path("a"), Path("a") <= Path("a"), max(Path("x"), Path("y")))
print({Path("k"): 1}[PurePosixPath("k")], Path("a") in [PurePath("a")])

# the file system
start = os.getcwd()
top = Path(os.path.realpath(__import__("tempfile").mkdtemp(prefix="q_std_pathlib_")))
os.chdir(top)
print(Path.cwd() == top, Path.cwd().samefile("."), Path("x").absolute() == top / "x", Path("/abs").absolute())
print(Path.home() == Path(os.path.expanduser("~")), Path("~/x").expanduser() == Path.home() / "x", Path("x/~").expanduser())

d = Path("data")
d.mkdir()
(d / "sub" / "deep").mkdir(parents=True)
(d / "sub").mkdir(exist_ok=True)
(d / "sub" / "deep").mkdir(parents=True, exist_ok=True)
for bad in [lambda: d.mkdir(), lambda: Path("no/such").mkdir(), lambda: (d / "f.txt").read_text(),
            lambda: Path("missing").stat(), lambda: Path("missing").unlink(), lambda: Path("missing").rmdir(),
            lambda: Path("missing").rename("x"), lambda: Path("missing").read_bytes(), lambda: d.rmdir(),
            lambda: Path("missing").iterdir().__next__(), lambda: (d / "sub").unlink(), lambda: Path("missing").resolve(strict=True),
            lambda: Path("f").write_text(b"x"), lambda: Path("f").write_bytes("x"), lambda: list(d.glob("")), lambda: list(d.glob("/x")),
            lambda: list(d.glob("a**")), lambda: Path("missing").samefile("x"), lambda: Path("missing").owner()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
Path("f").unlink(missing_ok=True)
print(Path("missing").unlink(missing_ok=True))

f = d / "f.txt"
print(f.write_text("line one\nline two\n"), f.read_text(), f.read_text().splitlines())
print(f.write_text("été\n", encoding="utf-8"), f.read_bytes(), f.read_text(encoding="utf-8"), f.read_text(encoding="latin-1"))
b = d / "b.bin"
print(b.write_bytes(bytes([0, 1, 255])), b.read_bytes(), b.write_bytes(bytearray(b"ab")), b.read_bytes())
with f.open("w") as out:
    out.write("first\n")
    print("second", file=out)
with f.open() as inp:
    print(inp.readline(), inp.read(), repr(inp))
with f.open("a") as out:
    out.write("third\n")
with open(f) as inp:
    print(inp.readlines())
with f.open("rb") as inp:
    print(inp.read(5))
(d / "sub" / "g.py").write_text("print()\n")
(d / "sub" / "deep" / "h.py").write_text("")
(d / ".hidden").write_text("")
(d / "sub" / "deep" / "data.json").write_text("{}")

print(f.exists(), f.is_file(), f.is_dir(), d.is_dir(), d.is_file(), Path("missing").exists(), Path("missing").is_file(), (f / "x").exists())
print(f.stat().st_size, f.lstat().st_size, f.stat().st_size == os.path.getsize(f), f.is_symlink(), f.is_fifo(), f.is_socket(), f.is_mount())
print(sorted(d.iterdir()), sorted(x.name for x in (d / "sub").iterdir()))
print(sorted(d.glob("*")))
print(sorted(d.glob("*.txt")), sorted(d.glob("**/*.py")), sorted(d.rglob("*.py")))
print(sorted(d.glob("**")))
print(sorted(d.glob("*/")), sorted(d.glob("sub/*")), sorted(d.glob("s?b/d*/*")), sorted(d.glob("[fb].*")))
print(sorted(d.rglob("*")), sorted(d.rglob("deep")), list(d.glob("nothing*")), list(f.glob("*")))
print(sorted(Path(".").glob("data/sub")), sorted(Path().rglob("*.json")))

g = f.rename(d / "renamed.txt")
print(repr(g), f.exists(), g.exists())
h = g.replace(d / "replaced.txt")
print(h.name, g.exists())
t = d / "touched"
t.touch()
t.touch()
print(t.exists(), t.stat().st_size)
try:
    t.touch(exist_ok=False)
except FileExistsError as e:
    print(type(e).__name__, e)
t.chmod(0o600)
print(oct(t.stat().st_mode & 0o777))
link = d / "link"
link.symlink_to("replaced.txt")
print(link.is_symlink(), link.readlink(), link.resolve() == (top / d / "replaced.txt"), link.read_text() == h.read_text())
print(Path("data/sub/../replaced.txt").resolve().relative_to(top), Path("data/missing/x").resolve().relative_to(top))
print(Path("data/sub/..").resolve() == top / "data", Path(".").resolve() == top, link.samefile(h))
hard = d / "hard"
hard.hardlink_to(h)
print(h.stat().st_nlink, hard.samefile(h))
t.unlink()
(d / "sub" / "deep" / "h.py").unlink()
(d / "sub" / "deep" / "data.json").unlink()
(d / "sub" / "deep").rmdir()
print(sorted(p.name for p in d.rglob("*")))

os.chdir(start)
import shutil
shutil.rmtree(top)
print(top.exists())
