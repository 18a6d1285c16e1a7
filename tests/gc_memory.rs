//! Peak memory of programs that make reference cycles as they go: the cycle
//! collector must free them, in every tier. The issue's program (small trees
//! whose children point back to their parent, 200000 rounds) peaked at 277 MB
//! before the collector; CPython 3.11 peaks at about 14 MB (its own start-up
//! is 13 MB of that), quicken at about 8 MB.
//!
//! The peak resident set size of each child is read from `wait4`'s resource
//! usage, so tests running in parallel do not disturb each other.

use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_quicken");

/// The limit asserted: well above quicken's 8 MB, far below what a leak of
/// these programs reaches (hundreds of MB).
const LIMIT_KB: i64 = 30 * 1024;

/// Runs `source` with `-c` under `tier`; returns (stdout, peak RSS in KB).
fn run_measured(source: &str, tier: &str) -> (String, i64) {
    let child = Command::new(BIN)
        .args(["--tier", tier, "-c", source])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("quicken starts");
    let pid = child.id() as libc::pid_t;
    let mut stdout = child.stdout.expect("piped stdout");
    let mut out = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut out).expect("stdout reads");
    let mut status = 0;
    // SAFETY: plain syscall on our own child, reaped exactly once here.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4 failed");
    assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "quicken failed: status {status}");
    (out, usage.ru_maxrss)
}

fn check(name: &str, source: &str, expected: &str) {
    for tier in ["base", "adaptive"] {
        let (out, peak_kb) = run_measured(source, tier);
        assert_eq!(out, expected, "{name} ({tier}): wrong output");
        assert!(peak_kb < LIMIT_KB, "{name} ({tier}): peak RSS {peak_kb} KB, limit {LIMIT_KB} KB");
    }
}

#[test]
fn issue_tree_program_stays_small() {
    let source = "
class Node:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
total = 0
for i in range(200000):
    root = Node(None)
    for j in range(5):
        Node(root)
    total += len(root.children)
print(total)
";
    check("tree", source, "1000000\n");
}

#[test]
fn doubly_linked_lists_stay_small() {
    let source = "
class Link:
    def __init__(self, value, prev):
        self.value = value
        self.prev = prev
        self.next = None
        if prev is not None:
            prev.next = self
total = 0
for i in range(20000):
    head = Link(0, None)
    cur = head
    for v in range(1, 20):
        cur = Link(v, cur)
    total += cur.prev.value
print(total)
";
    check("doubly linked", source, "360000\n");
}

#[test]
fn self_capturing_closures_and_graphs_stay_small() {
    let source = "
def make(n):
    data = list(range(n))
    def again():
        return again, data
    return again
def graph(n):
    nodes = [{'id': i, 'edges': []} for i in range(n)]
    for node in nodes:
        node['edges'].append(nodes[(node['id'] + 1) % n])
        node['edges'].append(nodes[(node['id'] * 3) % n])
    return len(nodes)
total = 0
for i in range(30000):
    total += len(make(10)()[1])
    total += graph(8)
print(total)
";
    check("closures and graphs", source, "540000\n");
}
