//! python3's command line: options before the program only, combined flags, `--`, CPython's
//! usage errors, `-O`/`-OO`, `-X`/`-W`/`sys.flags`, `-V`/`-h`, `-i` with piped stdin, `-x`,
//! the `PYTHON*` variables, and quicken's own `--tier`/`--stats` read by the same rules.
//!
//! Each case states the outcome CPython 3.11 gives; when `/usr/bin/python3.11` is installed
//! the same case also runs under it, so the recorded expectation is checked against the
//! oracle too. Both run with every `PYTHON*` variable removed from the environment.

#[path = "common/run.rs"]
mod run;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

const QUICKEN: &str = env!("CARGO_BIN_EXE_quicken");
const CPYTHON: &str = "/usr/bin/python3.11";

/// What a run gave, with the interpreter's own path replaced by `PROG` in stderr.
#[derive(Debug)]
struct Ran {
    status: Option<i32>,
    stdout: String,
    stderr: String,
}

/// Runs `interpreter` with `args`, `stdin` piped (none when `None`), in `dir`, with the
/// `PYTHON*` variables removed and `env` added.
fn run_one(interpreter: &str, args: &[&str], stdin: Option<&str>, dir: Option<&Path>, env: &[(&str, &str)]) -> Ran {
    let mut cmd = Command::new(interpreter);
    cmd.args(args);
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(name);
        }
    }
    cmd.envs(env.iter().copied());
    if let Some(dir) = dir {
        cmd.current_dir(dir);
    }
    let out = run::run_with_input(&mut cmd, stdin.map(str::as_bytes), Duration::from_secs(30)).expect("run");
    assert!(!out.timed_out, "{interpreter} {args:?} timed out");
    Ran {
        status: out.status.and_then(|s| s.code()),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).replace(interpreter, "PROG"),
    }
}

/// Runs `args` under quicken, and under CPython when it is installed.
fn run_both(args: &[&str], stdin: Option<&str>, dir: Option<&Path>, env: &[(&str, &str)]) -> Vec<(&'static str, Ran)> {
    let mut runs = vec![("quicken", run_one(QUICKEN, args, stdin, dir, env))];
    if Path::new(CPYTHON).exists() {
        runs.push(("python3.11", run_one(CPYTHON, args, stdin, dir, env)));
    }
    runs
}

/// Asserts that `args` gives `stdout` and exit `status` under quicken (and CPython).
fn expect_stdout(args: &[&str], stdout: &str, status: i32) {
    for (who, r) in run_both(args, None, None, &[]) {
        assert_eq!((r.status, r.stdout.as_str()), (Some(status), stdout), "{who} {args:?}\nstderr: {}", r.stderr);
    }
}

/// Asserts that `args` is a usage error: exit 2, nothing on stdout, `stderr` exactly.
fn expect_usage_error(args: &[&str], stderr: &str) {
    for (who, r) in run_both(args, None, None, &[]) {
        assert_eq!((r.status, r.stdout.as_str(), r.stderr.as_str()), (Some(2), "", stderr), "{who} {args:?}");
    }
}

/// A fresh scratch folder.
fn scratch(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "python-cli-{}-{}-{}",
        name,
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

const PRINT_ARGV: &str = "import sys; print(sys.argv)";

#[test]
fn words_after_the_program_are_its_argv() {
    expect_stdout(&["-c", PRINT_ARGV, "--stats", "-O", "--", "-c", "x"], "['-c', '--stats', '-O', '--', '-c', 'x']\n", 0);
    expect_stdout(&["-O", "-c", PRINT_ARGV, "-i"], "['-c', '-i']\n", 0);
    let dir = scratch("argv");
    fs::write(dir.join("s.py"), format!("{PRINT_ARGV}\nimport sys; print(sys.flags.optimize)\n")).unwrap();
    for (who, r) in run_both(&["s.py", "-O", "--tier", "x", "--stats=foo"], None, Some(&dir), &[]) {
        assert_eq!(r.stdout, "['s.py', '-O', '--tier', 'x', '--stats=foo']\n0\n", "{who}: {}", r.stderr);
    }
    for (who, r) in run_both(&["-", "a", "-u"], Some(PRINT_ARGV), None, &[]) {
        assert_eq!(r.stdout, "['-', 'a', '-u']\n", "{who}: {}", r.stderr);
    }
    // `--` ends the options: what follows is the script, even if it looks like an option.
    fs::write(dir.join("-u"), PRINT_ARGV).unwrap();
    for (who, r) in run_both(&["--", "-u", "-O"], None, Some(&dir), &[]) {
        assert_eq!(r.stdout, "['-u', '-O']\n", "{who}: {}", r.stderr);
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn short_flags_combine() {
    let code = "import sys; print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.quiet, sys.argv)";
    expect_stdout(&["-BqOOc", code, "z"], "2 1 1 ['-c', 'z']\n", 0);
    let cluster = format!("-Oc{code}");
    expect_stdout(&[&cluster], "1 0 0 ['-c']\n", 0);
    expect_stdout(&["-c", "print('-c takes the next word', 1)"], "-c takes the next word 1\n", 0);
}

#[test]
fn unknown_options_and_missing_arguments_are_usage_errors() {
    let usage = "usage: PROG [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n";
    expect_usage_error(&["-Z"], &format!("Unknown option: -Z\n{usage}"));
    expect_usage_error(&["-uZ", "-c", "pass"], &format!("Unknown option: -Z\n{usage}"));
    expect_usage_error(&["--foo"], &format!("unknown option --foo\n{usage}"));
    expect_usage_error(&["--help=x"], &format!("unknown option --help=x\n{usage}"));
    for option in ["-c", "-m", "-X", "-W"] {
        expect_usage_error(&["-O", option], &format!("Argument expected for the {option} option\n{usage}"));
    }
}

#[test]
fn optimize_removes_asserts_debug_and_docstrings() {
    let code = "\"\"\"module doc\"\"\"\n\
def f():\n    'function doc'\n\
class C:\n    'class doc'\n\
print(__debug__, __doc__, f.__doc__, C.__doc__)\n\
try:\n    assert print('evaluated') or False, 'message'\n    print('assert removed')\n\
except AssertionError as e:\n    print('AssertionError', e)\n\
exec('assert False'); print('exec too')\n";
    let dir = scratch("optimize");
    fs::write(dir.join("o.py"), code).unwrap();
    let cases = [
        (&[][..], "True module doc function doc class doc\nevaluated\nAssertionError message\n", 1),
        (&["-O"][..], "False module doc function doc class doc\nassert removed\nexec too\n", 0),
        (&["-OO"][..], "False None None None\nassert removed\nexec too\n", 0),
    ];
    for (flags, stdout, status) in cases {
        let args: Vec<&str> = flags.iter().copied().chain(["o.py"]).collect();
        for (who, r) in run_both(&args, None, Some(&dir), &[]) {
            assert_eq!((r.status, r.stdout.as_str()), (Some(status), stdout), "{who} {args:?}: {}", r.stderr);
        }
    }
    // PYTHONOPTIMIZE does what -O does, unless -E says to ignore the environment.
    for (who, r) in run_both(&["-c", "print(__debug__)"], None, None, &[("PYTHONOPTIMIZE", "1")]) {
        assert_eq!(r.stdout, "False\n", "{who}");
    }
    for (who, r) in run_both(&["-E", "-c", "print(__debug__)"], None, None, &[("PYTHONOPTIMIZE", "1")]) {
        assert_eq!(r.stdout, "True\n", "{who}");
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn x_and_w_options_are_visible_in_sys() {
    expect_stdout(
        &["-X", "dev", "-Xa=b", "-W", "error", "-Wignore::DeprecationWarning", "-c", "import sys; print(sys._xoptions, sys.warnoptions, sys.flags.dev_mode)"],
        "{'dev': True, 'a': 'b'} ['default', 'error', 'ignore::DeprecationWarning'] True\n",
        0,
    );
    expect_stdout(
        &["-X", "int_max_str_digits=700", "-c", "import sys; print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())"],
        "700 700\n",
        0,
    );
    for (who, r) in run_both(&["-c", "import sys; print(sys.warnoptions)"], None, None, &[("PYTHONWARNINGS", "error,ignore")]) {
        assert_eq!(r.stdout, "['error', 'ignore']\n", "{who}");
    }
}

#[test]
fn sys_flags_match_cpython() {
    let code = "import sys; print(sys.flags)";
    // quicken's str hashes are not randomized, and it says so.
    let normalize = |s: &str| s.replace("hash_randomization=1", "hash_randomization=0");
    let cases: [(&[&str], &str); 3] = [
        (&["-c", code], "sys.flags(debug=0, inspect=0, interactive=0, optimize=0, dont_write_bytecode=0, no_user_site=0, no_site=0, ignore_environment=0, verbose=0, bytes_warning=0, quiet=0, hash_randomization=0, isolated=0, dev_mode=False, utf8_mode=0, warn_default_encoding=0, safe_path=False, int_max_str_digits=-1)\n"),
        (&["-bdOOBsSqI", "-c", code], "sys.flags(debug=1, inspect=0, interactive=0, optimize=2, dont_write_bytecode=1, no_user_site=1, no_site=1, ignore_environment=1, verbose=0, bytes_warning=1, quiet=1, hash_randomization=0, isolated=1, dev_mode=False, utf8_mode=0, warn_default_encoding=0, safe_path=True, int_max_str_digits=-1)\n"),
        (&["-E", "-P", "-X", "utf8", "-X", "warn_default_encoding", "-c", code], "sys.flags(debug=0, inspect=0, interactive=0, optimize=0, dont_write_bytecode=0, no_user_site=0, no_site=0, ignore_environment=1, verbose=0, bytes_warning=0, quiet=0, hash_randomization=0, isolated=0, dev_mode=False, utf8_mode=1, warn_default_encoding=1, safe_path=True, int_max_str_digits=-1)\n"),
    ];
    for (args, expected) in cases {
        for (who, r) in run_both(args, None, None, &[("LANG", "C.UTF-8")]) {
            assert_eq!((r.status, normalize(&r.stdout)), (Some(0), expected.to_owned()), "{who} {args:?}: {}", r.stderr);
        }
    }
}

#[test]
fn version_and_help() {
    for args in [&["-V"][..], &["--version"], &["-O", "-V"]] {
        for (who, r) in run_both(args, None, None, &[]) {
            assert_eq!(r.status, Some(0), "{who}");
            assert!(r.stdout.starts_with("Python 3.11.") && r.stdout.ends_with('\n') && r.stdout.lines().count() == 1, "{who}: {:?}", r.stdout);
        }
    }
    let r = run_one(QUICKEN, &["-V"], None, None, &[]);
    assert_eq!(r.stdout, format!("Python 3.11.0 (quicken {})\n", env!("CARGO_PKG_VERSION")));
    for args in [&["-h"][..], &["--help"], &["-?"], &["-h", "-Z"]] {
        for (who, r) in run_both(args, None, None, &[]) {
            assert_eq!(r.status, Some(0), "{who} {args:?}");
            assert!(r.stdout.starts_with("usage: PROG [option] ... [-c cmd | -m mod | file | -] [arg] ...\n".replace("PROG", if who == "quicken" { QUICKEN } else { CPYTHON }).as_str()), "{who}: {}", r.stdout);
            for option in ["-c cmd :", "-m mod :", "-O     :", "-X opt :", "-W arg :"] {
                assert!(r.stdout.contains(option), "{who}: no {option:?} in\n{}", r.stdout);
            }
        }
    }
    let help = run_one(QUICKEN, &["-h"], None, None, &[]).stdout;
    for option in ["--tier T", "--dis", "--stats=json:PATH"] {
        assert!(help.contains(option), "quicken -h does not list {option}");
    }
}

#[test]
fn inspect_runs_the_repl_on_piped_stdin_after_the_program() {
    let stdin = "print('repl sees', x)\ny = x + 1\ny\n";
    for (who, r) in run_both(&["-i", "-c", "x = 41\n1 / 0"], Some(stdin), None, &[]) {
        assert_eq!((r.status, r.stdout.as_str()), (Some(0), "repl sees 41\n42\n"), "{who}: {}", r.stderr);
        // The program's traceback, then prompts on stderr (no banner after a program).
        assert!(r.stderr.starts_with("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n>>> "), "{who}: {}", r.stderr);
        assert!(r.stderr.ends_with(">>> >>> >>> >>> \n"), "{who}: {:?}", r.stderr);
    }
    // A SystemExit in the program is reported and the REPL still runs; its own ends it.
    for (who, r) in run_both(&["-i", "-c", "raise SystemExit(3)"], Some("import sys\nsys.exit(4)\nprint('not reached')\n"), None, &[]) {
        assert_eq!((r.status, r.stdout.as_str()), (Some(4), ""), "{who}: {}", r.stderr);
        assert!(r.stderr.contains("SystemExit: 3\n>>> >>> "), "{who}: {}", r.stderr);
    }
    // With no program, -i reads stdin as a REPL: a compound statement ends at an empty line.
    let stdin = "for i in range(2):\n    print(i)\n\nprint('after')\n";
    for (who, r) in run_both(&["-q", "-i"], Some(stdin), None, &[]) {
        assert_eq!((r.status, r.stdout.as_str(), r.stderr.as_str()), (Some(0), "0\n1\nafter\n", ">>> ... ... >>> >>> \n"), "{who}");
    }
    // PYTHONINSPECT alone does not make piped stdin a REPL (CPython's rule): the program is
    // read whole, and no REPL follows a program.
    for args in [&["-q"][..], &["-c", "print('program')"]] {
        for (who, r) in run_both(args, Some(stdin), None, &[("PYTHONINSPECT", "1")]) {
            let stdout = if args[0] == "-c" { "program\n" } else { "0\n1\nafter\n" };
            assert_eq!((r.status, r.stdout.as_str(), r.stderr.as_str()), (Some(0), stdout, ""), "{who} {args:?}");
        }
    }
    // Under PYTHONINSPECT a SystemExit is reported, not obeyed, even when no REPL follows.
    for (who, r) in run_both(&["-c", "raise SystemExit(3)"], None, None, &[("PYTHONINSPECT", "1")]) {
        assert_eq!((r.status, r.stderr.lines().last()), (Some(1), Some("SystemExit: 3")), "{who}: {}", r.stderr);
    }
    // The banner goes to stderr, before the first prompt.
    let r = run_one(QUICKEN, &["-i"], Some("1 + 1\n"), None, &[]);
    assert_eq!(r.stdout, "2\n");
    assert!(r.stderr.starts_with("Python 3.11.0 (quicken ") && r.stderr.contains("\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n>>> >>> \n"), "{}", r.stderr);
}

#[test]
fn skip_first_line_keeps_line_numbers() {
    let dir = scratch("skip-first");
    fs::write(dir.join("x.py"), "this line is not Python\nprint('ran')\n1 / 0\n").unwrap();
    for (who, r) in run_both(&["-x", "x.py"], None, Some(&dir), &[]) {
        assert_eq!((r.status, r.stdout.as_str()), (Some(1), "ran\n"), "{who}: {}", r.stderr);
        assert!(r.stderr.contains("x.py\", line 3, in <module>"), "{who}: {}", r.stderr);
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn module_option_ends_the_options() {
    let dir = scratch("dash-m");
    fs::write(dir.join("hello.py"), "import sys\nprint('hello', sys.argv[1:], __name__)\n").unwrap();
    for args in [&["-m", "hello", "-O", "x"][..], &["-mhello", "-O", "x"]] {
        for (who, r) in run_both(args, None, Some(&dir), &[]) {
            assert_eq!((r.status, r.stdout.as_str()), (Some(0), "hello ['-O', 'x'] __main__\n"), "{who} {args:?}: {}", r.stderr);
        }
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn dash_m_runs_the_timeit_command_line() {
    // Timings differ; the report's form, the help text and the errors do not.
    for (who, r) in run_both(&["-m", "timeit", "-n", "5", "-r", "2", "-s", "x = 3", "x * 2"], None, None, &[]) {
        assert_eq!(r.status, Some(0), "{who}: {}", r.stderr);
        assert!(r.stdout.starts_with("5 loops, best of 2: ") && r.stdout.ends_with(" per loop\n"), "{who}: {:?}", r.stdout);
    }
    let help = run_both(&["-m", "timeit", "-h"], None, None, &[]);
    if let [(_, q), (_, c)] = &help[..] {
        assert_eq!((q.status, &q.stdout), (c.status, &c.stdout), "timeit -h");
    }
    expect_stdout(&["-m", "timeit", "-x"], "option -x not recognized\nuse -h/--help for command line help\n", 2);
}

#[test]
fn quicken_options_are_read_before_the_program_only() {
    let r = run_one(QUICKEN, &["-c", "print(1)", "--stats"], None, None, &[]);
    assert_eq!((r.status, r.stdout.as_str(), r.stderr.as_str()), (Some(0), "1\n", ""), "--stats after -c CODE is the program's");
    let r = run_one(QUICKEN, &["--stats", "-c", "print(1)"], None, None, &[]);
    assert!(r.stderr.contains("Execution counts"), "{}", r.stderr);
    let r = run_one(QUICKEN, &["--tier=base", "-c", "print(2)"], None, None, &[]);
    assert_eq!((r.status, r.stdout.as_str()), (Some(0), "2\n"));
    for bad in [&["--stats=foo", "-c", "print(1)"][..], &["--stats=json:", "-c", "print(1)"], &["--tier", "warp", "-c", "print(1)"]] {
        let r = run_one(QUICKEN, bad, None, None, &[]);
        assert_eq!((r.status, r.stdout.as_str()), (Some(2), ""), "{bad:?}");
        assert!(r.stderr.starts_with("quicken: ") && !r.stderr.contains("panicked"), "{bad:?}: {}", r.stderr);
    }
    // A statistics file that cannot be written fails before the program runs.
    let r = run_one(QUICKEN, &["--stats=json:/nonexistent-dir/stats.json", "-c", "print('ran')"], None, None, &[]);
    assert_eq!((r.status, r.stdout.as_str()), (Some(2), ""));
    assert!(r.stderr.contains("cannot write statistics to '/nonexistent-dir/stats.json'"), "{}", r.stderr);
}

#[test]
fn startup_file_runs_before_the_first_prompt_only() {
    let dir = scratch("startup");
    fs::write(dir.join("startup.py"), "s = 'startup ran'\nprint('startup output')\n").unwrap();
    let startup = dir.join("startup.py");
    let env = [("PYTHONSTARTUP", startup.to_str().unwrap())];
    for (who, r) in run_both(&["-q", "-i"], Some("print(s)\n"), None, &env) {
        assert_eq!((r.status, r.stdout.as_str()), (Some(0), "startup output\nstartup ran\n"), "{who}: {}", r.stderr);
    }
    // Not for a program (even under -i), nor under -E.
    for args in [&["-i", "-c", "pass"][..], &["-E", "-q", "-i"]] {
        for (who, r) in run_both(args, Some("print('s' in globals())\n"), None, &env) {
            assert_eq!((r.status, r.stdout.as_str()), (Some(0), "False\n"), "{who} {args:?}: {}", r.stderr);
        }
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn scripts_that_cannot_run_and_folders_with_a_main() {
    let dir = scratch("folders");
    fs::create_dir_all(dir.join("app")).unwrap();
    fs::create_dir_all(dir.join("empty")).unwrap();
    fs::write(dir.join("app/__main__.py"), "import sys\nprint(__file__.endswith('/app/__main__.py'), sys.argv, sys.path[0].endswith('/app'))\n").unwrap();
    let abs = dir.canonicalize().unwrap().display().to_string();
    for (who, r) in run_both(&["app", "x"], None, Some(&dir), &[]) {
        assert_eq!((r.status, r.stdout.as_str()), (Some(0), "True ['app', 'x'] True\n"), "{who}: {}", r.stderr);
    }
    for (who, r) in run_both(&["empty"], None, Some(&dir), &[]) {
        assert_eq!((r.status, r.stderr.as_str()), (Some(1), format!("PROG: can't find '__main__' module in '{abs}/empty'\n").as_str()), "{who}");
    }
    for (who, r) in run_both(&["missing.py"], None, Some(&dir), &[]) {
        let expected = format!("PROG: can't open file '{abs}/missing.py': [Errno 2] No such file or directory\n");
        assert_eq!((r.status, r.stderr.as_str()), (Some(2), expected.as_str()), "{who}");
    }
}
