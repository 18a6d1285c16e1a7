//! The `--stats` JIT section: counted where the events happen (in
//! `jit/mod.rs`), printed here as text and JSON.

use std::fmt::Write;

use super::{JitState, JitStats};

/// How many exit sites `--stats` lists.
const HOT_EXITS_SHOWN: usize = 10;

impl JitState {
    /// The `--stats` JIT section: the counters, then the hottest exit sites.
    pub fn report(&self, interpreted: u64) -> String {
        let mut out = self.stats.report(interpreted);
        let hot = self.hot_exits(HOT_EXITS_SHOWN);
        if !hot.is_empty() {
            let _ = writeln!(out, "  hottest exits:");
            for (site, n) in hot {
                let _ = writeln!(out, "    {:<24} line {:<5} pc {:<5} {:<8} {:>10}", site.code.as_str(), site.line, site.pc, site.kind.name(), n);
            }
        }
        out
    }

    /// The same as a JSON object: the counters and `"hot_exits"`.
    pub fn to_json(&self) -> String {
        let mut json = self.stats.to_json();
        json.pop();
        let sites: Vec<String> = self
            .hot_exits(HOT_EXITS_SHOWN)
            .into_iter()
            .map(|(site, n)| {
                format!(
                    "{{\"code\":\"{}\",\"line\":{},\"pc\":{},\"kind\":\"{}\",\"count\":{}}}",
                    // Code names are identifiers or `<module>`-like: only these two need escapes.
                    site.code.as_str().replace('\\', "\\\\").replace('"', "\\\""),
                    site.line,
                    site.pc,
                    site.kind.name(),
                    n
                )
            })
            .collect();
        let _ = write!(json, ",\"hot_exits\":[{}]}}", sites.join(","));
        json
    }
}

impl JitStats {
    /// The text section appended to `--stats`; `interpreted` is the number of
    /// instructions the interpreter ran (its execution counts).
    pub fn report(&self, interpreted: u64) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "\nJIT:");
        let _ = writeln!(out, "  traces started     {:>12}", self.traces_started);
        let _ = writeln!(out, "  traces compiled    {:>12}", self.traces_compiled);
        let _ = writeln!(out, "  loops blacklisted  {:>12}", self.blacklisted);
        let _ = writeln!(out, "  traces invalidated {:>12}", self.invalidated);
        let _ = writeln!(out, "  bridges compiled   {:>12}", self.bridges_compiled);
        let _ = writeln!(out, "  bridge passes      {:>12}", self.bridge_passes);
        let _ = writeln!(out, "  trace entries      {:>12}", self.entries);
        let _ = writeln!(out, "  entry failures     {:>12}", self.entry_failures);
        for (kind, n) in quicken_jit::ExitKind::ALL.iter().zip(self.exits) {
            if n > 0 {
                let _ = writeln!(out, "  exits {:<12} {:>12}", kind.name(), n);
            }
        }
        let _ = writeln!(out, "  compile time       {:>9.3} ms", self.compile_ns as f64 / 1e6);
        let _ = writeln!(out, "  native code        {:>12} bytes", self.code_bytes);
        let _ = writeln!(
            out,
            "  native instructions {:>11} ({:.1}% of executed bytecode)",
            self.native_instructions,
            native_share(self.native_instructions, interpreted)
        );
        if !self.aborts.is_empty() {
            let _ = writeln!(out, "  aborts by reason:");
            let mut aborts: Vec<_> = self.aborts.iter().collect();
            aborts.sort_by_key(|(reason, n)| (std::cmp::Reverse(**n), **reason));
            for (reason, n) in aborts {
                let _ = writeln!(out, "    {:<36} {:>8}", reason, n);
            }
        }
        out
    }

    /// The same numbers as a JSON object.
    pub fn to_json(&self) -> String {
        let map = |m: &std::collections::BTreeMap<&'static str, u64>| {
            let items: Vec<String> = m.iter().map(|(k, v)| format!("\"{}\":{}", k, v)).collect();
            format!("{{{}}}", items.join(","))
        };
        let exits: Vec<String> =
            quicken_jit::ExitKind::ALL.iter().zip(self.exits).filter(|(_, n)| *n > 0).map(|(k, n)| format!("\"{}\":{}", k.name(), n)).collect();
        let exits = format!("{{{}}}", exits.join(","));
        format!(
            "{{\"traces_started\":{},\"traces_compiled\":{},\"blacklisted\":{},\"invalidated\":{},\"bridges_compiled\":{},\"bridge_passes\":{},\"entries\":{},\"entry_failures\":{},\"exits\":{},\"compile_ns\":{},\"code_bytes\":{},\"native_instructions\":{},\"aborts\":{}}}",
            self.traces_started,
            self.traces_compiled,
            self.blacklisted,
            self.invalidated,
            self.bridges_compiled,
            self.bridge_passes,
            self.entries,
            self.entry_failures,
            exits,
            self.compile_ns,
            self.code_bytes,
            self.native_instructions,
            map(&self.aborts)
        )
    }
}

/// The percentage of all executed bytecode instructions that ran as native code.
fn native_share(native: u64, interpreted: u64) -> f64 {
    let all = native + interpreted;
    if all == 0 {
        0.0
    } else {
        100.0 * native as f64 / all as f64
    }
}

/// Adds the JIT object as key `"jit"` to the JSON object `stats` (the
/// interpreter's `--stats` JSON).
pub fn with_jit_json(mut stats: String, jit: &JitState) -> String {
    let end = stats.trim_end().len();
    stats.truncate(end);
    if stats.ends_with('}') {
        stats.pop();
        let _ = write!(stats, ",\"jit\":{}}}", jit.to_json());
    }
    stats.push('\n');
    stats
}
