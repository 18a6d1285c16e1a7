//! Pass (d): dead code elimination.
//!
//! Roots: instructions with effects (other than phis) and guards, except the guards that
//! only check that a result is representable (`add_ov`, `sub_ov`, `mul_ov`, `neg_ov`,
//! `int_to_float`) when nothing at all refers to their result (no operand, phi or
//! snapshot entry): the interpreter would compute it without raising, so they go.
//! (Liveness alone is not enough for them: a loop whose only exits are the overflow
//! checks of its counters would become an empty endless loop.) Guards that mirror a
//! Python exception (zero divisors, negative shifts, `sqrt` domain) or a type or branch
//! decision stay. Live instructions make their operands and their snapshot's values live;
//! a phi is live when used, and then keeps its `init` and `next`.
//!
//! Snapshot entries that would write a slot's own entry value back (the value of an
//! `sload` of that slot, or its tag guard, in a trace that never `sstore`s the slot) are
//! dropped: the frame still holds that value.

use super::{RefMap, Rewriter};
use crate::ir::*;

/// Whether `op` may be dropped when not live (`referenced`: anything refers to its result).
fn removable(op: &Op, referenced: bool) -> bool {
    match op {
        Op::AddOv(..) | Op::SubOv(..) | Op::MulOv(..) | Op::NegOv(_) | Op::IntToFloat(_) => !referenced,
        Op::Phi { .. } => true,
        op => !op.has_effects() && !op.is_guard(),
    }
}

/// Which instructions some operand, phi or snapshot entry refers to.
fn referenced(t: &Trace) -> Vec<bool> {
    let mut refd = vec![false; t.insts.len()];
    let mut mark = |r: Ref| {
        if !r.is_const() {
            refd[r.index()] = true;
        }
    };
    for inst in &t.insts {
        inst.op.for_each_arg(&mut mark);
    }
    for s in &t.snaps {
        s.entries.iter().for_each(|e| mark(e.val));
        s.frames.iter().flat_map(|f| f.entries.iter()).for_each(|e| mark(e.val));
    }
    refd
}

/// `t` without the snapshot entries that rewrite a never-stored slot with its own value.
fn drop_unchanged_entries(t: &Trace) -> Trace {
    let stored: std::collections::HashSet<u16> = t
        .insts
        .iter()
        .filter_map(|i| match i.op {
            Op::SStore { slot, .. } => Some(slot),
            _ => None,
        })
        .collect();
    let loaded_from = |r: Ref| -> Option<u16> {
        let mut op = &t.inst(r)?.op;
        if let Op::GuardTag { val, .. } = op {
            op = &t.inst(*val)?.op;
        }
        match op {
            Op::SLoad { slot } => Some(*slot),
            _ => None,
        }
    };
    let mut t = t.clone();
    for s in &mut t.snaps {
        s.entries.retain(|e| stored.contains(&e.slot) || loaded_from(e.val) != Some(e.slot));
    }
    t
}

/// Runs the pass.
pub fn dce(t: &Trace) -> Trace {
    let t = &drop_unchanged_entries(t);
    let n = t.insts.len();
    let refd = referenced(t);
    let mut live = vec![false; n];
    let mut work: Vec<usize> = (0..n).filter(|&i| !removable(&t.insts[i].op, refd[i])).collect();
    for &i in &work {
        live[i] = true;
    }
    while let Some(i) = work.pop() {
        let inst = &t.insts[i];
        let mut mark = |r: Ref| {
            if !r.is_const() && !live[r.index()] {
                live[r.index()] = true;
                work.push(r.index());
            }
        };
        inst.op.for_each_arg(&mut mark);
        if let Some(s) = inst.snap {
            let s = &t.snaps[s.0 as usize];
            s.entries.iter().for_each(|e| mark(e.val));
            s.frames.iter().flat_map(|f| std::iter::once(f.func).chain(f.entries.iter().map(|e| e.val))).for_each(mark);
        }
    }
    let mut rw = Rewriter::new(t);
    let mut map = RefMap::new(n);
    let mut phis = Vec::new();
    for (i, inst) in t.insts.iter().enumerate() {
        if !live[i] {
            continue;
        }
        let mut op = inst.op.clone();
        if let Op::Phi { init, next } = op {
            op = Op::Phi { init: map.get(init), next: map.get(init) };
            phis.push((i, next));
        } else {
            op.map_args(|a| map.get(a));
        }
        let snap = inst.snap.map(|s| rw.snap(Rewriter::map_snapshot(&t.snaps[s.0 as usize], &|r| map.get(r))));
        let r = rw.push(Inst { op, ty: inst.ty, snap });
        map.set(Ref::inst(i), r);
    }
    for (i, next) in phis {
        let next = map.get(next);
        if let Op::Phi { next: n, .. } = &mut rw.new.insts[map.get(Ref::inst(i)).index()].op {
            *n = next;
        }
    }
    rw.finish()
}
