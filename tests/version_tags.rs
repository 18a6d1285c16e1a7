//! Version tags (dict keys versions, class versions, shape ids) must never be handed out
//! twice: an inline cache trusts "same tag, same layout". These tests start the tag counter
//! near its end (`QUICKEN_VERSION_START`), so the tags run out at start-up or part-way
//! through a program, and check that the guard-heavy conformance programs still print
//! exactly CPython's output under the adaptive tier, and that the specializer saw the tags
//! run out (it refuses to guard on the "no version" tag instead of trusting it).

#[path = "common/run.rs"]
mod run_child;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_quicken");

/// Programs whose guards fail on purpose: rebound globals, changed classes, new shapes,
/// polymorphic sites.
fn guard_programs() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("tests/programs")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".py").map(str::to_owned))
        .filter(|n| {
            n.starts_with("guards_")
                || ["adaptive_guards", "cache_invalidation", "inheritance", "inline_calls", "classes_basic", "lang_metaclass_guards", "lang_subclass_builtins_guards"]
                    .contains(&n.as_str())
        })
        .collect();
    names.sort();
    assert!(names.len() >= 15, "expected the guard programs in tests/programs, found {names:?}");
    names
}

fn run_with_start(program: &str, start: u32, extra: &[&str]) -> run_child::Outcome {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut cmd = Command::new(BIN);
    cmd.current_dir(&dir).env("QUICKEN_VERSION_START", start.to_string()).args(["--tier", "adaptive"]).args(extra).arg(format!("{program}.py"));
    run_child::run(&mut cmd, Duration::from_secs(60)).expect("run quicken")
}

#[test]
fn guard_programs_agree_when_tags_run_out() {
    // Run out at once, after a few hundred tags (during start-up or early in the
    // program), and after many (part-way through).
    let starts = [u32::MAX - 1, u32::MAX - 400, u32::MAX - 5_000, u32::MAX - 60_000];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut failures = Vec::new();
    for program in guard_programs() {
        let expected = fs::read(dir.join(format!("{program}.out"))).expect(".out file");
        let expected_code: i32 = fs::read_to_string(dir.join(format!("{program}.code"))).map(|s| s.trim().parse().unwrap()).unwrap_or(0);
        for start in starts {
            let out = run_with_start(&program, start, &[]);
            let code = out.status.and_then(|s| s.code());
            if out.stdout != expected || code != Some(expected_code) {
                failures.push(format!("{program} (tags from {start}): exit {code:?}, stderr: {}", String::from_utf8_lossy(&out.stderr)));
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn specializer_refuses_used_up_tags() {
    let out = run_with_start("adaptive_guards", u32::MAX - 1, &["--stats"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("version tags used up"), "--stats shows no refused specialization:\n{stderr}");
    // With tags to spare, nothing is refused for that reason.
    let out = run_with_start("adaptive_guards", 1, &["--stats"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("version tags used up"), "{stderr}");
}
