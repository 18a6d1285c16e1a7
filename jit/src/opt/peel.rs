//! Pass (c): loop peeling, LuaJIT style.
//!
//! `pre; loop; phis; body` becomes `pre; body'; loop; phis'; body`, where `body'` is a copy
//! of the body with each phi replaced by its initial value (the pre-roll: the first
//! iteration, every guard kept), and the new phis start from the values `body'` computed.
//! The pass itself only copies; `fold` run afterwards finds that the body's guards and
//! pure operations on loop-invariant values repeat the pre-roll's, and removes them: the
//! invariant guards are hoisted out of the loop.
//! Traces without `loop`, or without instructions after it, are returned unchanged.

use super::{RefMap, Rewriter};
use crate::ir::*;

/// Runs the pass.
pub fn peel(t: &Trace) -> Trace {
    let Some(lp) = t.loop_index() else { return t.clone() };
    if t.ends_in_exit() {
        return t.clone();
    }
    let first_body = (lp + 1..t.insts.len()).find(|&i| !matches!(t.insts[i].op, Op::Phi { .. })).unwrap_or(t.insts.len());
    if first_body == t.insts.len() {
        return t.clone();
    }
    let mut rw = Rewriter::new(t);
    let mut pre = RefMap::new(t.insts.len());
    for i in 0..lp {
        copy(t, &mut rw, &mut pre, i);
    }
    // The pre-roll: phis are their initial values.
    for i in lp + 1..first_body {
        let Op::Phi { init, .. } = t.insts[i].op else { unreachable!() };
        let v = pre.get(init);
        pre.set(Ref::inst(i), v);
    }
    for i in first_body..t.insts.len() {
        copy(t, &mut rw, &mut pre, i);
    }
    // The loop: phis start from the pre-roll's values of `next`.
    let mut body = RefMap::new(t.insts.len());
    for i in 0..lp {
        body.0[i] = pre.0[i];
    }
    rw.push(Inst { op: Op::Loop, ty: Ty::Void, snap: None });
    for i in lp + 1..first_body {
        let Op::Phi { next, .. } = t.insts[i].op else { unreachable!() };
        let init = pre.get(next);
        let r = rw.push(Inst { op: Op::Phi { init, next: init }, ty: t.insts[i].ty, snap: None });
        body.set(Ref::inst(i), r);
    }
    for i in first_body..t.insts.len() {
        copy(t, &mut rw, &mut body, i);
    }
    for i in lp + 1..first_body {
        let Op::Phi { next, .. } = t.insts[i].op else { unreachable!() };
        let next = body.get(next);
        let phi = body.get(Ref::inst(i));
        if let Op::Phi { next: n, .. } = &mut rw.new.insts[phi.index()].op {
            *n = next;
        }
    }
    rw.finish()
}

/// Copies instruction `i` with its operands and snapshot mapped through `map`.
fn copy(t: &Trace, rw: &mut Rewriter, map: &mut RefMap, i: usize) {
    let inst = &t.insts[i];
    let mut op = inst.op.clone();
    op.map_args(|a| map.get(a));
    let snap = inst.snap.map(|s| rw.snap(Rewriter::map_snapshot(&t.snaps[s.0 as usize], &|r| map.get(r))));
    let r = rw.push(Inst { op, ty: inst.ty, snap });
    map.set(Ref::inst(i), r);
}
