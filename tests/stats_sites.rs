//! `--stats` as a check that kinds of code stay on the fast path: loops whose every
//! instruction has a specialized form (or a hot-loop arm) must run with no guard misses
//! and no instruction left to the full eval loop once warm.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_quicken");

/// Runs `source` under the adaptive tier with `--stats=json:...` and returns the JSON.
fn stats_of(name: &str, source: &str) -> serde_json::Value {
    let dir = std::env::temp_dir().join(format!("quicken-stats-sites-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("prog.py");
    let json = dir.join("stats.json");
    std::fs::write(&script, source).unwrap();
    let out = Command::new(BIN).arg("--tier").arg("adaptive").arg(format!("--stats=json:{}", json.display())).arg(&script).output().unwrap();
    assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    let stats = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    stats
}

fn count(stats: &serde_json::Value, section: &str, key: &str) -> u64 {
    stats[section][key].as_u64().unwrap_or(0)
}

#[test]
fn float_floor_division_and_modulo_hit() {
    let stats = stats_of(
        "float_floor_mod",
        "t = 0.0\nfor i in range(20000):\n    t += (i * 1.5) // 7.0 + (i * 0.5) % 3.0 - (i % 7) ** 0.5 + i % 2.5\nprint(t)\n",
    );
    let family = &stats["families"]["BINARY_OP"];
    assert_eq!(family["miss"].as_u64(), Some(0), "{family}");
    assert_eq!(family["deopt"].as_u64(), Some(0), "{family}");
    assert!(count(&stats, "execution_counts", "BINARY_OP_FLOAT") >= 4 * 19_000, "{}", stats["execution_counts"]);
    assert!(count(&stats, "slow_path", "BINARY_OP_FLOAT") == 0, "{}", stats["slow_path"]);
}

#[test]
fn store_global_stays_in_the_hot_loop() {
    let stats = stats_of("store_global", "n = 0\nfor i in range(20000):\n    n = n + i\nprint(n)\n");
    assert!(count(&stats, "execution_counts", "STORE_GLOBAL") >= 20_000, "{}", stats["execution_counts"]);
    assert_eq!(count(&stats, "slow_path", "STORE_GLOBAL"), 0, "{}", stats["slow_path"]);
}

/// Asserts that `op` ran at least `at_least` times in the hot loop and never in the full eval loop.
fn assert_hot(stats: &serde_json::Value, op: &str, at_least: u64) {
    assert!(count(stats, "execution_counts", op) >= at_least, "{op}: {}", stats["execution_counts"]);
    assert_eq!(count(stats, "slow_path", op), 0, "{op}: {}", stats["slow_path"]);
}

#[test]
fn fstrings_and_dict_displays_stay_in_the_hot_loop() {
    let stats = stats_of(
        "fstrings",
        "out = []\nfor i in range(5000):\n    d = {'i': i, 'half': i / 2}\n    out.append(f\"{i:>5}|{d['half']:.1f}|{'s'}|{d!r}|{None}\")\nprint(len(out), out[-1])\n",
    );
    assert_hot(&stats, "FORMAT_VALUE", 5 * 5000);
    assert_hot(&stats, "BUILD_STRING", 5000);
    assert_hot(&stats, "BUILD_MAP", 5000);
}

#[test]
fn set_operators_are_specialized() {
    let stats = stats_of(
        "set_ops",
        "seen = set()\nfor i in range(5000):\n    step = {i % 13, i % 7}\n    new = step - seen\n    seen |= new\n    both = (step & seen) | (step ^ {1})\n    fs = frozenset(step) - seen\nprint(len(seen), sorted(both), fs)\n",
    );
    let family = &stats["families"]["BINARY_OP"];
    assert_eq!(family["miss"].as_u64(), Some(0), "{family}");
    assert_hot(&stats, "BINARY_OP_SET", 6 * 4900);
    // Only the warm-up runs of the generic form (a couple per site) leave the hot loop.
    assert!(count(&stats, "slow_path", "BINARY_OP") < 100, "{}", stats["slow_path"]);
}

#[test]
fn truth_tests_of_builtin_containers_stay_in_the_hot_loop() {
    let stats = stats_of(
        "truth",
        "from collections import deque\nq = deque(range(3000))\ns = {1}\nn = 0\nwhile q:\n    q.popleft()\n    if s and range(n % 2):\n        n += 2\n    n += 1\nprint(n)\n",
    );
    assert_hot(&stats, "POP_JUMP_IF_TRUE", 3000);
    assert_hot(&stats, "POP_JUMP_IF_FALSE", 2 * 3000);
}

#[test]
fn keyword_calls_of_python_functions_are_specialized() {
    let stats = stats_of(
        "call_kw",
        "def step(p, dt=0.1, drag=0.0, scale=1.0):\n    return (p + dt - drag) * scale\n\
         t = 0.0\nfor i in range(5000):\n    t += step(1.0, drag=0.5, dt=0.25) + step(p=2.0) + step(i, scale=2.0)\nprint(t)\n",
    );
    let family = &stats["families"]["CALL_KW"];
    assert_eq!(family["miss"].as_u64(), Some(0), "{family}");
    assert_hot(&stats, "CALL_KW_PY", 3 * 4900);
    assert!(count(&stats, "slow_path", "CALL_KW") < 20, "{}", stats["slow_path"]);
}

#[test]
fn tuple_comparisons_are_specialized() {
    let stats = stats_of(
        "tuple_compare",
        "goal = (40, 'end', 2.5)\nn = 0\nfor i in range(5000):\n    cell = (i % 50, 'end', 2.5)\n    if cell == goal or cell < (3, 'a', 0.0) or (cell, None) >= ((49, 'end', 2.5), None):\n        n += 1\nprint(n)\n",
    );
    let family = &stats["families"]["COMPARE_OP"];
    assert_eq!(family["miss"].as_u64(), Some(0), "{family}");
    // (`or` skips the later tests when one holds.)
    assert_hot(&stats, "COMPARE_OP_TUPLE", 14_000);
}

#[test]
fn native_class_methods_are_specialized() {
    let stats = stats_of(
        "native_methods",
        "from collections import deque\nq = deque()\nfor i in range(5000):\n    q.append(i)\n    if len(q) > 3:\n        q.popleft()\nprint(list(q))\n",
    );
    let family = &stats["families"]["LOAD_METHOD"];
    assert_eq!(family["miss"].as_u64(), Some(0), "{family}");
    assert_hot(&stats, "LOAD_METHOD_INSTANCE_BUILTIN", 2 * 4900);
}

#[test]
fn int_true_division_is_specialized() {
    let stats = stats_of("int_true_div", "t = 0.0\nfor i in range(1, 5000):\n    t += i / 7 + (i * 3) / i\n    t /= 2\nprint(t)\n");
    let family = &stats["families"]["BINARY_OP"];
    assert_eq!(family["miss"].as_u64(), Some(0), "{family}");
    assert_hot(&stats, "BINARY_OP_DIV_INT", 2 * 4900);
}

#[test]
fn exception_handlers_stay_in_the_hot_loop() {
    let stats = stats_of(
        "handlers",
        "def f():\n    n = 0\n    for i in range(3000):\n        try:\n            {}[i]\n        except (IndexError, KeyError) as e:\n            n += 1\n    return n\nprint(f())\n",
    );
    for op in ["PUSH_EXC_INFO", "CHECK_EXC_MATCH", "POP_EXCEPT", "DELETE_FAST"] {
        assert_hot(&stats, op, 3000);
    }
}

/// A class hierarchy of `n` classes whose instances meet at one method call, one attribute
/// load (slots at two indexes and a class value), one store into a slot and one store that
/// adds an attribute, in a loop of `rounds`.
fn hierarchy_program(n: usize, rounds: usize) -> String {
    let mut src = String::from(
        "class Base:\n    kind = 'base'\n    def __init__(self, v):\n        self.v = v\n    def area(self):\n        return self.v\n",
    );
    for i in 0..n {
        // Every other class has an attribute before `v`, so `v` sits at another slot.
        let init = if i % 2 == 1 { format!("    def __init__(self, v):\n        self.pad = {i}\n        super().__init__(v)\n") } else { String::new() };
        src += &format!("class C{i}(Base):\n    kind = 'c{i}'\n{init}    def area(self):\n        return self.v * {i}\n");
    }
    let classes: Vec<String> = (0..n).map(|i| format!("C{i}")).collect();
    src += &format!(
        "objs = [c(i) for i, c in enumerate([{}])]\nt = 0\nfor r in range({rounds}):\n    for o in objs:\n        t += o.area() + o.v + len(o.kind)\n        o.v = o.v + 1\n        x = type(o)(r)\n        x.extra = r\nprint(t)\n",
        classes.join(", ")
    );
    src
}

#[test]
fn polymorphic_sites_keep_their_classes() {
    let stats = stats_of("poly", &hierarchy_program(3, 2000));
    for family in ["LOAD_ATTR", "LOAD_METHOD", "STORE_ATTR"] {
        let f = &stats["families"][family];
        assert_eq!(f["deopt"].as_u64(), Some(0), "{family}: {f}");
        assert!(f["miss"].as_u64().unwrap() < 20, "{family}: {f}");
    }
    assert_hot(&stats, "LOAD_METHOD_POLY", 3 * 1990);
    assert!(count(&stats, "execution_counts", "LOAD_ATTR_POLY") >= 2 * 3 * 1990, "{}", stats["execution_counts"]);
    assert!(count(&stats, "execution_counts", "STORE_ATTR_POLY") >= 2 * 3 * 1990, "{}", stats["execution_counts"]);
}

#[test]
fn megamorphic_sites_stop_specializing() {
    let stats = stats_of("mega", &hierarchy_program(9, 1000));
    for family in ["LOAD_ATTR", "LOAD_METHOD", "STORE_ATTR"] {
        let f = &stats["families"][family];
        assert_eq!(f["deopt"].as_u64(), Some(0), "{family}: {f}");
        assert!(f["miss"].as_u64().unwrap() < 60, "{family}: {f}");
        // The shared cache misses once per (layout, name), not per execution.
        assert!(f["generic"].as_u64().unwrap() < 100, "{family}: {f}");
    }
    for op in ["LOAD_METHOD_MEGA", "LOAD_ATTR_MEGA", "STORE_ATTR_MEGA"] {
        assert_hot(&stats, op, 9 * 990);
    }
}

#[test]
fn super_method_calls_are_specialized() {
    let stats = stats_of(
        "super",
        "class A:\n    def f(self, x):\n        return x + 1\nclass B(A):\n    def f(self, x):\n        return super().f(x) * 2\nclass C(B):\n    def f(self, x):\n        return super().f(x) - 1\n\
         t = 0\nfor o in [B(), C()] * 2000:\n    t += o.f(3)\nprint(t)\n",
    );
    let family = &stats["families"]["LOAD_METHOD"];
    assert_eq!(family["deopt"].as_u64(), Some(0), "{family}");
    assert!(count(&stats, "execution_counts", "LOAD_METHOD_SUPER") >= 5990, "{}", stats["execution_counts"]);
    // The site in B.f meets instances of B, then of C: one miss widens it.
    assert!(count(&stats, "slow_path", "LOAD_METHOD_SUPER") <= 1, "{}", stats["slow_path"]);
    assert_hot(&stats, "CALL_METHOD_PY_EXACT", 9900);
}
