//! Random loop traces run four ways: the IR interpreter and the native code, each on
//! the recorded and on the optimized form. Native must match the interpreter exactly
//! (exit id and frame); the optimized form must match the recorded one (resume pc and
//! frame) whenever the recorded run ends at the loop test or at a guard the optimizer may
//! not drop.

mod common;

use common::*;
use quicken_jit::*;

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

const INT_SLOTS: [u16; 4] = [0, 1, 2, 3]; // 0 = i, 1 = n
const FLOAT_SLOTS: [u16; 2] = [4, 5];
const STACK_SLOT: u16 = 8;

/// A random trace; returns it and, per resume pc, whether its guard may disappear in the
/// optimized form (an overflow check on a value nothing uses).
fn random_trace(rng: &mut Rng) -> (Trace, Vec<bool>) {
    let mut b = TraceBuilder::new(0, 0);
    for s in INT_SLOTS {
        b.load_slot_int(s).unwrap();
    }
    for s in FLOAT_SLOTS {
        b.load_slot_float(s).unwrap();
    }
    b.snapshot(0, ExitKind::Deopt, 0, &[]);
    let i = b.load_slot_int(0).unwrap();
    let n = b.load_slot_int(1).unwrap();
    let c = b.emit(Op::ICmp(Cc::Lt, i, n));
    b.emit(Op::GuardTrue(c));
    let mut droppable = vec![false];
    let steps = 2 + rng.below(10);
    for k in 0..steps {
        let pc = 1 + k as u32;
        let int = |b: &mut TraceBuilder, rng: &mut Rng| {
            if rng.below(4) == 0 {
                b.const_int(rng.pick(&[-3, -1, 0, 1, 2, 7, 64, i64::MAX]))
            } else {
                b.load_slot_int(rng.pick(&INT_SLOTS)).unwrap()
            }
        };
        let float = |b: &mut TraceBuilder, rng: &mut Rng| {
            if rng.below(4) == 0 {
                b.const_float(rng.pick(&[0.0, -0.5, 1.5, 1e300, f64::NAN]))
            } else {
                b.load_slot_float(rng.pick(&FLOAT_SLOTS)).unwrap()
            }
        };
        // Some snapshots carry a computed stack value.
        let stack = if rng.below(3) == 0 { vec![b.entry(STACK_SLOT, i, Own::Imm)] } else { vec![] };
        b.snapshot(pc, ExitKind::Deopt, stack.len() as u16, &stack);
        let (x, y) = (int(&mut b, rng), int(&mut b, rng));
        let (fx, fy) = (float(&mut b, rng), float(&mut b, rng));
        let kind = rng.below(5);
        let mut may_drop = false;
        match kind {
            0 => {
                let ops: [fn(Ref, Ref) -> Op; 10] =
                    [Op::AddOv, Op::SubOv, Op::MulOv, Op::FloorDiv, Op::Mod, Op::And, Op::Or, Op::Xor, Op::Shl, Op::Shr];
                let op = rng.pick(&ops)(x, y);
                may_drop = matches!(op, Op::AddOv(..) | Op::SubOv(..) | Op::MulOv(..));
                let r = b.emit(op);
                b.store_slot(rng.pick(&[2, 3]), r, Own::Imm).unwrap();
            }
            1 => {
                let ops: [fn(Ref, Ref) -> Op; 4] = [Op::FAdd, Op::FSub, Op::FMul, Op::FDiv];
                let r = b.emit(rng.pick(&ops)(fx, fy));
                b.store_slot(rng.pick(&FLOAT_SLOTS), r, Own::Imm).unwrap();
            }
            2 => {
                let cc = rng.pick(&[Cc::Eq, Cc::Ne, Cc::Lt, Cc::Le, Cc::Gt, Cc::Ge]);
                let c = if rng.below(2) == 0 { b.emit(Op::ICmp(cc, x, y)) } else { b.emit(Op::FCmp(cc, fx, fy)) };
                b.emit(if rng.below(2) == 0 { Op::GuardTrue(c) } else { Op::GuardFalse(c) });
            }
            3 => {
                may_drop = true;
                let r = b.emit(Op::IntToFloat(x));
                b.store_slot(rng.pick(&FLOAT_SLOTS), r, Own::Imm).unwrap();
            }
            _ => {
                let r = b.emit(Op::Sqrt(fx));
                let r = b.emit(Op::FNeg(r));
                b.store_slot(rng.pick(&FLOAT_SLOTS), r, Own::Imm).unwrap();
            }
        }
        droppable.push(may_drop);
    }
    b.snapshot(100, ExitKind::Deopt, 0, &[]);
    let one = b.const_int(1);
    let i = b.load_slot_int(0).unwrap();
    let i2 = b.emit(Op::AddOv(i, one));
    b.store_slot(0, i2, Own::Imm).unwrap();
    (b.close_loop(), droppable)
}

fn random_frame(rng: &mut Rng) -> Vec<[u64; 2]> {
    let mut vals = vec![V::I(0), V::I(rng.below(30) as i64)];
    for _ in 2..4 {
        vals.push(V::I(rng.pick(&[-100, -2, 0, 1, 3, 1 << 40, i64::MAX - 1])));
    }
    for _ in 0..2 {
        vals.push(V::F(rng.pick(&[0.0, -1.0, 2.5, 1e10])));
    }
    vals.extend([V::N, V::N, V::N]);
    frame(&vals)
}

/// Runs `t` natively and through the interpreter; they must agree. Returns (resume pc,
/// frame) of the exit.
fn run_both(t: &Trace, start: &[[u64; 2]], what: &str) -> (u32, Vec<[u64; 2]>) {
    let compiled = compile(t, &layout(), &opts()).unwrap_or_else(|e| panic!("{e}\n{}", print_trace(t)));
    let mut native = start.to_vec();
    let mut ctx = JitCtx::new(std::ptr::null_mut());
    let exit = unsafe { compiled.call(native.as_mut_ptr() as *mut u8, &mut ctx) };
    let mut interp = start.to_vec();
    let iexit = unsafe { quicken_jit::interp::run(t, &layout(), &mut interp, 10_000) }.unwrap();
    assert!(
        (exit, &native) == (iexit, &interp),
        "{what}: native exit {exit} {:?} vs interpreter exit {iexit} {:?}, start {:?}\n{}",
        values(&native),
        values(&interp),
        values(start),
        print_trace(t)
    );
    (compiled.exits[exit as usize].pc, native)
}

#[test]
fn random_traces_agree_everywhere() {
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let (mut compared, mut loop_ends, mut iterations) = (0, 0, 0);
    for round in 0..300 {
        let (t, droppable) = random_trace(&mut rng);
        let o = opt::optimize(&t);
        for _ in 0..4 {
            let start = random_frame(&mut rng);
            let (pc, f) = run_both(&t, &start, "recorded");
            let (opc, of) = run_both(&o, &start, "optimized");
            if pc == 0 {
                loop_ends += 1;
                iterations += values(&f)[0].clone().int();
            }
            if !droppable.get(pc as usize).copied().unwrap_or(false) {
                compared += 1;
                assert!(
                    (pc, &f) == (opc, &of),
                    "round {round}: recorded {pc} {:?} vs optimized {opc} {:?}, start {:?}\n{}\n{}",
                    values(&f),
                    values(&of),
                    values(&start),
                    print_trace(&t),
                    print_trace(&o)
                );
            }
        }
    }
    eprintln!("compared {compared}, loop ends {loop_ends}, iterations {iterations}");
    // The generator must exercise both whole loops and mid-loop exits.
    assert!(compared > 900 && loop_ends > 100 && iterations > 1000, "{compared} {loop_ends} {iterations}");
}
