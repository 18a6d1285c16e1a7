//! Stable text form of a trace, for `--jit-dump` and insta snapshots.
//!
//! ```text
//! 0000 -     loop
//! 0001 val   sload 1
//! 0002 int   guard_tag %1, int  ->s0
//! 0003 int   add_ov %2, #1  ->s1
//! ---- snapshots
//! s0 pc=4 Deopt depth=0 []
//! s1 pc=9 Deopt depth=1 [1=%2:int 8=%3:int]
//! ```
//! Constants print inline: ints as `#5`, floats as `#0.5` (Rust's shortest round-trip
//! form, always with a `.`, `e` or `inf`/`nan`), bools `#true`, None `#none`, addresses
//! `ADDR` (they change from run to run), Values `#val(tag,payload)` (`ADDR` payload for heap tags
//! ≥ 5, quicken's first heap tag).

use std::fmt::Write;

use crate::ir::*;

/// Tags at or above this print their payload as `ADDR` (quicken's first heap tag; the
/// printer has no Layout, and only needs stable text).
const FIRST_HEAP_TAG: u64 = 5;

/// The text of a value reference (constants inline).
pub fn print_ref(t: &Trace, r: Ref) -> String {
    let Some(c) = t.as_const(r) else { return format!("%{}", r.0) };
    match c.ty {
        Ty::Int => format!("#{}", c.bits as i64),
        Ty::Float => format!("#{:?}", f64::from_bits(c.bits)),
        Ty::Bool => format!("#{}", c.bits != 0),
        Ty::None => "#none".into(),
        Ty::Ptr => "ADDR".into(),
        Ty::Val if c.tag >= FIRST_HEAP_TAG => format!("#val({},ADDR)", c.tag),
        Ty::Val => format!("#val({},{})", c.tag, c.bits),
        Ty::Void => "#void".into(),
    }
}

fn print_tag(tag: Tag) -> String {
    match tag {
        Tag::None => "none".into(),
        Tag::Bool => "bool".into(),
        Tag::Int => "int".into(),
        Tag::Float => "float".into(),
        Tag::Heap(n) => format!("heap{n}"),
    }
}

fn width_bits(w: Width) -> u32 {
    match w {
        Width::W8 => 8,
        Width::W32 => 32,
        Width::W64 => 64,
    }
}

fn print_ty_list(tys: &[Ty]) -> String {
    tys.iter().map(|t| t.name()).collect::<Vec<_>>().join(",")
}

/// The operands part of one instruction (`%5, %6`).
fn print_operands(t: &Trace, op: &Op) -> String {
    let r = |x: &Ref| print_ref(t, *x);
    match op {
        Op::SLoad { slot } | Op::LoadInt { slot } | Op::LoadFloat { slot } => format!("{slot}"),
        Op::SStore { slot, val } => format!("{slot}, {}", r(val)),
        Op::GuardTag { val, tag } => format!("{}, {}", r(val), print_tag(*tag)),
        Op::GuardWordEq { base, offset, width, expect } => {
            format!("[{}+{offset}]:u{}, {expect}", r(base), width_bits(*width))
        }
        Op::CheckAttention { base, width } => format!("[{}]:u{}", r(base), width_bits(*width)),
        Op::ICmp(cc, a, b) | Op::FCmp(cc, a, b) => format!("{} {}, {}", cc.name(), r(a), r(b)),
        Op::Load { base, offset } => format!("[{}+{offset}]", r(base)),
        Op::Store { base, offset, val } => format!("[{}+{offset}], {}", r(base), r(val)),
        Op::LoadAt { base, index, offset } => format!("[{}+{offset}][{}]", r(base), r(index)),
        Op::StoreAt { base, index, offset, val } => format!("[{}+{offset}][{}], {}", r(base), r(index), r(val)),
        Op::CallHelper { sig, args, .. } => {
            let args: Vec<String> = args.iter().map(r).collect();
            format!("ADDR({}) ({}) -> {}", args.join(", "), print_ty_list(&sig.params), sig.ret.name())
        }
        other => other.args().iter().map(r).collect::<Vec<_>>().join(", "),
    }
}

/// One instruction line, without the trailing newline.
pub fn print_inst(t: &Trace, index: usize) -> String {
    let inst = &t.insts[index];
    let mut line = format!("{index:04} {:<5} {}", inst.ty.name(), inst.op.name());
    let operands = print_operands(t, &inst.op);
    if !operands.is_empty() {
        line.push(' ');
        line.push_str(&operands);
    }
    if let Some(s) = inst.snap {
        write!(line, "  ->s{}", s.0).unwrap();
    }
    line
}

fn print_entries(t: &Trace, entries: &[SnapEntry]) -> String {
    let items: Vec<String> = entries
        .iter()
        .map(|e| {
            let own = match e.own {
                Own::Imm => "",
                Own::Borrowed => ":borrowed",
                Own::Owned => ":owned",
            };
            format!("{}={}:{}{own}", e.slot, print_ref(t, e.val), e.ty.name())
        })
        .collect();
    format!("[{}]", items.join(" "))
}

/// One snapshot line (plus one line per inline frame), without the trailing newline.
pub fn print_snapshot(t: &Trace, id: usize) -> String {
    let s = &t.snaps[id];
    let mut text =
        format!("s{id} pc={} {} depth={} {}", s.pc, s.kind.name(), s.stack_depth, print_entries(t, &s.entries));
    for (level, f) in s.frames.iter().enumerate() {
        write!(
            text,
            "\n  f{} func={} pc={} depth={}{} {}",
            level + 1,
            print_ref(t, f.func),
            f.pc,
            f.stack_depth,
            if f.completion != 0 { format!(" completion={}", f.completion) } else { String::new() },
            print_entries(t, &f.entries)
        )
        .unwrap();
    }
    text
}

/// The whole trace: instructions, then `---- snapshots` and the snapshots guards use
/// (snapshot 0 always), in id order.
pub fn print_trace(t: &Trace) -> String {
    let mut out = String::new();
    for i in 0..t.insts.len() {
        out.push_str(&print_inst(t, i));
        out.push('\n');
    }
    out.push_str("---- snapshots\n");
    let mut used = vec![false; t.snaps.len()];
    used[0] = true;
    for inst in &t.insts {
        if let Some(s) = inst.snap {
            used[s.0 as usize] = true;
        }
    }
    for (id, _) in used.iter().enumerate().filter(|(_, u)| **u) {
        out.push_str(&print_snapshot(t, id));
        out.push('\n');
    }
    out
}
