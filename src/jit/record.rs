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
//! becomes a native square root).

use quicken_jit::{Cc, ExitKind, HelperSig, Op as IrOp, Own, Ref, SnapEntry, Tag, Trace, TraceBuilder, Ty, Width};

use super::helpers;
use super::layout::{layouts, words, TAG_CELL, TAG_ITER, TAG_LIST};
use crate::bytecode::{BinOp, CmpOp, Code, Op, UnaryOp};
use std::rc::Rc;

use crate::runtime::list::PyList;
use crate::runtime::objects::{IterState, PyDict, NO_VERSION};
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

/// Traces longer than this (IR instructions) are abandoned.
const MAX_TRACE_LEN: usize = 2000;

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
    /// A heap object read from a global, a builtin or a module attribute,
    /// guarded to be this object (held in the trace's roots).
    Object(Value),
    /// The marker `LOAD_METHOD` pushes when the attribute is not a method.
    Null,
}

/// One value of the recording: its IR value and its shadow.
#[derive(Clone)]
struct Item {
    /// The value: unboxed for immediates, the payload pointer for heap values.
    ir: Ref,
    shadow: Shadow,
    /// A heap value's whole `Val` (what a snapshot writes back).
    boxed: Option<Ref>,
}

impl Item {
    fn imm(ir: Ref, shadow: Shadow) -> Item {
        Item { ir, shadow, boxed: None }
    }
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
}

/// Why a recording stopped without a trace: a fixed reason, counted in `--stats`.
pub type AbortReason = &'static str;

/// The loop's iterator is at its end: this entry of the loop ends now, so
/// there is no iteration to record. Not the loop's fault: recorded at a
/// later back edge, without a penalty.
pub const LOOP_ENDING: AbortReason = "loop ending while recording";

/// Records one iteration of the loop whose header `f` stands at.
pub fn record(vm: &mut Vm, f: &Frame, code: &Code) -> Result<Recorded, AbortReason> {
    let nfixed = code.nfixed();
    let header = f.pc;
    let header_depth = f.slots.len() - nfixed;
    let mut r = Recorder {
        b: TraceBuilder::new(header as u32, header_depth as u16),
        f,
        code,
        nfixed,
        header,
        header_depth,
        stack: Vec::new(),
        locals: vec![None; code.varnames.len()],
        instructions: 0,
        builtins: vm.builtins.clone(),
        vm,
        roots: Vec::new(),
    };
    let mut pc = header;
    loop {
        if r.b.len() > MAX_TRACE_LEN {
            return Err("trace too long");
        }
        r.instructions += 1;
        match r.instruction(pc)? {
            Next::At(next) => pc = next,
            Next::LoopClosed => break,
        }
    }
    // The eval breaker (Ctrl-C, generator finalizers) is tested once per
    // iteration; its exit resumes at the header, where the interpreter's
    // next back edge handles it.
    r.b.snapshot(header as u32, ExitKind::LoopEnd, header_depth as u16, &[]);
    let breaker = r.b.const_ptr(crate::vm::signals::breaker_addr());
    r.b.emit(IrOp::CheckAttention { base: breaker, width: quicken_jit::Width::W8 });
    Ok(Recorded { trace: r.b.close_loop(), instructions: r.instructions, roots: r.roots })
}

/// Where recording goes after an instruction.
enum Next {
    /// The instruction at this pc.
    At(usize),
    /// The back edge to the header was taken: the iteration is complete.
    LoopClosed,
}

struct Recorder<'a> {
    b: TraceBuilder,
    f: &'a Frame,
    code: &'a Code,
    nfixed: usize,
    header: usize,
    header_depth: usize,
    /// The stack above the header's depth.
    stack: Vec<Item>,
    /// Locals read or written so far in the iteration.
    locals: Vec<Option<Item>>,
    instructions: usize,
    builtins: Rc<PyDict>,
    /// For calling pure builtins on this iteration's values.
    vm: &'a mut Vm,
    roots: Vec<Value>,
}

impl Recorder<'_> {
    /// Records the instruction at `pc`.
    fn instruction(&mut self, pc: usize) -> Result<Next, AbortReason> {
        let ins = self.code.instr(pc);
        let arg = ins.arg as usize;
        // Specialized forms are recorded by their generic family.
        let op = ins.op.unfused().family();
        // Guards of this instruction resume at it, with the stack as it is
        // now: the interpreter runs it again.
        let closes_loop = op.arg_kind() == crate::bytecode::ArgKind::Jump && arg == self.header && arg <= pc;
        self.snapshot(pc, if closes_loop { ExitKind::LoopEnd } else { ExitKind::Deopt });
        match op {
            Op::Nop => {}
            Op::LoadFast => {
                let v = self.local(arg)?;
                self.stack.push(v);
            }
            Op::StoreFast => {
                // Knowing the old value's type (guarded at entry) spares the
                // trace a decref and lets the optimizer keep the local in a
                // register; an unbound or heap old value is released.
                if self.locals[arg].is_none() && self.f.slots[arg].is_immediate() && !self.f.slots[arg].is_null() {
                    self.local(arg)?;
                }
                if !self.f.slots[arg].is_immediate() || matches!(self.locals[arg], Some(Item { boxed: Some(_), .. })) {
                    // Stack items may borrow it.
                    return Err("rebinding a local that holds a heap value");
                }
                let v = self.pop();
                if v.boxed.is_some() {
                    return Err("storing a heap value");
                }
                self.b.store_slot(arg as u16, v.ir, Own::Imm).map_err(|_| "store of an unexpected type")?;
                self.locals[arg] = Some(v);
            }
            Op::LoadConst => {
                let v = self.constant(&self.code.consts[arg])?;
                self.stack.push(v);
            }
            Op::PopTop => {
                self.pop();
            }
            Op::Copy => {
                let v = self.peek(arg)?;
                self.stack.push(v);
            }
            Op::BinarySubscr => {
                let index = self.pop();
                let container = self.pop();
                let v = self.subscript(container, index)?;
                self.stack.push(v);
            }
            Op::StoreSubscr => {
                let index = self.pop();
                let container = self.pop();
                let value = self.pop();
                self.store_subscript(container, index, value)?;
            }
            Op::Swap => {
                let n = self.stack.len();
                if arg > n {
                    return Err("stack below the header");
                }
                self.stack.swap(n - 1, n - arg);
            }
            Op::BinaryOp => {
                let (op, _inplace) = BinOp::decode(arg as u32);
                let y = self.pop();
                let x = self.pop();
                let v = self.binary(op, x, y)?;
                self.stack.push(v);
            }
            Op::CompareOp => {
                let y = self.pop();
                let x = self.pop();
                let v = self.compare(CmpOp::ALL[arg], x, y)?;
                self.stack.push(v);
            }
            Op::UnaryOp => {
                let x = self.pop();
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
                self.pop();
                let taken = truth == (op == Op::PopJumpIfTrue);
                return self.jump(pc, if taken { arg } else { pc + 1 });
            }
            Op::PopJumpIfNone | Op::PopJumpIfNotNone => {
                // The operand's type is known (guarded): no test needed.
                let v = self.pop();
                let none = matches!(v.shadow, Shadow::None);
                let taken = none == (op == Op::PopJumpIfNone);
                return self.jump(pc, if taken { arg } else { pc + 1 });
            }
            Op::Jump | Op::JumpBackward => return self.jump(pc, arg),
            Op::ForIter if pc == self.header => {
                let v = self.for_iter(pc)?;
                self.stack.push(v);
            }
            Op::ForIter => return Err("inner loop"),
            Op::LoadDeref => {
                let v = self.closure_variable(arg)?;
                self.stack.push(v);
            }
            Op::LoadGlobal => {
                let v = self.global(&self.code.names[arg])?;
                self.stack.push(v);
            }
            Op::LoadAttr | Op::LoadMethod => {
                let obj = self.pop();
                let Shadow::Object(Value::Module(m)) = &obj.shadow else { return Err("attribute of a non-module") };
                let name = &self.code.names[arg];
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
                let args = self.stack.split_off(at);
                if op == Op::CallMethod && !matches!(self.pop().shadow, Shadow::Null) {
                    return Err("call of a method");
                }
                let callee = self.pop();
                let v = self.call_builtin(callee, &args)?;
                self.stack.push(v);
            }
            _ => return Err(unsupported(op)),
        }
        Ok(Next::At(pc + 1))
    }

    /// Continues at `target`: the header closes the loop; any other
    /// backward target is an inner loop.
    fn jump(&mut self, pc: usize, target: usize) -> Result<Next, AbortReason> {
        if target == self.header {
            if !self.stack.is_empty() {
                return Err("stack not empty at the back edge");
            }
            return Ok(Next::LoopClosed);
        }
        if target <= pc {
            return Err("inner loop");
        }
        Ok(Next::At(target))
    }

    /// Makes the snapshot the next guards exit through: resume at `pc` with
    /// the recorded stack written to the frame.
    fn snapshot(&mut self, pc: usize, kind: ExitKind) {
        let base = self.nfixed + self.header_depth;
        let entries: Vec<SnapEntry> = self
            .stack
            .iter()
            .enumerate()
            .map(|(i, v)| match v.boxed {
                Some(val) => self.b.entry((base + i) as u16, val, Own::Borrowed),
                None => self.b.entry((base + i) as u16, v.ir, Own::Imm),
            })
            .collect();
        self.b.snapshot(pc as u32, kind, (self.header_depth + self.stack.len()) as u16, &entries);
    }

    fn pop(&mut self) -> Item {
        self.stack.pop().expect("the compiler's stack depths keep pops above the header")
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
            return Ok(v.clone());
        }
        let slot = i as u16;
        let mismatch = |_| "local changed type";
        let v = match &self.f.slots[i] {
            Value::Int(n) => Item::imm(self.b.load_slot_int(slot).map_err(mismatch)?, Shadow::Int(*n)),
            Value::Float(x) => Item::imm(self.b.load_slot_float(slot).map_err(mismatch)?, Shadow::Float(x.get())),
            Value::Bool(x) => Item::imm(self.b.load_slot_as(slot, Tag::Bool).map_err(mismatch)?, Shadow::Bool(x.get())),
            Value::None => Item::imm(self.b.load_slot_as(slot, Tag::None).map_err(mismatch)?, Shadow::None),
            Value::List(l) => {
                let ir = self.b.load_slot_as(slot, Tag::Heap(TAG_LIST)).map_err(mismatch)?;
                let boxed = self.b.slot_boxed(slot);
                Item { ir, shadow: Shadow::List(l.clone()), boxed: Some(boxed) }
            }
            Value::Null => return Err("unbound local"),
            _ => return Err("local of a heap type"),
        };
        self.locals[i] = Some(v.clone());
        Ok(v)
    }

    fn constant(&mut self, v: &Value) -> Result<Item, AbortReason> {
        Ok(match v {
            Value::Int(n) => Item::imm(self.b.const_int(*n), Shadow::Int(*n)),
            Value::Float(x) => Item::imm(self.b.const_float(x.get()), Shadow::Float(x.get())),
            Value::Bool(x) => Item::imm(self.b.const_bool(x.get()), Shadow::Bool(x.get())),
            Value::None => Item::imm(self.b.const_none(), Shadow::None),
            _ => return Err("constant of a heap type"),
        })
    }

    /// `x <op> y` on ints, floats or an int/float mix.
    fn binary(&mut self, op: BinOp, x: Item, y: Item) -> Result<Item, AbortReason> {
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

    fn unary(&mut self, op: UnaryOp, x: Item) -> Result<Item, AbortReason> {
        match (op, x.shadow.clone()) {
            (UnaryOp::Neg, Shadow::Int(n)) => {
                let r = n.checked_neg().ok_or("int operation outside the fast domain")?;
                Ok(Item::imm(self.b.emit(IrOp::NegOv(x.ir)), Shadow::Int(r)))
            }
            (UnaryOp::Neg, Shadow::Float(v)) => Ok(Item::imm(self.b.emit(IrOp::FNeg(x.ir)), Shadow::Float(-v))),
            (UnaryOp::Not, _) => {
                let (bit, truth) = self.truth(x)?;
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
            Shadow::List(_) | Shadow::Object(_) | Shadow::Null => return Err("truth of a heap value"),
        })
    }

    /// The global `name` (a builtin when the module has none of that name).
    fn global(&mut self, name: &crate::runtime::objects::Name) -> Result<Item, AbortReason> {
        let globals = self.f.globals.clone();
        if let Some(ix) = globals.find_str(name) {
            return self.dict_entry(&globals, ix);
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
        let value = dict.value_at(ix).ok_or("dict entry deleted")?;
        self.roots.push(Value::Dict(dict.clone()));
        let addr = self.guard_keys(dict)?;
        let index = self.b.const_int(ix as i64);
        let sig = HelperSig { params: vec![Ty::Ptr, Ty::Int], ret: Ty::Val, pure: true };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_dict_value_at as *const () as u64, sig, args: vec![addr, index] });
        self.guard_value(got, value)
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
            heap => {
                let [tag, payload] = words(heap);
                let ptr = self.b.emit(IrOp::GuardTag { val: got, tag: Tag::Heap(tag) });
                let expect = self.b.const_ptr(payload);
                self.b.emit(IrOp::GuardEqPtr { val: ptr, expect });
                let boxed = self.b.const_val(tag, payload);
                self.roots.push(value.clone());
                return Ok(Item { ir: expect, shadow: Shadow::Object(value), boxed: Some(boxed) });
            }
        };
        Ok(Item::imm(self.b.emit(IrOp::GuardTag { val: got, tag }), shadow))
    }

    /// A call of a builtin without effects on ints and floats: the trace
    /// calls it through a helper (an error or a heap result exits, and the
    /// interpreter calls it again). The recorder calls it for the result's
    /// type and this iteration's value.
    fn call_builtin(&mut self, callee: Item, args: &[Item]) -> Result<Item, AbortReason> {
        let Shadow::Object(Value::Builtin(b)) = &callee.shadow else { return Err("call of a non-builtin") };
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

    /// `FOR_ITER` at the header over the iterator on top of the header's
    /// stack: a range, or a list or tuple of immediates.
    fn for_iter(&mut self, pc: usize) -> Result<Item, AbortReason> {
        let slot = self.nfixed + self.header_depth - 1;
        let Value::Iter(it) = &self.f.slots[slot] else { return Err("for over a non-iterator") };
        let state = it.state.borrow();
        match &*state {
            &IterState::Range { next, stop, step } => {
                drop(state);
                self.for_iter_range(pc, slot, next, stop, step)
            }
            IterState::Seq { seq: seq @ (Value::List(_) | Value::Tuple(_)), index } => {
                let item = match seq {
                    Value::List(l) => l.get(*index),
                    Value::Tuple(t) => t.items.get(*index).cloned(),
                    _ => None,
                };
                drop(state);
                self.for_iter_seq(pc, slot, item)
            }
            _ => Err("for over an iterator other than range, list or tuple"),
        }
    }

    /// `FOR_ITER` over a list or tuple iterator whose next item is an
    /// immediate: a helper takes the item if it has this item's type. The
    /// end of the sequence exits to the header, where the interpreter
    /// finishes the loop.
    fn for_iter_seq(&mut self, pc: usize, slot: usize, item: Option<Value>) -> Result<Item, AbortReason> {
        let (tag, shadow) = match item.ok_or(LOOP_ENDING)? {
            Value::Int(n) => (Tag::Int, Shadow::Int(n)),
            Value::Float(x) => (Tag::Float, Shadow::Float(x.get())),
            Value::Bool(b) => (Tag::Bool, Shadow::Bool(b.get())),
            _ => return Err("for over items of a heap type or None"),
        };
        let iter = self.b.load_slot_as(slot as u16, Tag::Heap(TAG_ITER)).map_err(|_| "iterator slot changed type")?;
        let raw_tag = self.b.const_int(match tag {
            Tag::Int => layouts().value.tag_int,
            Tag::Float => layouts().value.tag_float,
            _ => layouts().value.tag_bool,
        } as i64);
        let sig = HelperSig { params: vec![Ty::Ptr, Ty::Int], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_seq_iter_next as *const () as u64, sig, args: vec![iter, raw_tag] });
        // A None from the helper: the end of the sequence.
        self.snapshot(pc, ExitKind::LoopEnd);
        Ok(Item::imm(self.b.emit(IrOp::GuardTag { val: got, tag }), shadow))
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

    /// `list[int]` of an immediate item, through a helper that exits when
    /// the index is out of range or the item is not an immediate (the
    /// interpreter then raises or takes its general path).
    fn subscript(&mut self, container: Item, index: Item) -> Result<Item, AbortReason> {
        let (Shadow::List(l), Shadow::Int(i)) = (&container.shadow, &index.shadow) else { return Err("subscript of a non-list") };
        let item = l.get_index(*i).ok_or("index out of range while recording")?;
        let shadow = match item {
            Value::Int(n) => Shadow::Int(n),
            Value::Float(x) => Shadow::Float(x.get()),
            Value::Bool(b) => Shadow::Bool(b.get()),
            _ => return Err("list item of a heap type"),
        };
        let sig = quicken_jit::HelperSig { params: vec![Ty::Ptr, Ty::Int], ret: Ty::Val, pure: false };
        let got = self.b.emit(IrOp::CallHelper { addr: helpers::rt_list_get_imm as *const () as u64, sig, args: vec![container.ir, index.ir] });
        let tag = match shadow {
            Shadow::Int(_) => Tag::Int,
            Shadow::Float(_) => Tag::Float,
            _ => Tag::Bool,
        };
        let ir = self.b.emit(IrOp::GuardTag { val: got, tag });
        Ok(Item::imm(ir, shadow))
    }

    /// `list[int] = immediate` through a helper that exits (the list
    /// unchanged) when the index is out of range.
    fn store_subscript(&mut self, container: Item, index: Item, value: Item) -> Result<(), AbortReason> {
        let (Shadow::List(l), Shadow::Int(i)) = (&container.shadow, &index.shadow) else { return Err("subscript of a non-list") };
        if l.get_index(*i).is_none() {
            return Err("index out of range while recording");
        }
        let (addr, ty) = match value.shadow {
            Shadow::Int(_) => (helpers::rt_list_set_int as *const () as u64, Ty::Int),
            Shadow::Float(_) => (helpers::rt_list_set_float as *const () as u64, Ty::Float),
            Shadow::Bool(_) => (helpers::rt_list_set_bool as *const () as u64, Ty::Bool),
            _ => return Err("storing a heap value"),
        };
        let sig = quicken_jit::HelperSig { params: vec![Ty::Ptr, Ty::Int, ty], ret: Ty::Val, pure: false };
        self.b.emit(IrOp::CallHelper { addr, sig, args: vec![container.ir, index.ir, value.ir] });
        Ok(())
    }
}

/// The abort reason for an instruction outside the recorder's subset.
fn unsupported(op: Op) -> AbortReason {
    // Reasons are static strings counted by name; the opcode names are too.
    crate::bytecode::op_name(op)
}
