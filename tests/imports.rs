//! Imports of modules and packages from files: multi-file programs written to a temporary
//! folder and run by `quicken`. Each run is compared with `/usr/bin/python3.11` (stdout,
//! stderr and exit status, exactly) when it is installed, and always checked against the
//! key lines CPython prints, written out literally here, so the tests mean something
//! without CPython too.
//!
//! `python -m NAME` is tested through `quicken::run::run_module_as_main` in a child
//! process: this test binary runs itself with `QUICKEN_TEST_RUN_MODULE` set (see
//! [`run_module_child`]).

#[path = "common/run.rs"]
mod run_child;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_quicken");
const CPYTHON: &str = "/usr/bin/python3.11";
const TIMEOUT: Duration = Duration::from_secs(30);
/// Set in the environment of the child that runs `run_module_as_main`: the module name.
const RUN_MODULE_VAR: &str = "QUICKEN_TEST_RUN_MODULE";
/// Printed by that child before the module runs, so that the test harness's own lines
/// before it can be cut off.
const CHILD_MARKER: &str = "--- run_module_as_main ---\n";

/// A folder of source files that is removed when dropped.
struct Project {
    root: PathBuf,
}

impl Project {
    /// Writes `files` (relative path, contents) into a new temporary folder.
    fn new(files: &[(&str, &str)]) -> Project {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!("quicken-imports-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create temporary folder");
        // CPython shows resolved paths (the script's folder in sys.path[0]); resolve the
        // temporary folder once so the expected strings can name it.
        let root = fs::canonicalize(&dir).expect("resolve temporary folder");
        for (path, text) in files {
            let file = root.join(path);
            fs::create_dir_all(file.parent().unwrap()).unwrap();
            fs::write(&file, text).unwrap();
        }
        Project { root }
    }

    /// The absolute path of `rel` inside the project, as text.
    fn path(&self, rel: &str) -> String {
        self.root.join(rel).to_string_lossy().into_owned()
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

/// What a run printed and its exit status.
#[derive(Debug, PartialEq)]
struct Output {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

/// How to run a program: arguments after the interpreter, folder, environment.
struct Invocation<'a> {
    args: Vec<String>,
    cwd: &'a Path,
    env: Vec<(&'a str, String)>,
}

impl<'a> Invocation<'a> {
    fn new(cwd: &'a Path, args: &[&str]) -> Self {
        Invocation { args: args.iter().map(|a| a.to_string()).collect(), cwd, env: Vec::new() }
    }

    fn env(mut self, key: &'a str, value: String) -> Self {
        self.env.push((key, value));
        self
    }

    /// Runs `program` with these arguments; `PYTHONPATH` is only what the test sets and
    /// CPython writes no `__pycache__` folders into the project.
    fn run(&self, program: &str) -> Output {
        let mut cmd = Command::new(program);
        cmd.args(&self.args).current_dir(self.cwd).env_remove("PYTHONPATH").env("PYTHONDONTWRITEBYTECODE", "1");
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        output_of(&mut cmd)
    }
}

fn output_of(cmd: &mut Command) -> Output {
    let out = run_child::run(cmd, TIMEOUT).unwrap_or_else(|e| panic!("{e}"));
    assert!(!out.timed_out, "{cmd:?} timed out");
    Output {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.and_then(|s| s.code()),
    }
}

fn cpython_available() -> bool {
    Path::new(CPYTHON).exists()
}

/// Runs `inv` with quicken, compares the result with CPython's when CPython is
/// installed, and returns quicken's.
fn run_and_compare(inv: &Invocation) -> Output {
    let ours = inv.run(BIN);
    if cpython_available() {
        let theirs = inv.run(CPYTHON);
        assert_eq!(ours, theirs, "quicken (left) and CPython (right) differ for {:?} in {}", inv.args, inv.cwd.display());
    }
    ours
}

/// Asserts that `text` contains every line of `expected` (each a whole line).
fn assert_lines(text: &str, expected: &[String]) {
    for line in expected {
        assert!(text.lines().any(|l| l == line), "missing line {line:?} in:\n{text}");
    }
}

fn lines(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[test]
fn module_next_to_the_script_from_any_folder() {
    let p = Project::new(&[
        (
            "app/main.py",
            "import sys\nimport helper\nprint('main', __name__, __file__, sys.argv[0])\nprint('path0', sys.path[0])\nprint(helper.__name__, helper.__file__, repr(helper.__package__))\nprint(repr(helper))\nprint(helper.twice(21), helper.where())\n",
        ),
        ("app/helper.py", "def twice(x):\n    return 2 * x\ndef where():\n    return __name__\n"),
    ]);
    let app = p.path("app");
    let expected = lines(&[
        &format!("path0 {app}"),
        &format!("helper {app}/helper.py ''"),
        &format!("<module 'helper' from '{app}/helper.py'>"),
        "42 helper",
    ]);
    // From the project folder, from the script's folder (`./main.py` stays unnormalised
    // in `__file__`, as in CPython) and with an absolute path from elsewhere.
    let out = run_and_compare(&Invocation::new(&p.root, &["app/main.py"]));
    assert_lines(&out.stdout, &expected);
    assert_lines(&out.stdout, &[format!("main __main__ {app}/main.py app/main.py")]);
    let out = run_and_compare(&Invocation::new(Path::new(&app), &["./main.py"]));
    assert_lines(&out.stdout, &expected);
    assert_lines(&out.stdout, &[format!("main __main__ {app}/./main.py ./main.py")]);
    let abs = format!("{app}/main.py");
    let out = run_and_compare(&Invocation::new(Path::new("/"), &[&abs]));
    assert_lines(&out.stdout, &expected);
    assert_eq!(out.code, Some(0));
}

#[cfg(unix)]
#[test]
fn symlinked_script_puts_the_real_folder_first() {
    let p = Project::new(&[("real/main.py", "import sys, mod\nprint(__file__)\nprint(sys.path[0])\nprint(mod.X)\n"), ("real/mod.py", "X = 'found'\n")]);
    std::os::unix::fs::symlink(p.path("real/main.py"), p.path("link.py")).unwrap();
    let out = run_and_compare(&Invocation::new(&p.root, &["link.py"]));
    assert_eq!(out.stdout, format!("{}\n{}\nfound\n", p.path("link.py"), p.path("real")));
}

const PACKAGE_FILES: &[(&str, &str)] = &[
    (
        "app/pkg/__init__.py",
        "print('pkg init', __name__, __package__, __file__.endswith('pkg/__init__.py'), [p.endswith('pkg') for p in __path__])\nfrom . import util\nfrom .util import helper as h\nVALUE = 10\n__all__ = ['VALUE', 'util', 'other']\n",
    ),
    ("app/pkg/util.py", "print('util', __name__, __package__)\ndef helper(): return 'helped'\n_private = 1\npublic = 2\n"),
    ("app/pkg/other.py", "print('other', __name__)\nfrom .sub import deep\nfrom . import sub as me\nX = deep.D\n"),
    ("app/pkg/sub/__init__.py", "print('sub init', __name__, __package__)\n"),
    ("app/pkg/sub/deep.py", "from ..util import public\nfrom .. import VALUE\nD = public + VALUE\nprint('deep', __name__, __package__, D)\n"),
    (
        "app/main.py",
        r#"import sys
import pkg.sub.deep
print(pkg.sub.deep.D, pkg.h())
import pkg.sub.deep as dd
print(dd.__name__)
from pkg import other
print(other.X, other.me is pkg.sub)
from pkg import *
print(sorted(k for k in dir() if not k.startswith('__')))
from pkg.util import *
print(public, '_private' in dir())
import importlib
m = importlib.import_module('pkg.util')
print(m is pkg.util, importlib.import_module('.sub', 'pkg').__name__)
print(__import__('pkg.sub').__name__, __import__('pkg.sub', fromlist=['x']).__name__)
print(sorted(n for n in sys.modules if n.startswith('pkg')))
print('pkg.sub' in sys.modules, sys.modules['__main__'].__name__)
def show(stmt):
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__ + ':', e, '|', e.name if isinstance(e, ImportError) else '')
show('import pkg.missing')
show('from pkg import missing')
show('from .x import y')
show('from ... import y')
show("importlib.import_module('..x', 'pkg')")
show("importlib.import_module('.x')")
show('import pkg.util.nope')
show("importlib.import_module('')")
show("__import__('')")
"#,
    ),
];

#[test]
fn packages_submodules_and_relative_imports() {
    let p = Project::new(PACKAGE_FILES);
    let out = run_and_compare(&Invocation::new(&p.root, &["app/main.py"]));
    let expected = lines(&[
        "pkg init pkg pkg True [True]",
        "util pkg.util pkg",
        "sub init pkg.sub pkg.sub",
        "deep pkg.sub.deep pkg.sub 12",
        "12 helped",
        "pkg.sub.deep",
        "other pkg.other",
        "12 True",
        "['VALUE', 'dd', 'other', 'pkg', 'sys', 'util']",
        "2 False",
        "True pkg.sub",
        "pkg pkg.sub",
        "['pkg', 'pkg.other', 'pkg.sub', 'pkg.sub.deep', 'pkg.util']",
        "True __main__",
        "ModuleNotFoundError: No module named 'pkg.missing' | pkg.missing",
        "ImportError: attempted relative import with no known parent package | None",
        "ImportError: attempted relative import beyond top-level package | None",
        "TypeError: the 'package' argument is required to perform a relative import for '.x' | ",
        "ModuleNotFoundError: No module named 'pkg.util.nope'; 'pkg.util' is not a package | pkg.util.nope",
        "ValueError: Empty module name | ",
    ]);
    assert_lines(&out.stdout, &expected);
    assert_lines(&out.stdout, &[format!("ImportError: cannot import name 'missing' from 'pkg' ({}) | pkg", p.path("app/pkg/__init__.py"))]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
}

#[test]
fn namespace_packages_span_folders() {
    let p = Project::new(&[
        ("a/ns/one.py", "X = 1\n"),
        ("b/ns/two.py", "Y = 2\n"),
        ("main.py", "import sys\nsys.path[1:1] = ['a', 'b']\nimport ns.one, ns.two\nprint(ns.one.X + ns.two.Y, ns.__file__, len(ns.__path__))\n"),
    ]);
    let out = run_and_compare(&Invocation::new(&p.root, &["main.py"]));
    assert_eq!(out.stdout, "3 None 2\n");
}

#[test]
fn circular_imports_see_a_partially_initialised_module() {
    let p = Project::new(&[
        ("a.py", "print('a start')\nimport b\ndef fa(): return 'fa'\nprint('a end', b.fb())\n"),
        ("b.py", "print('b start')\nimport a\nprint('b sees fa:', hasattr(a, 'fa'))\ndef fb(): return 'fb'\ntry:\n    a.fa\nexcept AttributeError as e:\n    print(e)\n"),
        ("main.py", "import a\nprint(a.fa())\n"),
        ("c.py", "import d\ndef fc(): pass\n"),
        ("d.py", "from c import fc\n"),
        ("main2.py", "import c\n"),
    ]);
    let out = run_and_compare(&Invocation::new(&p.root, &["main.py"]));
    assert_eq!(
        out.stdout,
        "a start\nb start\nb sees fa: False\npartially initialized module 'a' has no attribute 'fa' (most likely due to a circular import)\na end fb\nfa\n"
    );
    let out = run_and_compare(&Invocation::new(&p.root, &["main2.py"]));
    assert_eq!(out.code, Some(1));
    assert_eq!(
        out.stderr,
        format!(
            "Traceback (most recent call last):\n  File \"{main}\", line 1, in <module>\n    import c\n  File \"{c}\", line 1, in <module>\n    import d\n  File \"{d}\", line 1, in <module>\n    from c import fc\nImportError: cannot import name 'fc' from partially initialized module 'c' (most likely due to a circular import) ({c})\n",
            main = p.path("main2.py"),
            c = p.path("c.py"),
            d = p.path("d.py")
        )
    );
}

#[test]
fn import_errors_carry_cpython_messages_and_attributes() {
    let p = Project::new(&[
        ("helper.py", "y = 2\n"),
        (
            "main.py",
            "def show(stmt):\n    try:\n        exec(stmt)\n    except ImportError as e:\n        print(type(e).__name__, repr(str(e)), e.name, e.path, repr(e.msg))\nshow('import nosuch')\nshow('import nosuch.sub')\nshow('from helper import nosuch')\nshow('from math import nosuch')\nshow('import math.sub')\nshow('import helper.sub')\ne = ImportError('m', name='n', path='p')\nprint(e, e.name, e.path, e.msg, e.args)\n",
        ),
    ]);
    let out = run_and_compare(&Invocation::new(&p.root, &["main.py"]));
    let helper = p.path("helper.py");
    let expected = lines(&[
        "ModuleNotFoundError \"No module named 'nosuch'\" nosuch None \"No module named 'nosuch'\"",
        &format!("ImportError \"cannot import name 'nosuch' from 'helper' ({helper})\" helper {helper} \"cannot import name 'nosuch' from 'helper' ({helper})\""),
        "ImportError \"cannot import name 'nosuch' from 'math' (unknown location)\" math None \"cannot import name 'nosuch' from 'math' (unknown location)\"",
        "ModuleNotFoundError \"No module named 'math.sub'; 'math' is not a package\" math.sub None \"No module named 'math.sub'; 'math' is not a package\"",
        "ModuleNotFoundError \"No module named 'helper.sub'; 'helper' is not a package\" helper.sub None \"No module named 'helper.sub'; 'helper' is not a package\"",
        "m n p m ('m',)",
    ]);
    assert_lines(&out.stdout, &expected);
    // `import nosuch.sub` fails on the parent.
    assert_eq!(out.stdout.lines().nth(1), Some(expected[0].as_str()));
}

#[test]
fn tracebacks_go_through_imported_files() {
    let p = Project::new(&[
        ("helper.py", "x = 1\ndef divide(n):\n    return x / n\nraise ValueError('boom')\n"),
        ("main.py", "import helper\n"),
        ("calc.py", "def check(n):\n    raise ValueError(n)\n"),
        ("main2.py", "import calc\ncalc.check(0)\n"),
        ("bad.py", "x = 1\ndef f(:\n    pass\n"),
        ("main3.py", "import bad\n"),
        ("main4.py", "from . import sibling\n"),
    ]);
    let out = run_and_compare(&Invocation::new(&p.root, &["main.py"]));
    assert_eq!(
        out.stderr,
        format!(
            "Traceback (most recent call last):\n  File \"{}\", line 1, in <module>\n    import helper\n  File \"{}\", line 4, in <module>\n    raise ValueError('boom')\nValueError: boom\n",
            p.path("main.py"),
            p.path("helper.py")
        )
    );
    let out = run_and_compare(&Invocation::new(&p.root, &["main2.py"]));
    assert_lines(&out.stderr, &[format!("  File \"{}\", line 2, in check", p.path("calc.py")), "    raise ValueError(n)".into(), "ValueError: 0".into()]);
    let out = run_and_compare(&Invocation::new(&p.root, &["main3.py"]));
    assert_eq!(
        out.stderr,
        format!(
            "Traceback (most recent call last):\n  File \"{}\", line 1, in <module>\n    import bad\n  File \"{}\", line 2\n    def f(:\n          ^\nSyntaxError: invalid syntax\n",
            p.path("main3.py"),
            p.path("bad.py")
        )
    );
    let out = run_and_compare(&Invocation::new(&p.root, &["main4.py"]));
    assert_eq!(out.code, Some(1));
    assert_lines(&out.stderr, &lines(&["ImportError: attempted relative import with no known parent package"]));
}

/// Python's repr of a list of str.
fn py_list(items: &[String]) -> String {
    format!("[{}]", items.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", "))
}

#[test]
fn sys_path_from_script_folder_pythonpath_and_inserts() {
    let p = Project::new(&[
        ("lib/inlib.py", "print('inlib', __file__)\n"),
        ("env/fromenv.py", "print('fromenv', __file__)\n"),
        ("top.py", "print('top', __file__)\n"),
        ("main.py", "import sys\nprint(sys.path[:4])\nimport fromenv\nsys.path.insert(0, 'lib')\nimport inlib\n"),
    ]);
    let root = p.root.to_string_lossy().into_owned();
    // Relative PYTHONPATH entries are made absolute; an empty one is the current folder.
    let inv = Invocation::new(&p.root, &["main.py"]).env("PYTHONPATH", format!("env:{}:", p.path("nowhere")));
    let out = run_and_compare(&inv);
    let path = py_list(&[root.clone(), p.path("env"), p.path("nowhere"), root.clone()]);
    assert_eq!(out.stdout, format!("{path}\nfromenv {}\ninlib {}\n", p.path("env/fromenv.py"), p.path("lib/inlib.py")));
    // `-c` and stdin programs start with '' (the current folder); modules found through
    // it still get absolute `__file__`s.
    let program = "import sys, top; print(sys.path[0] == '')";
    let out = run_and_compare(&Invocation::new(&p.root, &["-c", program]));
    assert_eq!(out.stdout, format!("top {}\nTrue\n", p.path("top.py")));
    fs::write(p.path("stdin.py"), program).unwrap();
    let mut ours = Command::new(BIN);
    ours.arg("-").current_dir(&p.root).env_remove("PYTHONPATH").stdin(fs::File::open(p.path("stdin.py")).unwrap());
    let out = ours.output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("top {}\nTrue\n", p.path("top.py")));
}

#[test]
fn sys_modules_is_the_table_imports_use() {
    let p = Project::new(&[
        ("counted.py", "import sys\nsys.loads = getattr(sys, 'loads', 0) + 1\n"),
        (
            "main.py",
            "import sys\nsys.modules['injected'] = 'hello'\nimport injected\nprint(injected)\nfrom injected import upper\nprint(upper())\nimport counted\nimport counted\ndel sys.modules['counted']\nimport counted as again\nprint(sys.loads, again is counted)\nsys.modules['gone'] = None\ntry:\n    import gone\nexcept ModuleNotFoundError as e:\n    print(e, e.name)\nimport importlib\nimportlib.reload(again)\nprint(sys.loads, type(sys.modules).__name__, sys.modules['__main__'].__file__ == __file__)\n",
        ),
    ]);
    let out = run_and_compare(&Invocation::new(&p.root, &["main.py"]));
    assert_eq!(out.stdout, "hello\nHELLO\n2 False\nimport of gone halted; None in sys.modules gone\n3 dict True\n");
}

#[test]
fn star_imports_follow_all_or_skip_private_names() {
    let p = Project::new(&[
        ("listed.py", "__all__ = ['a', '_b']\na, _b, c = 1, 2, 3\n"),
        ("plain.py", "a, _b, c = 4, 5, 6\n"),
        ("main.py", "from listed import *\nprint(a, _b, 'c' in dir())\nfrom plain import *\nprint(a, c, _b)\n"),
    ]);
    let out = run_and_compare(&Invocation::new(&p.root, &["main.py"]));
    assert_eq!(out.stdout, "1 2 False\n4 6 2\n");
}

/// In the child process: runs `run_module_as_main` for the module named by
/// `QUICKEN_TEST_RUN_MODULE` in the current folder and exits with its status. In the
/// test process (variable unset) it does nothing.
#[test]
fn run_module_child() {
    let Ok(name) = std::env::var(RUN_MODULE_VAR) else { return };
    use std::io::Write;
    print!("{CHILD_MARKER}");
    eprint!("{CHILD_MARKER}");
    let _ = std::io::stdout().flush();
    let mut argv = vec!["-m".to_string()];
    argv.extend(std::env::var("QUICKEN_TEST_ARGS").unwrap_or_default().split_whitespace().map(String::from));
    let mut vm = quicken::vm::Vm::new(quicken::vm::Tier::highest(), argv);
    let status = quicken::run::run_module_as_main(&mut vm, &name, false);
    vm.flush_stdout();
    std::process::exit(status);
}

/// `quicken -m NAME args` (through [`run_module_child`]), with the program name at the
/// start of stderr messages replaced by CPython's so that the two can be compared.
fn run_module(cwd: &Path, name: &str, args: &[&str]) -> Output {
    let me = std::env::current_exe().unwrap();
    let mut cmd = Command::new(&me);
    cmd.args(["--exact", "run_module_child", "--nocapture", "--test-threads=1"])
        .current_dir(cwd)
        .env_remove("PYTHONPATH")
        .env(RUN_MODULE_VAR, name)
        .env("QUICKEN_TEST_ARGS", args.join(" "));
    let out = output_of(&mut cmd);
    let after = |s: &str| s.split_once(CHILD_MARKER).map(|(_, rest)| rest.to_string()).unwrap_or_else(|| s.to_string());
    let stderr = after(&out.stderr).replace(&format!("{}: ", me.display()), &format!("{CPYTHON}: "));
    Output { stdout: after(&out.stdout), stderr, code: out.code }
}

#[test]
fn run_module_as_main_finds_modules_and_packages() {
    let p = Project::new(&[
        ("tool.py", "import sys\nprint(__name__, repr(__package__), __file__, sys.argv, sys.path[0])\n"),
        ("pk/__init__.py", "print('init', __name__)\n"),
        ("pk/__main__.py", "import sys\nprint(__name__, __package__, __file__, sys.argv)\nfrom . import part\nprint(part.P)\n"),
        ("pk/part.py", "P = 'part'\n"),
        ("nomain/__init__.py", ""),
    ]);
    let cases: &[(&str, &[&str])] = &[("tool", &["a", "b"]), ("pk", &["x"]), ("pk.part", &[]), ("nomain", &[]), ("nosuch", &[]), ("nosuch.sub", &[]), ("tool.sub", &[]), ("math", &[])];
    let mut outs = Vec::new();
    for (name, args) in cases {
        let ours = run_module(&p.root, name, args);
        if cpython_available() {
            let mut cpython_args = vec!["-m", name];
            cpython_args.extend(args.iter());
            let theirs = Invocation::new(&p.root, &cpython_args).run(CPYTHON);
            assert_eq!(ours, theirs, "-m {name}: quicken (left) and CPython (right) differ");
        }
        outs.push(ours);
    }
    let root = p.path("");
    let root = root.trim_end_matches('/');
    assert_eq!(outs[0].stdout, format!("__main__ '' {root}/tool.py ['{root}/tool.py', 'a', 'b'] {root}\n"));
    assert_eq!(outs[1].stdout, format!("init pk\n__main__ pk {root}/pk/__main__.py ['{root}/pk/__main__.py', 'x']\npart\n"));
    assert_eq!(outs[2].stdout, "init pk\n");
    assert_eq!(outs[3].stderr, format!("{CPYTHON}: No module named nomain.__main__; 'nomain' is a package and cannot be directly executed\n"));
    assert_eq!(outs[4].stderr, format!("{CPYTHON}: No module named nosuch\n"));
    assert_eq!(
        outs[5].stderr,
        format!("{CPYTHON}: Error while finding module specification for 'nosuch.sub' (ModuleNotFoundError: No module named 'nosuch')\n")
    );
    assert!(outs[6].stderr.ends_with("(ModuleNotFoundError: __path__ attribute not found on 'tool' while trying to find 'tool.sub')\n"));
    assert_eq!(outs[7].stderr, format!("{CPYTHON}: No code object available for math\n"));
    for (out, (name, _)) in outs.iter().zip(cases).skip(3) {
        assert_eq!(out.code, Some(1), "-m {name}");
    }
}

#[test]
fn functions_of_a_module_see_its_globals() {
    let p = Project::new(&[
        (
            "mod1.py",
            "SECRET = 'mod1'\ndef g():\n    return globals()['SECRET'], eval('SECRET'), sorted(k for k in globals() if not k.startswith('__'))\ndef e():\n    exec('global RESULT; RESULT = SECRET * 2')\n    return RESULT\nprint('body', globals()['SECRET'], vars()['SECRET'], 'SECRET' in dir(), __name__ in dir())\n",
        ),
        ("main.py", "SECRET = 'main'\nimport mod1\nprint(mod1.g())\nprint(mod1.e(), 'RESULT' in globals(), eval('SECRET'))\n"),
    ]);
    let out = run_and_compare(&Invocation::new(&p.root, &["main.py"]));
    assert_eq!(out.stdout, "body mod1 mod1 True False\n('mod1', 'mod1', ['SECRET', 'e', 'g'])\nmod1mod1 False main\n");
}

#[test]
fn sys_path_flags_drop_the_script_folder_and_pythonpath() {
    use quicken::vm::Flags;
    let folder = || Some("/scripts".to_string());
    // -E ignores PYTHONPATH (whatever the environment holds), -P drops the script folder,
    // -I does both.
    let ignore_env = Flags { ignore_environment: true, ..Flags::default() };
    assert_eq!(quicken::run::sys_path_for(&ignore_env, folder()), vec!["/scripts".to_string()]);
    let safe = Flags { safe_path: true, ignore_environment: true, ..Flags::default() };
    assert!(quicken::run::sys_path_for(&safe, folder()).is_empty());
    let isolated = Flags { isolated: true, ..Flags::default() };
    assert!(quicken::run::sys_path_for(&isolated, folder()).is_empty());
}
