//! The REPL on a terminal, driven through a pseudo-terminal: lines typed ahead all run,
//! Ctrl-C at `... ` discards the block, tracebacks name the lines of earlier inputs and
//! quote none, values are echoed and kept in `_`, `-q` drops the banner, Ctrl-D and
//! `sys.exit` end it.
//!
//! Every scenario also runs under `/usr/bin/python3.11` when it is installed, so the
//! expectations are CPython's. What the terminal shows is rendered by a tiny screen model
//! (carriage return, erase-line and cursor-forward are what line editors redraw with), so
//! rustyline's redraws and readline's compare as text.

#![cfg(unix)]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const QUICKEN: &str = env!("CARGO_BIN_EXE_quicken");
const CPYTHON: &str = "/usr/bin/python3.11";
/// How long a test waits for an expected output before failing.
const PATIENCE: Duration = Duration::from_secs(20);

/// The interpreters every scenario runs under.
fn interpreters() -> Vec<&'static str> {
    let mut list = vec![QUICKEN];
    if Path::new(CPYTHON).exists() {
        list.push(CPYTHON);
    }
    list
}

/// An interpreter running on a pseudo-terminal.
struct Session {
    interpreter: &'static str,
    master: File,
    child: Child,
    /// Every byte the terminal received.
    output: Arc<Mutex<Vec<u8>>>,
    /// Prompts already answered by [`Session::type_line`].
    prompts_answered: usize,
}

/// Opens a pseudo-terminal pair (master, slave) of 24x200 characters.
fn open_pty() -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (-1, -1);
    let size = libc::winsize { ws_row: 24, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: openpty writes two descriptors it opened; null name and termios are allowed.
    let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) };
    assert_eq!(rc, 0, "openpty failed: {}", std::io::Error::last_os_error());
    // SAFETY: both descriptors were just opened and are owned by nothing else.
    unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

impl Session {
    fn start(interpreter: &'static str, args: &[&str]) -> Session {
        let (master, slave) = open_pty();
        let mut cmd = Command::new(interpreter);
        cmd.args(args)
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave))
            .env("TERM", "xterm");
        for (name, _) in std::env::vars_os() {
            if name.to_string_lossy().starts_with("PYTHON") {
                cmd.env_remove(name);
            }
        }
        // SAFETY: only async-signal-safe calls between fork and exec. The child gets a
        // session of its own with the terminal as its controlling terminal, so that Ctrl-C
        // typed while a line discipline has ISIG on reaches it as SIGINT.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() == -1 || libc::ioctl(0, libc::TIOCSCTTY as _, 0) == -1 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start {interpreter}: {e}"));
        let master = File::from(master);
        let output = Arc::new(Mutex::new(Vec::new()));
        let mut reader = master.try_clone().unwrap();
        let sink = output.clone();
        // Reads until the child is gone (the master then reports EIO).
        thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Session { interpreter, master, child, output, prompts_answered: 0 }
    }

    /// What the terminal shows so far, as text.
    fn screen(&self) -> String {
        render(&self.output.lock().unwrap())
    }

    /// Sends raw bytes (typed text, `\x03` for Ctrl-C, `\x04` for Ctrl-D).
    fn send(&mut self, bytes: &str) {
        self.master.write_all(bytes.as_bytes()).unwrap();
        self.master.flush().unwrap();
    }

    /// Waits until the screen satisfies `done`; fails the test with the screen otherwise.
    fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            if start.elapsed() > PATIENCE {
                panic!("{}: timed out waiting for {what}; the terminal shows:\n{screen}", self.interpreter);
            }
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits for `text` on the screen.
    fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?}"), |s| s.contains(text))
    }

    /// Waits for the next prompt, then types `line` and Enter.
    fn type_line(&mut self, line: &str) {
        let wanted = self.prompts_answered + 1;
        self.wait_until(&format!("prompt #{wanted}"), |s| prompt_count(s) >= wanted);
        self.prompts_answered = wanted;
        self.send(&format!("{line}\r"));
    }

    /// Waits for the next prompt and presses `key` there (counted as answering it).
    fn press_at_prompt(&mut self, key: &str) {
        let wanted = self.prompts_answered + 1;
        self.wait_until(&format!("prompt #{wanted}"), |s| prompt_count(s) >= wanted);
        self.prompts_answered = wanted;
        self.send(key);
    }

    /// Waits for the interpreter to exit; returns its status and the final screen.
    fn finish(mut self) -> (Option<i32>, String) {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if start.elapsed() > PATIENCE {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!("{} did not exit; the terminal shows:\n{}", self.interpreter, self.screen());
            }
            thread::sleep(Duration::from_millis(10));
        };
        // The reader drains what the child wrote before it exited.
        thread::sleep(Duration::from_millis(100));
        (status.code(), self.screen())
    }
}

/// Lines of the screen that start with a prompt (the last line may be one, still waiting).
fn prompt_count(screen: &str) -> usize {
    screen.split('\n').filter(|l| l.starts_with(">>> ") || l.starts_with("... ")).count()
}

/// Renders terminal output to text: `\r` returns to the line's start, `ESC [ K` erases to
/// its end, `ESC [ n C` / `ESC [ n D` move the cursor, backspace moves back; other escape
/// sequences (modes, bracketed paste) are dropped.
fn render(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut done = String::new();
    let mut line: Vec<char> = Vec::new();
    let mut col = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                done.extend(line.drain(..));
                done.push('\n');
                col = 0;
            }
            '\r' => col = 0,
            '\x08' => col = col.saturating_sub(1),
            '\x07' => {}
            '\x1b' => match chars.next() {
                Some('[') => {
                    let mut params = String::new();
                    while let Some(&p) = chars.peek() {
                        if ('\x40'..='\x7e').contains(&p) {
                            break;
                        }
                        params.push(p);
                        chars.next();
                    }
                    let n = params.parse::<usize>().unwrap_or(1);
                    match chars.next() {
                        Some('K') => line.truncate(col),
                        Some('C') => col += n,
                        Some('D') => col = col.saturating_sub(n),
                        _ => {}
                    }
                }
                Some(']') => {
                    // An operating-system command runs to BEL.
                    for c in chars.by_ref() {
                        if c == '\x07' {
                            break;
                        }
                    }
                }
                _ => {}
            },
            c => {
                while line.len() < col {
                    line.push(' ');
                }
                if col < line.len() {
                    line[col] = c;
                } else {
                    line.push(c);
                }
                col += 1;
            }
        }
    }
    done.extend(line);
    done
}

/// The output lines on a screen: those that are not prompts or echoed input.
fn output_lines(screen: &str) -> Vec<&str> {
    screen.lines().filter(|l| !l.starts_with(">>> ") && !l.starts_with("... ")).collect()
}

#[test]
fn lines_typed_ahead_all_run() {
    for interpreter in interpreters() {
        let mut s = Session::start(interpreter, &["-q"]);
        // Everything is typed at once, while the first line still sleeps.
        s.send("import time; time.sleep(0.3)\rprint('one')\rprint('two')\rif 1:\r    print('three')\r\rprint('four')\r");
        s.wait_for("\nfour\n");
        s.send("\x04");
        let (status, screen) = s.finish();
        assert_eq!(status, Some(0), "{interpreter}:\n{screen}");
        let outputs: Vec<&str> = output_lines(&screen).into_iter().filter(|l| ["one", "two", "three", "four"].contains(l)).collect();
        assert_eq!(outputs, ["one", "two", "three", "four"], "{interpreter}:\n{screen}");
    }
}

#[test]
fn ctrl_c_discards_the_input_being_typed() {
    for interpreter in interpreters() {
        let mut s = Session::start(interpreter, &["-q"]);
        s.type_line("if 1:");
        s.type_line("    print('discarded')");
        s.press_at_prompt("\x03");
        s.wait_for("... \nKeyboardInterrupt\n>>> ");
        s.type_line("print('after')");
        s.wait_for("\nafter\n");
        // Ctrl-C at `>>> ` with text typed drops the text too.
        s.press_at_prompt("print('half typed')\x03");
        s.wait_for("\nKeyboardInterrupt\n>>> ");
        s.press_at_prompt("\x04");
        let (status, screen) = s.finish();
        assert_eq!(status, Some(0), "{interpreter}:\n{screen}");
        assert!(!output_lines(&screen).iter().any(|l| l.ends_with("discarded") || l == &"half typed"), "{interpreter}:\n{screen}");
    }
}

#[test]
fn tracebacks_count_lines_per_input_and_quote_none() {
    for interpreter in interpreters() {
        let mut s = Session::start(interpreter, &["-q"]);
        s.type_line("x = 1");
        s.type_line("def f():");
        s.type_line("    return 1 / 0");
        s.type_line("");
        s.type_line("f()");
        s.wait_for("ZeroDivisionError: division by zero\n>>> ");
        s.type_line("1 +");
        s.wait_for("SyntaxError: invalid syntax\n>>> ");
        s.press_at_prompt("\x04");
        let (status, screen) = s.finish();
        assert_eq!(status, Some(0), "{interpreter}:\n{screen}");
        let traceback = ">>> f()\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  File \"<stdin>\", line 2, in f\nZeroDivisionError: division by zero\n>>> ";
        assert!(screen.contains(traceback), "{interpreter}:\n{screen}");
        assert!(screen.contains(">>> 1 +\n  File \"<stdin>\", line 1\n    1 +\n"), "{interpreter}:\n{screen}");
    }
}

#[test]
fn values_are_echoed_and_kept_in_underscore() {
    for interpreter in interpreters() {
        let mut s = Session::start(interpreter, &["-q"]);
        for line in ["6 * 7", "_ + 1", "None", "y = _", "[y, 'text']", "import sys; sys.exit(5)"] {
            s.type_line(line);
        }
        let (status, screen) = s.finish();
        assert_eq!(status, Some(5), "{interpreter}:\n{screen}");
        let expected = ">>> 6 * 7\n42\n>>> _ + 1\n43\n>>> None\n>>> y = _\n>>> [y, 'text']\n[43, 'text']\n>>> import sys; sys.exit(5)\n";
        assert!(screen.ends_with(expected), "{interpreter}:\n{screen}");
    }
}

#[test]
fn banner_unless_quiet() {
    for interpreter in interpreters() {
        let mut s = Session::start(interpreter, &[]);
        s.press_at_prompt("\x04");
        let (status, screen) = s.finish();
        assert_eq!(status, Some(0), "{interpreter}:\n{screen}");
        let lines: Vec<&str> = screen.lines().collect();
        assert!(lines.len() >= 3 && lines[0].starts_with("Python 3.11.") && lines[0].ends_with(" on linux"), "{interpreter}:\n{screen}");
        assert_eq!(lines[1], "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.", "{interpreter}");
        assert_eq!(lines[2], ">>> ", "{interpreter}");
        let mut s = Session::start(interpreter, &["-q"]);
        s.press_at_prompt("\x04");
        let (status, screen) = s.finish();
        assert_eq!((status, screen.as_str()), (Some(0), ">>> \n"), "{interpreter}");
    }
    let mut s = Session::start(QUICKEN, &["--tier", "base"]);
    s.press_at_prompt("\x04");
    let (_, screen) = s.finish();
    let first = screen.lines().next().unwrap_or("");
    assert_eq!(first, format!("Python 3.11.0 (quicken {}, tier base) on linux", env!("CARGO_PKG_VERSION")));
}

#[test]
fn pasted_lines_run_as_if_typed() {
    // A bracketed paste reaches the line editor as one edit of several lines. quicken runs
    // them one by one, as typed (CPython 3.11's readline compiles the paste as a single
    // statement and reports "multiple statements found"; 3.13's REPL runs them, as here).
    let mut s = Session::start(QUICKEN, &["-q"]);
    s.press_at_prompt("\x1b[200~print('one')\rx = 2\rif x:\r    print('two', x)\r\rprint('three')\r\x1b[201~\r");
    s.wait_for("\nthree\n");
    s.press_at_prompt("\x04");
    let (status, screen) = s.finish();
    assert_eq!(status, Some(0), "{screen}");
    let outputs: Vec<&str> = output_lines(&screen).into_iter().filter(|l| ["one", "two 2", "three"].contains(l)).collect();
    assert_eq!(outputs, ["one", "two 2", "three"], "{screen}");
}
