//! The recorder: one iteration of a loop, from its header back to it,
//! turned into trace IR.
//!
//! It does not execute anything. The frame stands at the loop header with
//! the values of this iteration, so the recorder evaluates the loop body on
//! *shadow* copies of them (ints, floats, bools, None) with the
//! interpreter's own operations, to know which way each branch goes, and
//! emits for each instruction the IR that does the same under guards on the
//! types it saw. The compiled trace then runs the iteration for real, from
//! the same header. Each bytecode instruction is handled in one place
//! ([`Recorder::instruction`]); anything outside the supported subset
//! aborts the recording with a reason (counted in `--stats`).
//!
//! Globals, builtins and module attributes are read in the trace from the
//! dict entry the recorder found them in, under the dict's keys-version
//! guard (the interpreter's `LOAD_GLOBAL_MODULE` protocol); an immediate is
//! guarded to keep its type, a heap object to stay the same object, which
//! the trace holds in its roots. Nothing a trace runs can rebind a global,
//! so those reads are loop-invariant and run once per entry. Calls are
//! recorded for builtins without effects ([`PURE_BUILTINS`]) on ints and
//! floats: the recorder calls the builtin itself for this iteration's
//! result, and the trace calls it through a helper (`math.sqrt` of a float
//! becomes a native square root). Python functions, methods, operator
//! dunders and the `__init__` of a plain class's call are recorded inlined
//! (see [`Caller`] and [`Recorder::instantiate`]).

use quicken_jit::{Cc, ExitKind, FrameSnap, HelperSig, Op as IrOp, Own, Ref, SnapEntry, Tag, Trace, TraceBuilder, Ty, Width};

use super::helpers;
use super::layout::{layouts, words, VecLayout, TAG_CELL, TAG_ITER, TAG_LIST, TAG_TUPLE};
use crate::bytecode::{BinOp, Cache, CmpOp, Code, Op, UnaryOp};
use std::rc::Rc;

use crate::runtime::list::PyList;
use crate::runtime::objects::{IterState, Name, PyDict, NO_VERSION};
use crate::runtime::value::Value;
use crate::specialize::EXACT_FLOAT_INT;
use crate::vm::frame::Frame;
use crate::vm::Vm;

/// Builtins (functions of `builtins` and `math`, by name, not methods of a
/// type) whose result on ints and floats depends on the arguments alone and
/// whose call has no effect: a trace may call them, and an exit may run the
/// call again in the interpreter.
const PURE_BUILTINS: &[&str] = &[
    "abs", "min", "max", "round", "pow", "sqrt", "cbrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p",
    "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs",
    "floor", "ceil", "trunc", "hypot", "copysign", "fmod", "remainder", "isfinite", "isnan", "isinf", "degrees",
    "radians", "gcd", "isqrt", "erf", "erfc", "gamma", "lgamma",
];

/// Methods of builtin types (type, name) that only read their receiver and
/// arguments and, on numbers, strs, lists and tuples, run no Python code.
const PURE_METHODS: &[(&str, &str)] = &[
    ("str", "startswith"), ("str", "endswith"), ("str", "strip"), ("str", "lstrip"), ("str", "rstrip"),
    ("str", "lower"), ("str", "upper"), ("str", "split"), ("str", "find"), ("str", "rfind"), ("str", "count"),
    ("str", "isdigit"), ("str", "isalpha"), ("str", "isalnum"), ("str", "isspace"), ("str", "isupper"),
    ("str", "islower"), ("str", "replace"), ("str", "join"), ("str", "ljust"), ("str", "rjust"), ("str", "zfill"),
    ("str", "center"), ("str", "partition"), ("str", "capitalize"), ("dict", "get"),
];

/// Traces longer than this (IR instructions) are abandoned.
const MAX_TRACE_LEN: usize = 2000;

/// How many Python calls deep the recorder inlines.
const MAX_INLINE_DEPTH: usize = 3;

/// A value the recorder knows the type and this iteration's content of.
#[derive(Clone)]
enum Shadow {
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    /// A list held by a local of the root frame (borrowed from it: the
    /// trace never rebinds a local that holds a heap value).
    List(Rc<PyList>),
    /// A tuple (its length and items cannot change).
    Tuple(Rc<crate::runtime::objects::PyTuple>),
    /// A heap object read from a global, a builtin or a module attribute,
    /// guarded to be this object (held in the trace's roots).
    Object(Value),
    /// Any other heap value, known by its type tag only: it can be stored,
    /// passed along and dropped.
    Heap(Value),
    /// The marker `LOAD_METHOD` pushes when the attribute is not a method.
    Null,
}

impl Shadow {
    /// Whether this is the NotImplemented singleton.
    fn is_not_implemented(&self) -> bool {
        matches!(self, Shadow::Heap(v) | Shadow::Object(v) if crate::vm::ops::is_not_implemented(v))
    }
}

/// One value of the recording: its IR value and its shadow.
///
/// A heap value is either *borrowed* (a frame slot, a constant or the
/// trace's roots keep it alive) or *owned* (the trace holds one reference,
/// taken by the helper that produced it). An owned item is consumed exactly
/// once: stored into a slot (which takes the reference), dropped with a
/// `decref` when popped or used up, or written to the frame by an exit.
#[derive(Clone)]
struct Item {
    /// The value: unboxed for immediates, the payload pointer for heap values.
    ir: Ref,
    shadow: Shadow,
    /// A heap value's whole `Val` (what a snapshot writes back).
    boxed: Option<Ref>,
    /// Who keeps a heap value alive.
    own: Own,
    /// The frame slot a borrowed value is read from: rebinding that slot
    /// would free it under the item.
    slot: Option<u16>,
}

impl Item {
    fn imm(ir: Ref, shadow: Shadow) -> Item {
        Item { ir, shadow, boxed: None, own: Own::Imm, slot: None }
    }

    /// A heap value: `ptr` its payload, `boxed` the whole value.
    fn heap(ptr: Ref, boxed: Ref, shadow: Shadow, own: Own, slot: Option<u16>) -> Item {
        Item { ir: ptr, shadow, boxed: Some(boxed), own, slot }
    }

    fn is_owned(&self) -> bool {
        self.own == Own::Owned
    }
}

/// The shadow of a heap value (of a type the recorder knows or not).
fn heap_shadow(v: &Value) -> Shadow {
    match v {
        Value::List(l) => Shadow::List(l.clone()),
        Value::Tuple(t) => Shadow::Tuple(t.clone()),
        other => Shadow::Heap(other.clone()),
    }
}

/// The tag a guard expects for a value of this iteration.
fn tag_of(v: &Value) -> Tag {
    match v {
        Value::Int(_) => Tag::Int,
        Value::Float(_) => Tag::Float,
        Value::Bool(_) => Tag::Bool,
        Value::None => Tag::None,
        heap => Tag::Heap(words(heap)[0]),
    }
}

/// The shadow of an immediate, or None for a heap value.
fn immediate_shadow(v: &Value) -> Option<Shadow> {
    Some(match v {
        Value::Int(n) => Shadow::Int(*n),
        Value::Float(x) => Shadow::Float(x.get()),
        Value::Bool(b) => Shadow::Bool(b.get()),
        Value::None => Shadow::None,
        _ => return None,
    })
}

/// A loop recorded into IR.
pub struct Recorded {
    /// The trace in recorded form (not optimized yet).
    pub trace: Trace,
    /// Number of bytecode instructions in one iteration (for `--stats`).
    pub instructions: usize,
    /// Objects the trace embeds by address (guarded globals, modules,
    /// builtins): its owner keeps them alive while the trace exists.
    pub roots: Vec<Value>,
    /// Copies of inline caches whose guards the trace's helpers check, at
    /// the addresses the trace embeds.
    pub caches: Vec<Box<Cache>>,
}

/// Why a recording stopped without a trace: a fixed reason, counted in `--stats`.
pub type AbortReason = &'static str;

/// The loop's iterator is at its end: this entry of the loop ends now, so
/// there is no iteration to record. Not the loop's fault: recorded at a
/// later back edge, without a penalty.
pub const LOOP_ENDING: AbortReason = "loop ending while recording";

/// The loop a recording belongs to: where its header is and how deep the
/// root frame's stack is there (the iterators of the enclosing `for`s).
#[derive(Clone, Copy, Debug)]
pub struct LoopAt {
    pub header: usize,
    pub depth: usize,
}

/// What a recording makes.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    /// A loop trace: one iteration from the header `f` stands at, back to it.
    Loop,
    /// A bridge (a side trace): from where `f` stands (an exit of a trace of
    /// `LoopAt`'s loop, its stack as the exit wrote it) to the loop's
    /// header, where it ends with an exit that the loop's trace is
    /// entered again from. From the loop's end it goes on after the loop
    /// and round enclosing loops, back to the header or to the header of
    /// another loop, whose trace takes over there.
    Bridge,
}

/// Records one iteration of the loop `at` from where `f` stands: the whole
/// iteration for a loop trace, the rest of it for a bridge (see [`Shape`]).
pub fn record(vm: &mut Vm, f: &Frame, at: LoopAt, shape: Shape) -> Result<Recorded, AbortReason> {
    let code = &*f.code;
    let nfixed = code.nfixed();
    let LoopAt { header, depth: header_depth } = at;
    let start_depth = f.slots.len() - nfixed;
    if start_depth < header_depth {
        return Err("stack below the loop's");
    }
    let mut r = Recorder {
        b: TraceBuilder::new(f.pc as u32, start_depth as u16),
        f,
        code: f.code.clone(),
        globals: f.globals.clone(),
        callers: Vec::new(),
        stored_globals: globals_stored_in_loop(code, header),
        written_globals: Vec::new(),
        nfixed,
        header,
        header_depth,
        floor: match shape {
            Shape::Loop => header_depth,
            Shape::Bridge => 0,
        },
        pc: f.pc,
        stack: Vec::new(),
        locals: vec![None; code.varnames.len()],
        instructions: 0,
        builtins: vm.builtins.clone(),
        vm,
        roots: Vec::new(),
        caches: Vec::new(),
        stored_attrs: Vec::new(),
        scratch: Vec::new(),
    };
    // A bridge starts with the values the exit left on the stack: the
    // trace takes over the frame's references to them (an exit writes them
    // back as they are; a pop consumes them).
    for slot in nfixed + r.floor..nfixed + start_depth {
        let v = r.frame_value(slot, Own::Owned)?;
        r.stack.push(v);
    }
    let mut pc = f.pc;
    let end = loop {
        if r.b.len() > MAX_TRACE_LEN {
            return Err("trace too long");
        }
        r.instructions += 1;
        match r.instruction(pc)? {
            // A bridge that left the loop and went round an enclosing one
            // comes back to the header from its `GET_ITER`.
            Next::At(next) if next == header && r.in_bridge() && r.callers.is_empty() => {
                r.check_header_depth()?;
                break header;
            }
            Next::At(next) => pc = next,
            Next::LoopClosed => break header,
            Next::OtherLoop => break pc,
        }
    };
    // The eval breaker (Ctrl-C, generator finalizers) is tested once per
    // iteration; its exit resumes at the header, where the interpreter's
    // next back edge handles it.
    let entries = r.stack_entries();
    let depth = (r.floor + r.stack.len()) as u16;
    r.b.snapshot(end as u32, ExitKind::LoopEnd, depth, &entries);
    let breaker = r.b.const_ptr(crate::vm::signals::breaker_addr());
    r.b.emit(IrOp::CheckAttention { base: breaker, width: quicken_jit::Width::W8 });
    let trace = match shape {
        Shape::Loop => r.b.close_loop(),
        Shape::Bridge => {
            let closed = r.b.snapshot(end as u32, ExitKind::Closed, depth, &entries);
            r.b.finish_with_exit(closed)
        }
    };
    Ok(Recorded { trace, instructions: r.instructions, roots: r.roots, caches: r.caches })
}

/// A caller suspended while the recorder goes through a function it
/// inlines. A guard inside the callee leaves through a snapshot that holds
/// the root frame as the outermost call left it (resuming after the call)
/// and every callee's locals, stack and pc ([`quicken_jit::FrameSnap`]):
/// the interpreter rebuilds those frames and finishes the calls
/// (`Vm::finish_inlined_calls`), so a callee's effects before the guard
/// (attribute and item stores) are never redone. Callees do not store
/// globals (the trace reads globals once per entry).
struct Caller {
    /// The function this call enters (what an exit rebuilds a frame of).
    callee: Rc<crate::runtime::objects::Function>,
    code: Rc<Code>,
    globals: Rc<PyDict>,
    locals: Vec<Option<Item>>,
    /// Where the caller continues with the call's value on its stack.
    return_pc: usize,
    /// The caller's stack depth after the call popped its operands.
    stack_len: usize,
    /// What the call's value is.
    kind: CallKind,
}

/// What an inlined call's value is, made of the callee's return value (as
/// the interpreter's `Completion`s); a snapshot marks each rebuilt frame
/// with it ([`FrameSnap::completion`], see [`CallKind::marker`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum CallKind {
    /// The return value.
    Value,
    /// A class call's `__init__`: the new instance (the callee's first
    /// local), when the return value is None.
    Init,
    /// A binary operator's dunder (`BINARY_OP`'s `arg`), whose operands the
    /// caller's stack keeps during the call: the return value, unless it
    /// is NotImplemented (the interpreter then goes on with the operator).
    Binary(u32),
}

impl CallKind {
    /// The number a snapshot carries for the interpreter.
    fn marker(self) -> u32 {
        match self {
            CallKind::Value => 0,
            CallKind::Init => 1,
            CallKind::Binary(arg) => 2 + arg,
        }
    }

    /// The kind a snapshot's marker stands for.
    pub(super) fn from_marker(marker: u32) -> CallKind {
        match marker {
            0 => CallKind::Value,
            1 => CallKind::Init,
            m => CallKind::Binary(m - 2),
        }
    }
}

/// What `FOR_ITER` did.
enum Stepped {
    /// Pushed the next item.
    Item(Item),
    /// Stored the next pair into the two locals the loop unpacks it into.
    PairStored,
    /// Found the iterator at its end (recorded in a bridge only).
    Ended,
}

/// Where recording goes after an instruction.
enum Next {
    /// The instruction at this pc.
    At(usize),
    /// The back edge to the header was taken: the iteration is complete.
    LoopClosed,
    /// A bridge reached another loop's `FOR_ITER` (this one's stays).
    OtherLoop,
}

struct Recorder<'a> {
    b: TraceBuilder,
    /// The frame of the loop, standing at its header.
    f: &'a Frame,
    /// The code being recorded: the loop's, or an inlined callee's.
    code: Rc<Code>,
    /// The globals `code` runs against.
    globals: Rc<PyDict>,
    /// The callers of the inlined function being recorded, innermost last.
    callers: Vec<Caller>,
    /// Globals of the loop's module that the loop body stores (read afresh
    /// in every iteration, not once per entry).
    stored_globals: Vec<Name>,
    /// Globals stored so far in the iteration, with their values.
    written_globals: Vec<(Name, Item)>,
    nfixed: usize,
    header: usize,
    header_depth: usize,
    /// The stack depth the recorded `stack` starts from: the header's for a
    /// loop trace, the frame's bottom for a bridge (which may leave the
    /// loop and go on in an enclosing one, popping the loop's iterator).
    floor: usize,
    /// The instruction being recorded (of `code`).
    pc: usize,
    /// The stack above the header's depth.
    stack: Vec<Item>,
    /// Locals read or written so far in the iteration.
    locals: Vec<Option<Item>>,
    instructions: usize,
    builtins: Rc<PyDict>,
    /// For calling pure builtins on this iteration's values.
    vm: &'a mut Vm,
    roots: Vec<Value>,
    caches: Vec<Box<Cache>>,
    /// Instance attributes the iteration stored so far: (the instance's
    /// payload address, slot index, the value's shadow). The recorder does
    /// not run the stores, so a later load of that slot in the iteration
    /// takes the stored shadow, not the object's current value.
    stored_attrs: Vec<(u64, u16, Shadow)>,
    /// Instances the recorder made to stand for the instances that class
    /// calls in the iteration create (see [`Recorder::instantiate`]): seen
    /// by no program code, they take the attribute stores `__init__` makes
    /// (so their layouts follow the new instances') and die with the
    /// recording.
    scratch: Vec<Value>,
}

impl Recorder<'_> {
    /// Records the instruction at `pc`.
    fn instruction(&mut self, pc: usize) -> Result<Next, AbortReason> {
        self.pc = pc;
        let ins = self.code.instr(pc);
        let arg = ins.arg as usize;
        // Specialized forms are recorded by their generic family.
        let op = ins.op.unfused().family();
        let inlined = !self.callers.is_empty();
        // Guards of this instruction resume at it, with the stack as it is
        // now: the interpreter runs it again (in an inlined function, in
        // the callee frames the exit rebuilds).
        let closes_loop = !inlined && op.arg_kind() == crate::bytecode::ArgKind::Jump && arg == self.header && arg <= pc;
        self.snapshot(pc, if closes_loop { ExitKind::LoopEnd } else { ExitKind::Deopt });
        let site = self.attribute_site(op, pc);
        match op {
            Op::Nop => {}
            Op::LoadFast => {
                let v = self.local(arg)?;
                self.stack.push(v);
            }
            Op::StoreFast if inlined => {
                // The callee's locals live in the trace's registers only. A
                // local may own its value (released when the call returns,
                // or when rebound: what borrows it takes a reference first).
                // An `__init__`'s `self` stays: the call's value is read there.
                if arg == 0 && self.callers.last().is_some_and(|c| c.kind == CallKind::Init) {
                    return Err("__init__ rebinding self");
                }
                let mut v = self.pop()?;
                if let Some(old) = self.locals[arg].take().filter(Item::is_owned) {
                    self.own_borrowers_of_item(&old, &mut v);
                    self.release(&old);
                }
                self.locals[arg] = Some(v);
            }
            Op::StoreFast => {
                // Knowing the old value's type (guarded at entry) spares the
                // trace a decref and lets the optimizer keep the local in a
                // register; an unbound or heap old value is released.
                if self.locals[arg].is_none() && self.f.slots[arg].is_immediate() && !self.f.slots[arg].is_null() {
                    self.local(arg)?;
                }
                let v = self.pop()?;
                let slot = arg as u16;
                // The old value goes: what borrows it takes a reference first.
                self.own_borrowers_of(slot);
                match v.boxed {
                    Some(boxed) => {
                        self.b.store_slot(slot, boxed, v.own).map_err(|_| "store of an unexpected type")?;
                        self.locals[arg] = Some(Item { own: Own::Borrowed, slot: Some(slot), ..v });
                    }
                    None => {
                        self.b.store_slot(slot, v.ir, Own::Imm).map_err(|_| "store of an unexpected type")?;
                        self.locals[arg] = Some(v);
                    }
                }
            }
            Op::LoadConst => {
                let c = self.code.consts[arg].clone();
                let v = self.constant(&c)?;
                self.stack.push(v);
            }
            Op::PopTop => {
                let v = self.pop()?;
                self.release(&v);
            }
            Op::Copy => {
                let v = self.peek(arg)?;
                if v.is_owned() {
                    return Err("copy of an owned heap value");
                }
                self.stack.push(v);
            }
            // `a, b = b, a`: a tuple built only to be unpacked is never
            // made; the items are reordered as the pair would leave them
            // (neither instruction has a guard or an effect to resume at).
            Op::BuildTuple if self.code.instr(pc + 1).op.unfused().family() == Op::UnpackSequence && self.code.instr(pc + 1).arg as usize == arg => {
                let at = self.stack.len().checked_sub(arg).ok_or("stack below the header")?;
                self.stack[at..].reverse();
                return Ok(Next::At(pc + 2));
            }
            Op::UnpackSequence => {
                let seq = self.pop()?;
                self.unpack(seq, arg)?;
            }
            Op::BinarySubscr => {
                let index = self.pop()?;
                let container = self.pop()?;
                let v = self.subscript(container, index)?;
                self.stack.push(v);
            }
            Op::StoreSubscr => {
                let index = self.pop()?;
                let container = self.pop()?;
                let value = self.pop()?;
                self.store_subscript(container, index, value)?;
            }
            Op::Swap => {
                let n = self.stack.len();
                if arg > n {
                    return Err("stack below the header");
                }
                self.stack.swap(n - 1, n - arg);
            }
            Op::BinaryOp if self.code.instr(pc).op == Op::BinaryOpDunder => {
                return self.binary_dunder(arg as u32, self.code.cache(pc).get(), pc + 1);
            }
            Op::BinaryOp => {
                let (op, _inplace) = BinOp::decode(arg as u32);
                let y = self.pop()?;
                let x = self.pop()?;
                // `s += t` on a str the interpreter appends to in place when
                // the local holds the only reference; a trace would copy
                // the whole text every iteration.
                let next = self.code.instr(pc + 1);
                if op == BinOp::Add
                    && matches!(x.shadow, Shadow::Heap(Value::Str(_)) | Shadow::Object(Value::Str(_)))
                    && next.op.unfused().family() == Op::StoreFast
                    && x.slot == Some(next.arg as u16)
                {
                    return Err("str += (appended in place by the interpreter)");
                }
                let v = self.binary(op, x, y)?;
                self.stack.push(v);
            }
            Op::CompareOp => {
                let y = self.pop()?;
                let x = self.pop()?;
                let v = self.compare(CmpOp::ALL[arg], x, y)?;
                self.stack.push(v);
            }
            Op::ContainsOp => {
                let container = self.pop()?;
                let key = self.pop()?;
                let v = self.contains(key, container, arg == 1)?;
                self.stack.push(v);
            }
            Op::UnaryOp => {
                let x = self.pop()?;
                let v = self.unary(UnaryOp::ALL[arg], x)?;
                self.stack.push(v);
            }
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                let cond = self.peek(1)?;
                let (bit, truth) = self.truth(cond)?;
                // The branch goes the way it went in this iteration.
                if let Some(bit) = bit {
                    self.b.emit(if truth { IrOp::GuardTrue(bit) } else { IrOp::GuardFalse(bit) });
                }
                let cond = self.pop()?;
                self.release(&cond);
                let taken = truth == (op == Op::PopJumpIfTrue);
                return self.jump(pc, if taken { arg } else { pc + 1 });
            }
            Op::PopJumpIfNone | Op::PopJumpIfNotNone => {
                // The operand's type is known (guarded): no test needed.
                let v = self.pop()?;
                let none = matches!(v.shadow, Shadow::None);
                self.release(&v);
                let taken = none == (op == Op::PopJumpIfNone);
                return self.jump(pc, if taken { arg } else { pc + 1 });
            }
            Op::Jump | Op::JumpBackward => return self.jump(pc, arg),
            Op::ForIter if !inlined && (pc == self.header || self.in_bridge() && pc < self.header && arg > self.header) => {
                // The loop's iterator, or (in a bridge that left the loop)
                // an enclosing loop's, on top of the recorded stack.
                let slot = if pc == self.header { self.nfixed + self.header_depth - 1 } else { self.recorded_top_slot()? };
                match self.for_iter(pc, slot)? {
                    Stepped::Item(v) => self.stack.push(v),
                    Stepped::PairStored => {
                        // FOR_ITER, UNPACK_SEQUENCE 2 and the two STORE_FASTs.
                        self.instructions += 3;
                        return Ok(Next::At(pc + 4));
                    }
                    Stepped::Ended => {
                        // A bridge from the loop's end: the iterator goes, and
                        // the code after the loop runs.
                        let it = self.pop()?;
                        self.release(&it);
                        return Ok(Next::At(arg));
                    }
                }
            }
            Op::GetIter => {
                let v = self.pop()?;
                let it = self.get_iter(v)?;
                self.stack.push(it);
            }
            // In a bridge: another loop of the code (after this one in an
            // enclosing loop's body), whose own trace takes over there.
            Op::ForIter if !inlined && self.in_bridge() => return Ok(Next::OtherLoop),
            Op::ForIter => return Err("inner loop"),
            Op::StoreGlobal if inlined => return Err("store in an inlined function"),
            Op::StoreGlobal => {
                let v = self.pop()?;
                self.store_global(&self.code.names[arg].clone(), v)?;
            }
            Op::LoadDeref if inlined => return Err("closure variable in an inlined function"),
            Op::LoadDeref => {
                let v = self.closure_variable(arg)?;
                self.stack.push(v);
            }
            Op::LoadGlobal => {
                let v = self.global(&self.code.names[arg].clone())?;
                self.stack.push(v);
            }
            Op::LoadAttr if site.0 == Op::LoadAttrInstance => {
                let obj = self.pop()?;
                let v = self.instance_attr(obj, site.1)?;
                self.stack.push(v);
            }
            Op::StoreAttr if site.0 == Op::StoreAttrInstance => {
                let obj = self.pop()?;
                let value = self.pop()?;
                self.store_instance_attr(obj, value, site.1)?;
            }
            Op::StoreAttr if site.0 == Op::StoreAttrAddInstance => {
                let obj = self.pop()?;
                let value = self.pop()?;
                self.add_instance_attr(obj, value, site.1)?;
            }
            // Named by the site's specialized form (what it would take to support).
            Op::StoreAttr => return Err(crate::bytecode::op_name(self.code.instr(pc).op)),
            Op::LoadMethod
                if ins.op.unfused() == Op::LoadMethodBuiltinType
                    && matches!(self.peek(1)?.shadow, Shadow::List(_) | Shadow::Heap(Value::Str(_) | Value::Dict(_)) | Shadow::Object(Value::Str(_) | Value::Dict(_))) =>
            {
                // A list's, str's or dict's methods are fixed by its tag, which is guarded.
                let c = self.code.cache(pc).get();
                // SAFETY: the cache holds a method of the list type's dict, which lives as long as the program.
                let method = Value::Builtin(unsafe { crate::specialize::borrowed::<crate::runtime::objects::Builtin>(c.ptr) });
                let obj = self.pop()?;
                let method = self.object_constant(method);
                self.stack.push(method);
                self.stack.push(obj);
            }
            Op::ListAppend => {
                let v = self.pop()?;
                let list = self.stack_value(arg, Tag::Heap(TAG_LIST))?;
                self.list_append(list, v)?;
            }
            Op::LoadMethod if site.0 == Op::LoadMethodInstance => {
                let obj = self.pop()?;
                let method = self.instance_method(&obj, site.1)?;
                self.stack.push(method);
                self.stack.push(obj);
            }
            Op::LoadAttr | Op::LoadMethod => {
                let obj = self.pop()?;
                let Shadow::Object(Value::Module(m)) = &obj.shadow else {
                    // Named by the site's specialized form (what it would take to support).
                    return Err(crate::bytecode::op_name(ins.op.unfused()));
                };
                let name = &self.code.names[arg].clone();
                // Not in the dict: the module's `__getattr__` or an error.
                let ix = m.dict.find_str(name).ok_or("module attribute not in its dict")?;
                let v = self.dict_entry(&m.dict.clone(), ix)?;
                self.stack.push(v);
                if op == Op::LoadMethod {
                    let null = self.b.const_val(0, 0);
                    self.stack.push(Item::imm(null, Shadow::Null));
                }
            }
            Op::Call | Op::CallMethod => {
                let at = self.stack.len().checked_sub(arg).ok_or("stack below the header")?;
                let mut args = self.stack.split_off(at);
                if op == Op::CallMethod {
                    // The receiver, or Null for a plain callable.
                    let receiver = self.pop()?;
                    if !matches!(receiver.shadow, Shadow::Null) {
                        args.insert(0, receiver);
                    }
                }
                let callee = self.pop()?;
                if let Shadow::Object(Value::Function(func)) = &callee.shadow {
                    return self.inline_call(func.clone(), args, pc + 1);
                }
                if matches!(&callee.shadow, Shadow::Object(Value::Class(c)) if Rc::ptr_eq(c, &crate::runtime::types::types().range)) {
                    let range = self.new_range(&args)?;
                    self.stack.push(range);
                    return Ok(Next::At(pc + 1));
                }
                if let Shadow::Object(Value::Class(cls)) = &callee.shadow {
                    return self.instantiate(cls.clone(), args, pc + 1);
                }
                if let Shadow::Heap(class @ Value::Class(cls)) = &callee.shadow {
                    // A class read from data (`kinds[i % 2](x)`): guarded to be this one.
                    let cls = cls.clone();
                    self.guard_same_object(callee.ir, &class.clone());
                    self.release(&callee);
                    return self.instantiate(cls, args, pc + 1);
                }
                if let (Shadow::Object(Value::Builtin(b)), [list @ Item { shadow: Shadow::List(_), .. }, v]) = (&callee.shadow, &args[..]) {
                    if b.owner.is_some() && b.name == "append" {
                        self.list_append(list.clone(), v.clone())?;
                        let none = self.b.const_none();
                        self.stack.push(Item::imm(none, Shadow::None));
                        return Ok(Next::At(pc + 1));
                    }
                }
                let v = match &callee.shadow {
                    Shadow::Object(Value::Builtin(b)) if b.owner.is_some() => self.call_pure_method(b.clone(), &args)?,
                    _ => self.call_builtin(callee, &args)?,
                };
                self.stack.push(v);
            }
            Op::ReturnValue if inlined => {
                let mut v = self.pop()?;
                let kind = self.callers.last().expect("inlined").kind;
                match kind {
                    CallKind::Init => v = self.init_result(v)?,
                    CallKind::Binary(_) if v.shadow.is_not_implemented() => return Err("operator dunder returning NotImplemented"),
                    _ => {}
                }
                // The callee's locals die: the value returned takes over a
                // reference one of them owns (`return self`), the others go.
                for local in std::mem::take(&mut self.locals).into_iter().flatten().filter(Item::is_owned) {
                    if v.own == Own::Borrowed && v.boxed.is_some() && v.boxed == local.boxed {
                        v.own = Own::Owned;
                    } else {
                        self.release(&local);
                    }
                }
                let caller = self.callers.pop().expect("inlined");
                debug_assert_eq!(self.stack.len(), caller.stack_len);
                self.code = caller.code;
                self.globals = caller.globals;
                self.locals = caller.locals;
                if let CallKind::Binary(_) = kind {
                    // The operands the caller's stack kept go; the result
                    // takes over a reference one of them owns (`return self`).
                    for operand in [self.pop()?, self.pop()?] {
                        if operand.is_owned() && v.own == Own::Borrowed && v.boxed.is_some() && v.boxed == operand.boxed {
                            v.own = Own::Owned;
                        } else {
                            self.release(&operand);
                        }
                    }
                }
                self.stack.push(v);
                return Ok(Next::At(caller.return_pc));
            }
            _ => return Err(unsupported(op)),
        }
        Ok(Next::At(pc + 1))
    }

    /// The specialized form and cache of the instruction at `pc` (of family
    /// `family`); for a polymorphic attribute site, the one-layout form and
    /// cache its entry for the layout of the receiver on top of the stack
    /// stands for (`crate::specialize::poly::single_form`): the trace's
    /// helpers then check that one layout.
    fn attribute_site(&self, family: Op, pc: usize) -> (Op, Cache) {
        let form = self.code.instr(pc).op.unfused();
        let c = self.code.cache(pc).get();
        if !matches!(family, Op::LoadAttr | Op::StoreAttr | Op::LoadMethod) || form != crate::specialize::poly::poly_form(family) {
            return (form, c);
        }
        let Some(Value::Instance(inst)) = self.stack.last().and_then(|v| shadow_value(&v.shadow)) else { return (form, c) };
        let Ok(attrs) = inst.attrs.try_borrow() else { return (form, c) };
        if attrs.dict.is_some() {
            return (form, c);
        }
        // SAFETY: a polymorphic site's `ptr` is its table, owned by the code.
        let table = unsafe { &*(c.ptr as *const crate::bytecode::PolyTable) };
        crate::specialize::poly::single_form(family, table, inst.class.version.get(), attrs.shape_id).unwrap_or((form, c))
    }

    /// Continues at `target`: the header closes the loop; any other
    /// backward target is an inner loop.
    fn jump(&mut self, pc: usize, target: usize) -> Result<Next, AbortReason> {
        if !self.callers.is_empty() {
            return if target <= pc { Err("loop in an inlined function") } else { Ok(Next::At(target)) };
        }
        if target == self.header {
            self.check_header_depth()?;
            return Ok(Next::LoopClosed);
        }
        if target <= pc {
            // The back edge of a loop around this one: a bridge that left
            // the loop goes round it, back to this loop's header.
            if self.in_bridge() && target < self.header && self.header < pc {
                return Ok(Next::At(target));
            }
            return Err("inner loop");
        }
        Ok(Next::At(target))
    }

    /// Whether this records a bridge (see [`Shape::Bridge`]).
    fn in_bridge(&self) -> bool {
        self.floor < self.header_depth
    }

    /// At the header: the stack must be as deep as the loop trace expects.
    fn check_header_depth(&self) -> Result<(), AbortReason> {
        if self.floor + self.stack.len() != self.header_depth {
            return Err("stack of another depth at the loop header");
        }
        Ok(())
    }

    /// Makes the snapshot the next guards exit through: resume at `pc` with
    /// the recorded stack written to the frame. Inside inlined calls, the
    /// root frame resumes after the outermost call, and each callee is
    /// rebuilt with its locals and stack (see [`Caller`]).
    fn snapshot(&mut self, pc: usize, kind: ExitKind) {
        let Some(outermost) = self.callers.first() else {
            let entries = self.stack_entries();
            self.b.snapshot(pc as u32, kind, (self.floor + self.stack.len()) as u16, &entries);
            return;
        };
        let (root_pc, root_len) = (outermost.return_pc, outermost.stack_len);
        let entries = self.items_entries(&self.stack[..root_len], self.nfixed + self.floor);
        let frames = (0..self.callers.len()).map(|level| self.callee_frame(level, pc)).collect();
        self.b.snapshot_with_frames(root_pc as u32, kind, (self.floor + root_len) as u16, &entries, frames);
    }

    /// Makes the snapshot that resumes after the current instruction, whose
    /// result `got` (a `Val` the trace owns) is pushed: for guards on the
    /// result of a helper whose work must not be redone.
    fn snapshot_with_result(&mut self, got: Ref) {
        let pc = self.pc + 1;
        self.stack.push(Item::heap(got, got, Shadow::Null, Own::Owned, None));
        self.snapshot(pc, ExitKind::Deopt);
        self.stack.pop();
    }

    /// The state of the callee entered by `callers[level]`, for a snapshot
    /// taken at `pc` of the innermost callee: its locals (unbound ones
    /// Null), then its stack.
    fn callee_frame(&mut self, level: usize, pc: usize) -> FrameSnap {
        let caller = &self.callers[level];
        let inner = self.callers.get(level + 1);
        let callee = caller.callee.clone();
        let locals = inner.map_or(&self.locals, |c| &c.locals).clone();
        let stack = self.stack[caller.stack_len..inner.map_or(self.stack.len(), |c| c.stack_len)].to_vec();
        let resume = inner.map_or(pc, |c| c.return_pc);
        let null = self.b.const_val(words(&Value::Null)[0], 0);
        let mut entries: Vec<SnapEntry> = locals
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Some(v) => self.item_entry(i as u16, v),
                None => self.b.entry(i as u16, null, Own::Imm),
            })
            .collect();
        entries.extend(self.items_entries(&stack, callee.code.nfixed()));
        let completion = caller.kind.marker();
        FrameSnap { func: self.b.const_ptr(Rc::as_ptr(&callee) as u64), pc: resume as u32, stack_depth: stack.len() as u16, entries, completion }
    }

    /// The snapshot entries that write the recorded stack to the frame.
    fn stack_entries(&self) -> Vec<SnapEntry> {
        self.items_entries(&self.stack, self.nfixed + self.floor)
    }

    /// Entries writing `items` to consecutive slots from `base`.
    fn items_entries(&self, items: &[Item], base: usize) -> Vec<SnapEntry> {
        items.iter().enumerate().map(|(i, v)| self.item_entry((base + i) as u16, v)).collect()
    }

    /// The entry writing `v` to `slot`.
    fn item_entry(&self, slot: u16, v: &Item) -> SnapEntry {
        match v.boxed {
            Some(val) => self.b.entry(slot, val, v.own),
            None => self.b.entry(slot, v.ir, Own::Imm),
        }
    }

    /// The top of the stack. Below the header's stack lie the values the
    /// loop itself keeps (its iterator): an iteration that pops them is
    /// leaving the loop (`break`), not one to record.
    fn pop(&mut self) -> Result<Item, AbortReason> {
        self.stack.pop().ok_or(LOOP_ENDING)
    }

    /// Drops the trace's reference to `v` if it owns one.
    fn release(&mut self, v: &Item) {
        if let (true, Some(boxed)) = (v.is_owned(), v.boxed) {
            self.b.emit(IrOp::Decref(boxed));
        }
    }

    /// Before `slot` is rebound: stack items that borrow its value take a
    /// reference of their own, so the value outlives the store.
    fn own_borrowers_of(&mut self, slot: u16) {
        for i in 0..self.stack.len() {
            let v = &self.stack[i];
            if let (Own::Borrowed, Some(s), Some(boxed)) = (v.own, v.slot, v.boxed) {
                if s == slot {
                    self.b.emit(IrOp::Incref(boxed));
                    self.stack[i].own = Own::Owned;
                    self.stack[i].slot = None;
                }
            }
        }
    }

    /// Before an owned local of an inlined function, `owner`, is rebound:
    /// the stack items, the other locals and `v` (the value it is rebound
    /// to) that borrow its value take a reference of their own.
    fn own_borrowers_of_item(&mut self, owner: &Item, v: &mut Item) {
        let Some(boxed) = owner.boxed else { return };
        let borrows = |item: &Item| item.own == Own::Borrowed && item.boxed == Some(boxed);
        let mut borrowers: Vec<&mut Item> = self.stack.iter_mut().chain(self.locals.iter_mut().flatten()).filter(|i| borrows(i)).collect();
        if borrows(v) {
            borrowers.push(v);
        }
        for item in borrowers {
            item.own = Own::Owned;
            item.slot = None;
            self.b.emit(IrOp::Incref(boxed));
        }
    }

    fn peek(&self, n: usize) -> Result<Item, AbortReason> {
        let len = self.stack.len();
        if n == 0 || n > len {
            return Err("stack below the header");
        }
        Ok(self.stack[len - n].clone())
    }

    /// Local `i`: what the iteration stored there, else the frame's value
    /// at the header, guarded to keep its type.
    fn local(&mut self, i: usize) -> Result<Item, AbortReason> {
        if let Some(v) = &self.locals[i] {
            // A read borrows from the local, which keeps any reference it owns.
            let own = if v.is_owned() { Own::Borrowed } else { v.own };
            return Ok(Item { own, ..v.clone() });
        }
        if !self.callers.is_empty() {
            return Err("unbound local in an inlined function");
        }
        let v = self.frame_value(i, Own::Borrowed)?;
        self.locals[i] = Some(v.clone());
        Ok(v)
    }

    /// The value in the root frame's `slot` when the trace is entered,
    /// guarded to keep its type: borrowed from the slot (a local), or owned
    /// (a bridge's stack value, which the trace takes over).
    fn frame_value(&mut self, i: usize, own: Own) -> Result<Item, AbortReason> {
        let slot = i as u16;
        let from = (own == Own::Borrowed).then_some(slot);
        let mismatch = |_| "local changed type";
        Ok(match &self.f.slots[i] {
            Value::Int(n) => Item::imm(self.b.load_slot_int(slot).map_err(mismatch)?, Shadow::Int(*n)),
            Value::Float(x) => Item::imm(self.b.load_slot_float(slot).map_err(mismatch)?, Shadow::Float(x.get())),
            Value::Bool(x) => Item::imm(self.b.load_slot_as(slot, Tag::Bool).map_err(mismatch)?, Shadow::Bool(x.get())),
            Value::None => Item::imm(self.b.load_slot_as(slot, Tag::None).map_err(mismatch)?, Shadow::None),
            Value::List(l) => {
                let ir = self.b.load_slot_as(slot, Tag::Heap(TAG_LIST)).map_err(mismatch)?;
                let boxed = self.b.slot_boxed(slot);
                Item::heap(ir, boxed, Shadow::List(l.clone()), own, from)
            }
            // A function, builtin or module held by a local the loop does
            // not rebind (stores of heap values abort): guarded to stay that
            // object, as a global is (the roots keep it at its address).
            callable @ (Value::Function(_) | Value::Builtin(_) | Value::Module(_) | Value::Class(_)) => {
                let ptr = self.b.load_slot_as(slot, tag_of(callable)).map_err(mismatch)?;
                let expect = self.guard_same_object(ptr, callable);
                let boxed = self.b.slot_boxed(slot);
                Item::heap(expect, boxed, Shadow::Object(callable.clone()), own, from)
            }
            Value::Null => return Err("unbound local"),
            // Other heap values: guarded by type only.
            heap => {
                let [tag, _] = words(heap);
                let ir = self.b.load_slot_as(slot, Tag::Heap(tag)).map_err(mismatch)?;
                let boxed = self.b.slot_boxed(slot);
                Item::heap(ir, boxed, heap_shadow(heap), own, from)
            }
        })
    }

    fn constant(&mut self, v: &Value) -> Result<Item, AbortReason> {
        Ok(match v {
            Value::Int(n) => Item::imm(self.b.const_int(*n), Shadow::Int(*n)),
            Value::Float(x) => Item::imm(self.b.const_float(x.get()), Shadow::Float(x.get())),
            Value::Bool(x) => Item::imm(self.b.const_bool(x.get()), Shadow::Bool(x.get())),
            Value::None => Item::imm(self.b.const_none(), Shadow::None),
            // A str, bytes, tuple or frozenset of the code: used by address.
            // The code keeps it alive as long as the trace can run (a trace
            // is entered only from its code), so it is not one of the roots,
            // which would show in `sys.getrefcount`. Tuples are known by
            // content (for subscripts).
            heap => {
                let [tag, payload] = words(heap);
                let boxed = self.b.const_val(tag, payload);
                let ptr = self.b.const_ptr(payload);
                let shadow = match heap {
                    Value::Tuple(_) => heap_shadow(heap),
                    _ => Shadow::Object(heap.clone()),
                };
                Item::heap(ptr, boxed, shadow, Own::Borrowed, None)
            }
        })
    }

    /// `x <op> y` on ints, floats or an int/float mix; on other builtin
    /// data through a helper.
    fn binary(&mut self, op: BinOp, x: Item, y: Item) -> Result<Item, AbortReason> {
        if x.boxed.is_some() || y.boxed.is_some() {
            return self.data_binary(op, x, y);
        }
        if let (&Shadow::Int(a), &Shadow::Int(b)) = (&x.shadow, &y.shadow) {
            if op == BinOp::TrueDiv {
                return self.float_binary(op, x, y);
            }
            // The interpreter's own domain: outside it (overflow, a zero or
            // negative divisor, big shifts) the instruction leaves for the
            // generic path, and so does the recording.
            let Some(Value::Int(r)) = crate::vm::eval::int_op(op, a, b) else { return Err("int operation outside the fast domain") };
            let ir = match op {
                BinOp::Add => IrOp::AddOv(x.ir, y.ir),
                BinOp::Sub => IrOp::SubOv(x.ir, y.ir),
                BinOp::Mul => IrOp::MulOv(x.ir, y.ir),
                BinOp::FloorDiv => IrOp::FloorDiv(x.ir, y.ir),
                BinOp::Mod => IrOp::Mod(x.ir, y.ir),
                BinOp::And => IrOp::And(x.ir, y.ir),
                BinOp::Or => IrOp::Or(x.ir, y.ir),
                BinOp::Xor => IrOp::Xor(x.ir, y.ir),
                BinOp::LShift => IrOp::Shl(x.ir, y.ir),
                BinOp::RShift => IrOp::Shr(x.ir, y.ir),
                _ => return Err("int operator"),
            };
            return Ok(Item::imm(self.b.emit(ir), Shadow::Int(r)));
        }
        self.float_binary(op, x, y)
    }

    fn float_binary(&mut self, op: BinOp, x: Item, y: Item) -> Result<Item, AbortReason> {
        let (a, xi) = self.as_float(x)?;
        let (b, yi) = self.as_float(y)?;
        let (r, ir) = match op {
            BinOp::Add => (a + b, IrOp::FAdd(xi, yi)),
            BinOp::Sub => (a - b, IrOp::FSub(xi, yi)),
            BinOp::Mul => (a * b, IrOp::FMul(xi, yi)),
            BinOp::TrueDiv if b != 0.0 => (a / b, IrOp::FDiv(xi, yi)),
            BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => {
                let r = crate::vm::eval::float_op_full(op, a, b).ok_or("float operation outside the fast domain")?;
                let code = self.b.const_int(op as i64);
                let sig = HelperSig { params: vec![Ty::Int, Ty::Float, Ty::Float], ret: Ty::Val, pure: true };
                let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_float_op as *const () as u64, sig, args: vec![code, xi, yi] });
                return Ok(Item::imm(self.b.emit(IrOp::GuardTag { val: got, tag: Tag::Float }), Shadow::Float(r)));
            }
            _ => return Err("float operator"),
        };
        Ok(Item::imm(self.b.emit(ir), Shadow::Float(r)))
    }

    /// A float operand: a float, or an int that converts exactly.
    fn as_float(&mut self, v: Item) -> Result<(f64, Ref), AbortReason> {
        match v.shadow {
            Shadow::Float(x) => Ok((x, v.ir)),
            Shadow::Int(n) if n.unsigned_abs() < EXACT_FLOAT_INT => Ok((n as f64, self.b.emit(IrOp::IntToFloat(v.ir)))),
            _ => Err("operand type"),
        }
    }

    fn compare(&mut self, op: CmpOp, x: Item, y: Item) -> Result<Item, AbortReason> {
        if x.boxed.is_some() || y.boxed.is_some() {
            return self.data_compare(op, x, y);
        }
        let cc = match op {
            CmpOp::Lt => Cc::Lt,
            CmpOp::Le => Cc::Le,
            CmpOp::Eq => Cc::Eq,
            CmpOp::Ne => Cc::Ne,
            CmpOp::Gt => Cc::Gt,
            CmpOp::Ge => Cc::Ge,
        };
        if let (&Shadow::Int(a), &Shadow::Int(b)) = (&x.shadow, &y.shadow) {
            let ir = self.b.emit(IrOp::ICmp(cc, x.ir, y.ir));
            return Ok(Item::imm(ir, Shadow::Bool(cc.eval_int(a, b))));
        }
        let (a, xi) = self.as_float(x)?;
        let (b, yi) = self.as_float(y)?;
        let ir = self.b.emit(IrOp::FCmp(cc, xi, yi));
        Ok(Item::imm(ir, Shadow::Bool(cc.eval_float(a, b))))
    }

    /// `x <op> y` where an operand is a heap value of a builtin type whose
    /// operation runs no Python code (numbers, strs, lists, tuples: `+` and
    /// `*` copy items without comparing them): the recorder computes this
    /// iteration's result, the trace calls the interpreter's operation.
    fn data_binary(&mut self, op: BinOp, x: Item, y: Item) -> Result<Item, AbortReason> {
        let pure = |v: &Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_) | Value::Str(_) | Value::List(_) | Value::Tuple(_));
        let (a, b) = (shadow_value(&x.shadow), shadow_value(&y.shadow));
        let (Some(a), Some(b)) = (a, b) else { return Err("operand type") };
        if !pure(&a) || !pure(&b) {
            return Err("operand type");
        }
        let r = self.vm.binary_op(op, &a, &b).map_err(|_| "operation raised while recording")?;
        let (xw, yw) = (self.value_words(&x)?, self.value_words(&y)?);
        // The helper takes over the references the trace owns (temporaries).
        let handed = if x.is_owned() { helpers::HAND_A } else { 0 } | if y.is_owned() { helpers::HAND_B } else { 0 };
        let (code, handed) = (self.b.const_int(op as i64), self.b.const_int(handed));
        let sig = HelperSig { params: vec![Ty::Int, Ty::Val, Ty::Val, Ty::Int], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_binary as *const () as u64, sig, args: vec![code, xw, yw, handed] });
        // A result of another type (an int grown big, or back) is kept: the
        // interpreter resumes after the instruction with it.
        self.snapshot_with_result(got);
        Ok(self.guarded_item(got, &r, Own::Owned))
    }

    /// `x <op> y` on numbers and strs where an operand is a heap value (a
    /// str, a big int): through the interpreter's comparison, which runs no
    /// Python code on them.
    fn data_compare(&mut self, op: CmpOp, x: Item, y: Item) -> Result<Item, AbortReason> {
        let scalar = |v: &Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_) | Value::Str(_));
        let (a, b) = (shadow_value(&x.shadow), shadow_value(&y.shadow));
        let (Some(a), Some(b)) = (a, b) else { return Err("operand type") };
        if !scalar(&a) || !scalar(&b) {
            return Err("operand type");
        }
        let Ok(Value::Bool(r)) = self.vm.compare(op, &a, &b) else { return Err("comparison raised while recording") };
        let (xw, yw) = (self.value_words(&x)?, self.value_words(&y)?);
        let code = self.b.const_int(op as i64);
        let sig = HelperSig { params: vec![Ty::Int, Ty::Val, Ty::Val], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_compare as *const () as u64, sig, args: vec![code, xw, yw] });
        let bit = self.b.emit(IrOp::GuardTag { val: got, tag: Tag::Bool });
        self.release(&x);
        self.release(&y);
        Ok(Item::imm(bit, Shadow::Bool(r.get())))
    }

    fn unary(&mut self, op: UnaryOp, x: Item) -> Result<Item, AbortReason> {
        match (op, x.shadow.clone()) {
            (UnaryOp::Neg, Shadow::Int(n)) => {
                let r = n.checked_neg().ok_or("int operation outside the fast domain")?;
                Ok(Item::imm(self.b.emit(IrOp::NegOv(x.ir)), Shadow::Int(r)))
            }
            (UnaryOp::Neg, Shadow::Float(v)) => Ok(Item::imm(self.b.emit(IrOp::FNeg(x.ir)), Shadow::Float(-v))),
            (UnaryOp::Not, _) => {
                let (bit, truth) = self.truth(x.clone())?;
                self.release(&x);
                let ir = match bit {
                    Some(bit) => {
                        let f = self.b.const_bool(false);
                        self.b.emit(IrOp::ICmp(Cc::Eq, bit, f))
                    }
                    None => self.b.const_bool(!truth),
                };
                Ok(Item::imm(ir, Shadow::Bool(!truth)))
            }
            _ => Err("unary operator"),
        }
    }

    /// The truth of an immediate: its Bool in IR (`None` when the type
    /// alone decides it), and its value in this iteration.
    fn truth(&mut self, v: Item) -> Result<(Option<Ref>, bool), AbortReason> {
        Ok(match v.shadow {
            Shadow::Bool(b) => (Some(v.ir), b),
            Shadow::None => (None, false),
            Shadow::Int(n) => {
                let zero = self.b.const_int(0);
                (Some(self.b.emit(IrOp::ICmp(Cc::Ne, v.ir, zero))), n != 0)
            }
            Shadow::Float(x) => {
                let zero = self.b.const_float(0.0);
                // Unordered-or-not-equal: NaN is true, as in Python.
                (Some(self.b.emit(IrOp::FCmp(Cc::Ne, v.ir, zero))), x != 0.0)
            }
            Shadow::List(_) | Shadow::Tuple(_) | Shadow::Object(_) | Shadow::Heap(_) => {
                // A container's truth is its length's (its type has no `__bool__`).
                let (len, n) = self.len_of(&v)?;
                let zero = self.b.const_int(0);
                (Some(self.b.emit(IrOp::ICmp(Cc::Ne, len, zero))), n != 0)
            }
            Shadow::Null => return Err("truth of the call marker"),
        })
    }

    /// The global `name` (a builtin when the module has none of that name).
    fn global(&mut self, name: &Name) -> Result<Item, AbortReason> {
        let globals = self.globals.clone();
        let loop_module = Rc::ptr_eq(&globals, &self.f.globals);
        if loop_module {
            if let Some((_, v)) = self.written_globals.iter().rev().find(|(n, _)| n == name) {
                return Ok(v.clone());
            }
        }
        if let Some(ix) = globals.find_str(name) {
            let stored = loop_module && self.stored_globals.contains(name);
            return self.dict_entry_read(&globals, ix, !stored);
        }
        let ix = self.builtins.find_str(name).ok_or("undefined global")?;
        // A global of that name defined later would shadow the builtin.
        self.guard_keys(&globals)?;
        let builtins = self.builtins.clone();
        self.dict_entry(&builtins, ix)
    }

    /// Guards that the keys of `dict` (a dict the trace's roots keep alive)
    /// are those seen now: its entry indexes stay valid. Returns its address.
    fn guard_keys(&mut self, dict: &Rc<PyDict>) -> Result<Ref, AbortReason> {
        let version = dict.version_for_cache();
        if version == NO_VERSION {
            return Err("version tags used up");
        }
        let addr = self.b.const_ptr(Rc::as_ptr(dict) as u64);
        let offset = std::mem::offset_of!(PyDict, keys_version) as i32;
        self.b.emit(IrOp::GuardWordEq { base: addr, offset, width: Width::W32, expect: version as u64 });
        Ok(addr)
    }

    /// The value of entry `ix` of `dict`, read by the trace under a guard on
    /// the dict's keys, then guarded to keep its type (an immediate) or to
    /// be the same object (a heap value, which the trace's roots hold).
    fn dict_entry(&mut self, dict: &Rc<PyDict>, ix: usize) -> Result<Item, AbortReason> {
        self.dict_entry_read(dict, ix, true)
    }

    /// [`Recorder::dict_entry`], read once per entry when `invariant` (the
    /// read is pure: hoisted out of the loop), else in every iteration (a
    /// global the loop stores).
    fn dict_entry_read(&mut self, dict: &Rc<PyDict>, ix: usize, invariant: bool) -> Result<Item, AbortReason> {
        let value = dict.value_at(ix).ok_or("dict entry deleted")?;
        self.roots.push(Value::Dict(dict.clone()));
        let addr = self.guard_keys(dict)?;
        let index = self.b.const_int(ix as i64);
        let sig = HelperSig { params: vec![Ty::Ptr, Ty::Int], ret: Ty::Val, pure: invariant };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_dict_value_at as *const () as u64, sig, args: vec![addr, index] });
        self.guard_value(got, value)
    }

    /// `STORE_GLOBAL` of an immediate into an existing global of the loop's
    /// module, through a helper (which exits, storing nothing, when the old
    /// value is a heap object); later reads in the iteration see `v`.
    fn store_global(&mut self, name: &Name, v: Item) -> Result<(), AbortReason> {
        let globals = self.globals.clone();
        let ix = globals.find_str(name).ok_or("store of a new global")?;
        if !globals.value_at(ix).is_some_and(|old| old.is_immediate()) {
            return Err("store over a global holding a heap value");
        }
        let value = self.immediate_words(&v)?;
        self.roots.push(Value::Dict(globals.clone()));
        let dict = self.guard_keys(&globals)?;
        let index = self.b.const_int(ix as i64);
        let sig = HelperSig { params: vec![Ty::Ptr, Ty::Int, Ty::Val], ret: Ty::Val, pure: false };
        self.b.emit(IrOp::CallHelper { addr: helpers::rt_global_set as *const () as u64, sig, args: vec![dict, index, value] });
        self.written_globals.retain(|(n, _)| n != name);
        self.written_globals.push((name.clone(), v));
        Ok(())
    }

    /// The closure variable `i` (a cell of the frame): read by the trace
    /// once per entry (nothing a trace runs stores into a cell), guarded as
    /// [`Recorder::guard_value`] does.
    fn closure_variable(&mut self, i: usize) -> Result<Item, AbortReason> {
        let slot = self.code.varnames.len() + i;
        let Value::Cell(cell) = &self.f.slots[slot] else { return Err("closure variable without a cell") };
        let value = cell.borrow().clone();
        let cell = self.b.load_slot_as(slot as u16, Tag::Heap(TAG_CELL)).map_err(|_| "cell slot changed type")?;
        let sig = HelperSig { params: vec![Ty::Ptr], ret: Ty::Val, pure: true };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_cell_get as *const () as u64, sig, args: vec![cell] });
        self.guard_value(got, value)
    }

    /// `got`, a value the trace reads where the recorder read `value`: an
    /// immediate guarded to keep its type, a heap object guarded to be the
    /// same object (kept alive by the trace's roots). Null (an unbound
    /// name) aborts.
    fn guard_value(&mut self, got: Ref, value: Value) -> Result<Item, AbortReason> {
        let imm = |tag, shadow| (tag, shadow);
        let (tag, shadow) = match &value {
            Value::Int(n) => imm(Tag::Int, Shadow::Int(*n)),
            Value::Float(x) => imm(Tag::Float, Shadow::Float(x.get())),
            Value::Bool(b) => imm(Tag::Bool, Shadow::Bool(b.get())),
            Value::None => imm(Tag::None, Shadow::None),
            Value::Null => return Err("unbound name"),
            // Data (not a callable, class or module the recording specialized
            // on): guarded by type only, used through the entry's pointer.
            // The entry keeps it alive while the trace runs (a trace never
            // rebinds a name holding a heap value) and no root holds it, so
            // `del name` frees it as in the interpreter.
            data @ (Value::BigInt(_) | Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) | Value::Instance(_)) => {
                let ptr = self.b.emit(IrOp::GuardTag { val: got, tag: Tag::Heap(words(data)[0]) });
                return Ok(Item::heap(ptr, got, heap_shadow(data), Own::Borrowed, None));
            }
            heap => {
                let [tag, payload] = words(heap);
                let ptr = self.b.emit(IrOp::GuardTag { val: got, tag: Tag::Heap(tag) });
                let expect = self.guard_same_object(ptr, heap);
                let boxed = self.b.const_val(tag, payload);
                // Lists and tuples are known by content too (for subscripts).
                let shadow = match &value {
                    Value::List(_) | Value::Tuple(_) => heap_shadow(&value),
                    _ => Shadow::Object(value),
                };
                return Ok(Item::heap(expect, boxed, shadow, Own::Borrowed, None));
            }
        };
        Ok(Item::imm(self.b.emit(IrOp::GuardTag { val: got, tag }), shadow))
    }

    /// A call of a builtin without effects on ints and floats: the trace
    /// calls it through a helper (an error or a heap result exits, and the
    /// interpreter calls it again). The recorder calls it for the result's
    /// type and this iteration's value.
    fn call_builtin(&mut self, callee: Item, args: &[Item]) -> Result<Item, AbortReason> {
        let Shadow::Object(Value::Builtin(b)) = &callee.shadow else { return Err(unsupported_callee(&callee.shadow)) };
        if b.owner.is_none() && b.name == "len" && args.len() == 1 && args[0].boxed.is_some() {
            return self.call_len(&args[0]);
        }
        if b.owner.is_some() || !PURE_BUILTINS.contains(&b.name) {
            return Err("call of a builtin with effects");
        }
        let values = args
            .iter()
            .map(|a| match a.shadow {
                Shadow::Int(n) => Ok(Value::Int(n)),
                Shadow::Float(x) => Ok(Value::float(x)),
                _ => Err("builtin argument of another type than int or float"),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let (tag, shadow) = match (b.func)(self.vm, &values, &[]) {
            Ok(Value::Int(n)) => (Tag::Int, Shadow::Int(n)),
            Ok(Value::Float(x)) => (Tag::Float, Shadow::Float(x.get())),
            Ok(Value::Bool(x)) => (Tag::Bool, Shadow::Bool(x.get())),
            Ok(_) => return Err("builtin result of a heap type"),
            Err(_) => return Err("builtin raised while recording"),
        };
        // `math.sqrt` of a float (or an exact int) is one instruction; a
        // negative operand exits, and the interpreter raises.
        if b.name == "sqrt" && args.len() == 1 && matches!(shadow, Shadow::Float(_)) {
            let (_, x) = self.as_float(args[0].clone())?;
            return Ok(Item::imm(self.b.emit(IrOp::Sqrt(x)), shadow));
        }
        let kinds: Vec<bool> = args.iter().map(|a| matches!(a.shadow, Shadow::Float(_))).collect();
        let addr = match kinds[..] {
            [false] => helpers::rt_call_i as *const () as u64,
            [true] => helpers::rt_call_f as *const () as u64,
            [false, false] => helpers::rt_call_ii as *const () as u64,
            [false, true] => helpers::rt_call_if as *const () as u64,
            [true, false] => helpers::rt_call_fi as *const () as u64,
            [true, true] => helpers::rt_call_ff as *const () as u64,
            _ => return Err("builtin call with more than two arguments"),
        };
        let mut params = vec![Ty::Ptr];
        params.extend(kinds.iter().map(|&float| if float { Ty::Float } else { Ty::Int }));
        let mut call_args = vec![self.b.const_ptr(Rc::as_ptr(b) as u64)];
        call_args.extend(args.iter().map(|a| a.ir));
        let sig = HelperSig { params, ret: Ty::Val, pure: true };
        let got = self.b.emit(IrOp::CallHelper { addr, sig, args: call_args });
        Ok(Item::imm(self.b.emit(IrOp::GuardTag { val: got, tag }), shadow))
    }

    /// `len(v)` of a str, list, tuple, dict or set (the builtin is guarded
    /// like any global): the length through a helper, which exits for any
    /// other type (whose `__len__` may be Python code).
    fn call_len(&mut self, v: &Item) -> Result<Item, AbortReason> {
        let (len, n) = self.len_of(v)?;
        self.release(v);
        Ok(Item::imm(len, Shadow::Int(n as i64)))
    }

    /// The length of a str, list, tuple, dict or set (in IR, and this
    /// iteration's) through a helper that exits for any other type; `v` is
    /// not released.
    fn len_of(&mut self, v: &Item) -> Result<(Ref, usize), AbortReason> {
        let n = match shadow_value(&v.shadow) {
            Some(Value::Str(s)) => s.char_len(),
            Some(Value::List(l)) => l.len(),
            Some(Value::Tuple(t)) => t.items.len(),
            Some(Value::Dict(d)) => d.len(),
            Some(Value::Set(s)) => s.len(),
            _ => return Err("len of another type"),
        };
        let words = self.value_words(v)?;
        let sig = HelperSig { params: vec![Ty::Val], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_len as *const () as u64, sig, args: vec![words] });
        Ok((self.b.emit(IrOp::GuardTag { val: got, tag: Tag::Int }), n))
    }

    /// A call of a method of `str` or `dict` that only reads its receiver
    /// and arguments ([`PURE_METHODS`]) on numbers, strs, lists and tuples:
    /// no Python code runs (a wrong argument raises at once), so a helper
    /// calls it and exits, with nothing done, on an error or a result of
    /// another type than this iteration's. `dict.get` looks up int and str
    /// keys only, as the dict subscript does.
    fn call_pure_method(&mut self, method: Rc<crate::runtime::objects::Builtin>, args: &[Item]) -> Result<Item, AbortReason> {
        let receiver = args.first().and_then(|a| shadow_value(&a.shadow)).ok_or("method without a receiver")?;
        let kind = match &receiver {
            Value::Str(_) => "str",
            Value::Dict(_) => "dict",
            _ => return Err("call of a builtin with effects"),
        };
        if !PURE_METHODS.contains(&(kind, method.name)) || args.len() > 3 {
            return Err("call of a builtin with effects");
        }
        let values = args.iter().map(|a| shadow_value(&a.shadow)).collect::<Option<Vec<Value>>>().ok_or("the call marker as an argument")?;
        let plain = |v: &Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None | Value::Str(_) | Value::List(_) | Value::Tuple(_));
        if !values[1..].iter().all(plain) {
            return Err("method argument of another type");
        }
        if kind == "dict" && !matches!(values.get(1), Some(Value::Int(_) | Value::Str(_))) {
            return Err("dict.get of another key type");
        }
        let result = if kind == "dict" {
            let Value::Dict(d) = &receiver else { unreachable!("a dict receiver") };
            helpers::dict_get_or_default(d, &values[1..]).ok_or("dict.get the interpreter decides")?
        } else {
            (method.func)(self.vm, &values, &[]).map_err(|_| "method raised while recording")?
        };
        let words = args.iter().map(|a| self.value_words(a)).collect::<Result<Vec<_>, _>>()?;
        let v = self.pure_builtin_call(method, &words, &result);
        for a in args {
            self.release(a);
        }
        Ok(v)
    }

    /// The trace's call of a builtin that runs no Python code on these
    /// arguments (`args`: their words, at most 3), whose result this
    /// iteration is `result`: a helper calls it and exits, with nothing
    /// done, on an error or a result of another type.
    fn pure_builtin_call(&mut self, method: Rc<crate::runtime::objects::Builtin>, args: &[Ref], result: &Value) -> Item {
        let mut call_args = vec![self.b.const_ptr(Rc::as_ptr(&method) as u64), self.b.const_int(args.len() as i64)];
        for i in 0..3 {
            call_args.push(match args.get(i) {
                Some(&a) => a,
                None => self.b.const_val(words(&Value::None)[0], 0),
            });
        }
        call_args.push(self.b.const_int(words(result)[0] as i64));
        self.roots.push(Value::Builtin(method));
        let sig = HelperSig { params: vec![Ty::Ptr, Ty::Int, Ty::Val, Ty::Val, Ty::Val, Ty::Int], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_pure_method as *const () as u64, sig, args: call_args });
        self.guarded_item(got, result, Own::Owned)
    }

    /// A call of a builtin class that runs no Python code: `int`, `float`,
    /// `str` or `bool` of a number or a str (conversions: a str that does
    /// not parse raises, and the helper exits), or an empty `set()`,
    /// `list()` or `dict()`. The trace calls the class's `__new__` as the
    /// interpreter's `CALL_BUILTIN_CLASS` does.
    fn call_builtin_class(&mut self, cls: Rc<crate::runtime::objects::Class>, args: Vec<Item>, return_pc: usize) -> Result<Next, AbortReason> {
        let converts = matches!(cls.name.as_str(), "int" | "float" | "str" | "bool")
            && matches!(&args[..], [Item { shadow: Shadow::Int(_) | Shadow::Float(_) | Shadow::Bool(_) | Shadow::Heap(Value::Str(_)) | Shadow::Object(Value::Str(_)), .. }]);
        let empty = matches!(cls.name.as_str(), "set" | "list" | "dict") && args.is_empty();
        if !converts && !empty {
            return Err("call of a builtin class");
        }
        let Ok((Op::CallBuiltinClass, c)) = crate::specialize::class_init(&cls, args.len()) else { return Err("call of a builtin class") };
        // SAFETY: the cache holds the class's `__new__`; builtin classes are never modified.
        let new = unsafe { crate::specialize::borrowed::<crate::runtime::objects::Builtin>(c.ptr) };
        let class = Value::Class(cls);
        let mut values = vec![class.clone()];
        values.extend(args.iter().filter_map(|a| shadow_value(&a.shadow)));
        let result = (new.func)(self.vm, &values, &[]).map_err(|_| "builtin class call raised while recording")?;
        self.roots.push(class.clone());
        let [tag, payload] = words(&class);
        let mut words = vec![self.b.const_val(tag, payload)];
        for a in &args {
            words.push(self.value_words(a)?);
        }
        let v = self.pure_builtin_call(new, &words, &result);
        for a in &args {
            self.release(a);
        }
        self.stack.push(v);
        Ok(Next::At(return_pc))
    }

    /// `obj.attr` at a `LOAD_ATTR_INSTANCE` whose cache `c` holds: a helper
    /// checks the cache's guards (class version, layout) and the value's
    /// type, and takes the slot's value.
    fn instance_attr(&mut self, obj: Item, c: Cache) -> Result<Item, AbortReason> {
        let (value, tag, cache_ptr) = self.instance_site(&obj, c)?;
        let stored = self.stored_attrs.iter().rev().find(|(at, index, _)| *at == words(&value)[1] && *index == c.index);
        let attr = match stored {
            Some((_, _, shadow)) => shadow_value(shadow).ok_or("the call marker as a value")?,
            None => crate::vm::hot::instance_slot_value(&value, c).ok_or("instance attribute cache misses")?,
        };
        let expect = self.b.const_int(words(&attr)[0] as i64);
        let sig = HelperSig { params: vec![Ty::Int, Ty::Ptr, Ty::Ptr, Ty::Int], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_instance_attr as *const () as u64, sig, args: vec![tag, obj.ir, cache_ptr, expect] });
        let v = self.guarded_item(got, &attr, Own::Owned);
        self.release(&obj);
        Ok(v)
    }

    /// `obj.attr = value` at a `STORE_ATTR_INSTANCE` whose cache `c` holds:
    /// a helper checks the cache's guards and stores a new reference to
    /// the value, or exits with the instance unchanged.
    fn store_instance_attr(&mut self, obj: Item, value: Item, c: Cache) -> Result<(), AbortReason> {
        let (target, tag, cache_ptr) = self.instance_site(&obj, c)?;
        if !crate::vm::hot::instance_slot_exists(&target, c) {
            return Err("instance attribute cache misses");
        }
        let val = self.value_words(&value)?;
        let sig = HelperSig { params: vec![Ty::Int, Ty::Ptr, Ty::Ptr, Ty::Val], ret: Ty::Val, pure: false };
        let ok = self.b.emit(IrOp::CallHelper { addr: helpers::rt_store_instance_attr as *const () as u64, sig, args: vec![tag, obj.ir, cache_ptr, val] });
        self.b.emit(IrOp::GuardTag { val: ok, tag: Tag::None });
        self.stored_attrs.push((words(&target)[1], c.index, value.shadow.clone()));
        self.release(&value);
        self.release(&obj);
        Ok(())
    }

    /// `obj.attr = value` at a `STORE_ATTR_ADD_INSTANCE` whose cache `c`
    /// holds (the store that gives an instance a new attribute, as
    /// `__init__` does): a helper checks the cache's guards and adds the
    /// slot, or exits with the instance unchanged. A stand-in for a new
    /// instance takes the store too, so that its layout follows.
    fn add_instance_attr(&mut self, obj: Item, value: Item, c: Cache) -> Result<(), AbortReason> {
        let (target, tag, cache_ptr) = self.instance_site(&obj, c)?;
        if !crate::vm::hot::instance_fits(&target, c) {
            return Err("instance attribute cache misses");
        }
        let stored = shadow_value(&value.shadow).ok_or("the call marker as a value")?;
        let val = self.value_words(&value)?;
        let sig = HelperSig { params: vec![Ty::Int, Ty::Ptr, Ty::Ptr, Ty::Val], ret: Ty::Val, pure: false };
        let ok = self.b.emit(IrOp::CallHelper { addr: helpers::rt_add_instance_attr as *const () as u64, sig, args: vec![tag, obj.ir, cache_ptr, val] });
        self.b.emit(IrOp::GuardTag { val: ok, tag: Tag::None });
        if self.is_scratch(&target) {
            crate::vm::hot::add_instance_slot(&target, c, stored);
        }
        self.stored_attrs.push((words(&target)[1], c.index, value.shadow.clone()));
        self.release(&value);
        self.release(&obj);
        Ok(())
    }

    /// The whole value of an int, float or bool (what the store helpers
    /// take: a store of a heap value or None aborts).
    fn immediate_words(&mut self, v: &Item) -> Result<Ref, AbortReason> {
        match v.shadow {
            Shadow::Int(_) | Shadow::Float(_) | Shadow::Bool(_) => Ok(self.b.emit(IrOp::Box(v.ir))),
            _ => Err("storing a heap value"),
        }
    }

    /// The whole value of `v`: a heap value's words, an immediate boxed.
    fn value_words(&mut self, v: &Item) -> Result<Ref, AbortReason> {
        match (v.boxed, &v.shadow) {
            (Some(boxed), _) => Ok(boxed),
            (None, Shadow::Null) => Err("the call marker as a value"),
            (None, _) => Ok(self.b.emit(IrOp::Box(v.ir))),
        }
    }

    /// The value `n` deep in the frame's stack (1 = the top), which must
    /// have `tag`: a recorded item, or a value the loop keeps below the
    /// header (a comprehension's list), read from its slot.
    fn stack_value(&mut self, n: usize, tag: Tag) -> Result<Item, AbortReason> {
        if n <= self.stack.len() {
            // The stack keeps its own reference; this view only borrows it.
            return Ok(Item { own: Own::Borrowed, ..self.peek(n)? });
        }
        if !self.callers.is_empty() {
            return Err("stack below an inlined function's");
        }
        let slot = (self.nfixed + self.floor + self.stack.len()).checked_sub(n).filter(|&s| s >= self.nfixed).ok_or("stack below the frame's")?;
        let value = self.f.slots[slot].clone();
        if tag_of(&value) != tag {
            return Err("value below the header of another type");
        }
        let ptr = self.b.load_slot_as(slot as u16, tag).map_err(|_| "stack slot changed type")?;
        let boxed = self.b.slot_boxed(slot as u16);
        Ok(Item::heap(ptr, boxed, heap_shadow(&value), Own::Borrowed, Some(slot as u16)))
    }

    /// `list.append(v)` through a helper (which takes its own reference).
    fn list_append(&mut self, list: Item, v: Item) -> Result<(), AbortReason> {
        let val = self.value_words(&v)?;
        let sig = HelperSig { params: vec![Ty::Ptr, Ty::Val], ret: Ty::Val, pure: false };
        self.b.emit(IrOp::CallHelper { addr: helpers::rt_list_append as *const () as u64, sig, args: vec![list.ir, val] });
        self.release(&v);
        self.release(&list);
        Ok(())
    }

    /// The method `LOAD_METHOD_INSTANCE` finds for `obj` through the site's
    /// cache `c`: a helper checks that the receiver still finds that very
    /// function (its class version and layout), which the roots keep alive.
    fn instance_method(&mut self, obj: &Item, c: Cache) -> Result<Item, AbortReason> {
        let (value, tag, cache_ptr) = self.instance_site(obj, c)?;
        let method = crate::vm::hot::instance_method(&value, c).ok_or("instance method cache misses")?;
        // SAFETY: the cache holds a function of the receiver's class dict.
        let func = Value::Function(unsafe { crate::specialize::borrowed::<crate::runtime::objects::Function>(method) });
        let expect = self.b.const_ptr(method as u64);
        let sig = HelperSig { params: vec![Ty::Int, Ty::Ptr, Ty::Ptr, Ty::Ptr], ret: Ty::Val, pure: false };
        let ok = self.b.emit(IrOp::CallHelper { addr: helpers::rt_instance_method_is as *const () as u64, sig, args: vec![tag, obj.ir, cache_ptr, expect] });
        self.b.emit(IrOp::GuardTag { val: ok, tag: Tag::None });
        Ok(self.object_constant(func))
    }

    /// A heap object the trace uses by address (a method found through a
    /// guarded cache): a constant, kept alive by the trace's roots.
    fn object_constant(&mut self, v: Value) -> Item {
        let [tag, payload] = words(&v);
        let boxed = self.b.const_val(tag, payload);
        let ptr = self.b.const_ptr(payload);
        self.roots.push(v.clone());
        Item::heap(ptr, boxed, Shadow::Object(v), Own::Borrowed, None)
    }

    /// Guards that the heap value whose payload is `ptr` is `v` itself
    /// (kept alive by the trace's roots, so no other object can take its
    /// address); returns the payload as a constant.
    fn guard_same_object(&mut self, ptr: Ref, v: &Value) -> Ref {
        let expect = self.b.const_ptr(words(v)[1]);
        self.b.emit(IrOp::GuardEqPtr { val: ptr, expect });
        self.roots.push(v.clone());
        expect
    }

    /// The receiver's type tag and a copy of the site's cache `c` (kept by
    /// the trace at the address the helpers are given), for the helpers that
    /// check an instance site's guards: the receiver's value for the recorder.
    fn instance_site(&mut self, obj: &Item, c: Cache) -> Result<(Value, Ref, Ref), AbortReason> {
        let (Shadow::Heap(value) | Shadow::Object(value), Some(_)) = (&obj.shadow, obj.boxed) else {
            return Err("attribute of a non-instance");
        };
        let value = value.clone();
        let tag = self.b.const_int(words(&value)[0] as i64);
        let cache = Box::new(c);
        let cache_ptr = self.b.const_ptr(&*cache as *const Cache as u64);
        self.caches.push(cache);
        Ok((value, tag, cache_ptr))
    }

    /// `x <op> y` at a `BINARY_OP_DUNDER` whose cache `c` holds (an instance
    /// whose class defines the operator in Python): a helper checks the
    /// site's guard (`binary_dunder_fits`, the left operand's class version,
    /// the right operand's class), and the dunder is recorded inlined, the
    /// operands kept on the caller's stack as the interpreter keeps them.
    fn binary_dunder(&mut self, arg: u32, c: Cache, return_pc: usize) -> Result<Next, AbortReason> {
        let (x, y) = (self.peek(2)?, self.peek(1)?);
        let (Some(a), Some(b)) = (shadow_value(&x.shadow), shadow_value(&y.shadow)) else { return Err("the call marker as an operand") };
        if !crate::vm::hot::binary_dunder_fits(&a, &b, c) || c.ptr == 0 {
            return Err("operator dunder cache misses");
        }
        // SAFETY: the cache holds the dunder, a function of a class dict
        // that the left operand's class (version unchanged) keeps.
        let func = unsafe { crate::specialize::borrowed::<crate::runtime::objects::Function>(c.ptr) };
        self.check_inlinable(&func, 2)?;
        let (xw, yw) = (self.value_words(&x)?, self.value_words(&y)?);
        let cache = Box::new(c);
        let cache_ptr = self.b.const_ptr(&*cache as *const Cache as u64);
        self.caches.push(cache);
        let sig = HelperSig { params: vec![Ty::Val, Ty::Val, Ty::Ptr], ret: Ty::Val, pure: true };
        let ok = self.b.emit(IrOp::CallHelper { addr: helpers::rt_binary_dunder_fits as *const () as u64, sig, args: vec![xw, yw, cache_ptr] });
        self.b.emit(IrOp::GuardTag { val: ok, tag: Tag::None });
        // The callee's parameters view the operands the caller's stack holds.
        let view = |v: Item| Item { own: if v.is_owned() { Own::Borrowed } else { v.own }, ..v };
        self.enter_inlined(func, vec![view(x), view(y)], return_pc, CallKind::Binary(arg))
    }

    /// A call of the Python function `func` on `args`, recorded through its
    /// body (see [`Caller`]); the call's value continues at `return_pc`.
    fn inline_call(&mut self, func: Rc<crate::runtime::objects::Function>, mut args: Vec<Item>, return_pc: usize) -> Result<Next, AbortReason> {
        self.check_inlinable(&func, args.len())?;
        self.bind_defaults(&func, &mut args, 0);
        self.enter_inlined(func, args, return_pc, CallKind::Value)
    }

    /// Appends to `args` (which bind the parameters after the first
    /// `leading` ones) the defaults of the parameters they leave, each read
    /// by a helper that checks that the function's defaults are still as
    /// many and the default of the same type (`__defaults__` can be
    /// assigned); borrowed from the function, which the roots keep.
    fn bind_defaults(&mut self, func: &Rc<crate::runtime::objects::Function>, args: &mut Vec<Item>, leading: usize) {
        let argcount = func.code.argcount as usize;
        let defaults = func.defaults.borrow().clone();
        let first_default = argcount - defaults.len();
        let func_ptr = self.b.const_ptr(Rc::as_ptr(func) as u64);
        let count = self.b.const_int(defaults.len() as i64);
        for param in args.len() + leading..argcount {
            let value = &defaults[param - first_default];
            let index = self.b.const_int((param - first_default) as i64);
            let expect = self.b.const_int(words(value)[0] as i64);
            let sig = HelperSig { params: vec![Ty::Ptr, Ty::Int, Ty::Int, Ty::Int], ret: Ty::Val, pure: true };
            let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_default_arg as *const () as u64, sig, args: vec![func_ptr, count, index, expect] });
            let item = self.guarded_item(got, value, Own::Borrowed);
            args.push(item);
        }
    }

    /// Checks that a call of `func` on `nargs` arguments can be inlined, and
    /// emits the guard that the interpreter would not raise RecursionError
    /// making it.
    fn check_inlinable(&mut self, func: &crate::runtime::objects::Function, nargs: usize) -> Result<(), AbortReason> {
        let code = &func.code;
        let binds = crate::specialize::takes_exactly(func, nargs) || crate::specialize::takes_with_defaults(func, nargs);
        if !binds || code.nfixed() != code.varnames.len() {
            return Err("call of a function with keywords, varargs, cells or a generator");
        }
        if self.callers.len() >= MAX_INLINE_DEPTH {
            return Err("inlining too deep");
        }
        // The interpreter would raise RecursionError making this call: so
        // does the trace, by leaving before it when the frame is too deep.
        let depth = self.b.const_int(self.callers.len() as i64 + 1);
        let sig = HelperSig { params: vec![Ty::Int], ret: Ty::Val, pure: true };
        let room = self.b.emit(IrOp::CallHelper { addr: helpers::rt_call_depth_room as *const () as u64, sig, args: vec![depth] });
        self.b.emit(IrOp::GuardTag { val: room, tag: Tag::None });
        Ok(())
    }

    /// Goes into the body of `func` (checked by [`Recorder::check_inlinable`])
    /// with `args` as its first locals; `kind` says what the call's value is.
    fn enter_inlined(&mut self, func: Rc<crate::runtime::objects::Function>, args: Vec<Item>, return_pc: usize, kind: CallKind) -> Result<Next, AbortReason> {
        let code = func.code.clone();
        let mut locals = vec![None; code.varnames.len()];
        for (local, arg) in locals.iter_mut().zip(args) {
            *local = Some(arg);
        }
        // Exits inside the call rebuild a frame of `func`: the roots keep it.
        self.roots.push(Value::Function(func.clone()));
        self.callers.push(Caller {
            callee: func.clone(),
            code: std::mem::replace(&mut self.code, code),
            globals: std::mem::replace(&mut self.globals, func.globals.clone()),
            locals: std::mem::replace(&mut self.locals, locals),
            return_pc,
            stack_len: self.stack.len(),
            kind,
        });
        Ok(Next::At(0))
    }

    /// A bridge from the loop's end: guards that the iterator in `slot` is
    /// still at its end (else the interpreter runs this `FOR_ITER`).
    fn for_iter_end(&mut self, slot: usize) -> Result<(), AbortReason> {
        let iter = self.b.load_slot_as(slot as u16, Tag::Heap(TAG_ITER)).map_err(|_| "iterator slot changed type")?;
        let sig = HelperSig { params: vec![Ty::Ptr], ret: Ty::Val, pure: false };
        self.b.emit(IrOp::CallHelper { addr: helpers::rt_iter_at_end as *const () as u64, sig, args: vec![iter] });
        Ok(())
    }

    /// `GET_ITER` of a range, list or tuple: a new iterator (its shadow is
    /// one made from the shadow, as the interpreter would).
    fn get_iter(&mut self, v: Item) -> Result<Item, AbortReason> {
        let Some(value) = shadow_value(&v.shadow) else { return Err("GET_ITER") };
        if !matches!(value, Value::Range(_) | Value::List(_) | Value::Tuple(_)) {
            return Err("GET_ITER");
        }
        let it = self.vm.get_iter(&value).map_err(|_| "GET_ITER raised while recording")?;
        let words = self.value_words(&v)?;
        let sig = HelperSig { params: vec![Ty::Val], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_get_iter as *const () as u64, sig, args: vec![words] });
        let item = self.guarded_item(got, &it, Own::Owned);
        self.release(&v);
        Ok(item)
    }

    /// `range(...)` of ints: a new range object.
    fn new_range(&mut self, args: &[Item]) -> Result<Item, AbortReason> {
        let ints: Vec<(i64, Ref)> = args
            .iter()
            .map(|a| match a.shadow {
                Shadow::Int(n) => Ok((n, a.ir)),
                _ => Err("range of another type than int"),
            })
            .collect::<Result<_, _>>()?;
        let (zero, one) = ((0, self.b.const_int(0)), (1, self.b.const_int(1)));
        let (start, stop, step) = match ints[..] {
            [stop] => (zero, stop, one),
            [start, stop] => (start, stop, one),
            [start, stop, step] => (start, stop, step),
            _ => return Err("range with another number of arguments"),
        };
        if step.0 <= 0 {
            // A zero step raises; a negative one is rare (the loop trace takes positive ones).
            return Err("range with a step below 1");
        }
        // The step is guarded as recorded: `range(0, n, k)` with k <= 0 exits.
        let positive = self.b.emit(IrOp::ICmp(Cc::Ge, step.1, one.1));
        self.b.emit(IrOp::GuardTrue(positive));
        let range = Value::Range(Rc::new(crate::runtime::objects::Range { start: start.0, stop: stop.0, step: step.0 }));
        let sig = HelperSig { params: vec![Ty::Int, Ty::Int, Ty::Int], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_new_range as *const () as u64, sig, args: vec![start.1, stop.1, step.1] });
        Ok(self.guarded_item(got, &range, Own::Owned))
    }

    /// The frame slot of the top of the recorded stack, when that item is
    /// the value the bridge found there (a live-in the trace has not
    /// replaced).
    fn recorded_top_slot(&mut self) -> Result<usize, AbortReason> {
        let depth = self.floor + self.stack.len();
        let top = self.stack.last().ok_or("stack below the frame's")?;
        let slot = self.nfixed + depth - 1;
        if self.b.known_slot(slot as u16) != Some(top.ir) {
            return Err("for over an iterator the trace made");
        }
        Ok(slot)
    }

    /// A call of the class `cls` (guarded to be that class) on `args` that
    /// makes its instance plainly (`crate::specialize::plain_class_init`,
    /// the adaptive tier's `CALL_CLASS_INIT` decision): the trace guards the
    /// class's version (which any change to its attributes, `__init__` or
    /// a base's bumps), allocates the instance through a helper
    /// (`Vm::new_instance`, as the interpreter's class calls do), and
    /// records `__init__` inlined with `self` the new instance, owned by
    /// the callee's first local; its return leaves the instance as the
    /// call's value. The recorder makes an instance of its own to stand for
    /// the new one (its `scratch`).
    fn instantiate(&mut self, cls: Rc<crate::runtime::objects::Class>, args: Vec<Item>, return_pc: usize) -> Result<Next, AbortReason> {
        use crate::specialize::PlainInit;
        if cls.builtin {
            return self.call_builtin_class(cls, args, return_pc);
        }
        if cls.metaclass.is_some() {
            return Err("call of a class with a metaclass");
        }
        let init = crate::specialize::plain_class_init(&cls, args.len()).map_err(|_| "call of a class with a native base, __new__, or an __init__ of other parameters")?;
        // The recorder's stand-in dies with the recording: a finalizer
        // would run on it.
        if cls.may_have_finalizer() {
            return Err("call of a class with __del__");
        }
        let version = cls.version.get();
        if version == NO_VERSION {
            return Err("version tags used up");
        }
        let mut args = args;
        if let PlainInit::Python(init) = &init {
            self.check_inlinable(init, args.len() + 1)?;
            self.bind_defaults(init, &mut args, 1);
        }
        let class_ptr = self.b.const_ptr(Rc::as_ptr(&cls) as u64);
        let offset = std::mem::offset_of!(crate::runtime::objects::Class, version) as i32;
        self.b.emit(IrOp::GuardWordEq { base: class_ptr, offset, width: Width::W32, expect: version as u64 });
        let stand_in = self.vm.new_instance(&cls);
        self.scratch.push(stand_in.clone());
        // The helper cannot fail: nothing exits between the allocation and
        // the callee's first snapshot, which hands the instance to the
        // rebuilt `__init__` frame.
        let sig = HelperSig { params: vec![Ty::Ptr], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_new_instance as *const () as u64, sig, args: vec![class_ptr] });
        let instance = self.guarded_item(got, &stand_in, Own::Owned);
        match init {
            PlainInit::Python(init) => {
                args.insert(0, instance);
                self.enter_inlined(init, args, return_pc, CallKind::Init)
            }
            PlainInit::Object => {
                self.stack.push(instance);
                Ok(Next::At(return_pc))
            }
        }
    }

    /// The value of an inlined `__init__`'s return of `v` (which must be
    /// None: else the interpreter raises TypeError, and the recording
    /// aborts): the instance, borrowed from the callee's first local, whose
    /// reference the return then hands over.
    fn init_result(&mut self, v: Item) -> Result<Item, AbortReason> {
        if !matches!(v.shadow, Shadow::None) {
            return Err("__init__ returning a value");
        }
        let instance = self.locals.first().cloned().flatten().filter(Item::is_owned).ok_or("__init__ rebinding self")?;
        Ok(Item { own: Own::Borrowed, ..instance })
    }

    /// Whether `v` is one of the recorder's stand-ins for new instances.
    fn is_scratch(&self, v: &Value) -> bool {
        self.scratch.iter().any(|s| words(s)[1] == words(v)[1])
    }

    /// `FOR_ITER` over the iterator in frame slot `slot`: a range, a list or
    /// tuple, an iterator that steps natively. At its end, in a bridge: the
    /// loop is left.
    fn for_iter(&mut self, pc: usize, slot: usize) -> Result<Stepped, AbortReason> {
        let Value::Iter(it) = &self.f.slots[slot] else { return Err("for over a non-iterator") };
        let it = it.clone();
        if self.in_bridge() && pc == self.header && matches!(crate::vm::iter::peek_next(&it.state.borrow()), Some(None)) {
            return self.for_iter_end(slot).map(|()| Stepped::Ended);
        }
        let state = it.state.borrow();
        match &*state {
            &IterState::Range { next, stop, step } => {
                drop(state);
                self.for_iter_range(pc, slot, next, stop, step).map(Stepped::Item)
            }
            IterState::Seq { seq: Value::List(_) | Value::Tuple(_), .. } => {
                let item = crate::vm::iter::peek_next(&state).flatten();
                drop(state);
                self.for_iter_seq(pc, slot, item).map(Stepped::Item)
            }
            state if crate::vm::iter::steps_natively(state, false) => {
                let item = crate::vm::iter::peek_next(state).ok_or("iterator state changed")?;
                // `for a, b in enumerate(..)/zip(..)/d.items()`: the interpreter
                // stores the pair without building a tuple, and so does the trace.
                let (unpack, store) = (self.code.instr(pc + 1), self.code.instr(pc + 2));
                let pairs = matches!(state, IterState::Enumerate { .. } | IterState::Dict { kind: 2, .. })
                    || matches!(state, IterState::Zip { inners, strict: false, .. } if inners.len() == 2);
                if pairs && unpack.op.unfused().family() == Op::UnpackSequence && unpack.arg == 2 && store.op == Op::StoreFastStoreFast {
                    let second_local = self.code.instr(pc + 3).arg as usize;
                    return self.for_iter_pair(pc, slot, item, [store.arg as usize, second_local]).map(|()| Stepped::PairStored);
                }
                self.for_iter_native(pc, slot, item).map(Stepped::Item)
            }
            _ => Err("for over an iterator that runs Python code"),
        }
    }

    /// `FOR_ITER` over an iterator of pairs that the loop unpacks straight
    /// into `locals` (see [`helpers::rt_iter_next_pair`]): the two values
    /// are stored as `STORE_FAST` stores them; then their types are
    /// guarded, and an exit there resumes after the stores.
    fn for_iter_pair(&mut self, pc: usize, slot: usize, item: Option<Value>, locals: [usize; 2]) -> Result<(), AbortReason> {
        let Value::Tuple(pair) = item.ok_or(LOOP_ENDING)? else { return Err("for over pairs of another kind") };
        let [first, second] = [pair.items[0].clone(), pair.items[1].clone()];
        let iter = self.b.load_slot_as(slot as u16, Tag::Heap(TAG_ITER)).map_err(|_| "iterator slot changed type")?;
        self.snapshot(pc, ExitKind::LoopEnd);
        let sig = HelperSig { params: vec![Ty::Ptr], ret: Ty::Val, pure: false };
        let got_first = self.b.emit(IrOp::CallHelper { addr: helpers::rt_iter_next_pair as *const () as u64, sig, args: vec![iter] });
        let buffer = self.b.const_ptr(helpers::PAIR_SECOND.addr());
        let got_second = self.b.load(Ty::Val, buffer, 0);
        for (local, got) in locals.into_iter().zip([got_first, got_second]) {
            self.own_borrowers_of(local as u16);
            self.b.store_slot(local as u16, got, Own::Owned).map_err(|_| "store of an unexpected type")?;
        }
        self.snapshot(pc + 4, ExitKind::Deopt);
        for (local, v) in locals.into_iter().zip([first, second]) {
            let slot = local as u16;
            let ir = self.b.load_slot_as(slot, tag_of(&v)).map_err(|_| "for over pairs of another kind")?;
            let item = match immediate_shadow(&v) {
                Some(shadow) => Item::imm(ir, shadow),
                None => {
                    let boxed = self.b.slot_boxed(slot);
                    Item::heap(ir, boxed, heap_shadow(&v), Own::Borrowed, Some(slot))
                }
            };
            self.locals[local] = Some(item);
        }
        Ok(())
    }

    /// `FOR_ITER` over a list or tuple iterator. Stepped by native code
    /// where [`Recorder::seq_buffer`] reads the sequence's storage (guards
    /// on the iterator's state and sequence type, then the item loaded at
    /// the iterator's index and the index advanced), else by a helper that
    /// takes the next item if it has this item's type. A heap item takes a
    /// new reference. The end of the sequence exits to the header, where
    /// the interpreter finishes the loop.
    fn for_iter_seq(&mut self, pc: usize, slot: usize, item: Option<Value>) -> Result<Item, AbortReason> {
        let item = item.ok_or(LOOP_ENDING)?;
        let iter = self.b.load_slot_as(slot as u16, Tag::Heap(TAG_ITER)).map_err(|_| "iterator slot changed type")?;
        let seq = match &self.f.slots[slot] {
            Value::Iter(it) => match &*it.state.borrow() {
                IterState::Seq { seq, .. } => seq.clone(),
                _ => return Err("iterator state changed"),
            },
            _ => return Err("for over a non-iterator"),
        };
        let native = match &seq {
            Value::List(l) => compact_kind(l).is_none_or(|k| k == crate::runtime::value::TAG_INT || k == crate::runtime::value::TAG_FLOAT),
            Value::Tuple(_) => true,
            _ => false,
        };
        if native {
            return Ok(self.for_iter_seq_native(pc, iter, seq, &item));
        }
        if matches!(item, Value::None) {
            // The helper's end-of-sequence answer.
            return Err("for over None items");
        }
        let raw_tag = self.b.const_int(words(&item)[0] as i64);
        let sig = HelperSig { params: vec![Ty::Ptr, Ty::Int], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_seq_iter_next as *const () as u64, sig, args: vec![iter, raw_tag] });
        // A None from the helper: the end of the sequence.
        self.snapshot(pc, ExitKind::LoopEnd);
        Ok(self.guarded_item(got, &item, Own::Owned))
    }

    /// [`Recorder::for_iter_seq`] by native code: `iter` the iterator's
    /// payload, `seq` the list or tuple it walks (one [`seq_buffer`] reads).
    ///
    /// [`seq_buffer`]: Recorder::seq_buffer
    fn for_iter_seq_native(&mut self, pc: usize, iter: Ref, seq: Value, item: &Value) -> Item {
        let l = layouts().seq_iter;
        self.b.emit(IrOp::GuardWordEq { base: iter, offset: l.state, width: Width::W64, expect: IterState::SEQ });
        // The iterator holds the sequence: borrowed while the trace reads it.
        let seq_boxed = self.b.load(Ty::Val, iter, l.seq);
        let seq_ptr = self.b.emit(IrOp::GuardTag { val: seq_boxed, tag: Tag::Heap(words(&seq)[0]) });
        let seq_item = Item::heap(seq_ptr, seq_boxed, heap_shadow(&seq), Own::Borrowed, None);
        let (vec, elem) = self.seq_buffer(&seq_item).expect("for_iter_seq checked the storage form");
        let index = self.b.load(Ty::Int, iter, l.index);
        let len = self.b.load(Ty::Int, seq_ptr, vec.len);
        // Past the end: the interpreter runs this FOR_ITER again and leaves the loop.
        self.snapshot(pc, ExitKind::LoopEnd);
        let more = self.b.emit(IrOp::ICmp(Cc::Lt, index, len));
        self.b.emit(IrOp::GuardTrue(more));
        // An item of another type: the interpreter takes it (nothing advanced yet).
        self.snapshot(pc, ExitKind::Deopt);
        let items = self.b.load(Ty::Ptr, seq_ptr, vec.items);
        let got = self.b.load_at(elem, items, index, 0);
        let v = match (elem, immediate_shadow(item)) {
            (Ty::Int | Ty::Float, Some(shadow)) => Item::imm(got, shadow),
            _ => {
                let v = self.guarded_item(got, item, Own::Owned);
                if v.boxed.is_some() {
                    self.b.emit(IrOp::Incref(got));
                }
                v
            }
        };
        let one = self.b.const_int(1);
        let advanced = self.b.emit(IrOp::AddOv(index, one));
        self.b.emit(IrOp::Store { base: iter, offset: l.index, val: advanced });
        v
    }

    /// `FOR_ITER` over an iterator that steps natively (enumerate, zip,
    /// dict views, sets, strings, reversed...): a helper steps it; the end
    /// exits to the header (the interpreter steps it again and finds the
    /// end). An item of another type than this iteration's has been taken
    /// already: its guard resumes after the `FOR_ITER`, the item on the stack.
    fn for_iter_native(&mut self, pc: usize, slot: usize, item: Option<Value>) -> Result<Item, AbortReason> {
        let item = item.ok_or(LOOP_ENDING)?;
        let iter = self.b.load_slot_as(slot as u16, Tag::Heap(TAG_ITER)).map_err(|_| "iterator slot changed type")?;
        self.snapshot(pc, ExitKind::LoopEnd);
        let sig = HelperSig { params: vec![Ty::Ptr], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_iter_next as *const () as u64, sig, args: vec![iter] });
        let mut entries = self.stack_entries();
        entries.push(self.b.entry((self.nfixed + self.floor + self.stack.len()) as u16, got, Own::Owned));
        self.b.snapshot((pc + 1) as u32, ExitKind::Deopt, (self.floor + self.stack.len() + 1) as u16, &entries);
        Ok(self.guarded_item(got, &item, Own::Owned))
    }

    /// `got`, a value a helper returned that has `v`'s tag (the helper
    /// checked it; the guard unboxes it): an immediate, or a heap value
    /// owned or borrowed as `own` says.
    fn guarded_item(&mut self, got: Ref, v: &Value, own: Own) -> Item {
        let unboxed = self.b.emit(IrOp::GuardTag { val: got, tag: tag_of(v) });
        match immediate_shadow(v) {
            Some(shadow) => Item::imm(unboxed, shadow),
            None => Item::heap(unboxed, got, heap_shadow(v), own, None),
        }
    }

    /// The words of a list or tuple item as helper arguments: its tag as a
    /// constant (the recorder knows it), its payload.
    fn seq_words(&mut self, seq: &Item) -> Result<[Ref; 2], AbortReason> {
        let tag = match seq.shadow {
            Shadow::List(_) => TAG_LIST,
            Shadow::Tuple(_) => TAG_TUPLE,
            _ => return Err("not a list or tuple"),
        };
        Ok([self.b.const_int(tag as i64), seq.ir])
    }

    /// `UNPACK_SEQUENCE n` of a list or tuple of `n` items. Read by native
    /// code where [`Recorder::seq_buffer`] reads the storage (guards on the
    /// form and on the length being `n`, then one load per item and a guard
    /// on its type), else by a helper per item that checks the length and
    /// the item's type. The items are borrowed from the sequence until all
    /// have passed; then the heap ones take references and the sequence is
    /// released.
    fn unpack(&mut self, seq: Item, n: usize) -> Result<(), AbortReason> {
        let items: Vec<Value> = match &seq.shadow {
            Shadow::List(l) => (0..l.len()).filter_map(|i| l.get(i)).collect(),
            Shadow::Tuple(t) => t.items.clone(),
            _ => return Err("unpacking a non-sequence"),
        };
        if items.len() != n {
            return Err("unpacking a sequence of another length");
        }
        let mut unpacked = Vec::with_capacity(n);
        if let Some((vec, elem)) = self.seq_buffer(&seq) {
            self.b.emit(IrOp::GuardWordEq { base: seq.ir, offset: vec.len, width: Width::W64, expect: n as u64 });
            let ptr = self.b.load(Ty::Ptr, seq.ir, vec.items);
            for (i, item) in items.iter().enumerate() {
                let index = self.b.const_int(i as i64);
                let got = self.b.load_at(elem, ptr, index, 0);
                unpacked.push(match elem {
                    Ty::Int | Ty::Float => Item::imm(got, immediate_shadow(item).ok_or("compact list item of another kind")?),
                    _ => self.guarded_item(got, item, Own::Owned),
                });
            }
        } else {
            let [tag, payload] = self.seq_words(&seq)?;
            let len = self.b.const_int(n as i64);
            for (i, item) in items.iter().enumerate() {
                let index = self.b.const_int(i as i64);
                let expect = self.b.const_int(words(item)[0] as i64);
                let sig = HelperSig { params: vec![Ty::Int, Ty::Ptr, Ty::Int, Ty::Int, Ty::Int], ret: Ty::Val, pure: false };
                let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_unpack_item as *const () as u64, sig, args: vec![tag, payload, len, index, expect] });
                unpacked.push(self.guarded_item(got, item, Own::Owned));
            }
        }
        for v in &unpacked {
            if let Some(boxed) = v.boxed {
                self.b.emit(IrOp::Incref(boxed));
            }
        }
        self.release(&seq);
        // The first item ends on top.
        self.stack.extend(unpacked.into_iter().rev());
        Ok(())
    }

    /// `FOR_ITER` over a range iterator with a positive step: the next
    /// value, read and advanced in the iterator itself. The end of the
    /// range exits to the header, where the interpreter finishes the loop.
    fn for_iter_range(&mut self, pc: usize, slot: usize, next: i64, stop: i64, step: i64) -> Result<Item, AbortReason> {
        if step <= 0 {
            return Err("range with a step below 1");
        }
        if next >= stop {
            return Err(LOOP_ENDING);
        }
        let l = layouts().range_iter;
        let p = self.b.load_slot_as(slot as u16, Tag::Heap(TAG_ITER)).map_err(|_| "iterator slot changed type")?;
        self.b.emit(IrOp::GuardWordEq { base: p, offset: l.state, width: quicken_jit::Width::W64, expect: IterState::RANGE });
        let step_ir = self.b.load(Ty::Int, p, l.step);
        let one = self.b.const_int(1);
        let positive = self.b.emit(IrOp::ICmp(Cc::Ge, step_ir, one));
        self.b.emit(IrOp::GuardTrue(positive));
        let next_ir = self.b.load(Ty::Int, p, l.next);
        let stop_ir = self.b.load(Ty::Int, p, l.stop);
        // The end of the range: the interpreter runs this FOR_ITER again,
        // finds the iterator exhausted and leaves the loop.
        self.snapshot(pc, ExitKind::LoopEnd);
        let more = self.b.emit(IrOp::ICmp(Cc::Lt, next_ir, stop_ir));
        self.b.emit(IrOp::GuardTrue(more));
        // Past the last value `next` would not fit: the interpreter parks it.
        let advanced = self.b.emit(IrOp::AddOv(next_ir, step_ir));
        self.b.emit(IrOp::Store { base: p, offset: l.next, val: advanced });
        Ok(Item::imm(next_ir, Shadow::Int(next)))
    }

    /// `seq[int]` of a list or tuple, through a helper that exits when the
    /// index is out of range or the item has another type than this
    /// iteration's (the interpreter then raises or takes its general path).
    fn subscript(&mut self, container: Item, index: Item) -> Result<Item, AbortReason> {
        if let Shadow::Heap(c) | Shadow::Object(c) = &container.shadow {
            return self.mapping_subscript(c.clone(), container, index);
        }
        let Shadow::Int(i) = index.shadow else { return Err("subscript by a non-int") };
        let item = match &container.shadow {
            Shadow::List(l) => helpers::seq_item(&Value::List(l.clone()), i),
            Shadow::Tuple(t) => helpers::seq_item(&Value::Tuple(t.clone()), i),
            _ => return Err("subscript of a non-sequence"),
        };
        let item = item.ok_or("index out of range while recording")?;
        if let Some(v) = self.inline_item(&container, &index, i, &item) {
            self.release(&container);
            return Ok(v);
        }
        let [tag, payload] = self.seq_words(&container)?;
        let expect = self.b.const_int(words(&item)[0] as i64);
        let sig = HelperSig { params: vec![Ty::Int, Ty::Ptr, Ty::Int, Ty::Int], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_seq_get as *const () as u64, sig, args: vec![tag, payload, index.ir, expect] });
        let v = self.guarded_item(got, &item, Own::Owned);
        self.release(&container);
        Ok(v)
    }

    /// `key in container` (`not in` when `negate`) through a helper that
    /// runs no Python code (it exits when Python code would decide).
    fn contains(&mut self, key: Item, container: Item, negate: bool) -> Result<Item, AbortReason> {
        let (Some(k), Some(c)) = (shadow_value(&key.shadow), shadow_value(&container.shadow)) else { return Err("CONTAINS_OP") };
        let found = crate::vm::contains_native(&c, &k).ok_or("membership the interpreter decides")?;
        let args = vec![self.value_words(&container)?, self.value_words(&key)?, self.b.const_int(negate as i64)];
        let sig = HelperSig { params: vec![Ty::Val, Ty::Val, Ty::Int], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_contains as *const () as u64, sig, args });
        let bit = self.b.emit(IrOp::GuardTag { val: got, tag: Tag::Bool });
        self.release(&key);
        self.release(&container);
        Ok(Item::imm(bit, Shadow::Bool(found != negate)))
    }

    /// `d[key]` of a dict with an int or str key, or `s[i]` of an ASCII str,
    /// through a helper that runs no Python code (it exits instead: a key
    /// missing or compared by Python code, a non-ASCII str, an item of
    /// another type than this iteration's).
    fn mapping_subscript(&mut self, c: Value, container: Item, index: Item) -> Result<Item, AbortReason> {
        let (item, helper, key_ty) = match (&c, &index.shadow) {
            (Value::Dict(d), Shadow::Int(_) | Shadow::Heap(Value::Str(_)) | Shadow::Object(Value::Str(_))) => {
                let key = match &index.shadow {
                    Shadow::Int(n) => Value::Int(*n),
                    Shadow::Heap(k) | Shadow::Object(k) => k.clone(),
                    _ => unreachable!("matched above"),
                };
                let item = crate::vm::dict_get_native(d, &key).flatten().ok_or("dict subscript the interpreter decides")?;
                (item, helpers::rt_dict_get as *const () as u64, Ty::Val)
            }
            (Value::Str(s), Shadow::Int(i)) => {
                let item = Value::Str(s.ascii_item(*i).ok_or("str subscript the interpreter decides")?);
                (item, helpers::rt_str_item as *const () as u64, Ty::Int)
            }
            (Value::Other(_) | Value::Instance(_), Shadow::Int(i)) => {
                let item = helpers::native_item(&c, *i).ok_or("subscript the interpreter decides (not bytes, bytearray or array)")?;
                (item, helpers::rt_native_item as *const () as u64, Ty::Int)
            }
            (Value::Dict(_), _) => return Err("dict subscript by a key of another type than int or str"),
            _ => return Err("subscript of a non-sequence"),
        };
        let container_words = self.value_words(&container)?;
        let key = if key_ty == Ty::Val { self.value_words(&index)? } else { index.ir };
        let expect = self.b.const_int(words(&item)[0] as i64);
        let sig = HelperSig { params: vec![Ty::Val, key_ty, Ty::Int], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helper, sig, args: vec![container_words, key, expect] });
        let v = self.guarded_item(got, &item, Own::Owned);
        self.release(&index);
        self.release(&container);
        Ok(v)
    }

    /// `seq[i]` read by native code, when the item is an int or float of a
    /// compact list or any value of a list of values or a tuple: guards that
    /// the list keeps its form (and a compact one its kind), checks the
    /// bounds, loads the item and guards its type (a heap item then takes a
    /// reference). `None`: a form it does not read (the helper does).
    fn inline_item(&mut self, seq: &Item, index: &Item, i: i64, item: &Value) -> Option<Item> {
        let (items, elem) = self.seq_items(seq, index, i)?;
        match elem {
            Ty::Int | Ty::Float => {
                let v = self.b.load_at(elem, items.ptr, items.index, 0);
                Some(Item::imm(v, immediate_shadow(item)?))
            }
            _ => {
                let got = self.b.load_at(Ty::Val, items.ptr, items.index, 0);
                let v = self.guarded_item(got, item, Own::Owned);
                if v.boxed.is_some() {
                    self.b.emit(IrOp::Incref(got));
                }
                Some(v)
            }
        }
    }

    /// Where native code reads the items of the list or tuple `seq`: the
    /// layout of its item vector and the element type (`Int`/`Float` for a
    /// compact list of that kind, `Val` for values), under guards that a
    /// list keeps the storage form it has now (a compact one its kind);
    /// `None` for the compact forms of bools and None (helpers read those).
    fn seq_buffer(&mut self, seq: &Item) -> Option<(VecLayout, Ty)> {
        let layout = layouts().seq;
        let base = seq.ir;
        match &seq.shadow {
            Shadow::List(l) => {
                let compact = compact_kind(l);
                let (form, vec, elem) = match compact {
                    None => (layout.form_values, layout.values, Ty::Val),
                    Some(k) if k == crate::runtime::value::TAG_INT => (layout.form_compact, layout.compact, Ty::Int),
                    Some(k) if k == crate::runtime::value::TAG_FLOAT => (layout.form_compact, layout.compact, Ty::Float),
                    Some(_) => return None,
                };
                self.b.emit(IrOp::GuardWordEq { base, offset: layout.list_form, width: Width::W64, expect: form });
                if let Some(kind) = compact {
                    self.b.emit(IrOp::GuardWordEq { base, offset: layout.compact_kind, width: Width::W8, expect: kind });
                }
                Some((vec, elem))
            }
            Shadow::Tuple(_) => Some((layout.tuple, Ty::Val)),
            _ => None,
        }
    }

    /// The item buffer of the list or tuple `seq` and the in-bounds position
    /// of `seq[index]` in it (`i`: the index this iteration), with the
    /// buffer's element type (see [`Recorder::seq_buffer`]).
    fn seq_items(&mut self, seq: &Item, index: &Item, i: i64) -> Option<(ItemsAt, Ty)> {
        let base = seq.ir;
        let (vec, elem) = self.seq_buffer(seq)?;
        let len = self.b.load(Ty::Int, base, vec.len);
        let index = if i < 0 {
            // Counted from the end: stays so (else exits), then offset by the length.
            let zero = self.b.const_int(0);
            let negative = self.b.emit(IrOp::ICmp(Cc::Lt, index.ir, zero));
            self.b.emit(IrOp::GuardTrue(negative));
            self.b.emit(IrOp::Add(index.ir, len))
        } else {
            index.ir
        };
        self.b.emit(IrOp::GuardIndex { index, len });
        let ptr = self.b.load(Ty::Ptr, base, vec.items);
        Some((ItemsAt { ptr, index }, elem))
    }

    /// `list[int] = immediate`: stored by native code into a compact list
    /// of the value's kind (ints, floats) or into a list of values (its
    /// form guarded), else through a helper (a compact list of another kind,
    /// which the store generalizes); out of range, both exit with the list
    /// unchanged.
    fn store_subscript(&mut self, container: Item, index: Item, value: Item) -> Result<(), AbortReason> {
        if let (Shadow::Heap(c) | Shadow::Object(c), Shadow::Int(i)) = (&container.shadow, &index.shadow) {
            return self.native_store(c.clone(), &container, &index, *i, &value);
        }
        let (Shadow::List(l), Shadow::Int(i)) = (&container.shadow, &index.shadow) else { return Err("subscript of a non-list") };
        if l.get_index(*i).is_none() {
            return Err("index out of range while recording");
        }
        let value_kind = match value.shadow {
            Shadow::Int(_) => Some(crate::runtime::value::TAG_INT),
            Shadow::Float(_) => Some(crate::runtime::value::TAG_FLOAT),
            _ => None,
        };
        if value_kind.is_some() && compact_kind(l) == value_kind {
            let (items, _) = self.seq_items(&container, &index, *i).ok_or("list form changed while recording")?;
            self.b.emit(IrOp::StoreAt { base: items.ptr, index: items.index, offset: 0, val: value.ir });
            self.release(&container);
            return Ok(());
        }
        if compact_kind(l).is_none() && immediate_shadow_value(&value.shadow) {
            // A list of values: the immediate's words replace the old item.
            // An immediate there before (guarded to stay one of its type,
            // a guard a read of the item has mostly made already) needs no
            // release; a heap one is released after the store, as the
            // interpreter does (its destructor sees the list updated).
            let old_item = l.get_index(*i).ok_or("index out of range while recording")?;
            let boxed = self.b.emit(IrOp::Box(value.ir));
            let (items, _) = self.seq_items(&container, &index, *i).ok_or("list form changed while recording")?;
            let old = self.b.load_at(Ty::Val, items.ptr, items.index, 0);
            let old_is_heap = immediate_shadow(&old_item).is_none();
            if !old_is_heap {
                self.b.emit(IrOp::GuardTag { val: old, tag: tag_of(&old_item) });
            }
            self.b.emit(IrOp::StoreAt { base: items.ptr, index: items.index, offset: 0, val: boxed });
            if old_is_heap {
                self.b.emit(IrOp::Decref(old));
            }
            self.release(&container);
            return Ok(());
        }
        let value = self.immediate_words(&value)?;
        let sig = quicken_jit::HelperSig { params: vec![Ty::Ptr, Ty::Int, Ty::Val], ret: Ty::Val, pure: false };
        self.b.emit(IrOp::CallHelper { addr: helpers::rt_list_set as *const () as u64, sig, args: vec![container.ir, index.ir, value] });
        self.release(&container);
        Ok(())
    }
}

impl Recorder<'_> {
    /// `bytearray[int] = int` or `array[int] = number` (an exact
    /// `array.array`) through a helper that stores in place, or exits with
    /// the container unchanged (the interpreter stores, or raises).
    fn native_store(&mut self, c: Value, container: &Item, index: &Item, i: i64, value: &Item) -> Result<(), AbortReason> {
        let fits = match (&c, &value.shadow) {
            (Value::Other(_), Shadow::Int(b)) => crate::vm::bytes::is_bytearray(&c) && (0..=255).contains(b),
            (Value::Instance(_), Shadow::Int(_) | Shadow::Float(_)) => true,
            _ => false,
        };
        if !fits || helpers::native_item(&c, i).is_none() {
            return Err("store into a subscript the interpreter decides");
        }
        let words = self.value_words(container)?;
        let value_words = self.immediate_words(value)?;
        let sig = HelperSig { params: vec![Ty::Val, Ty::Int, Ty::Val], ret: Ty::Val, pure: false };
        self.b.emit(IrOp::CallHelper { addr: helpers::rt_native_store as *const () as u64, sig, args: vec![words, index.ir, value_words] });
        self.release(container);
        Ok(())
    }
}

/// Why a call of this callee is not recorded (what it would take: `--stats`
/// counts aborts by these reasons).
fn unsupported_callee(callee: &Shadow) -> AbortReason {
    match callee {
        Shadow::Object(Value::Class(_)) | Shadow::Heap(Value::Class(_)) => "call of a class",
        Shadow::Object(Value::BoundMethod(_)) | Shadow::Heap(Value::BoundMethod(_)) => "call of a bound method object",
        Shadow::Heap(Value::Function(_)) => "call of a function held in a data structure",
        Shadow::Heap(Value::Builtin(_)) => "call of a builtin held in a data structure",
        Shadow::Object(Value::Instance(_)) | Shadow::Heap(Value::Instance(_)) => "call of an instance",
        _ => "call of another callable",
    }
}

/// The value a shadow stands for (`None` for the call marker).
fn shadow_value(s: &Shadow) -> Option<Value> {
    Some(match s {
        Shadow::Int(n) => Value::Int(*n),
        Shadow::Float(x) => Value::float(*x),
        Shadow::Bool(b) => Value::bool(*b),
        Shadow::None => Value::None,
        Shadow::List(l) => Value::List(l.clone()),
        Shadow::Tuple(t) => Value::Tuple(t.clone()),
        Shadow::Heap(v) | Shadow::Object(v) => v.clone(),
        Shadow::Null => return None,
    })
}

/// The `Value` tag of a compact list's items; `None` for a list of values.
fn compact_kind(l: &PyList) -> Option<u64> {
    // SAFETY: the recorder holds no borrow of the list's storage.
    match unsafe { &*l.store_ptr() } {
        crate::runtime::list::ListStore::Compact { tag, .. } => Some(tag.tag()),
        crate::runtime::list::ListStore::Values { .. } => None,
    }
}

/// Whether the shadow is an immediate (None, bool, int, float).
fn immediate_shadow_value(s: &Shadow) -> bool {
    matches!(s, Shadow::Int(_) | Shadow::Float(_) | Shadow::Bool(_) | Shadow::None)
}

/// Where native code finds a list's or tuple's item: the buffer's address
/// and the position in it (checked to be in bounds).
struct ItemsAt {
    ptr: Ref,
    index: Ref,
}

/// Names the loop starting at `header` stores with `STORE_GLOBAL` (or
/// deletes): the instructions from the header to its last back edge.
fn globals_stored_in_loop(code: &Code, header: usize) -> Vec<Name> {
    let back_edge = (header..code.units.len())
        .filter(|&pc| {
            let ins = code.instr(pc);
            ins.op.unfused().family().arg_kind() == crate::bytecode::ArgKind::Jump && ins.arg as usize == header
        })
        .last()
        .unwrap_or(header);
    let mut names: Vec<Name> = Vec::new();
    for pc in header..=back_edge {
        let ins = code.instr(pc);
        if matches!(ins.op.unfused().family(), Op::StoreGlobal | Op::DeleteGlobal) {
            let name = &code.names[ins.arg as usize];
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
    names
}

/// The abort reason for an instruction outside the recorder's subset.
fn unsupported(op: Op) -> AbortReason {
    // Reasons are static strings counted by name; the opcode names are too.
    crate::bytecode::op_name(op)
}
