//! Pass (b): store sinking (design §1.3, §4 #2).
//!
//! Input: a trace in recorded form (`loop` first, no phis, eager `sstore`s, looping back).
//! For each slot the iteration reads before writing it (a *live-in*):
//! - never written: its `sload` (and its first tag guard) move before `loop`, exiting
//!   through snapshot 0: the value is loop-invariant;
//! - guarded to an int/float/bool/None and only ever written values of that same type:
//!   *sunk*. Its load and guard move before `loop`, a phi carries it around the loop, the
//!   `sstore`s disappear, and every exit in the loop writes the slot's current value
//!   (each snapshot gains an entry for each sunk slot);
//! - anything else stays as recorded (eager writes, loads re-done each iteration).
//!
//! Moving a guard from mid-iteration to the entry is sound: on the first iteration it sees
//! the same value (nothing writes an invariant slot; a sunk slot is read before it is
//! written), and exit 0 resumes at the header with nothing written; later iterations
//! cannot fail it (invariant value, or a phi of the guarded type).
//! Traces that end in an `exit` (no loop) or already have phis are returned unchanged.

use std::collections::{BTreeMap, HashMap};

use super::{RefMap, Rewriter};
use crate::ir::*;

/// What the pass decided for one live-in slot.
#[derive(Clone, Debug)]
struct LiveIn {
    load: usize,
    /// The first tag guard on the load, if any (before any write of the slot).
    guard: Option<usize>,
    sunk: bool,
}

/// Runs the pass.
pub fn sink(t: &Trace) -> Trace {
    if t.loop_index() != Some(0) || t.ends_in_exit() || t.insts.iter().any(|i| matches!(i.op, Op::Phi { .. })) {
        return t.clone();
    }
    let live_ins = analyze(t);
    let hoisted: HashMap<usize, u16> = live_ins
        .iter()
        .flat_map(|(slot, l)| std::iter::once(l.load).chain(l.guard).map(move |i| (i, *slot)))
        .collect();
    let mut rw = Rewriter::new(t);
    let mut map = RefMap::new(t.insts.len());
    // Pre-loop: the hoisted loads and guards, in their original order, exiting via exit 0.
    for (i, inst) in t.insts.iter().enumerate().skip(1) {
        if hoisted.contains_key(&i) {
            let mut op = inst.op.clone();
            op.map_args(|a| map.get(a));
            let snap = inst.snap.map(|_| SnapId::ENTRY);
            let r = rw.push(Inst { op, ty: inst.ty, snap });
            map.set(Ref::inst(i), r);
        }
    }
    rw.push(Inst { op: Op::Loop, ty: Ty::Void, snap: None });
    // Phis for the sunk slots; `current` tracks each one's value through the body.
    let mut current: BTreeMap<u16, Ref> = BTreeMap::new();
    let mut phis: Vec<(u16, Ref)> = Vec::new();
    for (slot, l) in &live_ins {
        if l.sunk {
            let g = l.guard.expect("sunk slots are guarded");
            let init = map.get(Ref::inst(g));
            let phi = rw.push(Inst { op: Op::Phi { init, next: init }, ty: t.insts[g].ty, snap: None });
            map.set(Ref::inst(g), phi);
            current.insert(*slot, phi);
            phis.push((*slot, phi));
        }
    }
    for (i, inst) in t.insts.iter().enumerate().skip(1) {
        if hoisted.contains_key(&i) {
            continue;
        }
        let mut op = inst.op.clone();
        op.map_args(|a| map.get(a));
        if let Op::SStore { slot, val } = op {
            if let Some(cur) = current.get_mut(&slot) {
                *cur = val;
                continue;
            }
        }
        let snap = inst.snap.map(|s| {
            let mut snap = Rewriter::map_snapshot(&t.snaps[s.0 as usize], &|r| map.get(r));
            for (slot, val) in &current {
                if !snap.entries.iter().any(|e| e.slot == *slot) {
                    let ty = rw.new.ty(*val);
                    snap.entries.push(SnapEntry { slot: *slot, val: *val, ty, own: Own::Imm });
                }
            }
            snap.entries.sort_by_key(|e| e.slot);
            rw.snap(snap)
        });
        let r = rw.push(Inst { op, ty: inst.ty, snap });
        map.set(Ref::inst(i), r);
    }
    for (slot, phi) in phis {
        let next = current[&slot];
        if let Op::Phi { next: n, .. } = &mut rw.new.insts[phi.index()].op {
            *n = next;
        }
    }
    rw.finish()
}

/// Finds the live-in slots worth moving and which of them can be sunk.
fn analyze(t: &Trace) -> BTreeMap<u16, LiveIn> {
    let mut live_ins: BTreeMap<u16, LiveIn> = BTreeMap::new();
    let mut written: HashMap<u16, Vec<Ty>> = HashMap::new();
    let mut uses: HashMap<usize, usize> = HashMap::new(); // load index -> uses other than its guard
    for (i, inst) in t.insts.iter().enumerate() {
        match &inst.op {
            Op::SLoad { slot } if !written.contains_key(slot) && !live_ins.contains_key(slot) => {
                live_ins.insert(*slot, LiveIn { load: i, guard: None, sunk: false });
            }
            Op::SStore { slot, val } => written.entry(*slot).or_default().push(t.ty(*val)),
            Op::GuardTag { val, .. } => {
                let load_slot = live_ins.iter().find(|(_, l)| Ref::inst(l.load) == *val).map(|(s, _)| *s);
                match load_slot {
                    Some(slot) if live_ins[&slot].guard.is_none() && !written.contains_key(&slot) => {
                        live_ins.get_mut(&slot).unwrap().guard = Some(i);
                    }
                    _ => inst.op.for_each_arg(|a| count_use(t, &mut uses, a)),
                }
            }
            op => op.for_each_arg(|a| count_use(t, &mut uses, a)),
        }
        if let Some(s) = inst.snap {
            for e in &t.snaps[s.0 as usize].entries {
                count_use(t, &mut uses, e.val);
            }
        }
    }
    // A live-in load of a written slot may only move if it is the sunk kind; otherwise
    // it must be re-read every iteration (the eager store changes it).
    live_ins.retain(|slot, l| {
        let Some(stores) = written.get(slot) else { return true };
        let guard_ty = l.guard.map(|g| t.insts[g].ty);
        l.sunk = matches!(guard_ty, Some(ty) if ty.is_immediate())
            && stores.iter().all(|s| Some(*s) == guard_ty)
            && !uses.contains_key(&l.load);
        l.sunk
    });
    live_ins
}

fn count_use(t: &Trace, uses: &mut HashMap<usize, usize>, r: Ref) {
    if !r.is_const() && matches!(t.insts[r.index()].op, Op::SLoad { .. }) {
        *uses.entry(r.index()).or_default() += 1;
    }
}
