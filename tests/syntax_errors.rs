//! Syntax errors in CPython 3.11's words: every `tests/syntax_errors/NAME.py` holds one
//! mistake users make, and `NAME.err_full` is CPython 3.11's complete stderr for it (the
//! `File` line, the source line, the caret line, the `SyntaxError: ...` line), recorded with
//! `/usr/bin/python3.11 NAME.py` and the `File` path cut to its basename. quicken must print
//! exactly that and exit with status 1 (the rules, and those for known differences, are in
//! tests/common/stderr_corpus.rs).

#[path = "common/stderr_corpus.rs"]
mod stderr_corpus;

/// Programs whose caret line is known to differ from CPython's, with the reason.
const CARET_DIFFERS: &[(&str, &str)] = &[];

#[test]
fn corpus_is_large_enough() {
    assert!(stderr_corpus::corpus("syntax_errors").len() >= 40, "the corpus should hold at least 40 broken programs");
}

#[test]
fn syntax_errors_match_cpython() {
    stderr_corpus::check_against_recordings("syntax_errors", CARET_DIFFERS);
}

#[test]
fn recordings_are_cpython_311s() {
    stderr_corpus::check_recordings_are_current("syntax_errors");
}
