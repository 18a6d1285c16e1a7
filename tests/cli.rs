//! Tests of the `quicken` command line: `-c`, programs on stdin, `sys.argv`, exit codes,
//! tier selection, `--version`, and robustness (no panics, no signals) on hostile input.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_quicken");

struct Run {
    status: ExitStatus,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

impl Run {
    fn code(&self) -> Option<i32> {
        self.status.code()
    }

    fn last_stderr_line(&self) -> &str {
        self.stderr.lines().filter(|l| !l.trim().is_empty()).last().unwrap_or("")
    }

    fn context(&self) -> String {
        let mut stdout = self.stdout.clone();
        if stdout.len() > 2000 {
            let mut cut = 2000;
            while !stdout.is_char_boundary(cut) {
                cut -= 1;
            }
            stdout.truncate(cut);
            stdout.push_str("...");
        }
        let err_tail: Vec<&str> = self.stderr.lines().rev().take(20).collect();
        let err_tail: Vec<&str> = err_tail.into_iter().rev().collect();
        format!(
            "status: {}\nstdout:\n{}\nstderr (last lines):\n{}",
            describe(self.status),
            stdout,
            err_tail.join("\n")
        )
    }
}

#[cfg(unix)]
fn describe(status: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status.signal() {
        Some(sig) => format!("killed by signal {sig}"),
        None => format!("{status}"),
    }
}

#[cfg(not(unix))]
fn describe(status: ExitStatus) -> String {
    format!("{status}")
}

/// Runs quicken with `args`, optional stdin bytes and working directory; kills it after `timeout`.
fn run_with(args: &[&str], stdin: Option<&[u8]>, cwd: Option<&Path>, timeout: Duration) -> Run {
    let mut cmd = Command::new(BIN);
    cmd.args(args);
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    run_command(&mut cmd, stdin, timeout)
}

/// Runs a prepared command (program, arguments, folder, environment) with optional stdin
/// bytes and piped output; kills it after `timeout`.
fn run_command(cmd: &mut Command, stdin: Option<&[u8]>, timeout: Duration) -> Run {
    cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
    let writer = stdin.map(|data| {
        let mut pipe = child.stdin.take().unwrap();
        let data = data.to_vec();
        // Ignore write errors: the interpreter may exit without reading everything.
        thread::spawn(move || {
            let _ = pipe.write_all(&data);
        })
    });
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait failed") {
            break status;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} did not finish within {timeout:?} (killed)");
        }
        thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    if let Some(w) = writer {
        let _ = w.join();
    }
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap()).into_owned();
    Run { status, stdout, stderr, elapsed }
}

fn run(args: &[&str]) -> Run {
    run_with(args, None, None, Duration::from_secs(30))
}

/// A fresh, empty scratch folder for one test.
fn scratch_dir(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("cli-{}-{}-{}", name, std::process::id(), n));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs a script file written into a scratch folder, as `quicken FILE` from that folder.
fn run_script(name: &str, source: &[u8], timeout: Duration) -> Run {
    let dir = scratch_dir(name);
    let file = format!("{name}.py");
    fs::write(dir.join(&file), source).unwrap();
    let result = run_with(&[&file], None, Some(&dir), timeout);
    let _ = fs::remove_dir_all(&dir);
    result
}

/// The interpreter may reject hostile input, but only as a Python error (exit 0 or 1),
/// never by panicking or dying from a signal (stack overflow, abort).
fn assert_graceful(what: &str, r: &Run) {
    assert!(
        matches!(r.code(), Some(0) | Some(1)),
        "{what}: expected exit status 0 or 1\n{}",
        r.context()
    );
    assert!(!r.stderr.contains("panicked"), "{what}: the interpreter panicked\n{}", r.context());
    assert!(!r.stderr.contains("RUST_BACKTRACE"), "{what}: the interpreter panicked\n{}", r.context());
}

#[test]
fn dash_c_runs_code() {
    let r = run(&["-c", "print(1+1)"]);
    assert_eq!(r.code(), Some(0), "{}", r.context());
    assert_eq!(r.stdout, "2\n", "{}", r.context());
}

#[test]
fn dash_c_with_tier_base() {
    let r = run(&["--tier", "base", "-c", "x = [i * i for i in range(5)]\nprint(sum(x), x)"]);
    assert_eq!(r.code(), Some(0), "{}", r.context());
    assert_eq!(r.stdout, "30 [0, 1, 4, 9, 16]\n", "{}", r.context());
}

#[test]
fn program_on_stdin() {
    let src = b"import sys\nfor i in range(3):\n    print('line', i)\nprint(sys.argv)\n";
    let r = run_with(&["-"], Some(src), None, Duration::from_secs(30));
    assert_eq!(r.code(), Some(0), "{}", r.context());
    assert_eq!(r.stdout, "line 0\nline 1\nline 2\n['-']\n", "{}", r.context());
}

#[test]
fn sys_argv_is_passed() {
    let dir = scratch_dir("argv");
    fs::write(dir.join("script.py"), "import sys\nprint(sys.argv)\n").unwrap();
    let r = run_with(&["script.py", "a", "b"], None, Some(&dir), Duration::from_secs(30));
    assert_eq!(r.code(), Some(0), "{}", r.context());
    assert_eq!(r.stdout, "['script.py', 'a', 'b']\n", "{}", r.context());
    // Options after the script name belong to the script, not to quicken.
    let r = run_with(&["--tier", "base", "script.py", "--tier", "-x", ""], None, Some(&dir), Duration::from_secs(30));
    assert_eq!(r.code(), Some(0), "{}", r.context());
    assert_eq!(r.stdout, "['script.py', '--tier', '-x', '']\n", "{}", r.context());
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn exit_codes() {
    let r = run(&["-c", "print('ok')"]);
    assert_eq!((r.code(), r.stdout.as_str()), (Some(0), "ok\n"), "{}", r.context());

    let r = run(&["-c", "import sys\nprint('bye')\nsys.exit(3)"]);
    assert_eq!((r.code(), r.stdout.as_str()), (Some(3), "bye\n"), "{}", r.context());

    let r = run(&["-c", "import sys\nsys.exit(0)\nprint('unreachable')"]);
    assert_eq!((r.code(), r.stdout.as_str()), (Some(0), ""), "{}", r.context());

    let r = run(&["-c", "import sys\nsys.exit()"]);
    assert_eq!(r.code(), Some(0), "{}", r.context());

    let r = run(&["-c", "import sys\nsys.exit('fatal: bad input')"]);
    assert_eq!(r.code(), Some(1), "{}", r.context());
    assert_eq!(r.last_stderr_line(), "fatal: bad input", "{}", r.context());

    let r = run(&["-c", "print('before')\n1 / 0"]);
    assert_eq!((r.code(), r.stdout.as_str()), (Some(1), "before\n"), "{}", r.context());
    assert!(r.last_stderr_line().starts_with("ZeroDivisionError: division by zero"), "{}", r.context());

    let r = run(&["-c", "raise ValueError('x')"]);
    assert_eq!(r.code(), Some(1), "{}", r.context());
    assert!(r.last_stderr_line().starts_with("ValueError: x"), "{}", r.context());
    assert!(r.stderr.contains("Traceback (most recent call last):"), "{}", r.context());
}

#[test]
fn missing_script_file_fails() {
    let dir = scratch_dir("missing");
    let r = run_with(&["no_such_script.py"], None, Some(&dir), Duration::from_secs(30));
    // CPython exits with status 2 here; any clean non-zero status is acceptable.
    assert!(matches!(r.code(), Some(c) if c != 0 && c <= 128), "{}", r.context());
    assert!(!r.stderr.contains("panicked"), "{}", r.context());
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn unknown_tier_is_a_usage_error() {
    let r = run(&["--tier", "warp", "-c", "print(1)"]);
    assert_eq!(r.code(), Some(2), "{}", r.context());
    assert_eq!(r.stdout, "", "{}", r.context());
    assert!(!r.stderr.contains("panicked"), "{}", r.context());
}

#[test]
fn jit_tier_runs_or_says_it_is_not_built() {
    let r = run(&["--tier", "jit", "-c", "print(6 * 7)"]);
    if r.code() == Some(0) {
        // The JIT tier exists: it must behave like the others.
        assert_eq!(r.stdout, "42\n", "{}", r.context());
        return;
    }
    assert_eq!(r.code(), Some(2), "--tier jit should fail with status 2 until it exists\n{}", r.context());
    let err = r.stderr.to_lowercase();
    assert!(err.contains("jit"), "the message should name the tier\n{}", r.context());
    let says_not_built = ["not built", "not available", "unavailable", "not compiled", "not enabled", "not supported"]
        .iter()
        .any(|p| err.contains(p));
    assert!(says_not_built, "the message should say the tier is not built\n{}", r.context());
    assert!(!err.contains("panicked"), "{}", r.context());
}

#[test]
fn version_flag() {
    let r = run(&["--version"]);
    assert_eq!(r.code(), Some(0), "{}", r.context());
    assert!(r.stdout.contains("quicken"), "{}", r.context());
    assert!(r.stdout.contains(env!("CARGO_PKG_VERSION")), "{}", r.context());
}

#[test]
fn no_panic_on_random_bytes() {
    // A fixed xorshift stream so failures are reproducible.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for round in 0..8 {
        let len = 64 + round * 500;
        let mut bytes = Vec::with_capacity(len);
        for _ in 0..len {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            bytes.push((state >> 24) as u8);
        }
        let r = run_script(&format!("random{round}"), &bytes, Duration::from_secs(30));
        assert_graceful(&format!("random bytes, round {round}"), &r);
    }
    // Random printable ASCII: more likely to get past the tokenizer.
    let alphabet = b"abcxyz019()[]{}:;,.=+-*/%<>!&|^~'\" \n\t#@\\";
    for round in 0..8 {
        let mut bytes = Vec::new();
        for _ in 0..400 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            bytes.push(alphabet[(state % alphabet.len() as u64) as usize]);
        }
        let r = run_script(&format!("ascii{round}"), &bytes, Duration::from_secs(30));
        assert_graceful(&format!("random ASCII, round {round}"), &r);
    }
}

#[test]
fn no_panic_on_invalid_utf8() {
    let sources: [&[u8]; 4] = [
        b"print(1)\n\xff\xfe\xfd\n",
        b"s = '\xc3\x28'\nprint(s)\n",
        b"\xed\xa0\x80 = 1\n",
        b"# comment \x80\x81\nprint('after')\n",
    ];
    for (i, src) in sources.iter().enumerate() {
        let r = run_script(&format!("utf8_{i}"), src, Duration::from_secs(30));
        assert_graceful(&format!("invalid UTF-8 source #{i}"), &r);
    }
}

#[test]
fn no_panic_on_deeply_nested_parentheses() {
    let depth = 10_000;
    let src = format!("x = {}1{}\nprint(x)\n", "(".repeat(depth), ")".repeat(depth));
    let r = run_script("parens", src.as_bytes(), Duration::from_secs(60));
    assert_graceful("10,000 nested parentheses", &r);
    let src = format!("x = {}1{}\nprint(x)\n", "[".repeat(depth), "]".repeat(depth));
    let r = run_script("brackets", src.as_bytes(), Duration::from_secs(60));
    assert_graceful("10,000 nested brackets", &r);
    let src = format!("x = {}1\nprint(x)\n", "-".repeat(depth));
    let r = run_script("unary", src.as_bytes(), Duration::from_secs(60));
    assert_graceful("10,000 nested unary minus", &r);
}

#[test]
fn no_panic_on_megabyte_int_literal() {
    let src = format!("x = {}\nprint(x % 1000)\n", "7".repeat(1_000_000));
    let r = run_script("bigliteral", src.as_bytes(), Duration::from_secs(120));
    assert_graceful("1 MB int literal", &r);
    assert!(r.elapsed < Duration::from_secs(120), "took {:?}", r.elapsed);
    if r.code() == Some(0) {
        assert_eq!(r.stdout, "777\n", "{}", r.context());
    }
}

#[test]
fn deep_recursion_never_kills_the_process() {
    let src = b"import sys\nsys.setrecursionlimit(200000)\n\
def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n\
print(depth(100000))\n";
    let r = run_script("deep", src, Duration::from_secs(120));
    match r.code() {
        Some(0) => assert_eq!(r.stdout, "100000\n", "{}", r.context()),
        Some(1) => assert!(
            r.last_stderr_line().starts_with("RecursionError"),
            "a failure must be a RecursionError\n{}",
            r.context()
        ),
        _ => panic!("deep recursion must succeed or raise RecursionError (exit 1)\n{}", r.context()),
    }
    assert!(!r.stderr.contains("panicked"), "{}", r.context());
}

#[test]
fn default_recursion_limit_raises_recursion_error() {
    let src = b"def f(n):\n    return f(n + 1)\n\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', type(e).__name__)\n";
    let r = run_script("reclimit", src, Duration::from_secs(60));
    assert_eq!(r.code(), Some(0), "{}", r.context());
    assert_eq!(r.stdout, "caught RecursionError\n", "{}", r.context());
}

const HOT_LOOP: &str = "t = 0\nfor i in range(1000):\n    t += i * 2\nprint(t)\n";

#[test]
fn stats_report_counts_specializations() {
    let r = run(&["--tier", "adaptive", "--stats", "-c", HOT_LOOP]);
    assert_eq!(r.code(), Some(0), "{}", r.context());
    assert_eq!(r.stdout, "999000\n", "statistics go to stderr, not stdout\n{}", r.context());
    for needle in ["Execution counts", "BINARY_OP_ADD_INT", "Pair counts", "Specialization by family", "specialized hits"] {
        assert!(r.stderr.contains(needle), "missing {needle:?} in the report\n{}", r.context());
    }
    // The loop ran ~1000 times: almost every specializable instruction hit.
    let line = r.stderr.lines().find(|l| l.contains("hits / specializable")).expect("summary line");
    let pct: f64 = line.rsplit(' ').next().unwrap().trim_end_matches('%').parse().unwrap();
    assert!(pct > 90.0, "{}", r.context());
}

#[test]
fn stats_json_is_written_to_a_file() {
    let dir = scratch_dir("stats-json");
    let path = dir.join("stats.json");
    let arg = format!("--stats=json:{}", path.display());
    let r = run(&["--tier", "adaptive", &arg, "-c", HOT_LOOP]);
    assert_eq!(r.code(), Some(0), "{}", r.context());
    assert!(r.stderr.is_empty(), "{}", r.context());
    let json = fs::read_to_string(&path).unwrap();
    assert!(json.starts_with("{\"tier\":\"adaptive\""), "{json}");
    assert!(json.contains("\"BINARY_OP\":{\"success\":"), "{json}");
    assert!(json.contains("\"hit_ratio\":"), "{json}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn base_tier_never_specializes() {
    let r = run(&["--tier", "base", "--stats", "-c", HOT_LOOP]);
    assert_eq!(r.code(), Some(0), "{}", r.context());
    let hits = r.stderr.lines().find(|l| l.trim_start().starts_with("specialized hits")).expect("hits line");
    assert_eq!(hits.split_whitespace().nth(2), Some("0"), "{}", r.context());
    assert!(!r.stderr.contains("BINARY_OP_ADD_INT"), "{}", r.context());
}

#[test]
fn class_assignment_fails_naming_the_feature() {
    // Instances cannot change class in quicken: never a silently wrong answer.
    let src = "class A:\n    pass\nclass B:\n    pass\nobjs = [A() for _ in range(50)]\nfor o in objs:\n    o.__class__ = B\n";
    for tier in ["base", "adaptive"] {
        let r = run(&["--tier", tier, "-c", src]);
        assert_eq!(r.code(), Some(1), "{}", r.context());
        assert!(r.stderr.contains("line 7"), "{}", r.context());
        assert!(r.stderr.contains("NotImplementedError: assigning to __class__ of an instance is not supported by quicken"), "{}", r.context());
    }
}

#[test]
fn locals_in_a_function_sees_the_calling_frame() {
    // locals() in a function is that function's variables, never the module globals.
    let src = "print(sorted(k for k in locals() if k == 'f'))\ndef f():\n    a = 1\n    return '%(a)s' % locals()\nprint(f())\n";
    for tier in ["base", "adaptive"] {
        let r = run(&["--tier", tier, "-c", src]);
        assert_eq!(r.code(), Some(0), "{}", r.context());
        assert_eq!(r.stdout, "[]\n1\n", "{}", r.context());
    }
}

#[test]
fn finalizers_run_when_the_last_reference_goes() {
    // `__del__` runs once, at the statement that dropped the last reference, in every tier.
    let src = "class Noisy:\n    def __del__(self):\n        print('bye')\nNoisy()\nprint('after')\nn = Noisy()\ndel n\nprint('end')\n";
    for tier in ["base", "adaptive", "jit"] {
        let r = run(&["--tier", tier, "-c", src]);
        assert_eq!(r.code(), Some(0), "{}", r.context());
        assert_eq!(r.stdout, "bye\nafter\nbye\nend\n", "{}", r.context());
    }
}

#[test]
fn getattribute_hooks_fail_naming_the_feature() {
    // Attribute loads never call `__getattribute__`: a class that defines one,
    // in its body or assigned later, is refused.
    let cases = [
        ("class A:\n    def __getattribute__(self, n):\n        return 42\nprint(A().x)\n", "line 1", "__getattribute__ methods"),
        ("class A:\n    x = 1\nprint(A().x)\nA.__getattribute__ = lambda s, n: 42\nprint(A().x)\n", "line 4", "__getattribute__ methods"),
    ];
    for (src, line, what) in cases {
        for tier in ["base", "adaptive"] {
            let r = run(&["--tier", tier, "-c", src]);
            assert_eq!(r.code(), Some(1), "{}", r.context());
            assert!(r.stderr.contains(line), "{}", r.context());
            assert!(r.stderr.contains(&format!("NotImplementedError: {} are not supported by quicken", what)), "{}", r.context());
            assert!(!r.stdout.contains("42"), "{}", r.context());
        }
    }
}

#[test]
fn eval_in_a_function_sees_its_locals() {
    // eval()/exec() without namespaces run in the calling frame's: a local of the
    // calling function is found before the global of the same name.
    let src = "x = 'global'\ndef f():\n    x = 'local'\n    print(eval('len(\"ab\")'))\n    return eval('x')\nprint(f())\nclass C:\n    exec('y = 1')\nprint(C.y)\n";
    for tier in ["base", "adaptive"] {
        let r = run(&["--tier", tier, "-c", src]);
        assert_eq!(r.code(), Some(0), "{}", r.context());
        assert_eq!(r.stdout, "2\nlocal\n1\n", "{}", r.context());
    }
    let r = run(&["-c", "class M:\n    def __getitem__(self, k):\n        return 1\nexec('y = 1', {}, M())\n"]);
    assert_eq!(r.code(), Some(1), "{}", r.context());
    assert!(r.stderr.contains("NotImplementedError: exec() with a locals mapping that is not a dict is not supported by quicken"), "{}", r.context());
}

/// `copyright`, `credits` and `license` carry quicken's own texts (so no
/// conformance program can record them): short ones show in the repr, the
/// license is printed by calling it; `help()` without an argument says what
/// to do instead of waiting for input.
#[test]
fn site_printers_show_quickens_texts() {
    let src = "print(repr(copyright))\nprint('--')\nprint(repr(credits))\nprint('--')\nprint(repr(license))\nlicense()\nprint('--')\nhelp()\nprint('after help')\n";
    let r = run(&["-c", src]);
    assert_eq!(r.code(), Some(0), "{}", r.context());
    let parts: Vec<&str> = r.stdout.split("--\n").collect();
    assert_eq!(parts.len(), 4, "{}", r.context());
    assert!(parts[0].starts_with("Copyright (c) ") && parts[0].contains("quicken"), "{}", r.context());
    assert!(parts[1].contains("quicken") && parts[1].contains("CPython"), "{}", r.context());
    assert!(parts[2].starts_with("Type license() to see the full license text\n"), "{}", r.context());
    assert!(parts[2].contains("MIT License") && parts[2].contains("THE SOFTWARE IS PROVIDED \"AS IS\""), "{}", r.context());
    assert!(parts[3].contains("help(object)") && parts[3].ends_with("after help\n"), "{}", r.context());
}

/// An uncaught exception group prints as CPython's boxed "Exception Group
/// Traceback" (sub-exceptions numbered, chains and notes inside the box,
/// more than 15 members cut short, nested groups indented). Compared with
/// CPython 3.11 when installed, and always with its recorded output.
#[test]
fn exception_group_traceback_is_boxed() {
    const SOURCE: &str = r#"def fail(n):
    raise ValueError(n)

def fail_one():
    fail(1)

def wrapped():
    try:
        fail(0)
    except ValueError as e:
        raise RuntimeError("wrapped") from e

errors = []
for thunk in (wrapped, fail_one):
    try:
        thunk()
    except Exception as e:
        errors.append(e)
many = ExceptionGroup("many", [TypeError(i) for i in range(17)])
deep = ExceptionGroup("deep", [ExceptionGroup("deeper", [KeyError("k")])])
top = ExceptionGroup("top", errors + [many, deep])
top.add_note("a note\non two lines")
raise top
"#;
    const EXPECTED: &str = r#"  + Exception Group Traceback (most recent call last):
  |   File "{FILE}", line 23, in <module>
  |     raise top
  | ExceptionGroup: top (4 sub-exceptions)
  | a note
  | on two lines
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File "{FILE}", line 9, in wrapped
    |     fail(0)
    |   File "{FILE}", line 2, in fail
    |     raise ValueError(n)
    | ValueError: 0
    | 
    | The above exception was the direct cause of the following exception:
    | 
    | Traceback (most recent call last):
    |   File "{FILE}", line 16, in <module>
    |     thunk()
    |   File "{FILE}", line 11, in wrapped
    |     raise RuntimeError("wrapped") from e
    | RuntimeError: wrapped
    +---------------- 2 ----------------
    | Traceback (most recent call last):
    |   File "{FILE}", line 16, in <module>
    |     thunk()
    |   File "{FILE}", line 5, in fail_one
    |     fail(1)
    |   File "{FILE}", line 2, in fail
    |     raise ValueError(n)
    | ValueError: 1
    +---------------- 3 ----------------
    | ExceptionGroup: many (17 sub-exceptions)
    +-+---------------- 1 ----------------
      | TypeError: 0
      +---------------- 2 ----------------
      | TypeError: 1
      +---------------- 3 ----------------
      | TypeError: 2
      +---------------- 4 ----------------
      | TypeError: 3
      +---------------- 5 ----------------
      | TypeError: 4
      +---------------- 6 ----------------
      | TypeError: 5
      +---------------- 7 ----------------
      | TypeError: 6
      +---------------- 8 ----------------
      | TypeError: 7
      +---------------- 9 ----------------
      | TypeError: 8
      +---------------- 10 ----------------
      | TypeError: 9
      +---------------- 11 ----------------
      | TypeError: 10
      +---------------- 12 ----------------
      | TypeError: 11
      +---------------- 13 ----------------
      | TypeError: 12
      +---------------- 14 ----------------
      | TypeError: 13
      +---------------- 15 ----------------
      | TypeError: 14
      +---------------- ... ----------------
      | and 2 more exceptions
      +------------------------------------
    +---------------- 4 ----------------
    | ExceptionGroup: deep (1 sub-exception)
    +-+---------------- 1 ----------------
      | ExceptionGroup: deeper (1 sub-exception)
      +-+---------------- 1 ----------------
        | KeyError: 'k'
        +------------------------------------
"#;
    let dir = scratch_dir("group_tb");
    let file = dir.join("group_tb.py");
    fs::write(&file, SOURCE).unwrap();
    let path = file.to_str().unwrap();
    let r = run_with(&[path], None, Some(&dir), Duration::from_secs(30));
    assert_eq!(r.code(), Some(1), "{}", r.context());
    assert_eq!(r.stderr, EXPECTED.replace("{FILE}", path), "{}", r.context());
    if Path::new("/usr/bin/python3.11").exists() {
        let cpython = Command::new("/usr/bin/python3.11").arg(path).current_dir(&dir).output().unwrap();
        assert_eq!(r.stderr, String::from_utf8_lossy(&cpython.stderr), "differs from CPython 3.11");
    }
    let _ = fs::remove_dir_all(&dir);
}

/// A command-line tool written with argparse and logging, run with real arguments:
/// `-h` (at the default width of 78 columns when `COLUMNS` is unset and stdout is not a
/// terminal, and at `COLUMNS=50`), a subcommand's `-h`, a successful run whose logging
/// goes to stderr, and usage errors (exit status 2). Compared with CPython 3.11 too when
/// it is installed.
#[test]
fn argparse_script_with_real_arguments() {
    const SCRIPT: &str = r#"import argparse
import logging

parser = argparse.ArgumentParser(description='Back up folders into compressed archives and restore them.')
parser.add_argument('--log-level', default='WARNING', choices=['DEBUG', 'INFO', 'WARNING'], help='how much to report on stderr')
commands = parser.add_subparsers(dest='command', required=True, metavar='COMMAND')
create = commands.add_parser('create', help='make an archive of a folder')
create.add_argument('source', help='folder to back up')
create.add_argument('archive', nargs='?', default='backup.tar', help='archive to write (default: %(default)s)')
create.add_argument('-l', '--level', type=int, default=6, choices=range(1, 10), metavar='N', help='compression level 1-9')
create.add_argument('-x', '--exclude', action='append', default=[], metavar='GLOB', help='skip matching files (repeatable)')
restore = commands.add_parser('restore', help='unpack an archive')
restore.add_argument('archive')
restore.add_argument('--into', default='.', help='destination folder')
args = parser.parse_args()
logging.basicConfig(level=args.log_level, format='%(levelname)s:%(name)s:%(message)s')
log = logging.getLogger('backup')
log.debug('arguments: %s', vars(args))
log.info('running %s', args.command)
print(args)
"#;
    const HELP: &str = "\
usage: backup.py [-h] [--log-level {DEBUG,INFO,WARNING}] COMMAND ...

Back up folders into compressed archives and restore them.

positional arguments:
  COMMAND
    create              make an archive of a folder
    restore             unpack an archive

options:
  -h, --help            show this help message and exit
  --log-level {DEBUG,INFO,WARNING}
                        how much to report on stderr
";
    const HELP_50: &str = "\
usage: backup.py [-h]
                 [--log-level {DEBUG,INFO,WARNING}]
                 COMMAND ...

Back up folders into compressed archives and
restore them.

positional arguments:
  COMMAND
    create              make an archive of a
                        folder
    restore             unpack an archive

options:
  -h, --help            show this help message
                        and exit
  --log-level {DEBUG,INFO,WARNING}
                        how much to report on
                        stderr
";
    const CREATE_HELP: &str = "\
usage: backup.py create [-h] [-l N] [-x GLOB] source [archive]

positional arguments:
  source                folder to back up
  archive               archive to write (default: backup.tar)

options:
  -h, --help            show this help message and exit
  -l N, --level N       compression level 1-9
  -x GLOB, --exclude GLOB
                        skip matching files (repeatable)
";
    // (arguments, COLUMNS, exit status, stdout, stderr)
    let cases: &[(&[&str], Option<&str>, i32, &str, &str)] = &[
        (&["-h"], None, 0, HELP, ""),
        (&["--help"], Some("50"), 0, HELP_50, ""),
        (&["create", "-h"], None, 0, CREATE_HELP, ""),
        (
            &["--log-level", "DEBUG", "create", "-l", "3", "-x", "*.o", "-x", "tmp", "src", "out.tar"],
            None,
            0,
            "Namespace(log_level='DEBUG', command='create', source='src', archive='out.tar', level=3, exclude=['*.o', 'tmp'])\n",
            "DEBUG:backup:arguments: {'log_level': 'DEBUG', 'command': 'create', 'source': 'src', 'archive': 'out.tar', 'level': 3, 'exclude': ['*.o', 'tmp']}\nINFO:backup:running create\n",
        ),
        (
            &["create", "-l", "12", "src"],
            None,
            2,
            "",
            "usage: backup.py create [-h] [-l N] [-x GLOB] source [archive]\nbackup.py create: error: argument -l/--level: invalid choice: 12 (choose from 1, 2, 3, 4, 5, 6, 7, 8, 9)\n",
        ),
        (
            &["restore"],
            None,
            2,
            "",
            "usage: backup.py restore [-h] [--into INTO] archive\nbackup.py restore: error: the following arguments are required: archive\n",
        ),
        (
            &["frob"],
            None,
            2,
            "",
            "usage: backup.py [-h] [--log-level {DEBUG,INFO,WARNING}] COMMAND ...\nbackup.py: error: argument COMMAND: invalid choice: 'frob' (choose from 'create', 'restore')\n",
        ),
        (
            &["create", "src", "--bogus"],
            None,
            2,
            "",
            "usage: backup.py [-h] [--log-level {DEBUG,INFO,WARNING}] COMMAND ...\nbackup.py: error: unrecognized arguments: --bogus\n",
        ),
    ];
    let dir = scratch_dir("argparse_cli");
    fs::write(dir.join("backup.py"), SCRIPT).unwrap();
    let cpython = Path::new("/usr/bin/python3.11");
    for (args, columns, status, stdout, stderr) in cases {
        for program in [Some(BIN), cpython.exists().then(|| "/usr/bin/python3.11")].into_iter().flatten() {
            let mut cmd = Command::new(program);
            cmd.arg("backup.py").args(*args).current_dir(&dir).env_remove("COLUMNS");
            if let Some(width) = columns {
                cmd.env("COLUMNS", width);
            }
            let r = run_command(&mut cmd, None, Duration::from_secs(30));
            let what = format!("{program} backup.py {args:?} (COLUMNS={columns:?})");
            assert_eq!(r.code(), Some(*status), "{what}\n{}", r.context());
            assert_eq!(r.stdout, *stdout, "{what}: stdout\n{}", r.context());
            assert_eq!(r.stderr, *stderr, "{what}: stderr\n{}", r.context());
        }
    }
    let _ = fs::remove_dir_all(&dir);
}
