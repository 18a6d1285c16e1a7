//! Standard streams, Ctrl-C and closed pipes, as a parent process sees them:
//! `sys.stdin` filters and `input()`, binary buffers, how stdout and stderr
//! interleave in one pipe, `PYTHONUNBUFFERED`, SIGINT in hot loops of every
//! tier, and `| head -1` on a long printer.
//!
//! Each expectation is written here and, when `/usr/bin/python3.11` is
//! installed, also checked against CPython (so the recorded text is CPython's).
//! Programs run in a scratch folder with `PYTHONUNBUFFERED` removed from the
//! environment (buffering is what is tested).

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_quicken");
const CPYTHON: &str = "/usr/bin/python3.11";

/// The interpreters to check: quicken under each built tier, and CPython
/// when installed.
fn interpreters() -> Vec<Vec<String>> {
    let mut all: Vec<Vec<String>> = ["base", "adaptive"].iter().map(|t| vec![BIN.to_string(), "--tier".into(), t.to_string()]).collect();
    if Path::new(CPYTHON).exists() {
        all.push(vec![CPYTHON.to_string()]);
    }
    all
}

/// A fresh scratch folder holding `prog.py` with `source`.
fn scratch(source: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("stdio-{}-{}", std::process::id(), n));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("prog.py"), source).unwrap();
    dir
}

/// `interp prog.py` in `dir`, standard streams piped, PYTHONUNBUFFERED removed.
fn command(interp: &[String], dir: &Path) -> Command {
    let mut cmd = Command::new(&interp[0]);
    cmd.args(&interp[1..]).arg("prog.py").current_dir(dir).env_remove("PYTHONUNBUFFERED");
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd
}

/// What a run left: status, stdout, stderr (the folder's path, which CPython
/// prints in tracebacks, replaced by nothing).
struct Outcome {
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: String,
}

fn finish(mut child: Child, dir: &Path, timeout: Duration) -> Outcome {
    // Pipes the caller took already read as empty.
    let mut out = child.stdout.take();
    let mut err = child.stderr.take();
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(o) = out.as_mut() {
            let _ = o.read_to_end(&mut buf);
        }
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(e) = err.as_mut() {
            let _ = e.read_to_end(&mut buf);
        }
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            panic!("did not finish within {timeout:?}");
        }
        thread::sleep(Duration::from_millis(5));
    };
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap()).replace(&format!("{}/", dir.display()), "");
    Outcome { status, stdout: out_reader.join().unwrap(), stderr }
}

/// Runs `source` with `input` on stdin under every interpreter; each must give
/// `stdout`, `stderr` and exit `code`.
fn check(source: &str, input: &[u8], stdout: &[u8], stderr: &str, code: i32) {
    check_env(source, input, &[], stdout, stderr, code);
}

fn check_env(source: &str, input: &[u8], env: &[(&str, &str)], stdout: &[u8], stderr: &str, code: i32) {
    let dir = scratch(source);
    for interp in interpreters() {
        let mut cmd = command(&interp, &dir);
        cmd.envs(env.iter().copied());
        let mut child = cmd.spawn().unwrap();
        let mut pipe = child.stdin.take().unwrap();
        let data = input.to_vec();
        let writer = thread::spawn(move || {
            let _ = pipe.write_all(&data);
        });
        let o = finish(child, &dir, Duration::from_secs(20));
        let _ = writer.join();
        assert_eq!(String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(stdout), "stdout of {interp:?}\nstderr: {}", o.stderr);
        assert_eq!(o.stdout, stdout, "stdout bytes of {interp:?}");
        assert_eq!(o.stderr, stderr, "stderr of {interp:?}");
        assert_eq!(o.status.code(), Some(code), "status of {interp:?}");
    }
    let _ = fs::remove_dir_all(&dir);
}

/// Like [`check`], with stdout and stderr sharing one pipe (`2>&1`): checks
/// the order in which the two streams reach it.
fn check_merged(source: &str, env: &[(&str, &str)], merged: &str) {
    let dir = scratch(source);
    for interp in interpreters() {
        let mut cmd = Command::new("sh");
        cmd.arg("-c").arg("exec \"$@\" prog.py 2>&1").arg("sh").args(&interp).current_dir(&dir).env_remove("PYTHONUNBUFFERED");
        cmd.envs(env.iter().copied());
        cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::null());
        let o = finish(cmd.spawn().unwrap(), &dir, Duration::from_secs(20));
        let text = String::from_utf8_lossy(&o.stdout).replace(&format!("{}/", dir.display()), "");
        assert_eq!(text, merged, "merged output of {interp:?}");
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn stdin_line_filter() {
    check("import sys\nfor line in sys.stdin:\n    print(line.rstrip().upper())\n", b"one\ntwo\nthree", b"ONE\nTWO\nTHREE\n", "", 0);
}

#[test]
fn stdin_read_readline_readlines() {
    let src = "import sys\nprint(repr(sys.stdin.readline()))\nprint(repr(sys.stdin.readline(2)), repr(sys.stdin.read(3)))\nprint(sys.stdin.readlines(1))\nprint(repr(sys.stdin.read()))\nprint(repr(sys.stdin.read()), repr(sys.stdin.readline()))\n";
    check(
        src,
        "a\r\nbcdéfg\nh\ni\nj".as_bytes(),
        "'a\\r\\n'\n'bc' 'déf'\n['g\\n']\n'h\\ni\\nj'\n'' ''\n".as_bytes(),
        "",
        0,
    );
}

#[test]
fn input_reads_stdin_and_raises_eof() {
    let src = "import sys\na = input('first? ')\nb = sys.stdin.readline()\nprint([a, b])\nprint(input())\ninput('last? ')\n";
    check(
        src,
        b"x y\nsecond\nthird",
        b"first? ['x y', 'second\\n']\nthird\nlast? ",
        "Traceback (most recent call last):\n  File \"prog.py\", line 6, in <module>\n    input('last? ')\nEOFError: EOF when reading a line\n",
        1,
    );
}

#[test]
fn stream_attributes() {
    let src = "import sys\n\
        print(sys.stdout, sys.stdin, sys.stderr)\n\
        print(sys.stdout.buffer, sys.stdin.buffer, sys.stderr.buffer)\n\
        print(sys.stdout.line_buffering, sys.stderr.line_buffering, sys.stdout.write_through)\n\
        print(sys.stdin.encoding, sys.stdout.errors, sys.stdin.mode, sys.stdout.mode, sys.stdout.buffer.mode, sys.stdin.name)\n\
        print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.isatty(), sys.stdout.closed, sys.stdin.readable(), sys.stdin.writable(), sys.stdout.writable())\n\
        print(sys.__stdout__ is sys.stdout, type(sys.stdout).__name__, sys.stdout.write('héllo\\n'))\n\
        sys.stdout.writelines(['a', 'b\\n'])\n\
        try:\n    sys.stdin.write('x')\nexcept OSError as e:\n    print(type(e).__name__, e)\n\
        try:\n    sys.stdout.write(1)\nexcept TypeError as e:\n    print(e)\n";
    check(
        src,
        b"",
        "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'> <_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'> <_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>\n\
        <_io.BufferedWriter name='<stdout>'> <_io.BufferedReader name='<stdin>'> <_io.BufferedWriter name='<stderr>'>\n\
        False True False\n\
        utf-8 surrogateescape r w wb <stdin>\n\
        1 2 False False True False True\n\
        héllo\nTrue TextIOWrapper 6\n\
        ab\n\
        UnsupportedOperation not writable\n\
        write() argument must be str, not int\n"
            .as_bytes(),
        "",
        0,
    );
}

#[test]
fn binary_buffers_pass_bytes_through() {
    let src = "import sys\ndata = sys.stdin.buffer.read()\nprint(len(data), data[:2])\nsys.stdout.flush()\nsys.stdout.buffer.write(data[::-1])\nsys.stdout.buffer.flush()\n";
    check(src, b"\xff\xfe\x00abc", b"6 b'\\xff\\xfe'\ncba\x00\xfe\xff", "", 0);
}

#[test]
fn redirected_stdout_takes_print() {
    let src = "import sys, io\nbuf = io.StringIO()\nsys.stdout = buf\nprint('hidden', 1)\nsys.stdout = sys.__stdout__\nprint(repr(buf.getvalue()))\nsys.stdout = sys.stderr\nprint('to stderr')\n";
    check(src, b"", b"'hidden 1\\n'\n", "to stderr\n", 0);
}

#[test]
fn stdout_and_stderr_interleave_as_cpython() {
    // stdout to a pipe is block-buffered and stderr line-buffered: stderr
    // comes first; binary writes overtake pending text; a script's stdout is
    // flushed before its traceback.
    check_merged(
        "import sys\nprint('out1')\nprint('err1', file=sys.stderr)\nsys.stderr.write('e2')\nsys.stdout.buffer.write(b'bin\\n')\nprint('out2', flush=True)\nsys.stderr.write('e3\\n')\nprint('out3')\nraise ValueError('boom')\n",
        &[],
        "err1\nbin\nout1\nout2\ne2e3\nout3\nTraceback (most recent call last):\n  File \"prog.py\", line 9, in <module>\n    raise ValueError('boom')\nValueError: boom\n",
    );
}

#[test]
fn pythonunbuffered_writes_through() {
    check_merged(
        "import sys\nprint('out1')\nsys.stderr.write('e1')\nsys.stdout.buffer.write(b'bin\\n')\nprint('out2')\nprint(sys.stdout.write_through, sys.stdout.buffer)\n",
        &[("PYTHONUNBUFFERED", "1")],
        "out1\ne1bin\nout2\nTrue <_io.FileIO name='<stdout>' mode='wb' closefd=False>\n",
    );
}

/// Starts `source`, waits for each "ready" line it writes to stderr and sends
/// it SIGINT then (`signals` times), and returns what it left.
fn interrupt(interp: &[String], dir: &Path, signals: usize) -> Outcome {
    let mut child = command(interp, dir).spawn().unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    for _ in 0..signals {
        let mut line = String::new();
        err.read_line(&mut line).unwrap();
        assert_eq!(line, "ready\n", "{interp:?} did not get ready");
        // Let it reach the loop or blocking call after the "ready" line.
        thread::sleep(Duration::from_millis(100));
        // SAFETY: signalling our own child process.
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    }
    let start = Instant::now();
    let mut o = finish(child, dir, Duration::from_secs(10));
    assert!(start.elapsed() < Duration::from_secs(3), "{interp:?} took {:?} to stop", start.elapsed());
    let mut rest = String::new();
    err.read_to_string(&mut rest).unwrap();
    o.stderr = rest.replace(&format!("{}/", dir.display()), "");
    o
}

const READY: &str = "import sys\ndef ready():\n    print('ready', file=sys.stderr)\n    sys.stderr.flush()\n";

/// Hot loops of each kind, interrupted and caught: `except` and `finally` run
/// and output buffered before the signal is kept.
#[test]
fn sigint_raises_keyboard_interrupt_in_hot_loops() {
    let loops = [
        "x = 0\n    while True:\n        x += 1\n",
        "while True:\n        pass\n",
        "i = 0\n    while i < 10**18:\n        i += 1\n",
        "for x in iter(int, 1):\n        pass\n",
        "t = 0\n    for i in range(10**13):\n        t += i\n",
        "def f(a, b):\n        return a + b\n    n = 0\n    while True:\n        n = f(n, 1)\n",
        "def fib(n):\n        return n if n < 2 else fib(n - 1) + fib(n - 2)\n    fib(200)\n",
    ];
    for body in loops {
        let src = format!("{READY}print('buffered')\nready()\ntry:\n    {body}except KeyboardInterrupt:\n    print('caught')\nfinally:\n    print('finally')\nprint('after')\n");
        let dir = scratch(&src);
        for interp in interpreters() {
            let o = interrupt(&interp, &dir, 1);
            assert_eq!(String::from_utf8_lossy(&o.stdout), "buffered\ncaught\nfinally\nafter\n", "{interp:?} on {body}");
            assert_eq!(o.stderr, "", "{interp:?} on {body}");
            assert_eq!(o.status.code(), Some(0), "{interp:?} on {body}");
        }
        let _ = fs::remove_dir_all(&dir);
    }
}

/// Uncaught: `finally` runs, buffered output is kept, CPython's traceback is
/// printed, and the process dies by SIGINT (what a shell shows as 130).
#[test]
fn uncaught_keyboard_interrupt_ends_by_sigint() {
    let src = format!("{READY}print('buffered')\nready()\ntry:\n    x = 0\n    while True:\n        x += 1\nfinally:\n    print('finally')\n");
    let dir = scratch(&src);
    for interp in interpreters() {
        let o = interrupt(&interp, &dir, 1);
        assert_eq!(String::from_utf8_lossy(&o.stdout), "buffered\nfinally\n", "{interp:?}");
        assert_eq!(o.stderr, "Traceback (most recent call last):\n  File \"prog.py\", line 9, in <module>\n    while True:\nKeyboardInterrupt\n", "{interp:?}");
        assert_eq!(o.status.signal(), Some(libc::SIGINT), "{interp:?}: {:?}", o.status);
    }
    let _ = fs::remove_dir_all(&dir);
}

/// Blocking calls are interrupted: `input()`, `sys.stdin.read()`, `time.sleep`.
#[test]
fn sigint_interrupts_blocking_calls() {
    let src = format!(
        "{READY}import time\nfor what, call in [('input', lambda: input('name? ')), ('read', sys.stdin.read), ('sleep', lambda: time.sleep(60))]:\n    ready()\n    try:\n        call()\n    except KeyboardInterrupt:\n        print('interrupted', what)\n"
    );
    let dir = scratch(&src);
    for interp in interpreters() {
        // stdin stays open (piped, never written): reads block until the signal.
        let o = interrupt(&interp, &dir, 3);
        assert_eq!(String::from_utf8_lossy(&o.stdout), "name? interrupted input\ninterrupted read\ninterrupted sleep\n", "{interp:?}");
        assert_eq!(o.stderr, "", "{interp:?}");
        assert_eq!(o.status.code(), Some(0), "{interp:?}");
    }
    let _ = fs::remove_dir_all(&dir);
}

/// A Python SIGINT handler set by `signal.signal` runs in a hot loop, and in
/// a sleep, which then resumes.
#[test]
fn python_sigint_handler_runs_and_blocking_calls_resume() {
    let src = format!(
        "{READY}import signal, time\ncount = 0\ndef handler(signum, frame):\n    global count\n    count += 1\n    if count < 2:\n        ready()\nsignal.signal(signal.SIGINT, handler)\nready()\nwhile count < 1:\n    pass\nprint('handled', count)\nstart = time.time()\ntime.sleep(1)\nprint('slept', count, time.time() - start >= 1)\n"
    );
    let dir = scratch(&src);
    for interp in interpreters() {
        let o = interrupt(&interp, &dir, 2);
        assert_eq!(String::from_utf8_lossy(&o.stdout), "handled 1\nslept 2 True\n", "{interp:?}");
        assert_eq!(o.stderr, "", "{interp:?}");
        assert_eq!(o.status.code(), Some(0), "{interp:?}");
    }
    let _ = fs::remove_dir_all(&dir);
}

/// `prog | head -1`: the reader goes away after one line. The print whose
/// flush fails raises BrokenPipeError at once (status 1); output still
/// buffered at exit is reported as "Exception ignored" with status 120.
#[test]
fn closed_pipe_raises_broken_pipe_error() {
    let cases = [
        (
            "for i in range(10**8):\n    print(i)\n",
            "Traceback (most recent call last):\n  File \"prog.py\", line 2, in <module>\n    print(i)\nBrokenPipeError: [Errno 32] Broken pipe\n",
            1,
        ),
        (
            "import sys, time\nprint(0)\nsys.stdout.flush()\ntime.sleep(0.5)\nprint(1)\n",
            "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n",
            120,
        ),
    ];
    for (src, stderr, code) in cases {
        let dir = scratch(src);
        for interp in interpreters() {
            let start = Instant::now();
            let mut child = command(&interp, &dir).stdin(Stdio::null()).spawn().unwrap();
            let mut out = BufReader::new(child.stdout.take().unwrap());
            let mut first = String::new();
            out.read_line(&mut first).unwrap();
            assert_eq!(first, "0\n", "{interp:?}");
            drop(out);
            let o = finish(child, &dir, Duration::from_secs(10));
            assert!(start.elapsed() < Duration::from_secs(3), "{interp:?} took {:?}", start.elapsed());
            assert_eq!(o.stderr, stderr, "{interp:?}");
            assert_eq!(o.status.code(), Some(code), "{interp:?}");
        }
        let _ = fs::remove_dir_all(&dir);
    }
}

/// `--stats` still reaches stderr when stdout's pipe closed.
#[test]
fn stats_survive_a_closed_stdout() {
    let dir = scratch("for i in range(10**8):\n    print(i)\n");
    let mut child = Command::new(BIN).args(["--stats", "prog.py"]).current_dir(&dir).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    out.read_line(&mut first).unwrap();
    drop(out);
    let o = finish(child, &dir, Duration::from_secs(10));
    assert!(o.stderr.contains("BrokenPipeError: [Errno 32] Broken pipe\n"), "{}", o.stderr);
    assert!(o.stderr.contains("quicken statistics"), "{}", o.stderr);
    assert_eq!(o.status.code(), Some(1));
    let _ = fs::remove_dir_all(&dir);
}
