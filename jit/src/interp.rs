//! A reference interpreter for the trace IR: the test oracle for the lowering and the
//! passes (design §8, "an IR interpreter in jit/ as oracle"). It runs a [`Trace`] on a
//! frame of 16-byte Values with the same exit protocol as the native code: on an exit
//! it writes the snapshot's entries and returns the exit id.
//!
//! Helper calls are not supported (a trace with `call` is refused); raw loads, stores
//! and reference counts go through real pointers, as in native code, and `decref` at 1
//! calls the Layout's `drop_last`.

use crate::ir::*;
use crate::Layout;

/// A value while interpreting: nothing, one machine word (ints, bools, pointers, floats
/// as bits), or a tag + payload pair.
#[derive(Copy, Clone, Debug, PartialEq)]
enum IVal {
    Unit,
    Word(u64),
    Pair(u64, u64),
}

/// Why the interpreter stopped without an exit.
#[derive(Clone, Debug, PartialEq)]
pub enum InterpError {
    /// The trace calls a helper (not interpreted).
    Unsupported(&'static str),
    /// More than the allowed number of loop iterations.
    TooManyIterations,
}

/// Runs `t` on `frame` (slot k = `frame[k]` as [tag, payload]) for at most `max_iters`
/// loop iterations; returns the exit id, after writing the exit's entries to the frame.
///
/// # Safety
/// Raw loads, stores and reference counts in the trace dereference the addresses it
/// names, exactly as the native code would.
pub unsafe fn run(t: &Trace, layout: &Layout, frame: &mut [[u64; 2]], max_iters: u64) -> Result<u32, InterpError> {
    if t.insts.iter().any(|i| matches!(i.op, Op::CallHelper { .. })) {
        return Err(InterpError::Unsupported("helper calls"));
    }
    let mut vals = vec![IVal::Unit; t.insts.len()];
    let loop_at = t.loop_index();
    let mut iters = 0;
    let mut pc = 0;
    loop {
        if pc == t.insts.len() {
            let lp = loop_at.expect("validated: a trace without loop ends in exit");
            iters += 1;
            if iters > max_iters {
                return Err(InterpError::TooManyIterations);
            }
            let nexts: Vec<(usize, IVal)> = phis(t, lp).map(|(i, _, next)| (i, value(t, layout, &vals, next))).collect();
            for (i, v) in nexts {
                vals[i] = v;
            }
            pc = lp + 1;
            continue;
        }
        let inst = &t.insts[pc];
        match step(t, layout, frame, &mut vals, pc) {
            Step::Next(v) => vals[pc] = v,
            Step::Exit => {
                let snap = inst.snap.expect("guards have snapshots");
                write_exit(t, layout, frame, &vals, snap);
                return Ok(snap.0);
            }
        }
        if inst.op == Op::Loop {
            for (i, init, _) in phis(t, pc) {
                vals[i] = value(t, layout, &vals, init);
            }
        }
        pc += 1;
    }
}

/// The phis after the loop marker at `lp`: (index, init, next).
fn phis(t: &Trace, lp: usize) -> impl Iterator<Item = (usize, Ref, Ref)> + '_ {
    t.insts[lp + 1..].iter().enumerate().map_while(move |(k, inst)| match inst.op {
        Op::Phi { init, next } => Some((lp + 1 + k, init, next)),
        _ => None,
    })
}

fn value(t: &Trace, layout: &Layout, vals: &[IVal], r: Ref) -> IVal {
    let Some(c) = t.as_const(r) else { return vals[r.index()] };
    match c.ty {
        Ty::Val => IVal::Pair(c.tag, c.bits),
        Ty::None | Ty::Void => IVal::Unit,
        _ => {
            let _ = layout;
            IVal::Word(c.bits)
        }
    }
}

enum Step {
    Next(IVal),
    Exit,
}

fn boxed(layout: &Layout, ty: Ty, v: IVal) -> [u64; 2] {
    match (layout.immediate_tag(ty), v) {
        (Some(tag), IVal::Word(w)) => [tag, w],
        (Some(tag), _) => [tag, 0],
        (None, IVal::Pair(t, p)) => [t, p],
        (None, other) => panic!("cannot box {other:?} as {ty:?}"),
    }
}

unsafe fn incref(layout: &Layout, p: u64) {
    let count = (p as *mut u8).offset(layout.refcount_offset as isize) as *mut u64;
    *count += 1;
}

unsafe fn incref_val(layout: &Layout, tag: u64, p: u64) {
    if tag >= layout.first_heap_tag {
        incref(layout, p)
    }
}

unsafe fn write_exit(t: &Trace, layout: &Layout, frame: &mut [[u64; 2]], vals: &[IVal], snap: SnapId) {
    for e in &t.snaps[snap.0 as usize].entries {
        let w = boxed(layout, e.ty, value(t, layout, vals, e.val));
        if e.own == Own::Borrowed {
            incref_val(layout, w[0], w[1]);
        }
        frame[e.slot as usize] = w;
    }
}

unsafe fn step(t: &Trace, layout: &Layout, frame: &mut [[u64; 2]], vals: &mut [IVal], pc: usize) -> Step {
    let inst = &t.insts[pc];
    let v = |r: Ref| value(t, layout, vals, r);
    let word = |r: Ref| match v(r) {
        IVal::Word(w) => w,
        IVal::Pair(_, p) => p,
        IVal::Unit => 0,
    };
    let int = |r: Ref| word(r) as i64;
    let float = |r: Ref| f64::from_bits(word(r));
    let pair = |r: Ref| match v(r) {
        IVal::Pair(a, b) => (a, b),
        other => panic!("{r:?} is not a Val: {other:?}"),
    };
    let w = |x: i64| Step::Next(IVal::Word(x as u64));
    let f = |x: f64| Step::Next(IVal::Word(x.to_bits()));
    let b = |x: bool| Step::Next(IVal::Word(x as u64));
    let checked = |x: Option<i64>| x.map_or(Step::Exit, w);
    let guard = |ok: bool| if ok { Step::Next(IVal::Unit) } else { Step::Exit };
    use Op::*;
    match inst.op {
        Loop | Phi { .. } => Step::Next(vals[pc]),
        Exit => Step::Exit,
        SLoad { slot } => Step::Next(IVal::Pair(frame[slot as usize][0], frame[slot as usize][1])),
        LoadInt { slot } | LoadFloat { slot } => Step::Next(IVal::Word(frame[slot as usize][1])),
        SStore { slot, val } => {
            frame[slot as usize] = boxed(layout, t.ty(val), v(val));
            Step::Next(IVal::Unit)
        }
        GuardTag { val, tag } => {
            let (tg, p) = pair(val);
            if tg != layout.tag_number(tag) {
                return Step::Exit;
            }
            match tag {
                Tag::None => Step::Next(IVal::Unit),
                Tag::Bool => b(p != 0),
                _ => Step::Next(IVal::Word(p)),
            }
        }
        GuardTrue(a) => guard(word(a) != 0),
        GuardFalse(a) => guard(word(a) == 0),
        GuardEqPtr { val, expect } => guard(word(val) == word(expect)),
        GuardWordEq { base, offset, width, expect } => {
            let at = (word(base) as *const u8).offset(offset as isize);
            let got = match width {
                Width::W8 => *at as u64,
                Width::W32 => *(at as *const u32) as u64,
                Width::W64 => *(at as *const u64),
            };
            let want = match width {
                Width::W8 => expect as u8 as u64,
                Width::W32 => expect as u32 as u64,
                Width::W64 => expect,
            };
            guard(got == want)
        }
        CheckAttention { base, width } => {
            let at = word(base) as *const u8;
            let flag = match width {
                Width::W8 => *at as u64,
                Width::W32 => *(at as *const u32) as u64,
                Width::W64 => *(at as *const u64),
            };
            guard(flag == 0)
        }
        AddOv(x, y) => checked(int(x).checked_add(int(y))),
        Add(x, y) => w(int(x).wrapping_add(int(y))),
        Sub(x, y) => w(int(x).wrapping_sub(int(y))),
        SubOv(x, y) => checked(int(x).checked_sub(int(y))),
        MulOv(x, y) => checked(int(x).checked_mul(int(y))),
        NegOv(x) => checked(int(x).checked_neg()),
        FloorDiv(x, y) => checked((int(y) > 0).then(|| int(x).div_euclid(int(y)))),
        Mod(x, y) => checked((int(y) > 0).then(|| int(x).rem_euclid(int(y)))),
        And(x, y) => w(int(x) & int(y)),
        Or(x, y) => w(int(x) | int(y)),
        Xor(x, y) => w(int(x) ^ int(y)),
        Shl(x, y) => {
            let (x, y) = (int(x), int(y));
            checked(((0..63).contains(&y) && x >= 0 && (x >> (62 - y)) == 0).then(|| x << y))
        }
        Shr(x, y) => checked((0..64).contains(&int(y)).then(|| int(x) >> int(y))),
        ICmp(cc, x, y) => {
            if t.ty(x) == Ty::Bool {
                b(cc.eval_int((word(x) != 0) as i64, (word(y) != 0) as i64))
            } else {
                b(cc.eval_int(int(x), int(y)))
            }
        }
        Box(x) => {
            let [tag, payload] = boxed(layout, t.ty(x), v(x));
            Step::Next(IVal::Pair(tag, payload))
        }
        IntToFloat(x) => {
            if int(x).unsigned_abs() < 1 << 53 {
                f(int(x) as f64)
            } else {
                Step::Exit
            }
        }
        FAdd(x, y) => f(float(x) + float(y)),
        FSub(x, y) => f(float(x) - float(y)),
        FMul(x, y) => f(float(x) * float(y)),
        FDiv(x, y) => {
            if float(y) == 0.0 {
                Step::Exit
            } else {
                f(float(x) / float(y))
            }
        }
        FNeg(x) => f(-float(x)),
        Sqrt(x) => {
            if float(x) < 0.0 {
                Step::Exit
            } else {
                f(float(x).sqrt())
            }
        }
        FCmp(cc, x, y) => b(cc.eval_float(float(x), float(y))),
        Load { base, offset } => {
            let at = (word(base) as *const u8).offset(offset as isize);
            match inst.ty {
                Ty::Val => Step::Next(IVal::Pair(*(at as *const u64), *(at.add(8) as *const u64))),
                Ty::Bool => b(*at != 0),
                _ => Step::Next(IVal::Word(*(at as *const u64))),
            }
        }
        Store { base, offset, val } => {
            let at = (word(base) as *mut u8).offset(offset as isize);
            match v(val) {
                IVal::Pair(tg, p) => {
                    *(at as *mut u64) = tg;
                    *(at.add(8) as *mut u64) = p;
                }
                IVal::Word(x) if t.ty(val) == Ty::Bool => *at = x as u8,
                IVal::Word(x) => *(at as *mut u64) = x,
                IVal::Unit => {}
            }
            Step::Next(IVal::Unit)
        }
        LoadAt { base, index, offset } => {
            let size = if inst.ty == Ty::Val { 16 } else { 8 };
            let at = (word(base) as *const u8).offset(offset as isize + word(index) as i64 as isize * size);
            match inst.ty {
                Ty::Val => Step::Next(IVal::Pair(*(at as *const u64), *(at.add(8) as *const u64))),
                _ => Step::Next(IVal::Word(*(at as *const u64))),
            }
        }
        StoreAt { base, index, offset, val } => {
            let size = if t.ty(val) == Ty::Val { 16 } else { 8 };
            let at = (word(base) as *mut u8).offset(offset as isize + word(index) as i64 as isize * size);
            match v(val) {
                IVal::Pair(tg, p) => {
                    *(at as *mut u64) = tg;
                    *(at.add(8) as *mut u64) = p;
                }
                IVal::Word(x) => *(at as *mut u64) = x,
                IVal::Unit => {}
            }
            Step::Next(IVal::Unit)
        }
        GuardIndex { index, len } => guard(word(index) < word(len)),
        CallHelper { .. } => unreachable!("refused above"),
        Incref(a) => {
            match v(a) {
                IVal::Pair(tg, p) => incref_val(layout, tg, p),
                IVal::Word(p) => incref(layout, p),
                IVal::Unit => {}
            }
            Step::Next(IVal::Unit)
        }
        Decref(a) => {
            let (tg, p) = pair(a);
            if tg >= layout.first_heap_tag {
                let count = (p as *mut u8).offset(layout.refcount_offset as isize) as *mut u64;
                if *count == 1 {
                    let drop_last: extern "C" fn(u64, u64) = std::mem::transmute(layout.drop_last as usize);
                    drop_last(tg, p);
                } else {
                    *count -= 1;
                }
            }
            Step::Next(IVal::Unit)
        }
    }
}
