//! Shared by tests/syntax_errors.rs and tests/tracebacks.rs: a folder of programs, each
//! with `NAME.err_full`, CPython 3.11's complete stderr for it. quicken must print exactly
//! that and exit with status 1; `File "..."` paths are compared by their basename on both
//! sides, so the tests do not depend on how paths are shown.
//!
//! Known differences: a program listed as known must still match every line but the marker
//! lines (lines of only `^` and `~`); the check fails if it regresses further, and also once
//! it matches fully, so that the list only names real differences.
//!
//! When `/usr/bin/python3.11` is installed the recordings themselves are checked against it,
//! so a stale recording cannot hide a difference.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_quicken");
const CPYTHON: &str = "/usr/bin/python3.11";

/// The `.py` files of `tests/DIR`, sorted.
pub fn corpus(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(dir);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("corpus folder")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
}

/// stderr with every `File "..."` path cut to its basename.
fn normalize(stderr: &str) -> String {
    stderr
        .lines()
        .map(|line| match (line.find("File \""), line.find("\", line")) {
            (Some(a), Some(b)) if a < b => {
                let path = &line[a + 6..b];
                let base = path.rsplit('/').next().unwrap_or(path);
                format!("{}File \"{}{}", &line[..a], base, &line[b..])
            }
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The tiers quicken is checked under (the eval loops differ in where they stop on an error).
const TIERS: &[&str] = &["base", "adaptive"];

/// Runs `program [ARGS] NAME.py` inside the corpus folder: (exit status, normalized stderr).
fn run(program: &str, args: &[&str], file: &Path) -> (Option<i32>, String) {
    let out = Command::new(program)
        .args(args)
        .arg(file.file_name().unwrap())
        .current_dir(file.parent().unwrap())
        .output()
        .expect("run");
    (out.status.code(), normalize(&String::from_utf8_lossy(&out.stderr)))
}

/// Every line but those made only of markers (`^`, `~`).
fn without_markers(s: &str) -> Vec<&str> {
    s.lines().filter(|l| !(l.contains(['^', '~']) && l.trim().chars().all(|c| c == '^' || c == '~'))).collect()
}

fn recorded(file: &Path) -> String {
    let path = file.with_extension("err_full");
    normalize(&fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} missing", path.display())))
}

/// Runs every program of `tests/DIR` with quicken under each tier and compares its stderr
/// and exit status with the recording; `known` lists (name, reason) of programs whose marker
/// lines differ.
pub fn check_against_recordings(dir: &str, known: &[(&str, &str)]) {
    let files = corpus(dir);
    let mut failures = Vec::new();
    for (file, tier) in files.iter().flat_map(|f| TIERS.iter().map(move |t| (f, t))) {
        let name = format!("{} (--tier {})", file.file_stem().unwrap().to_string_lossy(), tier);
        let expected = recorded(file);
        let (status, stderr) = run(BIN, &["--tier", tier], file);
        if status != Some(1) {
            failures.push(format!("{name}: exit status {status:?}, expected 1"));
        }
        match known.iter().find(|(n, _)| file.file_stem().is_some_and(|s| s == *n)) {
            None if stderr != expected => failures.push(format!("{name}: stderr differs\n--- quicken\n{stderr}\n--- CPython 3.11\n{expected}")),
            Some(_) if stderr == expected => failures.push(format!("{name}: matches CPython now; remove it from the known differences")),
            Some(_) if without_markers(&stderr) != without_markers(&expected) => {
                failures.push(format!("{name}: differs beyond the marker lines\n--- quicken\n{stderr}\n--- CPython 3.11\n{expected}"))
            }
            _ => {}
        }
    }
    assert!(failures.is_empty(), "{} of {} runs differ:\n{}", failures.len(), files.len() * TIERS.len(), failures.join("\n\n"));
}

/// Checks the recordings of `tests/DIR` against CPython 3.11 when it is installed.
pub fn check_recordings_are_current(dir: &str) {
    if !Path::new(CPYTHON).exists() {
        eprintln!("{CPYTHON} not installed: the recordings are used as they are");
        return;
    }
    let mut stale = Vec::new();
    for file in corpus(dir) {
        let (status, stderr) = run(CPYTHON, &[], &file);
        if status != Some(1) || stderr != recorded(&file) {
            stale.push(file.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    assert!(stale.is_empty(), "recordings that differ from {CPYTHON}: {stale:?}");
}
