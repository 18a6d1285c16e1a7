//! Hand-built traces compiled with Cranelift and run on fake frames: results, exit ids and
//! the frame contents at each kind of exit, before and after the optimizer.

mod common;

use common::*;
use quicken_jit::*;

const I: u16 = 0;
const S: u16 = 1;
const N: u16 = 2;

/// `while i < n: s += i * 0.5; i += 1` over slots i, s, n. Returns the trace and the
/// snapshot of the loop test (the exit taken when the loop ends).
fn float_loop() -> (Trace, SnapId) {
    let mut b = TraceBuilder::new(4, 0);
    let test = b.snapshot(4, ExitKind::Deopt, 0, &[]);
    let i = b.load_slot_int(I).unwrap();
    let n = b.load_slot_int(N).unwrap();
    let lt = b.emit(Op::ICmp(Cc::Lt, i, n));
    b.emit(Op::GuardTrue(lt));
    b.snapshot(8, ExitKind::Deopt, 0, &[]);
    let s = b.load_slot_float(S).unwrap();
    let fi = b.emit(Op::IntToFloat(i));
    let half = b.const_float(0.5);
    let m = b.emit(Op::FMul(fi, half));
    let s2 = b.emit(Op::FAdd(s, m));
    b.store_slot(S, s2, Own::Imm).unwrap();
    b.snapshot(14, ExitKind::Deopt, 0, &[]);
    let one = b.const_int(1);
    let i2 = b.emit(Op::AddOv(i, one));
    b.store_slot(I, i2, Own::Imm).unwrap();
    (b.close_loop(), test)
}

fn both_forms(t: &Trace) -> [Trace; 2] {
    [t.clone(), opt::optimize(t)]
}

#[test]
fn float_loop_runs_to_the_end() {
    let (t, _) = float_loop();
    for t in both_forms(&t) {
        let mut f = frame(&[V::I(0), V::F(0.0), V::I(10)]);
        let exit = run(&t, &mut f);
        let expect: f64 = (0..10).map(|i| i as f64 * 0.5).sum();
        assert_eq!(values(&f), vec![V::I(10), V::F(expect), V::I(10)], "{}", print_trace(&t));
        // The loop ends at the `i < n` guard: its snapshot resumes at the test's pc.
        let compiled = compile(&t, &layout(), &opts()).unwrap();
        assert_eq!(compiled.exits[exit as usize].pc, 4);
        assert_eq!(compiled.exits[exit as usize].kind, ExitKind::Deopt);
    }
}

#[test]
fn tag_mismatch_at_entry_is_exit_0_and_frame_untouched() {
    let (t, _) = float_loop();
    for t in both_forms(&t) {
        for bad in [
            vec![V::F(0.0), V::F(0.0), V::I(10)],
            vec![V::I(0), V::I(0), V::I(10)],
            vec![V::I(0), V::F(0.0), V::N],
        ] {
            let mut f = frame(&bad);
            assert_eq!(run(&t, &mut f), 0);
            assert_eq!(values(&f), bad);
        }
    }
}

#[test]
fn overflow_exits_with_pre_operation_values() {
    // while True: i = i + step (int), counting iterations in c.
    let mut b = TraceBuilder::new(0, 0);
    let i = b.load_slot_int(0).unwrap();
    let step = b.load_slot_int(1).unwrap();
    let c = b.load_slot_int(2).unwrap();
    let snap = b.snapshot(3, ExitKind::Deopt, 0, &[]);
    let i2 = b.emit(Op::AddOv(i, step));
    b.store_slot(0, i2, Own::Imm).unwrap();
    b.snapshot(5, ExitKind::Deopt, 0, &[]);
    let one = b.const_int(1);
    let c2 = b.emit(Op::AddOv(c, one));
    b.store_slot(2, c2, Own::Imm).unwrap();
    let t = b.close_loop();
    for t in both_forms(&t) {
        let start = i64::MAX - 10 * 1000;
        let mut f = frame(&[V::I(start), V::I(1000), V::I(0)]);
        let exit = run(&t, &mut f);
        let compiled = compile(&t, &layout(), &opts()).unwrap();
        assert_eq!(compiled.exits[exit as usize].pc, 3, "{}", print_trace(&t));
        let _ = snap;
        // 10 additions fit; the 11th overflows: i and c hold the values before it.
        assert_eq!(values(&f), vec![V::I(start + 10 * 1000), V::I(1000), V::I(10)], "{}", print_trace(&t));
    }
}

/// A one-op trace: loads slots 0 and 1 as `ta`/`tb`, applies `op`, stores the result in
/// slot 2, then exits (LoopEnd at pc 99). Guards use snapshot at pc 50.
fn binop_trace(ta: Tag, tb: Tag, op: fn(Ref, Ref) -> Op) -> Trace {
    let mut b = TraceBuilder::new(0, 0);
    let x = b.load_slot_as(0, ta).unwrap();
    let y = b.load_slot_as(1, tb).unwrap();
    b.snapshot(50, ExitKind::Deopt, 0, &[]);
    let r = b.emit(op(x, y));
    b.store_slot(2, r, Own::Imm).unwrap();
    let end = b.snapshot(99, ExitKind::LoopEnd, 0, &[]);
    b.finish_with_exit(end)
}

/// Runs a binop trace on (x, y); returns Some(result) at the LoopEnd exit or None at the
/// guard's exit (slot 2 then untouched).
fn eval(t: &Trace, x: V, y: V) -> Option<V> {
    let mut f = frame(&[x, y, V::N]);
    let exit = run(t, &mut f);
    let compiled = compile(t, &layout(), &opts()).unwrap();
    match compiled.exits[exit as usize].pc {
        99 => Some(values(&f)[2]),
        50 => {
            assert_eq!(values(&f)[2], V::N);
            None
        }
        pc => panic!("unexpected exit at pc {pc}"),
    }
}

#[test]
fn floordiv_and_mod_have_python_semantics_and_guard_positive_divisor() {
    let fd = binop_trace(Tag::Int, Tag::Int, Op::FloorDiv);
    let md = binop_trace(Tag::Int, Tag::Int, Op::Mod);
    for x in [-7i64, -6, -1, 0, 1, 6, 7, i64::MIN, i64::MAX] {
        for y in [1i64, 2, 3, 7, i64::MAX] {
            assert_eq!(eval(&fd, V::I(x), V::I(y)), Some(V::I(x.div_euclid(y))), "{x} // {y}");
            assert_eq!(eval(&md, V::I(x), V::I(y)), Some(V::I(x.rem_euclid(y))), "{x} % {y}");
        }
        for y in [0i64, -1, -3, i64::MIN] {
            assert_eq!(eval(&fd, V::I(x), V::I(y)), None, "{x} // {y} must exit");
            assert_eq!(eval(&md, V::I(x), V::I(y)), None, "{x} % {y} must exit");
        }
    }
}

#[test]
fn int_ops_and_their_guards() {
    let cases: Vec<(fn(Ref, Ref) -> Op, fn(i64, i64) -> Option<i64>)> = vec![
        (Op::AddOv, |a, b| a.checked_add(b)),
        (Op::SubOv, |a, b| a.checked_sub(b)),
        (Op::MulOv, |a, b| a.checked_mul(b)),
        (Op::And, |a, b| Some(a & b)),
        (Op::Or, |a, b| Some(a | b)),
        (Op::Xor, |a, b| Some(a ^ b)),
        (Op::Shr, |a, b| (0..64).contains(&b).then(|| a >> b)),
        (Op::Shl, |a, b| ((0..63).contains(&b) && a >= 0 && (a >> (62 - b)) == 0).then(|| a << b)),
    ];
    let samples = [i64::MIN, -5, -1, 0, 1, 2, 3, 62, 63, 64, 1 << 40, i64::MAX];
    for (op, reference) in cases {
        let t = binop_trace(Tag::Int, Tag::Int, op);
        for x in samples {
            for y in samples {
                assert_eq!(eval(&t, V::I(x), V::I(y)), reference(x, y).map(V::I), "{:?} {x} {y}", op(Ref(0), Ref(1)));
            }
        }
    }
}

#[test]
fn comparisons_follow_python_including_nan() {
    let ccs = [Cc::Eq, Cc::Ne, Cc::Lt, Cc::Le, Cc::Gt, Cc::Ge];
    let floats = [f64::NAN, -1.5, 0.0, -0.0, 2.0, f64::INFINITY];
    for cc in ccs {
        let ops: [fn(Cc) -> fn(Ref, Ref) -> Op; 1] = [|_| |a, b| Op::FCmp(Cc::Eq, a, b)];
        let _ = ops;
        let ft = {
            let mut b = TraceBuilder::new(0, 0);
            let x = b.load_slot_float(0).unwrap();
            let y = b.load_slot_float(1).unwrap();
            let r = b.emit(Op::FCmp(cc, x, y));
            b.store_slot(2, r, Own::Imm).unwrap();
            let end = b.snapshot(99, ExitKind::LoopEnd, 0, &[]);
            b.finish_with_exit(end)
        };
        for x in floats {
            for y in floats {
                assert_eq!(eval(&ft, V::F(x), V::F(y)), Some(V::B(cc.eval_float(x, y))), "{x} {cc:?} {y}");
            }
        }
        let it = {
            let mut b = TraceBuilder::new(0, 0);
            let x = b.load_slot_int(0).unwrap();
            let y = b.load_slot_int(1).unwrap();
            let r = b.emit(Op::ICmp(cc, x, y));
            b.store_slot(2, r, Own::Imm).unwrap();
            let end = b.snapshot(99, ExitKind::LoopEnd, 0, &[]);
            b.finish_with_exit(end)
        };
        for x in [i64::MIN, -1, 0, 1, i64::MAX] {
            for y in [i64::MIN, -1, 0, 1, i64::MAX] {
                assert_eq!(eval(&it, V::I(x), V::I(y)), Some(V::B(cc.eval_int(x, y))), "{x} {cc:?} {y}");
            }
        }
    }
}

#[test]
fn float_ops_and_guards() {
    let div = binop_trace(Tag::Float, Tag::Float, Op::FDiv);
    assert_eq!(eval(&div, V::F(1.0), V::F(4.0)), Some(V::F(0.25)));
    assert_eq!(eval(&div, V::F(1.0), V::F(0.0)), None);
    assert_eq!(eval(&div, V::F(1.0), V::F(-0.0)), None);
    let Some(V::F(nan)) = eval(&div, V::F(1.0), V::F(f64::NAN)) else { panic!() };
    assert!(nan.is_nan());
    let sub = binop_trace(Tag::Float, Tag::Float, Op::FSub);
    assert_eq!(eval(&sub, V::F(1.0), V::F(0.25)), Some(V::F(0.75)));
    // int -> float is exact below 2^53 only.
    let conv = {
        let mut b = TraceBuilder::new(0, 0);
        let x = b.load_slot_int(0).unwrap();
        b.snapshot(50, ExitKind::Deopt, 0, &[]);
        let f = b.emit(Op::IntToFloat(x));
        let s = b.emit(Op::Sqrt(f));
        let n = b.emit(Op::FNeg(s));
        b.store_slot(2, n, Own::Imm).unwrap();
        let end = b.snapshot(99, ExitKind::LoopEnd, 0, &[]);
        b.finish_with_exit(end)
    };
    let limit = 1i64 << 53;
    assert_eq!(eval(&conv, V::I(16), V::N), Some(V::F(-4.0)));
    assert_eq!(eval(&conv, V::I(limit - 1), V::N), Some(V::F(-((limit - 1) as f64).sqrt())));
    assert_eq!(eval(&conv, V::I(limit), V::N), None);
    assert_eq!(eval(&conv, V::I(-limit), V::N), None);
    assert_eq!(eval(&conv, V::I(i64::MIN), V::N), None);
    // sqrt of a negative exits (the interpreter raises "math domain error").
    assert_eq!(eval(&conv, V::I(-4), V::N), None);
}

#[test]
fn guards_on_values_exit_through_their_snapshot_with_stack_entries() {
    // A guard whose snapshot materializes a computed stack value (slot 3 = nfixed + 0).
    let mut b = TraceBuilder::new(0, 0);
    let x = b.load_slot_int(0).unwrap();
    let one = b.const_int(1);
    let y = b.emit(Op::AddOv(x, one));
    let e = b.entry(3, y, Own::Imm);
    b.snapshot(7, ExitKind::Deopt, 1, &[e]);
    let zero = b.const_int(0);
    let c = b.emit(Op::ICmp(Cc::Gt, y, zero));
    b.emit(Op::GuardTrue(c));
    let end = b.snapshot(99, ExitKind::LoopEnd, 0, &[]);
    let t = b.finish_with_exit(end);
    let mut f = frame(&[V::I(-5), V::N, V::N, V::Null]);
    let exit = run(&t, &mut f);
    let compiled = compile(&t, &layout(), &opts()).unwrap();
    let info = &compiled.exits[exit as usize];
    assert_eq!((info.pc, info.stack_depth, info.written.clone()), (7, 1, vec![(3, Ty::Int)]));
    assert_eq!(values(&f), vec![V::I(-5), V::N, V::N, V::I(-4)]);
}

#[test]
fn force_exits_take_every_guard_in_turn() {
    let (t, _) = float_loop();
    for t in both_forms(&t) {
        let options = CompileOptions { force_exits: true, ..opts() };
        let compiled = compile(&t, &layout(), &options).unwrap();
        let mut seen = std::collections::BTreeSet::new();
        for k in 1..40u64 {
            let mut f = frame(&[V::I(0), V::F(0.0), V::I(5)]);
            let mut ctx = JitCtx::new(std::ptr::null_mut());
            ctx.force_countdown = k;
            let exit = unsafe { compiled.call(f.as_mut_ptr() as *mut u8, &mut ctx) };
            seen.insert(exit);
            // Whatever exit: the frame is a consistent interpreter state, i.e. i and s
            // agree (s = sum of j * 0.5 for j < i, or one step ahead at the i += 1 snapshot).
            let v = values(&f);
            let (V::I(i), V::F(s)) = (v[0], v[1]) else { panic!("{v:?}") };
            let sum = |n: i64| (0..n).map(|j| j as f64 * 0.5).sum::<f64>();
            assert!(s == sum(i) || s == sum(i + 1), "k={k} exit={exit} {v:?}\n{}", print_trace(&t));
        }
        assert!(seen.len() >= 3, "forced exits {seen:?}");
    }
}

/// A helper's Value result, returned in two registers.
#[repr(C)]
struct Ret {
    tag: u64,
    payload: u64,
}

extern "C" fn helper_add_checked(ctx: *mut JitCtx, a: i64, tag: u64, payload: u64) -> Ret {
    // Returns Int(a + payload) for an int Val, or the error sentinel (tag 0) otherwise.
    if tag == L.tag_int {
        Ret { tag: L.tag_int, payload: (a + payload as i64) as u64 }
    } else {
        unsafe { (*ctx).pending = [7, 42] };
        Ret { tag: 0, payload: 0 }
    }
}

#[test]
fn helper_calls_return_values_and_error_exits() {
    let mut b = TraceBuilder::new(0, 0);
    let a = b.load_slot_int(0).unwrap();
    let v = b.load_slot(1);
    b.snapshot(60, ExitKind::Error, 0, &[]);
    let sig = HelperSig { params: vec![Ty::Int, Ty::Val], ret: Ty::Val, pure: false };
    let r = b.emit(Op::CallHelper { addr: helper_add_checked as *const () as usize as u64, sig, args: vec![a, v] });
    b.store_slot(2, r, Own::Owned).unwrap();
    let end = b.snapshot(99, ExitKind::LoopEnd, 0, &[]);
    let t = b.finish_with_exit(end);
    let compiled = compile(&t, &layout(), &opts()).unwrap();
    let mut f = frame(&[V::I(5), V::I(37), V::N]);
    let mut ctx = JitCtx::new(std::ptr::null_mut());
    let exit = unsafe { compiled.call(f.as_mut_ptr() as *mut u8, &mut ctx) };
    assert_eq!(compiled.exits[exit as usize].pc, 99);
    assert_eq!(values(&f)[2], V::I(42));
    let mut f = frame(&[V::I(5), V::F(1.0), V::N]);
    let exit = unsafe { compiled.call(f.as_mut_ptr() as *mut u8, &mut ctx) };
    assert_eq!(compiled.exits[exit as usize].kind, ExitKind::Error);
    assert_eq!(ctx.pending, [7, 42]);
    assert_eq!(values(&f)[2], V::N);
}

/// A fake heap object: a strong count first, as std's RcInner.
#[repr(C)]
struct Obj {
    strong: u64,
}

static DROPPED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

extern "C" fn drop_last(tag: u64, payload: u64) {
    assert_eq!(tag, 9);
    let obj = payload as *mut Obj;
    unsafe { assert_eq!((*obj).strong, 1) };
    DROPPED.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
}

#[test]
fn store_slot_counts_references() {
    // slot 1 = slot 0 (a borrowed heap value): incref it, release slot 1's old value.
    let mut b = TraceBuilder::new(0, 0);
    let v = b.load_slot(0);
    b.snapshot(3, ExitKind::Deopt, 0, &[]);
    b.store_slot(1, v, Own::Borrowed).unwrap();
    let end = b.snapshot(99, ExitKind::LoopEnd, 0, &[]);
    let t = b.finish_with_exit(end);
    let layout = Layout { drop_last: drop_last as *const () as usize as u64, ..L };
    let mut a = Box::new(Obj { strong: 1 });
    let mut old = Box::new(Obj { strong: 2 });
    let pa = &mut *a as *mut Obj as u64;
    let pold = &mut *old as *mut Obj as u64;
    let mut f = frame(&[V::H(9, pa), V::H(9, pold)]);
    let mut ctx = JitCtx::new(std::ptr::null_mut());
    run_with(&t, &layout, &opts(), &mut f, &mut ctx);
    assert_eq!(values(&f), vec![V::H(9, pa), V::H(9, pa)]);
    assert_eq!((a.strong, old.strong), (2, 1));
    // Again: now the old value (a) has 2 references; then with count 1 it is dropped.
    let mut f = frame(&[V::H(9, pa), V::H(9, pold)]);
    let before = DROPPED.load(std::sync::atomic::Ordering::SeqCst);
    run_with(&t, &layout, &opts(), &mut f, &mut ctx);
    assert_eq!(old.strong, 1);
    assert_eq!(DROPPED.load(std::sync::atomic::Ordering::SeqCst), before + 1);
    // An immediate old value is not counted, an immediate new one neither.
    let mut f = frame(&[V::I(3), V::F(1.0)]);
    run_with(&t, &layout, &opts(), &mut f, &mut ctx);
    assert_eq!(values(&f), vec![V::I(3), V::I(3)]);
}

/// `while i < n: i += 1` with an attention check at the back edge.
fn counting_loop_with_attention(flag: &std::sync::atomic::AtomicU8) -> Trace {
    let mut b = TraceBuilder::new(0, 0);
    b.snapshot(0, ExitKind::Deopt, 0, &[]);
    let i = b.load_slot_int(0).unwrap();
    let n = b.load_slot_int(1).unwrap();
    let lt = b.emit(Op::ICmp(Cc::Lt, i, n));
    b.emit(Op::GuardTrue(lt));
    b.snapshot(5, ExitKind::Deopt, 0, &[]);
    let one = b.const_int(1);
    let i2 = b.emit(Op::AddOv(i, one));
    b.store_slot(0, i2, Own::Imm).unwrap();
    b.snapshot(9, ExitKind::Deopt, 0, &[]);
    let addr = b.const_ptr(flag.as_ptr() as u64);
    b.emit(Op::CheckAttention { base: addr, width: Width::W8 });
    b.close_loop()
}

#[test]
fn attention_checks_are_read_every_iteration() {
    use std::sync::atomic::{AtomicU8, Ordering};
    static FLAG: AtomicU8 = AtomicU8::new(0);
    let t = counting_loop_with_attention(&FLAG);
    for t in both_forms(&t) {
        let compiled = compile(&t, &layout(), &opts()).unwrap();
        let mut f = frame(&[V::I(0), V::I(50)]);
        let mut ctx = JitCtx::new(std::ptr::null_mut());
        let exit = unsafe { compiled.call(f.as_mut_ptr() as *mut u8, &mut ctx) };
        assert_eq!((compiled.exits[exit as usize].pc, values(&f)), (0, vec![V::I(50), V::I(50)]));
        FLAG.store(1, Ordering::SeqCst);
        let mut f = frame(&[V::I(0), V::I(50)]);
        let exit = unsafe { compiled.call(f.as_mut_ptr() as *mut u8, &mut ctx) };
        // The check exits at the back edge of the first iteration, with i written.
        assert_eq!((compiled.exits[exit as usize].pc, values(&f)), (9, vec![V::I(1), V::I(50)]), "{}", print_trace(&t));
        FLAG.store(0, Ordering::SeqCst);
    }
}

/// Speed of the float loop natively and the cost of compiling it (run by hand:
/// `cargo test --release -p quicken-jit --test native -- --ignored --nocapture`).
#[test]
#[ignore]
fn measure_float_loop() {
    let (t, _) = float_loop();
    let o = opt::optimize(&t);
    for (name, t) in [("recorded", &t), ("optimized", &o)] {
        let options = CompileOptions { verify: false, keep_asm: true, ..CompileOptions::default() };
        let compiled = compile(t, &layout(), &options).unwrap();
        let n = 100_000_000i64;
        let mut f = frame(&[V::I(0), V::F(0.0), V::I(n)]);
        let mut ctx = JitCtx::new(std::ptr::null_mut());
        let start = std::time::Instant::now();
        unsafe { compiled.call(f.as_mut_ptr() as *mut u8, &mut ctx) };
        let ns = start.elapsed().as_nanos() as f64 / n as f64;
        eprintln!(
            "{name}: compile {:?}, {} code bytes, {ns:.2} ns/iteration, {} insts",
            compiled.compile_time,
            compiled.code_bytes,
            t.insts.len()
        );
        if std::env::var_os("SHOW_ASM").is_some() {
            eprintln!("{}", compiled.asm.as_deref().unwrap_or(""));
        }
    }
}

/// `while True: xs[i] = xs[i] * 2; i += 1` over an array of ints whose address and
/// length are the words of a fake "list" header (`[len, items]`): the bounds check
/// exits at the end, with every element before it doubled.
fn doubling_loop(header: &[u64; 2]) -> Trace {
    let mut b = TraceBuilder::new(0, 0);
    b.snapshot(0, ExitKind::Deopt, 0, &[]);
    let i = b.load_slot_int(0).unwrap();
    let base = b.const_ptr(header.as_ptr() as u64);
    let len = b.load(Ty::Int, base, 0);
    b.emit(Op::GuardIndex { index: i, len });
    let items = b.load(Ty::Ptr, base, 8);
    let x = b.load_at(Ty::Int, items, i, 0);
    let two = b.const_int(2);
    let y = b.emit(Op::MulOv(x, two));
    b.emit(Op::StoreAt { base: items, index: i, offset: 0, val: y });
    b.snapshot(7, ExitKind::Deopt, 0, &[]);
    let one = b.const_int(1);
    let i2 = b.emit(Op::AddOv(i, one));
    b.store_slot(0, i2, Own::Imm).unwrap();
    b.close_loop()
}

#[test]
fn element_loads_and_stores_stay_in_bounds() {
    for start in [0i64, 3, -1] {
        for optimized in [false, true] {
            let mut xs: Vec<i64> = (1..=5).collect();
            let header = [xs.len() as u64, xs.as_mut_ptr() as u64];
            let t = doubling_loop(&header);
            let t = if optimized { opt::optimize(&t) } else { t };
            let mut f = frame(&[V::I(start)]);
            let exit = run(&t, &mut f);
            let compiled = compile(&t, &layout(), &opts()).unwrap();
            // Every run leaves at the bounds check (pc 0), at index 5, or at once for -1.
            assert_eq!(compiled.exits[exit as usize].pc, 0, "{}", print_trace(&t));
            let end = if start < 0 { start } else { 5 };
            assert_eq!(values(&f), vec![V::I(end)]);
            let doubled: Vec<i64> = (1..=5).map(|x| if start >= 0 && x > start { 2 * x } else { x }).collect();
            assert_eq!(xs, doubled, "start {start}");
        }
    }
}
