//! `--stats` of the jit tier: the JIT section counts what ran as native code.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_quicken");

/// Runs `source` under the jit tier with `--stats=json:...` and returns the JSON's "jit" object.
fn jit_stats_of(name: &str, source: &str) -> serde_json::Value {
    let dir = std::env::temp_dir().join(format!("quicken-jit-stats-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("prog.py");
    let json = dir.join("stats.json");
    std::fs::write(&script, source).unwrap();
    let out = Command::new(BIN).arg("--tier").arg("jit").arg(format!("--stats=json:{}", json.display())).arg(&script).output().unwrap();
    assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    let stats: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    stats["jit"].clone()
}

#[test]
fn a_compiled_kernel_counts_its_iterations_as_native_instructions() {
    // 200000 iterations of a 9-instruction body (FOR_ITER .. JUMP_BACKWARD).
    let jit = jit_stats_of(
        "kernel",
        "def f(n):\n    t = 0.0\n    for i in range(n):\n        t += i * 0.5\n    return t\nprint(f(200000))\n",
    );
    assert_eq!(jit["traces_compiled"].as_u64(), Some(1), "{jit}");
    let native = jit["native_instructions"].as_u64().unwrap();
    // All but the warm-up (1000 iterations) and the last iteration run natively.
    assert!(native > 190_000 * 6 && native < 200_000 * 12, "{jit}");
}

#[test]
fn loops_without_traces_run_no_native_instructions() {
    let jit = jit_stats_of("none", "t = []\nfor i in range(5000):\n    t.insert(0, i)\nprint(len(t))\n");
    assert_eq!(jit["native_instructions"].as_u64(), Some(0), "{jit}");
}

#[test]
fn a_hot_exit_grows_a_bridge_that_runs_the_other_branch() {
    // Every third iteration takes the branch the trace did not record: the
    // guard on line 5 exits there until it has been taken 64 times, then a
    // bridge runs that branch natively back to the loop header, about
    // 200000 / 3 times, and the exit is no longer left through.
    let jit = jit_stats_of(
        "bridge",
        "def f(n):\n    t = 0\n    for i in range(n):\n        t += 1\n        if i % 3 == 2:\n            t -= 2\n    return t\nprint(f(200000))\n",
    );
    assert_eq!(jit["bridges_compiled"].as_u64(), Some(1), "{jit}");
    let passes = jit["bridge_passes"].as_u64().unwrap();
    assert!(passes > 60_000 && passes < 70_000, "{jit}");
    let exits = jit["hot_exits"].as_array().expect("hot_exits");
    // Left through before the bridge: the first 63 times.
    assert!(exits.iter().all(|e| e["count"].as_u64().unwrap() < 64), "{jit}");
    assert!(exits.iter().any(|e| e["line"].as_u64() == Some(5) && e["kind"] == "Deopt"), "{jit}");
    assert_eq!(jit["exits"]["Deopt"].as_u64(), exits.iter().filter(|e| e["kind"] == "Deopt").map(|e| e["count"].as_u64().unwrap()).sum::<u64>().into(), "{jit}");
    // Iterations through the bridge count as native instructions too.
    assert!(jit["native_instructions"].as_u64().unwrap() > 195_000 * 8, "{jit}");
}

#[test]
fn an_exit_inside_an_inlined_call_is_counted_at_the_callee() {
    // `step` is inlined into the loop; every fourth call takes the branch
    // the trace did not record, after the attribute store above it ran.
    let jit = jit_stats_of(
        "inlined",
        "class P:\n    def __init__(self):\n        self.x = 0\n    def step(self, i):\n        self.x = self.x + 1\n        if i % 4 == 3:\n            return 2\n        return 1\n\
def f(n):\n    p = P()\n    t = 0\n    for i in range(n):\n        t += p.step(i)\n    return t, p.x\nprint(f(100000))\n",
    );
    let hottest = &jit["hot_exits"].as_array().expect("hot_exits")[0];
    assert_eq!(hottest["code"], "step", "{jit}");
    assert_eq!(hottest["line"].as_u64(), Some(6), "{jit}");
    let n = hottest["count"].as_u64().unwrap();
    assert!(n > 20_000 && n < 26_000, "{jit}");
}

#[test]
fn a_trace_whose_entries_keep_failing_is_recorded_again() {
    // The module-level total becomes a float at iteration 1000: the trace
    // guarding an int total leaves at once on every entry after that, until
    // it is dropped and the loop recorded again with a float total.
    let jit = jit_stats_of(
        "rerecord",
        "total = 0\nfor i in range(200000):\n    total += i\n    if i == 1500:\n        total += 0.5\nprint(total)\n",
    );
    assert!(jit["invalidated"].as_u64().unwrap() >= 1, "{jit}");
    assert!(jit["traces_compiled"].as_u64().unwrap() >= 2, "{jit}");
    assert!(jit["native_instructions"].as_u64().unwrap() > 190_000 * 5, "{jit}");
}

#[test]
fn a_loop_of_one_iteration_per_entry_is_left_to_the_interpreter() {
    // The comprehension runs over one pair each time: its trace would be
    // entered and left for a single iteration, which costs more than it gains.
    let jit = jit_stats_of(
        "short",
        "def f(n):\n    t = 0\n    for i in range(n):\n        t += sum([x * 2 for x in (i, 1)])\n    return t\nprint(f(20000))\n",
    );
    assert_eq!(jit["aborts"]["too few iterations per entry"].as_u64(), Some(1), "{jit}");
    assert!(jit["blacklisted"].as_u64().unwrap() >= 1, "{jit}");
}

#[test]
fn class_calls_and_operator_dunders_compile_into_traces() {
    // Raytrace-style vector code: every iteration makes instances (`V(...)`,
    // `__init__` inlined), calls methods and operator dunders that make
    // more. The loop compiles and runs natively; no recording aborts on the
    // class call.
    let jit = jit_stats_of(
        "classes",
        r#"import math
class V:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)
    def __mul__(self, k):
        return V(self.x * k, self.y * k, self.z * k)
    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))
class Hit:
    pass
def render(n):
    total = V(0.0, 0.0, 0.0)
    for i in range(n):
        d = V(i * 0.001, 1.0, 1.0).norm()
        h = Hit()
        h.d = d
        total = total + h.d * 0.5
    return round(total.x, 3)
print(render(20000))
"#,
    );
    assert_eq!(jit["traces_compiled"].as_u64(), Some(1), "{jit}");
    assert!(jit["aborts"].as_object().is_none_or(|a| a.is_empty()), "{jit}");
    // All but the warm-up (1000 iterations) run natively.
    assert!(jit["native_instructions"].as_u64().unwrap() > 18_000 * 20, "{jit}");
}
