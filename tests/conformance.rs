//! Conformance tests: every `.py` under `tests/programs/` (recursively) is run by the `quicken`
//! binary under each tier and compared with what CPython did, exactly like
//! `shared/tools/conform` compares:
//!
//! * stdout must equal the `.out` file byte for byte;
//! * the exit code must equal `.code` (default 0), and a death by signal (or a status > 128)
//!   is always a failure;
//! * when `.err` exists, the last non-blank stderr line must start with it (for a SyntaxError
//!   only the exception name counts);
//! * when `.frames` exists, the traceback's `line N, in NAME` entries must match, in order.
//!
//! The expected files are written by `shared/tools/expect --python /usr/bin/python3.11 FILE.py`;
//! no Python is needed to run these tests. A `.py` file without a `.out` beside it is listed
//! as an ignored test.
//!
//! Each program/tier pair is its own test, named `TIER::RELATIVE/PATH` (without `.py`), so the
//! usual filters work: `cargo test --test conformance -- errors/` or `-- base::bigint --exact`.
//!
//! Environment:
//! * `QUICKEN_TEST_TIERS=base` — the tiers to run (default: `base,adaptive,jit,jit-exits`).
//!   The `jit` tier runs with `--jit-threshold=2`, so that the loops of these short programs
//!   are recorded and compiled at their second iteration. `jit-exits` is the `jit` tier
//!   with `QUICKEN_JIT_FORCE_EXITS=3` as well: each trace entry leaves at its first, second
//!   or third guard in turn, so that every exit path (snapshots, rebuilt callee frames)
//!   runs and must leave the interpreter exactly where it would have been.
//! * `QUICKEN_TEST_TIMEOUT=SECONDS` — per-program timeout (default 30); the child is killed.
//! * `QUICKEN_TEST_DIRS=dir1:dir2` — extra folders of programs to include (e.g. `../shared/corpus`).

#[path = "common/run.rs"]
mod run_child;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::time::Duration;

use run_child::{run, Outcome};

use libtest_mimic::{Arguments, Failed, Trial};

/// Tiers run by default; `QUICKEN_TEST_TIERS` replaces this list.
const TIERS: &[&str] = &["base", "adaptive", "jit", "jit-exits"];
const DEFAULT_TIMEOUT_SECS: u64 = 30;
/// At most this many diff lines are shown in a failure message.
const MAX_DIFF_LINES: usize = 60;

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("programs");
    let mut dirs = vec![root.clone()];
    if let Ok(extra) = std::env::var("QUICKEN_TEST_DIRS") {
        for d in extra.split(':').filter(|d| !d.trim().is_empty()) {
            dirs.push(PathBuf::from(d.trim()));
        }
    }
    let tiers: Vec<String> = match std::env::var("QUICKEN_TEST_TIERS") {
        Ok(v) if !v.trim().is_empty() => v
            .split(',')
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect(),
        _ => TIERS.iter().map(|t| t.to_string()).collect(),
    };
    let timeout = Duration::from_secs_f64(
        std::env::var("QUICKEN_TEST_TIMEOUT")
            .ok()
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|v| *v > 0.0)
            .unwrap_or(DEFAULT_TIMEOUT_SECS as f64),
    );

    let mut trials = Vec::new();
    for dir in &dirs {
        let mut programs = Vec::new();
        collect_programs(dir, &mut programs);
        programs.sort();
        for program in programs {
            let rel = display_name(&program, dir, &root);
            let has_out = program.with_extension("out").exists();
            for tier in &tiers {
                let name = format!("{tier}::{rel}");
                let (program, tier) = (program.clone(), tier.clone());
                let trial = Trial::test(name, move || check(&program, &tier, timeout));
                trials.push(if has_out { trial } else { trial.with_ignored_flag(true) });
            }
        }
    }
    let conclusion = libtest_mimic::run(&args, trials);
    // Programs that write files (file_io.py) leave `*.tmp` files beside
    // themselves: the interpreter has no `os.remove` for them to clean up.
    if let Ok(entries) = fs::read_dir(&root) {
        for e in entries.flatten() {
            if e.path().extension().is_some_and(|x| x == "tmp") {
                let _ = fs::remove_file(e.path());
            }
        }
    }
    conclusion.exit();
}

/// Recursively finds `.py` files (following the layout of `conform`'s `os.walk`).
fn collect_programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_programs(&path, out);
        } else if path.extension().map_or(false, |e| e == "py") {
            out.push(path);
        }
    }
}

fn display_name(program: &Path, dir: &Path, root: &Path) -> String {
    let rel = program.strip_prefix(dir).unwrap_or(program).with_extension("");
    let rel = rel.to_string_lossy().replace('\\', "/");
    if dir == root {
        rel
    } else {
        let tag = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        format!("{tag}/{rel}")
    }
}

/// Runs `quicken --tier TIER FILE` in the program's folder, killing it after `timeout`.
fn run_program(program: &Path, tier: &str, timeout: Duration) -> Result<Outcome, String> {
    let dir = program.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let file = program.file_name().ok_or("program has no file name")?;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_quicken"));
    match tier {
        "jit" => cmd.args(["--tier", "jit", "--jit-threshold=2"]),
        "jit-exits" => cmd.args(["--tier", "jit", "--jit-threshold=2"]).env("QUICKEN_JIT_FORCE_EXITS", "3"),
        _ => cmd.arg("--tier").arg(tier),
    };
    run(cmd.arg(file).current_dir(dir), timeout)
}

fn read_text(path: &Path) -> Option<String> {
    fs::read(path).ok().map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn check(program: &Path, tier: &str, timeout: Duration) -> Result<(), Failed> {
    let expected_out = fs::read(program.with_extension("out"))
        .map_err(|_| Failed::from("no .out file beside it (run shared/tools/expect)"))?;
    let expected_code: i32 = match read_text(&program.with_extension("code")) {
        Some(t) => t.trim().parse().map_err(|_| Failed::from(format!("bad .code file: {t:?}")))?,
        None => 0,
    };
    let expected_err = read_text(&program.with_extension("err")).unwrap_or_default().trim().to_string();
    let expected_frames: Vec<String> = read_text(&program.with_extension("frames"))
        .map(|t| py_splitlines(&t).into_iter().filter(|l| !l.is_empty()).map(str::to_string).collect())
        .unwrap_or_default();

    let outcome = run_program(program, tier, timeout).map_err(Failed::from)?;
    let err_text = String::from_utf8_lossy(&outcome.stderr).into_owned();
    let err_lines: Vec<&str> = py_splitlines(&err_text).into_iter().filter(|l| !l.trim().is_empty()).collect();

    let mut problems: Vec<String> = Vec::new();
    if outcome.timed_out {
        problems.push(format!("timed out after {} s (killed)", timeout.as_secs_f64()));
    } else {
        match outcome.status.and_then(|s| s.code()) {
            None => problems.push(format!(
                "crashed ({}): {:?}",
                describe_status(outcome.status),
                err_lines.last().copied().unwrap_or("")
            )),
            Some(code) if !(0..=128).contains(&code) => problems.push(format!(
                "crashed (status {code}): {:?}",
                err_lines.last().copied().unwrap_or("")
            )),
            Some(code) if code != expected_code => {
                problems.push(format!("exit code {code}, expected {expected_code}"))
            }
            Some(_) => {}
        }
    }
    if outcome.stdout != expected_out {
        let want = String::from_utf8_lossy(&expected_out);
        let got = String::from_utf8_lossy(&outcome.stdout);
        problems.push(format!("stdout differs (- expected, + got):\n{}", line_diff(&want, &got)));
    }
    if !expected_err.is_empty() {
        let last = err_lines.last().copied().unwrap_or("");
        let want = if expected_err.starts_with("SyntaxError") {
            expected_err.split(':').next().unwrap_or("")
        } else {
            expected_err.as_str()
        };
        if !last.starts_with(want) {
            problems.push(format!("last stderr line {last:?}, expected it to start with {want:?}"));
        }
        if !expected_frames.is_empty() {
            let got: Vec<String> = err_lines.iter().filter_map(|l| parse_frame(l)).collect();
            if got != expected_frames {
                problems.push(format!(
                    "traceback frames differ:\n    expected: {expected_frames:?}\n    got:      {got:?}"
                ));
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let mut msg = format!(
        "{} --tier {tier} {}\n  {}",
        env!("CARGO_BIN_EXE_quicken"),
        program.display(),
        problems.join("\n  ")
    );
    if !err_lines.is_empty() {
        let tail = &err_lines[err_lines.len().saturating_sub(15)..];
        msg.push_str("\n  stderr (last lines):\n    ");
        msg.push_str(&tail.join("\n    "));
    }
    Err(msg.into())
}

#[cfg(unix)]
fn describe_status(status: Option<ExitStatus>) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status {
        Some(s) => match s.signal() {
            Some(sig) => format!("killed by signal {sig}"),
            None => format!("{s}"),
        },
        None => "unknown status".to_string(),
    }
}

#[cfg(not(unix))]
fn describe_status(status: Option<ExitStatus>) -> String {
    format!("{status:?}")
}

/// Python's `str.splitlines()` (without keepends).
fn py_splitlines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
        );
        if is_break {
            lines.push(&text[start..i]);
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = chars.peek() {
                    chars.next();
                    end = j + 1;
                }
            }
            start = end;
        }
    }
    if start < text.len() {
        lines.push(&text[start..]);
    }
    lines
}

/// Matches conform's `^\s*File "[^"]*", line (\d+), in (\S+)\s*$` and returns `line N, in NAME`.
fn parse_frame(line: &str) -> Option<String> {
    let rest = line.trim_start().strip_prefix("File \"")?;
    let quote = rest.find('"')?;
    let rest = rest[quote + 1..].strip_prefix(", line ")?;
    let digits_end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    if digits_end == 0 {
        return None;
    }
    let number = &rest[..digits_end];
    let name = rest[digits_end..].strip_prefix(", in ")?.trim_end();
    if name.is_empty() || name.chars().any(char::is_whitespace) {
        return None;
    }
    Some(format!("line {number}, in {name}"))
}

/// A line diff (longest common subsequence, no context lines) of expected vs got, with hunk
/// headers giving line numbers, capped at MAX_DIFF_LINES lines.
fn line_diff(expected: &str, got: &str) -> String {
    let a = py_splitlines(expected);
    let b = py_splitlines(got);
    let mut out: Vec<String> = Vec::new();
    // Trim the common prefix and suffix so the quadratic part stays small.
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    if ma.is_empty() && mb.is_empty() {
        // Same lines: the difference is in line endings or a missing/extra final newline.
        out.push(format!(
            "    (lines are equal; expected ends with newline: {}, got ends with newline: {}; \
             expected {} bytes, got {} bytes)",
            expected.ends_with('\n'),
            got.ends_with('\n'),
            expected.len(),
            got.len()
        ));
        return out.join("\n");
    }
    let ops: Vec<(char, usize, usize)> = if ma.len().saturating_mul(mb.len()) <= 4_000_000 {
        lcs_ops(ma, mb)
    } else {
        // Too large for a full LCS: show everything as replaced.
        let mut ops: Vec<(char, usize, usize)> = vec![('@', 0, 0)];
        ops.extend((0..ma.len()).map(|i| ('-', i, 0)));
        ops.extend((0..mb.len()).map(|j| ('+', 0, j)));
        ops
    };
    let mut shown = 0usize;
    let total_changes = ops.iter().filter(|o| o.0 == '-' || o.0 == '+').count();
    for (kind, i, j) in ops {
        if kind == '=' {
            continue;
        }
        if shown >= MAX_DIFF_LINES {
            out.push(format!("    ... ({} more changed lines not shown)", total_changes - shown));
            break;
        }
        if kind == '@' {
            out.push(format!("    @@ expected line {}, got line {} @@", prefix + i + 1, prefix + j + 1));
            continue;
        }
        match kind {
            '-' => out.push(format!("    -{}", ma[i])),
            _ => out.push(format!("    +{}", mb[j])),
        }
        shown += 1;
    }
    out.join("\n")
}

/// Edit script between `a` and `b`: ('=', i, j) keep, ('-', i, _) delete a[i], ('+', _, j) insert
/// b[j], and ('@', i, j) opening each changed block at a[i] / b[j].
fn lcs_ops(a: &[&str], b: &[&str]) -> Vec<(char, usize, usize)> {
    let (n, m) = (a.len(), b.len());
    let mut table = vec![0u32; (n + 1) * (m + 1)];
    let idx = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[idx(i, j)] = if a[i] == b[j] {
                table[idx(i + 1, j + 1)] + 1
            } else {
                table[idx(i + 1, j)].max(table[idx(i, j + 1)])
            };
        }
    }
    let mut ops = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            ops.push(('=', i, j));
            i += 1;
            j += 1;
        } else if j < m && (i == n || table[idx(i, j + 1)] >= table[idx(i + 1, j)]) {
            ops.push(('+', i, j));
            j += 1;
        } else {
            ops.push(('-', i, j));
            i += 1;
        }
    }
    // Show deletions before insertions within each changed block.
    let mut result = Vec::with_capacity(ops.len());
    let mut k = 0;
    while k < ops.len() {
        if ops[k].0 == '=' {
            result.push(ops[k]);
            k += 1;
            continue;
        }
        let start = k;
        result.push(('@', ops[start].1, ops[start].2));
        while k < ops.len() && ops[k].0 != '=' {
            k += 1;
        }
        result.extend(ops[start..k].iter().filter(|o| o.0 == '-'));
        result.extend(ops[start..k].iter().filter(|o| o.0 == '+'));
    }
    result
}
