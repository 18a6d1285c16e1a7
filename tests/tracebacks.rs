//! Runtime tracebacks in CPython 3.11's layout, with its markers under the failing
//! expression (`~~^~~` for a binary operation, `~^^^` for a subscript, `^^^^` for a call or
//! an attribute, none when the range is the whole line): every `tests/tracebacks/NAME.py`
//! fails at run time, and `NAME.err_full` is CPython 3.11's complete stderr for it, recorded
//! with `/usr/bin/python3.11 NAME.py` and the `File` paths cut to their basename. quicken must
//! print exactly that and exit with status 1 (rules in tests/common/stderr_corpus.rs).

#[path = "common/stderr_corpus.rs"]
mod stderr_corpus;

/// Programs whose marker lines are known to differ from CPython's, with the reason.
const MARKERS_DIFFER: &[(&str, &str)] = &[];

#[test]
fn tracebacks_match_cpython() {
    stderr_corpus::check_against_recordings("tracebacks", MARKERS_DIFFER);
}

#[test]
fn recordings_are_cpython_311s() {
    stderr_corpus::check_recordings_are_current("tracebacks");
}
