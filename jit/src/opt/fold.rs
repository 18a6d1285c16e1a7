//! Pass (a): constant folding, common subexpressions and redundant guards.
//!
//! One forward walk with a value-numbering table:
//! - a pure operation or guard on constants is computed (a guard that would pass
//!   disappears; one that would fail stays: it always exits);
//! - an instruction equal to an earlier one (same operation on the same values) reuses
//!   its result: a tag guarded twice, a comparison computed twice, the same overflow
//!   check. Guards count as pure here: an equal guard already passed. Across the `loop`
//!   marker this removes the body's copies of what the pre-roll (see `peel`) computed
//!   from loop-invariant values;
//! - range facts: after a guard proves `a < b` (ints), `a + 1` cannot overflow and
//!   becomes `add`; after `b < a`, `a - 1` becomes `sub` (the `i += 1` of a loop guarded by
//!   `i < n`: the overflow check Cranelift would keep);
//! - reads of memory (slot loads, raw loads, version guards) are only reused while no
//!   write can intervene: an `sstore` forgets the loads of its slot, a `store_at` the
//!   element loads (`load_at`), a raw store all but the reads of other fields of its base
//!   and of objects guarded to have another heap type than its base, a helper call or
//!   reference-count operation all of them (a raw store then remembers its own value: a
//!   load of the same word gets it back). At `loop` they are kept unless a write of the
//!   body would forget them (then they are loop-invariant);

use std::collections::{HashMap, HashSet};

use super::{RefMap, Rewriter};
use crate::ir::*;

/// Runs the pass.
pub fn fold(t: &Trace) -> Trace {
    let mut rw = Rewriter::new(t);
    let mut map = RefMap::new(t.insts.len());
    let mut pure: HashMap<(Op, Ty), Ref> = HashMap::new();
    let mut mem: HashMap<(Op, Ty), Ref> = HashMap::new();
    // The writes of the loop body: at `loop`, the reads they may change
    // are forgotten (the others are loop-invariant).
    let body_writes: Vec<&Op> = t
        .loop_index()
        .map(|lp| t.insts[lp + 1..].iter().map(|i| &i.op).filter(|op| op.writes_memory()).collect())
        .unwrap_or_default();
    let mut phis: Vec<(Ref, Ref)> = Vec::new(); // (new phi, old next)
    let mut facts = Facts::default();
    for (i, inst) in t.insts.iter().enumerate() {
        let old = Ref::inst(i);
        let mut op = inst.op.clone();
        if let Op::Phi { init, next } = op {
            let r = rw.push(Inst { op: Op::Phi { init: map.get(init), next: init }, ty: inst.ty, snap: None });
            phis.push((r, next));
            map.set(old, r);
            continue;
        }
        op.map_args(|a| map.get(a));
        let op = facts.strengthen(&rw.new, op);
        if op == Op::Loop {
            for &write in &body_writes {
                // A field store's base defined before the loop is the same object in
                // every iteration (mapped to the new trace); one defined in the body is
                // a base the reads here cannot name.
                let field = field_store(t, write, |base| (base.is_const() || base.index() < i).then(|| map.get(base)));
                forget_written(&mut mem, write, field, &rw.new);
            }
        }
        if let Some(c) = eval(&rw.new, &op) {
            match c {
                Folded::Value(c) => {
                    let r = rw.constant(c);
                    map.set(old, r);
                }
                Folded::Passes => {}
            }
            continue;
        }
        let key = (op.clone(), inst.ty);
        let cse = if op.has_effects() {
            None
        } else if op.reads_memory() {
            mem.get(&key).copied()
        } else {
            pure.get(&key).copied()
        };
        if let Some(r) = cse {
            map.set(old, r);
            continue;
        }
        let snap = inst.snap.filter(|_| op.is_guard()).map(|s| {
            let snap = Rewriter::map_snapshot(&t.snaps[s.0 as usize], &|r| map.get(r));
            rw.snap(snap)
        });
        facts.learn(&rw.new, &op);
        let field = field_store(&rw.new, &op, Some);
        forget_written(&mut mem, &op, field, &rw.new);
        if let Op::Store { base, offset, val } = op {
            // Store-to-load forwarding: reading the word back gives the stored value.
            mem.insert((Op::Load { base, offset }, rw.new.ty(val)), val);
        }
        let r = rw.push(Inst { op: op.clone(), ty: inst.ty, snap });
        if !op.has_effects() {
            if op.reads_memory() {
                mem.insert(key, r);
            } else {
                pure.insert(key, r);
            }
        }
        map.set(old, r);
    }
    for (phi, next) in phis {
        let next = map.get(next);
        if let Op::Phi { next: n, .. } = &mut rw.new.insts[phi.index()].op {
            *n = next;
        }
    }
    rw.finish()
}

/// Strict orders between int values that guards established (valid from the guard on:
/// a value's facts hold wherever the value is used after it).
#[derive(Default)]
struct Facts {
    /// Values known to be less than some other int (so `+ 1` cannot overflow).
    below: HashSet<Ref>,
    /// Values known to be greater than some other int (so `- 1` cannot overflow).
    above: HashSet<Ref>,
}

impl Facts {
    /// Records what a guard on a comparison proves.
    fn learn(&mut self, t: &Trace, op: &Op) {
        let (cond, holds) = match op {
            Op::GuardTrue(c) => (*c, true),
            Op::GuardFalse(c) => (*c, false),
            _ => return,
        };
        let Some(Inst { op: Op::ICmp(cc, a, b), .. }) = t.inst(cond) else { return };
        if t.ty(*a) != Ty::Int {
            return;
        }
        let (lo, hi) = match (cc, holds) {
            (Cc::Lt, true) | (Cc::Ge, false) => (*a, *b),
            (Cc::Gt, true) | (Cc::Le, false) => (*b, *a),
            _ => return,
        };
        self.below.insert(lo);
        self.above.insert(hi);
    }

    /// `op` with overflow checks the facts make impossible removed.
    fn strengthen(&self, t: &Trace, op: Op) -> Op {
        let is_one = |r: Ref| t.as_const(r).is_some_and(|c| c.ty == Ty::Int && c.bits == 1);
        match op {
            Op::AddOv(a, b) if is_one(b) && self.below.contains(&a) => Op::Add(a, b),
            Op::AddOv(a, b) if is_one(a) && self.below.contains(&b) => Op::Add(a, b),
            Op::SubOv(a, b) if is_one(b) && self.above.contains(&a) => Op::Sub(a, b),
            op => op,
        }
    }
}

/// What a raw `store` writes, for [`forget_written`].
struct FieldStore {
    /// The base as the reads name it (in the trace being built), if they can.
    base: Option<Ref>,
    /// The bytes written: `offset..offset + width` from the base.
    offset: i32,
    width: i32,
    /// The heap tag the base was guarded to have.
    tag: Option<u64>,
}

/// The `FieldStore` of `op` (of trace `t`) if it is a raw `store`; `base` names its base
/// in the trace being built.
fn field_store(t: &Trace, op: &Op, base: impl Fn(Ref) -> Option<Ref>) -> Option<FieldStore> {
    match op {
        Op::Store { base: b, offset, val } => {
            Some(FieldStore { base: base(*b), offset: *offset, width: ty_width(t.ty(*val)), tag: heap_tag(t, *b) })
        }
        _ => None,
    }
}

/// The bytes a `load` or `store` of this type covers.
fn ty_width(ty: Ty) -> i32 {
    match ty {
        Ty::Val => 16,
        Ty::Bool => 1,
        _ => 8,
    }
}

/// The heap tag a pointer was guarded to have (the result of a `guard_tag` on a heap
/// tag), if it is one.
fn heap_tag(t: &Trace, r: Ref) -> Option<u64> {
    match t.inst(r) {
        Some(Inst { op: Op::GuardTag { tag: Tag::Heap(h), .. }, .. }) => Some(*h),
        _ => None,
    }
}

/// Drops remembered memory reads (in `new`) that `op` may invalidate; `field` describes
/// `op` when it is a raw `store`.
fn forget_written(mem: &mut HashMap<(Op, Ty), Ref>, op: &Op, field: Option<FieldStore>, new: &Trace) {
    if let Some(f) = field {
        // A field store leaves other fields of the same base as they are, and the fields
        // of objects guarded to have another heap type than its base: payloads of
        // different heap tags are different allocations (a range iterator's `next` is not
        // a list's length).
        let untouched = |base: Ref, offset: i32, width: i32| {
            let apart = offset + width <= f.offset || f.offset + f.width <= offset;
            (f.base == Some(base) && apart) || (f.tag.is_some() && heap_tag(new, base).is_some_and(|h| Some(h) != f.tag))
        };
        let byte_width = |w: &Width| match w {
            Width::W8 => 1,
            Width::W32 => 4,
            Width::W64 => 8,
        };
        mem.retain(|(k, ty), _| match k {
            Op::Load { base, offset } => untouched(*base, *offset, ty_width(*ty)),
            Op::GuardWordEq { base, offset, width, .. } => untouched(*base, *offset, byte_width(width)),
            _ => false,
        });
        return;
    }
    match op {
        Op::SStore { slot, .. } => mem.retain(|(k, _), _| match k {
            Op::SLoad { slot: s } | Op::LoadInt { slot: s } | Op::LoadFloat { slot: s } => s != slot,
            _ => true,
        }),
        // Element arrays are only written by `store_at` and read by
        // `load_at` (see `Op::LoadAt`): object fields and slots stay known.
        Op::StoreAt { .. } => mem.retain(|(k, _), _| !matches!(k, Op::LoadAt { .. })),
        op if op.writes_memory() => mem.clear(),
        _ => {}
    }
}

/// The result of evaluating an instruction on constant operands.
enum Folded {
    /// Its value.
    Value(Const),
    /// A guard that passes (it disappears).
    Passes,
}

fn int_const(v: i64) -> Folded {
    Folded::Value(Const { ty: Ty::Int, bits: v as u64, tag: 0 })
}

fn float_const(v: f64) -> Folded {
    Folded::Value(Const { ty: Ty::Float, bits: v.to_bits(), tag: 0 })
}

fn bool_const(v: bool) -> Folded {
    Folded::Value(Const { ty: Ty::Bool, bits: v as u64, tag: 0 })
}

/// Evaluates `op` if all its operands are constants and it cannot exit (or its guard
/// passes). `None` = keep the instruction.
fn eval(t: &Trace, op: &Op) -> Option<Folded> {
    if op.has_effects() || op.reads_memory() || matches!(op, Op::GuardTag { .. } | Op::GuardEqPtr { .. }) {
        return None;
    }
    let args = op.args();
    if args.is_empty() || !args.iter().all(|a| a.is_const()) {
        return None;
    }
    let c = |r: Ref| t.as_const(r).expect("checked constant");
    let int = |r: Ref| c(r).bits as i64;
    let float = |r: Ref| f64::from_bits(c(r).bits);
    let ok = |v: Option<i64>| v.map(int_const);
    use Op::*;
    match *op {
        AddOv(a, b) => ok(int(a).checked_add(int(b))),
        Add(a, b) => Some(int_const(int(a).wrapping_add(int(b)))),
        Sub(a, b) => Some(int_const(int(a).wrapping_sub(int(b)))),
        SubOv(a, b) => ok(int(a).checked_sub(int(b))),
        MulOv(a, b) => ok(int(a).checked_mul(int(b))),
        NegOv(a) => ok(int(a).checked_neg()),
        FloorDiv(a, b) => ok((int(b) > 0).then(|| int(a).div_euclid(int(b)))),
        Mod(a, b) => ok((int(b) > 0).then(|| int(a).rem_euclid(int(b)))),
        And(a, b) => Some(int_const(int(a) & int(b))),
        Or(a, b) => Some(int_const(int(a) | int(b))),
        Xor(a, b) => Some(int_const(int(a) ^ int(b))),
        Shl(a, b) => {
            let (x, y) = (int(a), int(b));
            ok(((0..63).contains(&y) && x >= 0 && (x >> (62 - y)) == 0).then(|| x << y))
        }
        Shr(a, b) => ok((0..64).contains(&int(b)).then(|| int(a) >> int(b))),
        ICmp(cc, a, b) => Some(bool_const(cc.eval_int(int(a), int(b)))),
        IntToFloat(a) => (int(a).unsigned_abs() < 1 << 53).then(|| float_const(int(a) as f64)),
        FAdd(a, b) => Some(float_const(float(a) + float(b))),
        FSub(a, b) => Some(float_const(float(a) - float(b))),
        FMul(a, b) => Some(float_const(float(a) * float(b))),
        FDiv(a, b) => (float(b) != 0.0).then(|| float_const(float(a) / float(b))),
        FNeg(a) => Some(float_const(-float(a))),
        Sqrt(a) => (!(float(a) < 0.0)).then(|| float_const(float(a).sqrt())),
        FCmp(cc, a, b) => Some(bool_const(cc.eval_float(float(a), float(b)))),
        GuardTrue(a) => (c(a).bits != 0).then_some(Folded::Passes),
        GuardFalse(a) => (c(a).bits == 0).then_some(Folded::Passes),
        _ => None,
    }
}
