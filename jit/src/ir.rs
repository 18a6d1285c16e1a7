//! The trace IR: a linear list of SSA instructions over one loop iteration.
//!
//! A [`Trace`] is what the recorder builds (through [`crate::TraceBuilder`]), what the
//! passes in [`crate::opt`] rewrite and what [`crate::lower`] compiles. Shape:
//!
//! ```text
//! [pre-loop section]   executed once (live-in loads and their guards after `opt::sink`)
//! %n loop              the loop header (absent in a trace that only ends in an exit)
//! %m phi %init, %next  one per loop-carried value, right after `loop`
//! [body]               repeated; falls back to `loop` at its end unless it ends in `exit`
//! ```
//!
//! Values are named by [`Ref`]s: either an instruction's index, or an interned constant
//! (high bit set). Every guard carries a [`SnapId`]: when it fails, the native code
//! writes that snapshot's entries into the frame and returns the snapshot's index as the
//! exit id. Snapshot 0 is always the trace's *entry* snapshot (header pc, no entries):
//! exit 0 means "resume at the loop header with the frame as it is"; guards that run
//! before anything is written (live-in tag guards) use it, so exit 0 leaves the frame
//! untouched when taken in the first iteration.

use std::fmt;

/// An SSA value: an instruction's result, or an interned constant.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ref(pub u32);

impl Ref {
    const CONST_BIT: u32 = 1 << 31;

    /// The Ref naming instruction `index`.
    pub fn inst(index: usize) -> Ref {
        assert!(index < Self::CONST_BIT as usize, "trace too long");
        Ref(index as u32)
    }

    /// The Ref naming constant number `index` in [`Trace::consts`].
    pub fn constant(index: usize) -> Ref {
        Ref(index as u32 | Self::CONST_BIT)
    }

    /// Whether this names a constant.
    pub fn is_const(self) -> bool {
        self.0 & Self::CONST_BIT != 0
    }

    /// The instruction index (panics on a constant).
    pub fn index(self) -> usize {
        assert!(!self.is_const(), "constant used as an instruction");
        self.0 as usize
    }

    /// The constant-table index (panics on an instruction).
    pub fn const_index(self) -> usize {
        assert!(self.is_const(), "instruction used as a constant");
        (self.0 & !Self::CONST_BIT) as usize
    }
}

impl fmt::Debug for Ref {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.is_const() {
            write!(f, "#{}", self.const_index())
        } else {
            write!(f, "%{}", self.0)
        }
    }
}

/// A snapshot's index in [`Trace::snaps`]; also the exit id the native code returns.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct SnapId(pub u32);

impl SnapId {
    /// The entry snapshot: exit 0, "resume at the loop header, frame as it is".
    pub const ENTRY: SnapId = SnapId(0);
}

/// The type of an SSA value, which fixes its machine representation.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Ty {
    /// A Python int that fits: an i64.
    Int,
    /// A Python float: an f64.
    Float,
    /// A Python bool, or a comparison result: 0/1.
    Bool,
    /// Python's None (no bits at run time; boxed with the None tag and payload 0).
    None,
    /// A raw machine word (a heap payload pointer, a list's data pointer...). Never boxed.
    Ptr,
    /// A whole Value of unknown type: tag word + payload word.
    Val,
    /// No result (stores, guards without a value, markers).
    Void,
}

impl Ty {
    /// Whether values of this type are immediates in a frame slot (never reference-counted).
    pub fn is_immediate(self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool | Ty::None)
    }

    /// The printer's name.
    pub fn name(self) -> &'static str {
        match self {
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Bool => "bool",
            Ty::None => "none",
            Ty::Ptr => "ptr",
            Ty::Val => "val",
            Ty::Void => "-",
        }
    }
}

/// A Value tag, as a guard expects it. Numbers come from the [`crate::Layout`] for the
/// immediate kinds; heap kinds carry the interpreter's raw tag number.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Tag {
    /// None: a guarded value becomes [`Ty::None`].
    None,
    /// bool: becomes [`Ty::Bool`] (payload != 0).
    Bool,
    /// int: becomes [`Ty::Int`] (payload as i64).
    Int,
    /// float: becomes [`Ty::Float`] (payload's bits as f64).
    Float,
    /// A heap object of this raw tag: becomes [`Ty::Ptr`] (the payload pointer).
    Heap(u64),
}

impl Tag {
    /// The type of the unboxed value a `guard_tag` with this tag yields.
    pub fn unboxed_ty(self) -> Ty {
        match self {
            Tag::None => Ty::None,
            Tag::Bool => Ty::Bool,
            Tag::Int => Ty::Int,
            Tag::Float => Ty::Float,
            Tag::Heap(_) => Ty::Ptr,
        }
    }

    /// The tag whose unboxed type is `ty`, for the immediate types.
    pub fn of_immediate(ty: Ty) -> Option<Tag> {
        match ty {
            Ty::None => Some(Tag::None),
            Ty::Bool => Some(Tag::Bool),
            Ty::Int => Some(Tag::Int),
            Ty::Float => Some(Tag::Float),
            _ => None,
        }
    }
}

/// Comparison condition. Ints compare signed. Floats: `Eq Lt Le Gt Ge` are ordered
/// (false on NaN), `Ne` is unordered-or-not-equal (true on NaN), as Python's.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Cc {
    /// ==
    Eq,
    /// !=
    Ne,
    /// <
    Lt,
    /// <=
    Le,
    /// >
    Gt,
    /// >=
    Ge,
}

impl Cc {
    /// The printer's name.
    pub fn name(self) -> &'static str {
        match self {
            Cc::Eq => "eq",
            Cc::Ne => "ne",
            Cc::Lt => "lt",
            Cc::Le => "le",
            Cc::Gt => "gt",
            Cc::Ge => "ge",
        }
    }

    /// Evaluates the condition on two ints.
    pub fn eval_int(self, a: i64, b: i64) -> bool {
        match self {
            Cc::Eq => a == b,
            Cc::Ne => a != b,
            Cc::Lt => a < b,
            Cc::Le => a <= b,
            Cc::Gt => a > b,
            Cc::Ge => a >= b,
        }
    }

    /// Evaluates the condition on two floats (Python semantics for NaN).
    pub fn eval_float(self, a: f64, b: f64) -> bool {
        match self {
            Cc::Eq => a == b,
            Cc::Ne => a != b,
            Cc::Lt => a < b,
            Cc::Le => a <= b,
            Cc::Gt => a > b,
            Cc::Ge => a >= b,
        }
    }
}

/// Width of a memory word read by [`Op::GuardWordEq`].
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Width {
    /// 1 byte (a flag such as a pending-finalizers `AtomicBool`).
    W8,
    /// 4 bytes (a `Cell<u32>` version tag).
    W32,
    /// 8 bytes.
    W64,
}

/// A helper's signature. Helpers are `extern "C"` functions called with the trace's
/// `*mut JitCtx` as first argument, then `params` in order: `Int`/`Bool`/`Ptr`/`None` as
/// one i64 (Bool 0/1, None 0), `Float` as one f64, `Val` as two i64 (tag, payload).
/// `ret`: `Val` = two i64 returned in registers (`#[repr(C)] struct { tag: u64, payload:
/// u64 }`), where tag 0 signals an error: the trace then takes the call's snapshot as an
/// `Error` exit (the exception is in `JitCtx::pending`, put there by the helper).
/// `Int`/`Ptr`/`Bool`: one i64 (Bool 0/1), unchecked. `Float`: one f64. `Void`: nothing.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct HelperSig {
    /// Parameter types after the ctx pointer.
    pub params: Vec<Ty>,
    /// Return type (see above).
    pub ret: Ty,
    /// The result depends only on the argument values and the call has no effect (e.g.
    /// "the address of this range iterator's `next` field", for an iterator the frame
    /// keeps alive): equal calls share one result, and a call on loop-invariant values is
    /// hoisted out of the loop. A `Val` return keeps its error check.
    pub pure: bool,
}

/// An instruction's operation and operands.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Op {
    // ---- structure
    /// The loop header: instructions after it repeat. At most one per trace.
    Loop,
    /// A loop-carried value (only right after `Loop`): `init` on entry, `next` (defined in
    /// the body) on every back edge.
    Phi { init: Ref, next: Ref },
    /// Unconditional exit through the instruction's snapshot (ends a trace that does not
    /// loop, e.g. a `LoopEnd`). Must be the last instruction.
    Exit,

    // ---- frame slots (slot k: tag at base+16k, payload at base+16k+8)
    /// Reads slot `slot` as a whole Value (`Val`). A borrowed reference.
    SLoad { slot: u16 },
    /// Reads slot `slot`'s payload as an int, trusting its tag (after a guard).
    LoadInt { slot: u16 },
    /// Reads slot `slot`'s payload as a float, trusting its tag (after a guard).
    LoadFloat { slot: u16 },
    /// Writes `val` into slot `slot` (tag from `val`'s type, payload). Eager write: does
    /// not release the old value (the builder emits that `decref`).
    SStore { slot: u16, val: Ref },

    // ---- guards (each has a snapshot; failure = exit through it)
    /// Guards `val` (a `Val`) has `tag`; yields the unboxed payload ([`Tag::unboxed_ty`]).
    GuardTag { val: Ref, tag: Tag },
    /// Exits unless the Bool is true.
    GuardTrue(Ref),
    /// Exits unless the Bool is false.
    GuardFalse(Ref),
    /// Exits unless `val` (a Ptr, or a Val's payload) equals the constant `expect`.
    GuardEqPtr { val: Ref, expect: Ref },
    /// Exits unless the `width` word at `base + offset` equals `expect` (version tags).
    GuardWordEq { base: Ref, offset: i32, width: Width, expect: u64 },
    /// Exits unless the `width` word at `base` is 0, read afresh every time: never merged
    /// with another read nor hoisted out of the loop (flags set from outside the trace:
    /// pending finalizers, a signal, a GC request). Put it at the back edge with a
    /// snapshot resuming at the backward jump.
    CheckAttention { base: Ref, width: Width },

    // ---- integers (i64)
    /// a + b; exits on overflow.
    AddOv(Ref, Ref),
    /// a + b, proven by the optimizer not to overflow (`opt::fold` from a guarded
    /// `a < b'` and `b == 1`). Recorders emit `AddOv`.
    Add(Ref, Ref),
    /// a - b, proven not to overflow (from a guarded `b' < a` and `b == 1`).
    Sub(Ref, Ref),
    /// a - b; exits on overflow.
    SubOv(Ref, Ref),
    /// a * b; exits on overflow.
    MulOv(Ref, Ref),
    /// -a; exits on overflow (a == i64::MIN).
    NegOv(Ref),
    /// Python a // b; exits unless b > 0.
    FloorDiv(Ref, Ref),
    /// Python a % b; exits unless b > 0.
    Mod(Ref, Ref),
    /// a & b.
    And(Ref, Ref),
    /// a | b.
    Or(Ref, Ref),
    /// a ^ b.
    Xor(Ref, Ref),
    /// a << b; exits unless 0 <= b < 63, a >= 0 and a >> (62 - b) == 0 (the interpreter's rule).
    Shl(Ref, Ref),
    /// a >> b (arithmetic); exits unless 0 <= b < 64.
    Shr(Ref, Ref),
    /// Signed int comparison: Bool.
    ICmp(Cc, Ref, Ref),

    // ---- floats (f64)
    /// int → float; exits unless |a| < 2^53 (exact conversion).
    IntToFloat(Ref),
    /// An immediate (int, float, bool, None) as a whole Value: its tag and payload
    /// words, for helpers that take any value.
    Box(Ref),
    /// a + b.
    FAdd(Ref, Ref),
    /// a - b.
    FSub(Ref, Ref),
    /// a * b.
    FMul(Ref, Ref),
    /// a / b; exits if b == 0.0.
    FDiv(Ref, Ref),
    /// -a.
    FNeg(Ref),
    /// sqrt(a); exits if a < 0.0 (NaN passes, as in the interpreter).
    Sqrt(Ref),
    /// Float comparison: Bool (see [`Cc`] for NaN).
    FCmp(Cc, Ref, Ref),

    // ---- raw memory
    /// Loads the instruction's type (`Int`/`Ptr`: 8 bytes, `Float`: f64, `Bool`: 1 byte,
    /// `Val`: 16 bytes) from `base + offset`.
    Load { base: Ref, offset: i32 },
    /// Stores `val` at `base + offset` (same widths as `Load`).
    Store { base: Ref, offset: i32, val: Ref },
    /// Loads element `index` (an Int) of an array at `base + offset` whose elements are
    /// the instruction's type (8 bytes each; `Val`: 16): a list's or tuple's items.
    /// Element arrays are separate from the objects `Load`/`Store` address (a list's
    /// item buffer, not its fields): only `StoreAt` writes them (optimizations keep
    /// object fields known across a `StoreAt`).
    LoadAt { base: Ref, index: Ref, offset: i32 },
    /// Stores `val` as element `index` of an array at `base + offset` (see `LoadAt`).
    StoreAt { base: Ref, index: Ref, offset: i32, val: Ref },
    /// Exits unless `0 <= index < len` (Ints): a bounds check.
    GuardIndex { index: Ref, len: Ref },

    // ---- calls and reference counts
    /// Calls the `extern "C"` helper at `addr` (see [`HelperSig`]). With `ret: Val`, the
    /// instruction has a snapshot taken (kind `Error`) when the helper returns tag 0.
    CallHelper { addr: u64, sig: HelperSig, args: Vec<Ref> },
    /// Increments the strong count of a `Val` (no-op at run time if its tag is not a heap
    /// tag) or of a `Ptr` known to point at a heap object.
    Incref(Ref),
    /// Decrements the strong count of a `Val` (no-op for immediates); at 1, calls the
    /// Layout's `drop_last(tag, payload)` instead.
    Decref(Ref),
}

impl Op {
    /// Calls `f` on each operand, in order.
    pub fn for_each_arg(&self, mut f: impl FnMut(Ref)) {
        use Op::*;
        match self {
            Loop | Exit | SLoad { .. } | LoadInt { .. } | LoadFloat { .. } => {}
            Phi { init, next } => {
                f(*init);
                f(*next)
            }
            SStore { val, .. } | GuardTag { val, .. } => f(*val),
            GuardEqPtr { val, expect } => {
                f(*val);
                f(*expect)
            }
            GuardWordEq { base, .. } | CheckAttention { base, .. } | Load { base, .. } => f(*base),
            Store { base, val, .. } => {
                f(*base);
                f(*val)
            }
            LoadAt { base, index, .. } => {
                f(*base);
                f(*index)
            }
            StoreAt { base, index, val, .. } => {
                f(*base);
                f(*index);
                f(*val)
            }
            GuardIndex { index, len } => {
                f(*index);
                f(*len)
            }
            GuardTrue(a) | GuardFalse(a) | NegOv(a) | IntToFloat(a) | Box(a) | FNeg(a) | Sqrt(a) | Incref(a)
            | Decref(a) => f(*a),
            AddOv(a, b) | SubOv(a, b) | MulOv(a, b) | Add(a, b) | Sub(a, b) | FloorDiv(a, b) | Mod(a, b)
            | And(a, b) | Or(a, b) | Xor(a, b) | Shl(a, b) | Shr(a, b) | ICmp(_, a, b) | FAdd(a, b) | FSub(a, b)
            | FMul(a, b) | FDiv(a, b) | FCmp(_, a, b) => {
                f(*a);
                f(*b)
            }
            CallHelper { args, .. } => args.iter().copied().for_each(f),
        }
    }

    /// Replaces each operand by `f(operand)`.
    pub fn map_args(&mut self, mut f: impl FnMut(Ref) -> Ref) {
        use Op::*;
        match self {
            Loop | Exit | SLoad { .. } | LoadInt { .. } | LoadFloat { .. } => {}
            Phi { init, next } => {
                *init = f(*init);
                *next = f(*next)
            }
            SStore { val, .. } | GuardTag { val, .. } => *val = f(*val),
            GuardEqPtr { val, expect } => {
                *val = f(*val);
                *expect = f(*expect)
            }
            GuardWordEq { base, .. } | CheckAttention { base, .. } | Load { base, .. } => *base = f(*base),
            Store { base, val, .. } => {
                *base = f(*base);
                *val = f(*val)
            }
            LoadAt { base, index, .. } => {
                *base = f(*base);
                *index = f(*index)
            }
            StoreAt { base, index, val, .. } => {
                *base = f(*base);
                *index = f(*index);
                *val = f(*val)
            }
            GuardIndex { index, len } => {
                *index = f(*index);
                *len = f(*len)
            }
            GuardTrue(a) | GuardFalse(a) | NegOv(a) | IntToFloat(a) | Box(a) | FNeg(a) | Sqrt(a) | Incref(a)
            | Decref(a) => *a = f(*a),
            AddOv(a, b) | SubOv(a, b) | MulOv(a, b) | Add(a, b) | Sub(a, b) | FloorDiv(a, b) | Mod(a, b)
            | And(a, b) | Or(a, b) | Xor(a, b) | Shl(a, b) | Shr(a, b) | ICmp(_, a, b) | FAdd(a, b) | FSub(a, b)
            | FMul(a, b) | FDiv(a, b) | FCmp(_, a, b) => {
                *a = f(*a);
                *b = f(*b)
            }
            CallHelper { args, .. } => args.iter_mut().for_each(|a| *a = f(*a)),
        }
    }

    /// The operands, in order.
    pub fn args(&self) -> Vec<Ref> {
        let mut v = Vec::new();
        self.for_each_arg(|r| v.push(r));
        v
    }

    /// Whether the operation can exit (needs a snapshot).
    pub fn is_guard(&self) -> bool {
        use Op::*;
        match self {
            GuardTag { .. } | GuardTrue(_) | GuardFalse(_) | GuardEqPtr { .. } | GuardWordEq { .. } | GuardIndex { .. } | CheckAttention { .. } | AddOv(..)
            | SubOv(..) | MulOv(..) | NegOv(_) | FloorDiv(..) | Mod(..) | Shl(..) | Shr(..) | IntToFloat(_)
            | FDiv(..) | Sqrt(_) | Exit => true,
            CallHelper { sig, .. } => sig.ret == Ty::Val,
            _ => false,
        }
    }

    /// Whether the operation has effects beyond its result and its exit (writes memory or
    /// frame slots, calls a non-pure helper, counts references, structure, attention
    /// checks). Such instructions are never removed, merged or moved by the passes.
    pub fn has_effects(&self) -> bool {
        use Op::*;
        match self {
            CallHelper { sig, .. } => !sig.pure,
            _ => matches!(
                self,
                Loop | Phi { .. } | Exit | SStore { .. } | Store { .. } | StoreAt { .. } | Incref(_) | Decref(_) | CheckAttention { .. }
            ),
        }
    }

    /// Whether the result depends on memory that stores, slot writes or helper calls may
    /// change (so two equal instructions are not interchangeable across those).
    pub fn reads_memory(&self) -> bool {
        use Op::*;
        matches!(self, SLoad { .. } | LoadInt { .. } | LoadFloat { .. } | GuardWordEq { .. } | Load { .. } | LoadAt { .. })
    }

    /// Whether the operation may change memory that other instructions read (frame
    /// slots, objects, reference counts; a non-pure helper may do anything).
    pub fn writes_memory(&self) -> bool {
        use Op::*;
        match self {
            CallHelper { sig, .. } => !sig.pure,
            _ => matches!(self, SStore { .. } | Store { .. } | StoreAt { .. } | Incref(_) | Decref(_)),
        }
    }

    /// The printer's mnemonic.
    pub fn name(&self) -> &'static str {
        use Op::*;
        match self {
            Loop => "loop",
            Phi { .. } => "phi",
            Exit => "exit",
            SLoad { .. } => "sload",
            LoadInt { .. } => "load_int",
            LoadFloat { .. } => "load_float",
            SStore { .. } => "sstore",
            GuardTag { .. } => "guard_tag",
            GuardTrue(_) => "guard_true",
            GuardFalse(_) => "guard_false",
            GuardEqPtr { .. } => "guard_eq_ptr",
            GuardWordEq { .. } => "guard_word_eq",
            CheckAttention { .. } => "check_attention",
            AddOv(..) => "add_ov",
            Add(..) => "add",
            Sub(..) => "sub",
            SubOv(..) => "sub_ov",
            MulOv(..) => "mul_ov",
            NegOv(_) => "neg_ov",
            FloorDiv(..) => "floordiv",
            Mod(..) => "mod",
            And(..) => "and",
            Or(..) => "or",
            Xor(..) => "xor",
            Shl(..) => "shl",
            Shr(..) => "shr",
            ICmp(..) => "icmp",
            IntToFloat(_) => "int_to_float",
            Box(_) => "box",
            FAdd(..) => "fadd",
            FSub(..) => "fsub",
            FMul(..) => "fmul",
            FDiv(..) => "fdiv",
            FNeg(_) => "fneg",
            Sqrt(_) => "sqrt",
            FCmp(..) => "fcmp",
            Load { .. } => "load",
            Store { .. } => "store",
            LoadAt { .. } => "load_at",
            StoreAt { .. } => "store_at",
            GuardIndex { .. } => "guard_index",
            CallHelper { .. } => "call",
            Incref(_) => "incref",
            Decref(_) => "decref",
        }
    }
}

/// One instruction: operation, result type, and the snapshot its guard exits through.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Inst {
    /// What it does.
    pub op: Op,
    /// Its result's type ([`Ty::Void`] if none).
    pub ty: Ty,
    /// The exit taken when the guard fails (`Some` exactly when [`Op::is_guard`]).
    pub snap: Option<SnapId>,
}

/// An interned constant: its type and bits. `Int`: the i64's bits; `Float`: the f64's
/// bits; `Bool`: 0/1; `None`: 0; `Ptr`: the address; `Val`: `bits` is the payload and
/// `tag` the tag word (for the other types `tag` is 0).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Const {
    /// Its type.
    pub ty: Ty,
    /// The payload bits.
    pub bits: u64,
    /// The tag word (only for `Val`).
    pub tag: u64,
}

/// Why an exit leaves the trace, which fixes where the interpreter resumes.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExitKind {
    /// A guard failed: resume *at* `pc` (the guarded instruction runs again, generically).
    Deopt,
    /// A helper raised: the exception is in `JitCtx::pending`; resume unwinding as if the
    /// instruction at `pc - 1` raised (pc is the raising pc + 1).
    Error,
    /// The trace ended (left the loop, or reached a point it does not continue from):
    /// resume at `pc`.
    LoopEnd,
    /// A bridge's end: the path it records is complete at `pc`, a loop's header, where
    /// that loop's trace takes over (the interpreter's side links them).
    Closed,
}

impl ExitKind {
    /// Every kind, in the order of their discriminants (`kind as usize` indexes it).
    pub const ALL: [ExitKind; 4] = [ExitKind::Deopt, ExitKind::Error, ExitKind::LoopEnd, ExitKind::Closed];

    /// The printer's name.
    pub fn name(self) -> &'static str {
        match self {
            ExitKind::Deopt => "Deopt",
            ExitKind::Error => "Error",
            ExitKind::LoopEnd => "LoopEnd",
            ExitKind::Closed => "Closed",
        }
    }
}

/// Who owns the reference a snapshot entry materializes (matters only for heap values).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Own {
    /// An immediate (int, float, bool, None): nothing to count.
    Imm,
    /// The trace does not own it (loaded from a slot or object, or a constant): the exit
    /// increfs it when writing it to the frame.
    Borrowed,
    /// The trace owns one reference (a helper's result); the exit hands it to the frame.
    Owned,
}

/// One slot a snapshot writes: slot index (frame-relative), value, its type and ownership.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct SnapEntry {
    /// Slot index: the Value at `base + 16 * slot` (locals, cells, then the stack from nfixed).
    pub slot: u16,
    /// The value (an instruction or a constant). Its type must be an immediate or `Val`.
    pub val: Ref,
    /// The value's type (decides the tag written).
    pub ty: Ty,
    /// Ownership of a heap value.
    pub own: Own,
}

/// The state of one inline (callee) frame at an exit, materialized by the interpreter.
/// v1 traces never inline: this keeps the data model ready for it.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct FrameSnap {
    /// The callee (a constant: the `Function` object's address).
    pub func: Ref,
    /// The callee's resume pc.
    pub pc: u32,
    /// The callee's stack depth at `pc`.
    pub stack_depth: u16,
    /// The callee's slots (all fixed slots, unset ones as the Null constant, plus its
    /// stack). Written to `JitCtx::exit_buf` at `16 * (buf_offset + slot)`.
    pub entries: Vec<SnapEntry>,
    /// What the caller makes of the callee's return value, as the interpreter numbers
    /// it (opaque here; 0: the call's value is the return value).
    pub completion: u32,
}

/// Where and how an exit resumes the interpreter, and what it writes first.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Snapshot {
    /// The root frame's resume pc.
    pub pc: u32,
    /// Why the trace exits here.
    pub kind: ExitKind,
    /// The root frame's stack depth at `pc` (number of stack slots above nfixed).
    pub stack_depth: u16,
    /// Root-frame slots the exit writes: slots changed since entry that are not already in
    /// the frame (sunk values) and every live stack slot the trace computed.
    pub entries: Vec<SnapEntry>,
    /// Inline frames, outermost first (empty in v1).
    pub frames: Vec<FrameSnap>,
}

/// A whole trace: instructions, constants, snapshots.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Trace {
    /// Instructions; `Ref::inst(i)` names `insts[i]`'s result.
    pub insts: Vec<Inst>,
    /// Interned constants; `Ref::constant(i)` names `consts[i]`.
    pub consts: Vec<Const>,
    /// Snapshots; snapshot 0 is the entry snapshot (header pc, nothing written).
    pub snaps: Vec<Snapshot>,
}

impl Trace {
    /// The type of a value.
    pub fn ty(&self, r: Ref) -> Ty {
        if r.is_const() {
            self.consts[r.const_index()].ty
        } else {
            self.insts[r.index()].ty
        }
    }

    /// The constant `r` names, if it is one.
    pub fn as_const(&self, r: Ref) -> Option<Const> {
        r.is_const().then(|| self.consts[r.const_index()])
    }

    /// The instruction `r` names, if it is one.
    pub fn inst(&self, r: Ref) -> Option<&Inst> {
        (!r.is_const()).then(|| &self.insts[r.index()])
    }

    /// Index of the `Loop` marker, if the trace loops.
    pub fn loop_index(&self) -> Option<usize> {
        self.insts.iter().position(|i| i.op == Op::Loop)
    }

    /// Whether the last instruction is an unconditional `Exit` (the trace does not loop back).
    pub fn ends_in_exit(&self) -> bool {
        matches!(self.insts.last(), Some(Inst { op: Op::Exit, .. }))
    }

    /// The loop header's pc (the entry snapshot's pc).
    pub fn header_pc(&self) -> u32 {
        self.snaps[0].pc
    }

    /// Checks the structural rules the passes and the lowering rely on; returns the first
    /// violation. Rules: snapshot 0 exists; operands are defined earlier (a `Phi`'s `next`
    /// may be later), in range and of the types the operation takes, and each result type
    /// is the operation's; phis directly follow the single `Loop`; guards have
    /// in-range snapshots and other instructions none; `Exit` only last; a trace without
    /// `Loop` ends in `Exit`; snapshot entries are immediates or `Val` and defined.
    pub fn validate(&self) -> Result<(), String> {
        if self.snaps.is_empty() {
            return Err("no entry snapshot".into());
        }
        let check = |at: usize, r: Ref, later_ok: bool| -> Result<(), String> {
            if r.is_const() {
                if r.const_index() >= self.consts.len() {
                    return Err(format!("{at:04}: constant {r:?} out of range"));
                }
            } else if r.index() >= self.insts.len() || (!later_ok && r.index() >= at) {
                return Err(format!("{at:04}: operand {r:?} not defined before use"));
            }
            Ok(())
        };
        let loop_at = self.loop_index();
        let mut loops = 0;
        for (i, inst) in self.insts.iter().enumerate() {
            match &inst.op {
                Op::Loop => loops += 1,
                Op::Phi { init, next } => {
                    let lp = loop_at.ok_or(format!("{i:04}: phi without loop"))?;
                    if !self.insts[lp + 1..i].iter().all(|p| matches!(p.op, Op::Phi { .. })) {
                        return Err(format!("{i:04}: phi not directly after loop"));
                    }
                    check(i, *init, false)?;
                    check(i, *next, true)?;
                    if !init.is_const() && init.index() >= lp {
                        return Err(format!("{i:04}: phi init defined inside the loop"));
                    }
                }
                Op::Exit if i + 1 != self.insts.len() => return Err(format!("{i:04}: exit not last")),
                op => {
                    let mut res = Ok(());
                    op.for_each_arg(|r| {
                        if res.is_ok() {
                            res = check(i, r, false);
                        }
                    });
                    res?;
                }
            }
            let ty = match &inst.op {
                Op::Phi { init, next } if self.ty(*init) != self.ty(*next) => {
                    return Err(format!("{i:04}: phi of {} and {}", self.ty(*init).name(), self.ty(*next).name()))
                }
                op => self.result_ty(op, inst.ty).map_err(|e| format!("{i:04}: {e}"))?,
            };
            if ty != inst.ty {
                return Err(format!("{i:04}: {} is {} but says {}", inst.op.name(), ty.name(), inst.ty.name()));
            }
            match (inst.op.is_guard(), inst.snap) {
                (true, None) => return Err(format!("{i:04}: guard without snapshot")),
                (false, Some(_)) => return Err(format!("{i:04}: snapshot on a non-guard")),
                (_, Some(s)) if s.0 as usize >= self.snaps.len() => {
                    return Err(format!("{i:04}: snapshot s{} out of range", s.0))
                }
                (_, Some(s)) => {
                    for e in self.snaps[s.0 as usize].entries.iter() {
                        check(i, e.val, false)?;
                        if !(e.ty.is_immediate() || e.ty == Ty::Val) || self.ty(e.val) != e.ty {
                            return Err(format!("{i:04}: snapshot s{} entry slot {} has type {:?}", s.0, e.slot, e.ty));
                        }
                    }
                }
                _ => {}
            }
        }
        if loops > 1 {
            return Err("more than one loop marker".into());
        }
        if loops == 0 && !self.ends_in_exit() {
            return Err("a trace without loop must end in exit".into());
        }
        Ok(())
    }
}

impl Trace {
    /// The result type of `op` given its operands' types, or why the operands are ill-typed.
    /// `Load` takes its type from `load_ty` (ignored for other ops); `Phi`'s `next` may be
    /// undefined yet, so only `init` is checked here (`validate` checks both).
    pub fn result_ty(&self, op: &Op, load_ty: Ty) -> Result<Ty, String> {
        use Op::*;
        let ty = |r: Ref| -> Result<Ty, String> {
            let n = if r.is_const() { self.consts.len() } else { self.insts.len() };
            let i = if r.is_const() { r.const_index() } else { r.index() };
            if i >= n {
                return Err(format!("operand {r:?} undefined"));
            }
            Ok(self.ty(r))
        };
        let want = |r: Ref, ok: &[Ty]| -> Result<Ty, String> {
            let t = ty(r)?;
            if ok.contains(&t) {
                Ok(t)
            } else {
                Err(format!("{}: operand {r:?} is {} (wants {:?})", op.name(), t.name(), ok))
            }
        };
        const BOXABLE: &[Ty] = &[Ty::Int, Ty::Float, Ty::Bool, Ty::None, Ty::Val];
        const MEM: &[Ty] = &[Ty::Int, Ty::Float, Ty::Bool, Ty::Ptr, Ty::Val];
        Ok(match op {
            Loop | Exit => Ty::Void,
            Phi { init, .. } => ty(*init)?,
            SLoad { .. } => Ty::Val,
            LoadInt { .. } => Ty::Int,
            LoadFloat { .. } => Ty::Float,
            SStore { val, .. } => {
                want(*val, BOXABLE)?;
                Ty::Void
            }
            GuardTag { val, tag } => {
                want(*val, &[Ty::Val])?;
                tag.unboxed_ty()
            }
            GuardTrue(a) | GuardFalse(a) => {
                want(*a, &[Ty::Bool])?;
                Ty::Void
            }
            GuardEqPtr { val, expect } => {
                want(*val, &[Ty::Ptr, Ty::Val])?;
                want(*expect, &[Ty::Ptr])?;
                if !expect.is_const() {
                    return Err("guard_eq_ptr: expected value must be a constant".into());
                }
                Ty::Void
            }
            GuardWordEq { base, .. } | CheckAttention { base, .. } => {
                want(*base, &[Ty::Ptr])?;
                Ty::Void
            }
            AddOv(a, b) | SubOv(a, b) | MulOv(a, b) | Add(a, b) | Sub(a, b) | FloorDiv(a, b) | Mod(a, b)
            | And(a, b) | Or(a, b) | Xor(a, b) | Shl(a, b) | Shr(a, b) => {
                want(*a, &[Ty::Int])?;
                want(*b, &[Ty::Int])?;
                Ty::Int
            }
            NegOv(a) => {
                want(*a, &[Ty::Int])?;
                Ty::Int
            }
            ICmp(_, a, b) => {
                let t = want(*a, &[Ty::Int, Ty::Bool])?;
                want(*b, &[t])?;
                Ty::Bool
            }
            IntToFloat(a) => {
                want(*a, &[Ty::Int])?;
                Ty::Float
            }
            Box(a) => {
                want(*a, &[Ty::Int, Ty::Float, Ty::Bool, Ty::None])?;
                Ty::Val
            }
            FAdd(a, b) | FSub(a, b) | FMul(a, b) | FDiv(a, b) => {
                want(*a, &[Ty::Float])?;
                want(*b, &[Ty::Float])?;
                Ty::Float
            }
            FNeg(a) | Sqrt(a) => {
                want(*a, &[Ty::Float])?;
                Ty::Float
            }
            FCmp(_, a, b) => {
                want(*a, &[Ty::Float])?;
                want(*b, &[Ty::Float])?;
                Ty::Bool
            }
            Load { base, .. } => {
                want(*base, &[Ty::Ptr])?;
                if !MEM.contains(&load_ty) {
                    return Err(format!("load: cannot load a {}", load_ty.name()));
                }
                load_ty
            }
            Store { base, val, .. } => {
                want(*base, &[Ty::Ptr])?;
                want(*val, MEM)?;
                Ty::Void
            }
            LoadAt { base, index, .. } => {
                want(*base, &[Ty::Ptr])?;
                want(*index, &[Ty::Int])?;
                if !MEM.contains(&load_ty) || load_ty == Ty::Bool {
                    return Err(format!("load_at: cannot load a {}", load_ty.name()));
                }
                load_ty
            }
            StoreAt { base, index, val, .. } => {
                want(*base, &[Ty::Ptr])?;
                want(*index, &[Ty::Int])?;
                want(*val, &[Ty::Int, Ty::Float, Ty::Ptr, Ty::Val])?;
                Ty::Void
            }
            GuardIndex { index, len } => {
                want(*index, &[Ty::Int])?;
                want(*len, &[Ty::Int])?;
                Ty::Void
            }
            CallHelper { sig, args, .. } => {
                if sig.params.len() != args.len() {
                    return Err(format!("call: {} arguments for {} parameters", args.len(), sig.params.len()));
                }
                for (a, p) in args.iter().zip(&sig.params) {
                    want(*a, &[*p])?;
                }
                if !matches!(sig.ret, Ty::Val | Ty::Int | Ty::Ptr | Ty::Bool | Ty::Float | Ty::Void) {
                    return Err(format!("call: cannot return {}", sig.ret.name()));
                }
                sig.ret
            }
            Incref(a) => {
                want(*a, &[Ty::Val, Ty::Ptr])?;
                Ty::Void
            }
            Decref(a) => {
                want(*a, &[Ty::Val])?;
                Ty::Void
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trace(insts: Vec<Inst>) -> Trace {
        let entry = Snapshot { pc: 0, kind: ExitKind::Deopt, stack_depth: 0, entries: vec![], frames: vec![] };
        Trace { insts, consts: vec![Const { ty: Ty::Int, bits: 1, tag: 0 }], snaps: vec![entry] }
    }

    fn inst(op: Op, ty: Ty, snap: Option<u32>) -> Inst {
        Inst { op, ty, snap: snap.map(SnapId) }
    }

    #[test]
    fn validate_accepts_a_loop_and_rejects_broken_traces() {
        let load = inst(Op::SLoad { slot: 0 }, Ty::Val, None);
        let guard = inst(Op::GuardTag { val: Ref(1), tag: Tag::Int }, Ty::Int, Some(0));
        let add = inst(Op::AddOv(Ref(2), Ref::constant(0)), Ty::Int, Some(0));
        let ok = trace(vec![inst(Op::Loop, Ty::Void, None), load.clone(), guard.clone(), add.clone()]);
        assert_eq!(ok.validate(), Ok(()));

        let mut late = ok.clone();
        late.insts[3].op = Op::AddOv(Ref(3), Ref::constant(0));
        assert!(late.validate().unwrap_err().contains("not defined before use"));

        let mut no_snap = ok.clone();
        no_snap.insts[2].snap = None;
        assert!(no_snap.validate().unwrap_err().contains("guard without snapshot"));

        let mut bad_snap = ok.clone();
        bad_snap.insts[2].snap = Some(SnapId(4));
        assert!(bad_snap.validate().unwrap_err().contains("out of range"));

        let no_loop = trace(vec![load.clone(), inst(Op::GuardTag { val: Ref(0), tag: Tag::Int }, Ty::Int, Some(0))]);
        assert!(no_loop.validate().unwrap_err().contains("must end in exit"));

        let stray_phi = trace(vec![
            inst(Op::Loop, Ty::Void, None),
            load,
            inst(Op::Phi { init: Ref(1), next: Ref(1) }, Ty::Val, None),
        ]);
        assert!(stray_phi.validate().is_err());

        let mut ill_typed = ok;
        ill_typed.insts[3].op = Op::FAdd(Ref(2), Ref(2));
        ill_typed.insts[3].snap = None;
        assert!(ill_typed.validate().unwrap_err().contains("fadd"));
    }

    #[test]
    fn refs_name_instructions_or_constants() {
        assert!(Ref::constant(3).is_const());
        assert_eq!(Ref::constant(3).const_index(), 3);
        assert_eq!(Ref::inst(7).index(), 7);
        assert_eq!(format!("{:?} {:?}", Ref::inst(7), Ref::constant(3)), "%7 #3");
    }
}
