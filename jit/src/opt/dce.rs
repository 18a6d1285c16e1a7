//! Pass (d): dead code elimination.
//!
//! Roots: instructions with effects (other than phis) and guards, except the guards that
//! only check that a result is representable (`add_ov`, `sub_ov`, `mul_ov`, `neg_ov`,
//! `int_to_float`): when nothing uses their result, the interpreter would compute it
//! without raising, so they go with it. Guards that mirror a Python exception (zero
//! divisors, negative shifts, `sqrt` domain) or a type or branch decision stay. Live
//! instructions make their operands and their snapshot's values live; a phi is live when
//! used, and then keeps its `init` and `next`.

use super::{RefMap, Rewriter};
use crate::ir::*;

/// Whether `op` may be dropped when its result is unused.
fn removable_if_unused(op: &Op) -> bool {
    match op {
        Op::AddOv(..) | Op::SubOv(..) | Op::MulOv(..) | Op::NegOv(_) | Op::IntToFloat(_) => true,
        Op::Phi { .. } => true,
        op => !op.has_effects() && !op.is_guard(),
    }
}

/// Runs the pass.
pub fn dce(t: &Trace) -> Trace {
    let n = t.insts.len();
    let mut live = vec![false; n];
    let mut work: Vec<usize> = (0..n).filter(|&i| !removable_if_unused(&t.insts[i].op)).collect();
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
