//! The printer and each optimizer pass, pinned as inline insta snapshots of the IR they
//! produce on hand-built traces (as ZJIT pins its HIR). An optimizer change shows up here
//! as a reviewed snapshot diff.

use quicken_jit::opt::{dce::dce, fold::fold, peel::peel, sink::sink};
use quicken_jit::*;

/// `while i < n: s += i * 0.5; i += 1` (slots i=0, s=1, n=2), as the recorder builds it.
fn float_loop() -> Trace {
    let mut b = TraceBuilder::new(4, 0);
    b.snapshot(4, ExitKind::Deopt, 0, &[]);
    let i = b.load_slot_int(0).unwrap();
    let n = b.load_slot_int(2).unwrap();
    let lt = b.emit(Op::ICmp(Cc::Lt, i, n));
    b.emit(Op::GuardTrue(lt));
    b.snapshot(8, ExitKind::Deopt, 0, &[]);
    let s = b.load_slot_float(1).unwrap();
    let fi = b.emit(Op::IntToFloat(i));
    let half = b.const_float(0.5);
    let m = b.emit(Op::FMul(fi, half));
    let s2 = b.emit(Op::FAdd(s, m));
    b.store_slot(1, s2, Own::Imm).unwrap();
    b.snapshot(14, ExitKind::Deopt, 0, &[]);
    let one = b.const_int(1);
    let i2 = b.emit(Op::AddOv(i, one));
    b.store_slot(0, i2, Own::Imm).unwrap();
    b.close_loop()
}

fn show(t: &Trace) -> String {
    t.validate().unwrap();
    print_trace(t)
}

#[test]
fn printer_shows_the_recorded_form() {
    insta::assert_snapshot!(show(&float_loop()), @r"
        0000 -     loop
        0001 val   sload 0
        0002 int   guard_tag %1, int  ->s0
        0003 val   sload 2
        0004 int   guard_tag %3, int  ->s0
        0005 bool  icmp lt %2, %4
        0006 -     guard_true %5  ->s1
        0007 val   sload 1
        0008 float guard_tag %7, float  ->s0
        0009 float int_to_float %2  ->s2
        0010 float fmul %9, #0.5
        0011 float fadd %8, %10
        0012 -     sstore 1, %11
        0013 int   add_ov %2, #1  ->s3
        0014 -     sstore 0, %13
        ---- snapshots
        s0 pc=4 Deopt depth=0 []
        s1 pc=4 Deopt depth=0 []
        s2 pc=8 Deopt depth=0 []
        s3 pc=14 Deopt depth=0 []
        ");
}

#[test]
fn builder_reuses_guards_and_forwards_stores() {
    let mut b = TraceBuilder::new(0, 1);
    let x = b.load_slot_int(3).unwrap();
    let again = b.load_slot_int(3).unwrap();
    assert_eq!(x, again);
    assert!(matches!(b.load_slot_float(3), Err(Abort::TypeMismatch { slot: 3, .. })));
    let st = b.entry(5, x, Own::Imm);
    b.snapshot(2, ExitKind::Deopt, 2, &[st]);
    let y = b.emit(Op::MulOv(x, x));
    b.store_slot(4, y, Own::Imm).unwrap();
    assert_eq!(b.load_slot_int(4).unwrap(), y);
    let v = b.load_slot(6);
    b.store_slot(7, v, Own::Borrowed).unwrap();
    let end = b.snapshot(9, ExitKind::LoopEnd, 1, &[]);
    insta::assert_snapshot!(show(&b.finish_with_exit(end)), @r"
        0000 -     loop
        0001 val   sload 3
        0002 int   guard_tag %1, int  ->s0
        0003 int   mul_ov %2, %2  ->s1
        0004 val   sload 4
        0005 -     sstore 4, %3
        0006 -     decref %4
        0007 val   sload 6
        0008 val   sload 7
        0009 -     incref %7
        0010 -     sstore 7, %7
        0011 -     decref %8
        0012 -     exit  ->s2
        ---- snapshots
        s0 pc=0 Deopt depth=1 []
        s1 pc=2 Deopt depth=2 [5=%2:int]
        s2 pc=9 LoopEnd depth=1 []
        ");
}

#[test]
fn fold_removes_repeated_guards_and_folds_constants() {
    let mut b = TraceBuilder::new(0, 0);
    let v = b.load_slot(0);
    b.snapshot(1, ExitKind::Deopt, 0, &[]);
    let x = b.emit(Op::GuardTag { val: v, tag: Tag::Int });
    let x2 = b.emit(Op::GuardTag { val: v, tag: Tag::Int });
    let two = b.const_int(2);
    let three = b.const_int(3);
    let five = b.emit(Op::AddOv(two, three));
    let big = b.const_int(i64::MAX);
    let over = b.emit(Op::AddOv(big, three));
    let t1 = b.emit(Op::ICmp(Cc::Lt, x, five));
    let t2 = b.emit(Op::ICmp(Cc::Lt, x2, five));
    b.emit(Op::GuardTrue(t1));
    b.emit(Op::GuardTrue(t2));
    let yes = b.emit(Op::ICmp(Cc::Lt, two, three));
    b.emit(Op::GuardTrue(yes));
    let zero = b.const_float(0.0);
    let one = b.const_float(1.0);
    let div = b.emit(Op::FDiv(one, zero));
    let r = b.emit(Op::AddOv(x2, over));
    b.store_slot(1, r, Own::Imm).unwrap();
    b.store_slot(2, div, Own::Imm).unwrap();
    let end = b.snapshot(9, ExitKind::LoopEnd, 0, &[]);
    let t = b.finish_with_exit(end);
    insta::assert_snapshot!(show(&fold(&t)), @r"
        0000 -     loop
        0001 val   sload 0
        0002 int   guard_tag %1, int  ->s1
        0003 int   add_ov #9223372036854775807, #3  ->s1
        0004 bool  icmp lt %2, #5
        0005 -     guard_true %4  ->s1
        0006 float fdiv #1.0, #0.0  ->s1
        0007 int   add_ov %2, %3  ->s1
        0008 val   sload 1
        0009 -     sstore 1, %7
        0010 -     decref %8
        0011 val   sload 2
        0012 -     sstore 2, %6
        0013 -     decref %11
        0014 -     exit  ->s2
        ---- snapshots
        s0 pc=0 Deopt depth=0 []
        s1 pc=1 Deopt depth=0 []
        s2 pc=9 LoopEnd depth=0 []
        ");
}

#[test]
fn fold_keeps_memory_reads_only_until_a_write_and_forwards_stores() {
    let mut b = TraceBuilder::new(0, 0);
    let obj = b.const_ptr(0x1000);
    b.snapshot(1, ExitKind::Deopt, 0, &[]);
    let guard = |b: &mut TraceBuilder| b.emit(Op::GuardWordEq { base: obj, offset: 4, width: Width::W32, expect: 77 });
    guard(&mut b);
    guard(&mut b);
    let a = b.load(Ty::Int, obj, 16);
    let a2 = b.load(Ty::Int, obj, 16);
    let s = b.emit(Op::AddOv(a, a2));
    // Another field of the same object: the guard and the load at 16 stay known.
    b.emit(Op::Store { base: obj, offset: 24, val: s });
    let stored = b.load(Ty::Int, obj, 24);
    guard(&mut b);
    let a3 = b.load(Ty::Int, obj, 16);
    let sum = b.emit(Op::AddOv(a3, stored));
    // A store overlapping the word at 16: it is read again; the guard's word stays.
    b.emit(Op::Store { base: obj, offset: 12, val: sum });
    guard(&mut b);
    let a4 = b.load(Ty::Int, obj, 16);
    // A helper call may write anything: the guard runs again.
    let sig = HelperSig { params: vec![], ret: Ty::Int, pure: false };
    b.emit(Op::CallHelper { addr: 0x2000, sig, args: vec![] });
    guard(&mut b);
    let total = b.emit(Op::AddOv(a4, sum));
    b.store_slot(0, total, Own::Imm).unwrap();
    let end = b.snapshot(9, ExitKind::LoopEnd, 0, &[]);
    insta::assert_snapshot!(show(&fold(&b.finish_with_exit(end))), @r"
        0000 -     loop
        0001 -     guard_word_eq [ADDR+4]:u32, 77  ->s1
        0002 int   load [ADDR+16]
        0003 int   add_ov %2, %2  ->s1
        0004 -     store [ADDR+24], %3
        0005 int   add_ov %2, %3  ->s1
        0006 -     store [ADDR+12], %5
        0007 int   load [ADDR+16]
        0008 int   call ADDR() () -> int
        0009 -     guard_word_eq [ADDR+4]:u32, 77  ->s1
        0010 int   add_ov %7, %5  ->s1
        0011 val   sload 0
        0012 -     sstore 0, %10
        0013 -     decref %11
        0014 -     exit  ->s2
        ---- snapshots
        s0 pc=0 Deopt depth=0 []
        s1 pc=1 Deopt depth=0 []
        s2 pc=9 LoopEnd depth=0 []
        ");
}

#[test]
fn sink_keeps_numbers_in_phis_and_writes_them_at_exits() {
    insta::assert_snapshot!(show(&sink(&float_loop())), @r"
        0000 val   sload 0
        0001 int   guard_tag %0, int  ->s0
        0002 val   sload 2
        0003 int   guard_tag %2, int  ->s0
        0004 val   sload 1
        0005 float guard_tag %4, float  ->s0
        0006 -     loop
        0007 int   phi %1, %14
        0008 float phi %5, %13
        0009 bool  icmp lt %7, %3
        0010 -     guard_true %9  ->s1
        0011 float int_to_float %7  ->s2
        0012 float fmul %11, #0.5
        0013 float fadd %8, %12
        0014 int   add_ov %7, #1  ->s3
        ---- snapshots
        s0 pc=4 Deopt depth=0 []
        s1 pc=4 Deopt depth=0 [0=%7:int 1=%8:float]
        s2 pc=8 Deopt depth=0 [0=%7:int 1=%8:float]
        s3 pc=14 Deopt depth=0 [0=%7:int 1=%13:float]
        ");
}

#[test]
fn sink_leaves_heap_and_type_changing_slots_eager() {
    // slot 0: int, then written a float (type-unstable); slot 1: a Val written to slot 2
    // (heap-capable); slot 3: only read (invariant).
    let mut b = TraceBuilder::new(0, 0);
    let x = b.load_slot_int(0).unwrap();
    let k = b.load_slot_int(3).unwrap();
    b.snapshot(2, ExitKind::Deopt, 0, &[]);
    let f = b.emit(Op::IntToFloat(x));
    b.store_slot(0, f, Own::Imm).unwrap();
    let v = b.load_slot(1);
    b.store_slot(2, v, Own::Borrowed).unwrap();
    let c = b.emit(Op::ICmp(Cc::Lt, x, k));
    b.emit(Op::GuardTrue(c));
    insta::assert_snapshot!(show(&sink(&b.close_loop())), @r"
        0000 val   sload 3
        0001 int   guard_tag %0, int  ->s0
        0002 val   sload 1
        0003 -     loop
        0004 val   sload 0
        0005 int   guard_tag %4, int  ->s0
        0006 float int_to_float %5  ->s1
        0007 -     sstore 0, %6
        0008 val   sload 2
        0009 -     incref %2
        0010 -     sstore 2, %2
        0011 -     decref %8
        0012 bool  icmp lt %5, %1
        0013 -     guard_true %12  ->s1
        ---- snapshots
        s0 pc=0 Deopt depth=0 []
        s1 pc=2 Deopt depth=0 []
        ");
}

#[test]
fn peel_then_fold_hoists_invariant_guards() {
    // for ...: s += sqrt(float(n)) * i, with a version guard on a constant object.
    let mut b = TraceBuilder::new(0, 0);
    let obj = b.const_ptr(0x2000);
    b.snapshot(1, ExitKind::Deopt, 0, &[]);
    b.emit(Op::GuardWordEq { base: obj, offset: 8, width: Width::W64, expect: 5 });
    let i = b.load_slot_int(0).unwrap();
    let n = b.load_slot_int(1).unwrap();
    let s = b.load_slot_float(2).unwrap();
    let c = b.emit(Op::ICmp(Cc::Lt, i, n));
    b.emit(Op::GuardTrue(c));
    b.snapshot(5, ExitKind::Deopt, 0, &[]);
    let fnn = b.emit(Op::IntToFloat(n));
    let r = b.emit(Op::Sqrt(fnn));
    let fi = b.emit(Op::IntToFloat(i));
    let p = b.emit(Op::FMul(r, fi));
    let s2 = b.emit(Op::FAdd(s, p));
    b.store_slot(2, s2, Own::Imm).unwrap();
    let one = b.const_int(1);
    let i2 = b.emit(Op::AddOv(i, one));
    b.store_slot(0, i2, Own::Imm).unwrap();
    let t = b.close_loop();
    let peeled = peel(&fold(&sink(&t)));
    insta::assert_snapshot!(show(&peeled), @r"
        0000 val   sload 0
        0001 int   guard_tag %0, int  ->s0
        0002 val   sload 1
        0003 int   guard_tag %2, int  ->s0
        0004 val   sload 2
        0005 float guard_tag %4, float  ->s0
        0006 -     guard_word_eq [ADDR+8]:u64, 5  ->s1
        0007 bool  icmp lt %1, %3
        0008 -     guard_true %7  ->s1
        0009 float int_to_float %3  ->s2
        0010 float sqrt %9  ->s2
        0011 float int_to_float %1  ->s2
        0012 float fmul %10, %11
        0013 float fadd %5, %12
        0014 int   add %1, #1
        0015 -     loop
        0016 int   phi %14, %26
        0017 float phi %13, %25
        0018 -     guard_word_eq [ADDR+8]:u64, 5  ->s3
        0019 bool  icmp lt %16, %3
        0020 -     guard_true %19  ->s3
        0021 float int_to_float %3  ->s4
        0022 float sqrt %21  ->s4
        0023 float int_to_float %16  ->s4
        0024 float fmul %22, %23
        0025 float fadd %17, %24
        0026 int   add %16, #1
        ---- snapshots
        s0 pc=0 Deopt depth=0 []
        s1 pc=1 Deopt depth=0 [0=%1:int 2=%5:float]
        s2 pc=5 Deopt depth=0 [0=%1:int 2=%5:float]
        s3 pc=1 Deopt depth=0 [0=%16:int 2=%17:float]
        s4 pc=5 Deopt depth=0 [0=%16:int 2=%17:float]
        ");
    insta::assert_snapshot!(show(&dce(&fold(&peeled))), @r"
        0000 val   sload 0
        0001 int   guard_tag %0, int  ->s0
        0002 val   sload 1
        0003 int   guard_tag %2, int  ->s0
        0004 val   sload 2
        0005 float guard_tag %4, float  ->s0
        0006 -     guard_word_eq [ADDR+8]:u64, 5  ->s1
        0007 bool  icmp lt %1, %3
        0008 -     guard_true %7  ->s1
        0009 float int_to_float %3  ->s2
        0010 float sqrt %9  ->s2
        0011 float int_to_float %1  ->s2
        0012 float fmul %10, %11
        0013 float fadd %5, %12
        0014 int   add %1, #1
        0015 -     loop
        0016 int   phi %14, %23
        0017 float phi %13, %22
        0018 bool  icmp lt %16, %3
        0019 -     guard_true %18  ->s3
        0020 float int_to_float %16  ->s4
        0021 float fmul %10, %20
        0022 float fadd %17, %21
        0023 int   add %16, #1
        ---- snapshots
        s0 pc=0 Deopt depth=0 []
        s1 pc=1 Deopt depth=0 []
        s2 pc=5 Deopt depth=0 []
        s3 pc=1 Deopt depth=0 [0=%16:int 2=%17:float]
        s4 pc=5 Deopt depth=0 [0=%16:int 2=%17:float]
        ");
}

#[test]
fn dce_drops_unused_pure_values_and_overflow_checks_only() {
    let mut b = TraceBuilder::new(0, 0);
    let x = b.load_slot_int(0).unwrap();
    let y = b.load_slot_float(1).unwrap();
    b.snapshot(1, ExitKind::Deopt, 0, &[]);
    b.emit(Op::AddOv(x, x));
    b.emit(Op::IntToFloat(x));
    b.emit(Op::FAdd(y, y));
    b.emit(Op::FloorDiv(x, x));
    b.emit(Op::FDiv(y, y));
    let kept = b.emit(Op::MulOv(x, x));
    let e = b.entry(4, kept, Own::Imm);
    b.snapshot(2, ExitKind::Deopt, 1, &[e]);
    let c = b.emit(Op::ICmp(Cc::Gt, x, kept));
    b.emit(Op::GuardFalse(c));
    insta::assert_snapshot!(show(&dce(&b.close_loop())), @r"
        0000 -     loop
        0001 val   sload 0
        0002 int   guard_tag %1, int  ->s0
        0003 val   sload 1
        0004 float guard_tag %3, float  ->s0
        0005 int   floordiv %2, %2  ->s1
        0006 float fdiv %4, %4  ->s1
        0007 int   mul_ov %2, %2  ->s1
        0008 bool  icmp gt %2, %7
        0009 -     guard_false %8  ->s2
        ---- snapshots
        s0 pc=0 Deopt depth=0 []
        s1 pc=1 Deopt depth=0 []
        s2 pc=2 Deopt depth=1 [4=%7:int]
        ");
}

#[test]
fn the_whole_pipeline_on_the_float_loop() {
    insta::assert_snapshot!(show(&opt::optimize(&float_loop())), @r"
        0000 val   sload 0
        0001 int   guard_tag %0, int  ->s0
        0002 val   sload 2
        0003 int   guard_tag %2, int  ->s0
        0004 val   sload 1
        0005 float guard_tag %4, float  ->s0
        0006 bool  icmp lt %1, %3
        0007 -     guard_true %6  ->s0
        0008 float int_to_float %1  ->s1
        0009 float fmul %8, #0.5
        0010 float fadd %5, %9
        0011 int   add %1, #1
        0012 -     loop
        0013 int   phi %11, %20
        0014 float phi %10, %19
        0015 bool  icmp lt %13, %3
        0016 -     guard_true %15  ->s2
        0017 float int_to_float %13  ->s3
        0018 float fmul %17, #0.5
        0019 float fadd %14, %18
        0020 int   add %13, #1
        ---- snapshots
        s0 pc=4 Deopt depth=0 []
        s1 pc=8 Deopt depth=0 []
        s2 pc=4 Deopt depth=0 [0=%13:int 1=%14:float]
        s3 pc=8 Deopt depth=0 [0=%13:int 1=%14:float]
        ");
}

#[test]
fn pure_helpers_are_hoisted_and_attention_checks_stay() {
    // A FOR_ITER_RANGE-like loop over the iterator in slot 3 (the header's stack):
    // next = &it.next (pure helper); x = *next; guard x < stop; *next = x + 1; k = x;
    // then an attention check at the back edge.
    let mut b = TraceBuilder::new(0, 1);
    b.snapshot(0, ExitKind::Deopt, 1, &[]);
    let it = b.load_slot(3);
    let sig = HelperSig { params: vec![Ty::Val], ret: Ty::Ptr, pure: true };
    let next = b.emit(Op::CallHelper { addr: 0x4000, sig, args: vec![it] });
    let x = b.load(Ty::Int, next, 0);
    let stop = b.load(Ty::Int, next, 8);
    let c = b.emit(Op::ICmp(Cc::Lt, x, stop));
    b.emit(Op::GuardTrue(c));
    let one = b.const_int(1);
    let x1 = b.emit(Op::AddOv(x, one));
    b.emit(Op::Store { base: next, offset: 0, val: x1 });
    b.load_slot_int(0).unwrap();
    b.store_slot(0, x, Own::Imm).unwrap();
    b.snapshot(6, ExitKind::Deopt, 1, &[]);
    let flag = b.const_ptr(0x5000);
    b.emit(Op::CheckAttention { base: flag, width: Width::W8 });
    insta::assert_snapshot!(show(&opt::optimize(&b.close_loop())), @r"
        0000 val   sload 3
        0001 val   sload 0
        0002 int   guard_tag %1, int  ->s0
        0003 ptr   call ADDR(%0) (val) -> ptr
        0004 int   load [%3+0]
        0005 int   load [%3+8]
        0006 bool  icmp lt %4, %5
        0007 -     guard_true %6  ->s0
        0008 int   add %4, #1
        0009 -     store [%3+0], %8
        0010 -     check_attention [ADDR]:u8  ->s1
        0011 -     loop
        0012 int   phi %4, %13
        0013 int   load [%3+0]
        0014 int   load [%3+8]
        0015 bool  icmp lt %13, %14
        0016 -     guard_true %15  ->s2
        0017 int   add %13, #1
        0018 -     store [%3+0], %17
        0019 -     check_attention [ADDR]:u8  ->s3
        ---- snapshots
        s0 pc=0 Deopt depth=1 []
        s1 pc=6 Deopt depth=1 [0=%4:int]
        s2 pc=0 Deopt depth=1 [0=%12:int]
        s3 pc=6 Deopt depth=1 [0=%13:int]
        ");
}
