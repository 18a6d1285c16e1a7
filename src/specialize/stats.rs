//! `--stats`: what the adaptive tier did, counted where it happens.
//!
//! Specialization events (success, failure with its kind, miss, deopt,
//! deferred) are rare and counted on their cold paths. Per-opcode execution
//! counts are counted in the eval loop only by the instantiation of the loop
//! that runs under `--stats`, so counting costs nothing when it is off.
//! Hits are not counted separately: a specialized instruction that executed
//! either hit or missed, so `hit = executions - miss` (CPython's
//! `summarize_stats` definitions of deferred, hit, miss and deopt).

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::bytecode::{op_name, Op};

/// Counters of one specialization family.
#[derive(Default, Clone)]
pub struct FamilyStats {
    /// Specialization attempts that rewrote the instruction.
    pub success: u64,
    /// Attempts that found no fitting form.
    pub failure: u64,
    /// Failures by kind.
    pub failure_kinds: BTreeMap<&'static str, u64>,
    /// Generic executions that did not attempt to specialize.
    pub deferred: u64,
    /// Specialized executions whose guard failed.
    pub miss: u64,
    /// Specialized instructions rewritten back to the generic form.
    pub deopt: u64,
    /// Executions of a megamorphic form that found nothing in the shared
    /// cache and ran the generic operation (neither a hit nor a guard miss:
    /// such a form has no guard and never deopts).
    pub generic: u64,
}

/// Everything `--stats` reports.
pub struct Stats {
    /// Executions per opcode (indexed by `Op as usize`).
    pub exec: Vec<u64>,
    /// Executions of opcode pairs: `pairs[a * N + b]` counts `b` right
    /// after `a` in the same frame (what superinstructions would save).
    pairs: Vec<u64>,
    /// The previously executed opcode.
    last: usize,
    /// Executions that left the hot loop for the full eval loop (`step`),
    /// per opcode: what the hot loop does not cover yet, or guard misses.
    pub slow: Vec<u64>,
    families: Vec<FamilyStats>,
}

impl Default for Stats {
    fn default() -> Self {
        let n = Op::ALL.len();
        Stats { exec: vec![0; n], pairs: vec![0; n * n], last: 0, slow: vec![0; n], families: vec![FamilyStats::default(); n] }
    }
}

/// The effectiveness summary: shares of executed instructions.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Effectiveness {
    /// Instructions outside any family (`LOAD_FAST`, jumps, ...).
    pub basic: u64,
    /// Generic members of a family (not specialized).
    pub not_specialized: u64,
    /// Specialized instructions whose guards held.
    pub hits: u64,
    /// Specialized instructions whose guards failed.
    pub misses: u64,
    /// Specialized instructions that ran the generic operation
    /// ([`FamilyStats::generic`]).
    pub generic: u64,
}

impl Effectiveness {
    /// All executed instructions.
    pub fn total(&self) -> u64 {
        self.basic + self.not_specialized + self.hits + self.misses + self.generic
    }
    /// Hits as a share of executed specializable instructions (0..=1).
    pub fn hit_ratio(&self) -> f64 {
        let specializable = self.not_specialized + self.hits + self.misses + self.generic;
        if specializable == 0 {
            0.0
        } else {
            self.hits as f64 / specializable as f64
        }
    }
}

fn pct(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}

impl Stats {
    /// Counts one execution of `op` (the `--stats` eval loop only).
    #[inline(always)]
    pub fn count_exec(&mut self, op: Op) {
        let op = op as usize;
        self.exec[op] += 1;
        self.pairs[self.last * Op::ALL.len() + op] += 1;
        self.last = op;
    }

    /// Counts one execution of `op` by the full eval loop (`step`).
    #[inline(always)]
    pub fn count_slow(&mut self, op: Op) {
        self.slow[op as usize] += 1;
    }

    /// The `n` most frequent opcode pairs with their counts.
    pub fn top_pairs(&self, n: usize) -> Vec<(Op, Op, u64)> {
        let ops = Op::ALL.len();
        let mut all: Vec<(Op, Op, u64)> =
            self.pairs.iter().enumerate().filter(|(_, c)| **c > 0).map(|(i, c)| (Op::ALL[i / ops], Op::ALL[i % ops], *c)).collect();
        all.sort_by_key(|p| std::cmp::Reverse(p.2));
        all.truncate(n);
        all
    }

    /// The counters of the family whose generic opcode is `family`.
    pub fn family(&mut self, family: Op) -> &mut FamilyStats {
        &mut self.families[family as usize]
    }

    /// Executions of specialized members of `family` whose guards held and
    /// that ran their specialized path.
    fn hits(&self, family: Op) -> u64 {
        let fam = &self.families[family as usize];
        self.specialized_execs(family).saturating_sub(fam.miss + fam.generic)
    }

    /// Executions of specialized members of `family`.
    fn specialized_execs(&self, family: Op) -> u64 {
        Op::ALL.iter().filter(|o| o.is_specialized() && o.family() == family).map(|o| self.exec[*o as usize]).sum()
    }

    /// Shares of basic, not specialized, hit and miss executions.
    pub fn effectiveness(&self) -> Effectiveness {
        let mut e = Effectiveness::default();
        for &op in Op::ALL {
            let n = self.exec[op as usize];
            if op.is_specialized() {
                continue;
            } else if op.is_specializable() {
                e.not_specialized += n;
                let fam = &self.families[op as usize];
                e.misses += fam.miss;
                e.generic += fam.generic;
                e.hits += self.hits(op);
            } else {
                e.basic += n;
            }
        }
        e
    }

    /// Instructions the interpreter executed (all opcodes).
    pub fn executed(&self) -> u64 {
        self.exec.iter().sum()
    }

    /// The report printed to stderr at exit.
    pub fn report(&self, tier: &str) -> String {
        let mut out = String::new();
        let total = self.executed();
        let _ = writeln!(out, "quicken statistics (tier {})", tier);
        let _ = writeln!(out, "\nExecution counts ({} instructions):", total);
        let _ = writeln!(out, "  {:<28} {:>14} {:>7}", "opcode", "count", "self%");
        let mut ops: Vec<Op> = Op::ALL.iter().copied().filter(|o| self.exec[*o as usize] > 0).collect();
        ops.sort_by_key(|o| std::cmp::Reverse(self.exec[*o as usize]));
        for op in ops {
            let n = self.exec[op as usize];
            let _ = writeln!(out, "  {:<28} {:>14} {:>6.1}%", op_name(op), n, pct(n, total));
        }
        let _ = writeln!(out, "\nPair counts (top 12):");
        for (a, b, n) in self.top_pairs(12) {
            let _ = writeln!(out, "  {:<28} {:<28} {:>14} {:>6.1}%", op_name(a), op_name(b), n, pct(n, total));
        }
        let mut slow: Vec<Op> = Op::ALL.iter().copied().filter(|o| self.slow[*o as usize] > 0).collect();
        slow.sort_by_key(|o| std::cmp::Reverse(self.slow[*o as usize]));
        let _ = writeln!(out, "\nSlow path (run by the full eval loop, top 12):");
        for op in slow.into_iter().take(12) {
            let n = self.slow[op as usize];
            let _ = writeln!(out, "  {:<28} {:>14} {:>6.1}%", op_name(op), n, pct(n, total));
        }
        let _ = writeln!(out, "\nSpecialization by family:");
        let _ = writeln!(
            out,
            "  {:<18} {:>12} {:>10} {:>10} {:>8} {:>8} {:>8}",
            "family", "hit", "miss", "deferred", "deopt", "success", "failure"
        );
        for &op in Op::ALL.iter().filter(|o| o.is_specializable()) {
            let fam = &self.families[op as usize];
            let hit = self.hits(op);
            if hit + fam.miss + fam.generic + fam.deferred + fam.success + fam.failure == 0 {
                continue;
            }
            let _ = writeln!(
                out,
                "  {:<18} {:>12} {:>10} {:>10} {:>8} {:>8} {:>8}",
                op_name(op),
                hit,
                fam.miss,
                fam.deferred,
                fam.deopt,
                fam.success,
                fam.failure
            );
            for (kind, n) in &fam.failure_kinds {
                let _ = writeln!(out, "      failure: {:<30} {:>8}", kind, n);
            }
            if fam.generic > 0 {
                let _ = writeln!(out, "      generic (megamorphic cache misses) {:>17}", fam.generic);
            }
        }
        let e = self.effectiveness();
        let t = e.total();
        let _ = writeln!(out, "\nSpecialization effectiveness:");
        let _ = writeln!(out, "  {:<20} {:>14} {:>7.1}%", "basic", e.basic, pct(e.basic, t));
        let _ = writeln!(out, "  {:<20} {:>14} {:>7.1}%", "not specialized", e.not_specialized, pct(e.not_specialized, t));
        let _ = writeln!(out, "  {:<20} {:>14} {:>7.1}%", "specialized hits", e.hits, pct(e.hits, t));
        let _ = writeln!(out, "  {:<20} {:>14} {:>7.1}%", "specialized misses", e.misses, pct(e.misses, t));
        if e.generic > 0 {
            let _ = writeln!(out, "  {:<20} {:>14} {:>7.1}%", "specialized generic", e.generic, pct(e.generic, t));
        }
        let _ = writeln!(out, "  hits / specializable: {:.1}%", 100.0 * e.hit_ratio());
        let gc = crate::runtime::gc::state();
        let _ = writeln!(out, "\nCycle collector:");
        let _ = writeln!(out, "  {:<12} {:>12} {:>12} {:>14}", "generation", "collections", "collected", "uncollectable");
        for (g, st) in gc.stats.iter().enumerate() {
            let _ = writeln!(out, "  {:<12} {:>12} {:>12} {:>14}", g, st.collections, st.collected, st.uncollectable);
        }
        let _ = writeln!(out, "  time collecting: {:.6} s", gc.seconds);
        out
    }

    /// The same numbers as JSON (`--stats=json:PATH`).
    pub fn to_json(&self, tier: &str) -> String {
        let mut out = String::new();
        // `{"NAME":count,...}` of the nonzero per-opcode counts.
        let op_counts = |out: &mut String, counts: &[u64]| {
            let items: Vec<String> =
                Op::ALL.iter().filter(|op| counts[**op as usize] > 0).map(|op| format!("\"{}\":{}", op_name(*op), counts[*op as usize])).collect();
            out.push('{');
            out.push_str(&items.join(","));
            out.push('}');
        };
        let _ = write!(out, "{{\"tier\":\"{}\",\"execution_counts\":", tier);
        op_counts(&mut out, &self.exec);
        out.push_str(",\"slow_path\":");
        op_counts(&mut out, &self.slow);
        out.push_str(",\"families\":{");
        let mut first = true;
        for &op in Op::ALL.iter().filter(|o| o.is_specializable()) {
            let fam = &self.families[op as usize];
            let hit = self.hits(op);
            let _ = write!(
                out,
                "{}\"{}\":{{\"success\":{},\"failure\":{},\"hit\":{},\"miss\":{},\"generic\":{},\"deferred\":{},\"deopt\":{},\"failure_kinds\":{{",
                if first { "" } else { "," },
                op_name(op),
                fam.success,
                fam.failure,
                hit,
                fam.miss,
                fam.generic,
                fam.deferred,
                fam.deopt
            );
            first = false;
            let kinds: Vec<String> = fam.failure_kinds.iter().map(|(k, n)| format!("\"{}\":{}", k, n)).collect();
            out.push_str(&kinds.join(","));
            out.push_str("}}");
        }
        let e = self.effectiveness();
        let _ = write!(
            out,
            "}},\"effectiveness\":{{\"basic\":{},\"not_specialized\":{},\"specialized_hits\":{},\"specialized_misses\":{},\"specialized_generic\":{},\"hit_ratio\":{:.4}}}}}",
            e.basic,
            e.not_specialized,
            e.hits,
            e.misses,
            e.generic,
            e.hit_ratio()
        );
        // The cycle collector: per generation, and the time spent.
        out.pop();
        let gc = crate::runtime::gc::state();
        let column = |f: fn(&crate::runtime::gc::GenStats) -> usize| gc.stats.iter().map(|s| f(s).to_string()).collect::<Vec<_>>().join(",");
        let _ = write!(
            out,
            ",\"gc\":{{\"collections\":[{}],\"collected\":[{}],\"uncollectable\":[{}],\"seconds\":{:.6}}}}}",
            column(|s| s.collections),
            column(|s| s.collected),
            column(|s| s.uncollectable),
            gc.seconds
        );
        out.push('\n');
        out
    }
}
