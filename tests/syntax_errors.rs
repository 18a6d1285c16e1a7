//! Syntax errors in CPython 3.11's words: every `tests/syntax_errors/NAME.py` holds one
//! mistake users make, and `NAME.err_full` is CPython 3.11's complete stderr for it (the
//! `File` line, the source line, the caret line, the `SyntaxError: ...` line), recorded with
//! `/usr/bin/python3.11 NAME.py` and the `File` path cut to its basename.
//!
//! quicken must print exactly that and exit with status 1. The `File` paths are compared by
//! their basename on both sides, so the test does not depend on how paths are shown.
//!
//! Known differences: a program listed in [`CARET_DIFFERS`] must still match every line but
//! the caret line (same file line, source line and message); the test fails if it regresses
//! further, and also once it matches fully, so that the list only names real differences.
//!
//! When `/usr/bin/python3.11` is installed the recordings themselves are checked against it,
//! so a stale recording cannot hide a difference.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_quicken");
const CPYTHON: &str = "/usr/bin/python3.11";

/// Programs whose caret line is known to differ from CPython's, with the reason.
const CARET_DIFFERS: &[(&str, &str)] = &[];

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_errors");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/syntax_errors")
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

/// Runs `program NAME.py` inside the corpus folder: (exit status, normalized stderr).
fn run(program: &str, file: &Path) -> (Option<i32>, String) {
    let out = Command::new(program)
        .arg(file.file_name().unwrap())
        .current_dir(file.parent().unwrap())
        .output()
        .expect("run");
    (out.status.code(), normalize(&String::from_utf8_lossy(&out.stderr)))
}

/// Every line but those made only of spaces and carets.
fn without_carets(s: &str) -> Vec<&str> {
    s.lines().filter(|l| !(l.contains('^') && l.trim().chars().all(|c| c == '^'))).collect()
}

#[test]
fn corpus_is_large_enough() {
    assert!(corpus().len() >= 40, "the corpus should hold at least 40 broken programs");
}

#[test]
fn syntax_errors_match_cpython() {
    let mut failures = Vec::new();
    for file in corpus() {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        let expected = normalize(&fs::read_to_string(file.with_extension("err_full")).unwrap_or_else(|_| panic!("{name}.err_full missing")));
        let (status, stderr) = run(BIN, &file);
        if status != Some(1) {
            failures.push(format!("{name}: exit status {status:?}, expected 1"));
        }
        let known = CARET_DIFFERS.iter().find(|(n, _)| *n == name);
        match known {
            None if stderr != expected => failures.push(format!("{name}: stderr differs\n--- quicken\n{stderr}\n--- CPython 3.11\n{expected}")),
            Some(_) if stderr == expected => failures.push(format!("{name}: matches CPython now; remove it from CARET_DIFFERS")),
            Some(_) if without_carets(&stderr) != without_carets(&expected) => {
                failures.push(format!("{name}: differs beyond the caret line\n--- quicken\n{stderr}\n--- CPython 3.11\n{expected}"))
            }
            _ => {}
        }
    }
    assert!(failures.is_empty(), "{} of {} programs differ:\n{}", failures.len(), corpus().len(), failures.join("\n\n"));
}

#[test]
fn recordings_are_cpython_311s() {
    if !Path::new(CPYTHON).exists() {
        eprintln!("{CPYTHON} not installed: the recordings are used as they are");
        return;
    }
    let mut stale = Vec::new();
    for file in corpus() {
        let (status, stderr) = run(CPYTHON, &file);
        let recorded = normalize(&fs::read_to_string(file.with_extension("err_full")).unwrap_or_default());
        if status != Some(1) || stderr != recorded {
            stale.push(file.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    assert!(stale.is_empty(), "recordings that differ from {CPYTHON}: {stale:?}");
}
