//! Peak memory of programs that make reference cycles as they go: the cycle
//! collector must free them, in every tier. The issue's program (small trees
//! whose children point back to their parent, 200000 rounds) peaked at 277 MB
//! before the collector; CPython 3.11 peaks at about 14 MB (its own start-up
//! is 13 MB of that), quicken at about 8.5 MB.
//!
//! Each program must stay within 1.5x CPython's peak (measured here when
//! `/usr/bin/python3.11` is installed, as the issue asks; under `jit`, apart
//! from the compiler's fixed footprint, see [`compiler_footprint_kb`]) and
//! under a fixed limit far below what a leak of these programs reaches
//! (hundreds of MB).
//! The peak resident set size of each child is read from `wait4`'s resource
//! usage, so tests running in parallel do not disturb each other.

use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_quicken");
const CPYTHON: &str = "/usr/bin/python3.11";

/// The fixed limit: well above quicken's 8-11 MB, far below a leak.
const LIMIT_KB: i64 = 30 * 1024;

/// Runs `program` with `args` and `-c source`; returns (stdout, peak RSS in KB).
fn run_measured(program: &str, args: &[&str], source: &str) -> (String, i64) {
    let child = Command::new(program)
        .args(args)
        .args(["-c", source])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the interpreter starts");
    let pid = child.id() as libc::pid_t;
    let mut stdout = child.stdout.expect("piped stdout");
    let mut out = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut out).expect("stdout reads");
    let mut status = 0;
    // SAFETY: plain syscall on our own child, reaped exactly once here.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4 failed");
    assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "{program} failed: status {status}");
    (out, usage.ru_maxrss)
}

/// What compiling costs the jit tier in resident memory, whatever the
/// program: the pages of the compiler's own code (Cranelift, about 2 MB of
/// the binary's text) and its working memory, measured as the peak of a
/// loop that compiles one trace under `jit` minus its peak under `adaptive`.
fn compiler_footprint_kb() -> i64 {
    let source = "t = 0\nfor i in range(100000):\n    t += i\nprint(t)\n";
    let (_, jit_kb) = run_measured(BIN, &["--tier", "jit"], source);
    let (_, adaptive_kb) = run_measured(BIN, &["--tier", "adaptive"], source);
    (jit_kb - adaptive_kb).max(0)
}

fn check(name: &str, source: &str, expected: &str) {
    let cpython_kb = std::path::Path::new(CPYTHON).exists().then(|| {
        let (out, peak_kb) = run_measured(CPYTHON, &[], source);
        assert_eq!(out, expected, "{name} (CPython): the program's expected output is wrong");
        peak_kb
    });
    for tier in ["base", "adaptive", "jit"] {
        let (out, peak_kb) = run_measured(BIN, &["--tier", tier], source);
        assert_eq!(out, expected, "{name} ({tier}): wrong output");
        assert!(peak_kb < LIMIT_KB, "{name} ({tier}): peak RSS {peak_kb} KB, limit {LIMIT_KB} KB");
        if let Some(cpython_kb) = cpython_kb {
            // The program's own memory: under `jit`, apart from the
            // compiler's fixed footprint (which a leak does not grow).
            let compiler_kb = if tier == "jit" { compiler_footprint_kb() } else { 0 };
            let own_kb = peak_kb - compiler_kb;
            assert!(
                own_kb * 2 <= cpython_kb * 3,
                "{name} ({tier}): peak RSS {peak_kb} KB ({compiler_kb} KB of it the compiler's), over 1.5x CPython's {cpython_kb} KB"
            );
        }
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

#[test]
fn frames_generators_coroutines_and_classes_stay_small() {
    // The kinds of containers that came with frame objects, coroutines and
    // metaclasses: a function keeping its own frame object, a generator and a
    // coroutine holding themselves through a list, classes holding themselves.
    let source = "
import sys
class Meta(type):
    pass
def keeps_frame(n):
    me = sys._getframe()
    data = [n] * 10
    return len(data)
def gen(box):
    yield len(box)
async def coro(box):
    return len(box)
total = 0
for i in range(20000):
    total += keeps_frame(i)
    box = []
    g = gen(box)
    box.append(g)
    total += next(g)
    c = coro(box)
    box.append(c)
    try:
        c.send(None)
    except StopIteration as e:
        total += e.value
    if i % 10 == 0:
        class K(metaclass=Meta):
            pass
        K.me = K
print(total)
";
    check("frames, generators, coroutines, classes", source, "260000\n");
}

#[test]
fn instances_made_and_dropped_in_compiled_loops_are_freed() {
    // Each iteration makes instances (an inlined `__init__` holding a list,
    // a class without `__init__`, an operator dunder's result) and drops
    // them: a reference the jit's traces kept would leak about 200 bytes
    // per instance, hundreds of MB over the run.
    check(
        "jit_instances",
        r#"class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items
    def __add__(self, o):
        return P(self.x + o.x, self.items)
class E:
    pass
def f(n):
    t = 0
    for i in range(n):
        p = P(i, [i, i, i, i])
        e = E()
        e.p = p
        q = p + p
        t += q.x + len(e.p.items)
    return t
print(f(1000000))
"#,
        "1000003000000\n",
    );
}
