//! Differential test of the execution tiers: random programs (see `gen.rs`) are run by the
//! `quicken` binary under every tier it supports, and by CPython 3.11 when
//! `/usr/bin/python3.11` exists, and the results must agree:
//!
//! * between tiers: identical stdout, identical last non-blank stderr line, identical exit code
//!   (the first tier, `base`, is the reference);
//! * against CPython: identical stdout and exit code, and the same exception name on the last
//!   stderr line;
//! * always: no timeout, no death by signal, exit code 0 or 1 (programs either end normally or
//!   with an uncaught exception on purpose).
//!
//! The programs are built around hot loops (50–300 iterations) whose operand types, callees,
//! globals and class layouts change part-way through, to catch wrong specializations and
//! missing deoptimizations in the `adaptive` and `jit` tiers.
//!
//! Tiers are detected by running `quicken --tier T -c pass`: status 0 means built, status 2
//! means "not built yet" (skipped). `base` must be built.
//!
//! Each seed is its own test, `seed_N`, so filters work (`-- seed_17 --exact`). Environment:
//! * `QUICKEN_DIFF_SEEDS=N` — run seeds 1..=N (default 40);
//! * `QUICKEN_DIFF_SEED=S` (or `S1,S2,...`) — run only those seeds (replay);
//! * `QUICKEN_DIFF_TIMEOUT=SECONDS` — per-run timeout (default 30);
//! * `QUICKEN_DIFF_BIN=PATH` — test another binary instead of this build's `quicken`;
//! * `QUICKEN_DIFF_DUMP=DIR` — also write every generated program to DIR/seed_N.py;
//! * `QUICKEN_DIFF_STRICT=1` — also compare exception messages with CPython, and generate the
//!   shapes of `gen::KNOWN_BUGS`, which the base tier gets wrong today (the same seed then
//!   gives a different program).
//!
//! Exception messages: programs print caught exceptions as `Name: «message»`. Tiers must agree
//! on the messages exactly; against CPython only the names are compared unless
//! `QUICKEN_DIFF_STRICT=1` (quicken's messages differ from CPython 3.11's in a few places, see
//! `KNOWN_BUGS` and the test's report).
//!
//! On a mismatch the program is written to `target/difftest-failures/seed_N.py` (with the
//! outputs of each runner beside it) and the failure message names the seed and shows a diff.

mod gen;
#[path = "../common/run.rs"]
mod run_child;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use libtest_mimic::{Arguments, Failed, Trial};
use run_child::{run, Outcome};

/// The binary under test (`QUICKEN_DIFF_BIN` may point at another build or a wrapper).
fn bin() -> String {
    std::env::var("QUICKEN_DIFF_BIN").ok().filter(|b| !b.is_empty()).unwrap_or_else(|| env!("CARGO_BIN_EXE_quicken").to_string())
}
const PYTHON: &str = "/usr/bin/python3.11";
const ALL_TIERS: &[&str] = &["base", "adaptive", "jit"];
const DEFAULT_SEEDS: u64 = 40;
const DEFAULT_TIMEOUT_SECS: f64 = 30.0;
const MAX_DIFF_LINES: usize = 40;

fn main() {
    let args = Arguments::from_args();
    let seeds: Vec<u64> = match std::env::var("QUICKEN_DIFF_SEED") {
        Ok(v) if !v.trim().is_empty() => v
            .split(',')
            .map(|s| s.trim().parse().unwrap_or_else(|_| panic!("QUICKEN_DIFF_SEED: bad seed {s:?}")))
            .collect(),
        _ => {
            let n = std::env::var("QUICKEN_DIFF_SEEDS")
                .ok()
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(DEFAULT_SEEDS);
            (1..=n).collect()
        }
    };
    let timeout = Duration::from_secs_f64(
        std::env::var("QUICKEN_DIFF_TIMEOUT")
            .ok()
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|v| *v > 0.0)
            .unwrap_or(DEFAULT_TIMEOUT_SECS),
    );
    let dump = std::env::var("QUICKEN_DIFF_DUMP").ok().filter(|d| !d.is_empty()).map(PathBuf::from);
    if let Some(d) = &dump {
        fs::create_dir_all(d).expect("cannot create QUICKEN_DIFF_DUMP folder");
    }

    let strict = std::env::var("QUICKEN_DIFF_STRICT").map_or(false, |v| v == "1");
    let tiers = detect_tiers();
    let python = Path::new(PYTHON).exists();
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("difftest");
    fs::create_dir_all(&work).expect("cannot create the scratch folder");

    let mut trials = Vec::new();
    for seed in seeds {
        let (tiers, work, dump) = (tiers.clone(), work.clone(), dump.clone());
        trials.push(Trial::test(format!("seed_{seed}"), move || {
            check_seed(seed, strict, &tiers, python, &work, dump.as_deref(), timeout)
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}

/// The tiers whose `quicken --tier T -c pass` exits 0. Exit 2 means "not built"; anything else
/// is reported by the per-seed tests (a tier must either work or say it is not built).
fn detect_tiers() -> Vec<String> {
    let mut tiers = Vec::new();
    let bin = bin();
    for tier in ALL_TIERS {
        let status = Command::new(&bin)
            .args(["--tier", tier, "-c", "pass"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap_or_else(|e| panic!("could not start {bin}: {e}"));
        match status.code() {
            Some(0) => tiers.push(tier.to_string()),
            Some(2) => {}
            _ => panic!("`{bin} --tier {tier} -c pass` ended with {status}, neither 0 (built) nor 2 (not built)"),
        }
    }
    assert!(tiers.first().map(String::as_str) == Some("base"), "the base tier must be built");
    tiers
}

impl Outcome {
    fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }

    fn last_err_line(&self) -> String {
        String::from_utf8_lossy(&self.stderr)
            .lines()
            .filter(|l| !l.trim().is_empty())
            .last()
            .unwrap_or("")
            .to_string()
    }

    /// `ValueError` of `ValueError: message` (the whole line when there is no colon).
    fn exception_name(&self) -> String {
        let last = self.last_err_line();
        last.split(':').next().unwrap_or("").trim().to_string()
    }

    fn describe(&self) -> String {
        if self.timed_out {
            return "timed out (killed)".to_string();
        }
        match self.status {
            Some(s) => match s.code() {
                Some(c) => format!("exit {c}"),
                None => format!("killed by a signal ({s})"),
            },
            None => "unknown status".to_string(),
        }
    }
}

fn check_seed(
    seed: u64,
    strict: bool,
    tiers: &[String],
    python: bool,
    work: &Path,
    dump: Option<&Path>,
    timeout: Duration,
) -> Result<(), Failed> {
    let source = gen::program(seed, strict);
    let file = work.join(format!("seed_{seed}.py"));
    fs::write(&file, &source).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    if let Some(d) = dump {
        let _ = fs::write(d.join(format!("seed_{seed}.py")), &source);
    }

    let mut runs: Vec<(String, Outcome)> = Vec::new();
    for tier in tiers {
        let mut cmd = Command::new(bin());
        cmd.arg("--tier").arg(tier);
        if tier == "jit" {
            // Every loop of these short programs recorded at its second iteration.
            cmd.arg("--jit-threshold=2");
        }
        let out = run(cmd.arg(&file), timeout)?;
        runs.push((tier.clone(), out));
    }
    let py = if python {
        Some(run(Command::new(PYTHON).arg(&file).env("PYTHONIOENCODING", "utf-8"), timeout)?)
    } else {
        None
    };

    let mut problems: Vec<String> = Vec::new();
    for (tier, out) in &runs {
        if !matches!(out.code(), Some(0 | 1)) || out.timed_out {
            problems.push(format!(
                "tier {tier}: {} (expected exit 0 or 1); last stderr line: {:?}",
                out.describe(),
                out.last_err_line()
            ));
        }
    }
    let (ref_tier, reference) = &runs[0];
    for (tier, out) in &runs[1..] {
        if out.stdout != reference.stdout {
            problems.push(format!(
                "stdout of tier {tier} differs from tier {ref_tier} (- {ref_tier}, + {tier}):\n{}",
                line_diff(&String::from_utf8_lossy(&reference.stdout), &String::from_utf8_lossy(&out.stdout))
            ));
        }
        if out.code() != reference.code() {
            problems.push(format!("tier {tier}: {}, tier {ref_tier}: {}", out.describe(), reference.describe()));
        }
        if out.last_err_line() != reference.last_err_line() {
            problems.push(format!(
                "last stderr line differs:\n    {ref_tier}: {:?}\n    {tier}: {:?}",
                reference.last_err_line(),
                out.last_err_line()
            ));
        }
    }
    if let Some(py) = &py {
        if py.timed_out || !matches!(py.code(), Some(0 | 1)) {
            problems.push(format!(
                "python3.11: {} (the generator made a program CPython does not finish normally); \
                 last stderr line: {:?}",
                py.describe(),
                py.last_err_line()
            ));
        }
        let py_out = String::from_utf8_lossy(&py.stdout);
        let py_out = if strict { py_out.into_owned() } else { strip_messages(&py_out) };
        for (tier, out) in &runs {
            let got = String::from_utf8_lossy(&out.stdout);
            let got = if strict { got.into_owned() } else { strip_messages(&got) };
            if got != py_out {
                problems.push(format!(
                    "stdout of tier {tier} differs from python3.11{} (- python3.11, + {tier}):\n{}",
                    if strict { "" } else { " (exception messages left out)" },
                    line_diff(&py_out, &got)
                ));
            }
            if out.code() != py.code() {
                problems.push(format!("tier {tier}: {}, python3.11: {}", out.describe(), py.describe()));
            }
            if out.exception_name() != py.exception_name() {
                problems.push(format!(
                    "uncaught exception differs:\n    python3.11: {:?}\n    {tier}: {:?}",
                    py.last_err_line(),
                    out.last_err_line()
                ));
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    if strict {
        problems.push(format!("(strict mode: programs may contain the known base-tier bugs {:?})", gen::KNOWN_BUGS));
    }

    // Keep the program and every runner's output for replaying.
    let fail_dir = failure_dir();
    let _ = fs::create_dir_all(&fail_dir);
    let kept = fail_dir.join(format!("seed_{seed}.py"));
    let _ = fs::write(&kept, &source);
    for (tier, out) in &runs {
        let _ = fs::write(fail_dir.join(format!("seed_{seed}.{tier}.out")), &out.stdout);
        let _ = fs::write(fail_dir.join(format!("seed_{seed}.{tier}.err")), &out.stderr);
    }
    if let Some(py) = &py {
        let _ = fs::write(fail_dir.join(format!("seed_{seed}.python3.11.out")), &py.stdout);
        let _ = fs::write(fail_dir.join(format!("seed_{seed}.python3.11.err")), &py.stderr);
    }
    let msg = format!(
        "seed {seed}: tiers disagree ({} runs: {}{})\n  program: {}\n  replay:  {}QUICKEN_DIFF_SEED={seed} cargo test --release --test difftest\n           {} --tier TIER {}\n  {}",
        runs.len() + py.is_some() as usize,
        tiers.join(", "),
        if py.is_some() { ", python3.11" } else { "" },
        kept.display(),
        if strict { "QUICKEN_DIFF_STRICT=1 " } else { "" },
        bin(),
        kept.display(),
        problems.join("\n  ")
    );
    Err(msg.into())
}

/// Removes the `«message»` parts of caught exceptions (see the module comment).
fn strip_messages(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('\u{ab}') {
        out.push_str(&rest[..start]);
        match rest[start..].find('\u{bb}') {
            Some(end) => rest = &rest[start + end + '\u{bb}'.len_utf8()..],
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `target/difftest-failures` (the folder two levels above the binary under test).
fn failure_dir() -> PathBuf {
    let bin = Path::new(env!("CARGO_BIN_EXE_quicken"));
    let target = bin.parent().and_then(Path::parent).unwrap_or(Path::new("target"));
    target.join("difftest-failures")
}

/// The lines between the common prefix and suffix of `a` and `b` (capped); for the first pair of
/// differing lines, the first differing column is pointed at (the results lines are long).
fn line_diff(a: &str, b: &str) -> String {
    let a: Vec<&str> = a.lines().collect();
    let b: Vec<&str> = b.lines().collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut out = Vec::new();
    if ma.is_empty() && mb.is_empty() {
        out.push("    (lines are equal; the difference is in line endings or the final newline)".to_string());
        return out.join("\n");
    }
    out.push(format!("    @@ line {} @@", prefix + 1));
    if prefix > 0 {
        out.push(format!("     {}", clip(a[prefix - 1], 0)));
    }
    // The first pair of differing lines: show where they start to differ.
    if let (Some(x), Some(y)) = (ma.first(), mb.first()) {
        let col = x.chars().zip(y.chars()).take_while(|(p, q)| p == q).count();
        out.push(format!("    -{}", clip(x, col)));
        out.push(format!("    +{}", clip(y, col)));
        if x.chars().count() > 200 || y.chars().count() > 200 {
            out.push(format!("     (first difference at column {})", col + 1));
        }
    }
    let mut shown = 2;
    let total = ma.len() + mb.len();
    for (i, l) in ma.iter().enumerate().skip(1) {
        if shown >= MAX_DIFF_LINES {
            break;
        }
        out.push(format!("    -{} (line {})", clip(l, 0), prefix + i + 1));
        shown += 1;
    }
    for (i, l) in mb.iter().enumerate().skip(1) {
        if shown >= MAX_DIFF_LINES {
            break;
        }
        out.push(format!("    +{} (line {})", clip(l, 0), prefix + i + 1));
        shown += 1;
    }
    if total > shown {
        out.push(format!("    ... ({} more differing lines)", total - shown));
    }
    out.join("\n")
}

/// At most ~200 characters of `line` around character column `col`.
fn clip(line: &str, col: usize) -> String {
    let chars: Vec<char> = line.chars().collect();
    if chars.len() <= 200 {
        return line.to_string();
    }
    let start = col.saturating_sub(80);
    let end = (start + 200).min(chars.len());
    let mut s = String::new();
    if start > 0 {
        s.push_str("...");
    }
    s.extend(&chars[start..end]);
    if end < chars.len() {
        s.push_str("...");
    }
    s
}
