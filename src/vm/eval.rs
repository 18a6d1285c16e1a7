//! The eval loop of the `base` tier: one `match` over [`Op`], derived from the
//! opcode table (the match is exhaustive, so every opcode is implemented).

use std::rc::Rc;

use super::errors::*;
use super::frame::Frame;
use super::signals;
use super::{Tier, Vm};
use crate::bytecode::Cache;
use crate::specialize;
use crate::bytecode::{BinOp, CmpOp, Code, Op, UnaryOp};
use crate::runtime::objects::*;
use crate::runtime::str::{intern, static_name};
use crate::runtime::types::types;
use crate::runtime::value::Value;

/// UnboundLocalError for reading local `name` before assignment.
fn unbound_local(name: &str) -> PyErr {
    unbound_local_error(format!("cannot access local variable '{}' where it is not associated with a value", name))
}

/// A comparison on natively ordered values (NaN compares false, as in Python).
#[inline(always)]
pub(super) fn cmp_values<T: PartialOrd>(op: CmpOp, x: &T, y: &T) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

/// `x <op> y` on i64s when the result is an i64 and no error is possible.
#[inline(always)]
pub(crate) fn int_op(op: BinOp, x: i64, y: i64) -> Option<Value> {
    match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mul => x.checked_mul(y).map(Value::Int),
        BinOp::FloorDiv if y > 0 => Some(Value::Int(x.div_euclid(y))),
        BinOp::Mod if y > 0 => Some(Value::Int(x.rem_euclid(y))),
        BinOp::And => Some(Value::Int(x & y)),
        BinOp::Or => Some(Value::Int(x | y)),
        BinOp::Xor => Some(Value::Int(x ^ y)),
        BinOp::RShift if (0..64).contains(&y) => Some(Value::Int(x >> y)),
        BinOp::LShift if (0..63).contains(&y) && (x >> (62 - y)) == 0 && x >= 0 => Some(Value::Int(x << y)),
        // A negative exponent makes a float: the generic path.
        BinOp::Pow if (0..=u32::MAX as i64).contains(&y) => x.checked_pow(y as u32).map(Value::Int),
        _ => None,
    }
}

/// `x <op> y` on f64s for every operator that cannot raise here (zero
/// divisors, negative or overflowing powers are left to the generic path).
#[inline(always)]
pub(crate) fn float_op_full(op: BinOp, x: f64, y: f64) -> Option<f64> {
    match op {
        BinOp::Add => Some(x + y),
        BinOp::Sub => Some(x - y),
        BinOp::Mul => Some(x * y),
        BinOp::TrueDiv if y != 0.0 => Some(x / y),
        BinOp::FloorDiv if y != 0.0 => Some(super::ops::float_divmod(x, y).0),
        BinOp::Mod if y != 0.0 => Some(super::ops::float_divmod(x, y).1),
        BinOp::Pow if x > 0.0 && x.is_finite() && y.is_finite() => Some(x.powf(y)).filter(|r| r.is_finite() && *r != 0.0),
        // A negative base to a whole power is real (`(a - b) ** 2`); a
        // fractional one makes a complex, which `step` builds.
        BinOp::Pow if x < 0.0 && x.is_finite() && y.is_finite() && y == y.trunc() => Some(x.powf(y)).filter(|r| r.is_finite() && *r != 0.0),
        // 0.0 ** y is a signed zero for y > 0 (C's pow, as CPython's float_pow).
        BinOp::Pow if x == 0.0 && y > 0.0 && y.is_finite() => Some(x.powf(y)),
        _ => None,
    }
}

/// Both operands as f64s: floats, or an int/float mix whose int converts
/// exactly (below 2**53).
#[inline(always)]
pub(super) fn float_operands(a: &Value, b: &Value) -> Option<(f64, f64)> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some((x.get(), y.get())),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < specialize::EXACT_FLOAT_INT => Some((*x as f64, y.get())),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < specialize::EXACT_FLOAT_INT => Some((x.get(), *y as f64)),
        _ => None,
    }
}

/// `a <op> b` on immediate ints and floats when no error or overflow is
/// possible: the inline path of the generic `BinaryOp` in both tiers.
#[inline(always)]
pub(super) fn immediate_binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_op(op, *x, *y),
        _ => float_operands(a, b).and_then(|(x, y)| float_op_full(op, x, y)).map(Value::float),
    }
}

/// `a <op> b` on immediate ints and floats (the generic `CompareOp`'s inline path).
#[inline(always)]
pub(super) fn immediate_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(cmp_values(op, x, y)),
        _ => float_operands(a, b).map(|(x, y)| cmp_values(op, &x, &y)),
    }
}

/// How deep [`tuple_compare`] follows nested tuples and lists.
const TUPLE_COMPARE_DEPTH: u32 = 4;

/// `a <op> b` for two tuples or two lists whose items compared are ints,
/// floats (not NaN), strs, `None` (equality only) or such tuples and lists,
/// nested a few deep: no comparison among them runs Python code or raises.
/// `None` for anything else (instances, whose `__eq__`/`__lt__` must run;
/// mixed types, which may raise), left to the generic comparison.
pub fn tuple_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    sequence_order(a, b, TUPLE_COMPARE_DEPTH).map(|o| op.holds(o))
}

/// The order of two tuples or two lists as [`tuple_compare`] decides it:
/// the first pair of unequal items decides, else the lengths.
fn sequence_order(a: &Value, b: &Value, depth: u32) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Value::Tuple(x), Value::Tuple(y)) => {
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                let order = item_order(p, q, depth)?;
                if order != std::cmp::Ordering::Equal {
                    return Some(order);
                }
            }
            Some(x.items.len().cmp(&y.items.len()))
        }
        (Value::List(x), Value::List(y)) => x.order_with(y, |p, q| item_order(p, q, depth)),
        _ => None,
    }
}

/// The order of two items of sequences [`sequence_order`] compares (`None`
/// for items it leaves to the generic comparison).
#[inline]
fn item_order(p: &Value, q: &Value, depth: u32) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    Some(match (p, q) {
        (Value::Int(i), Value::Int(j)) => i.cmp(j),
        (Value::Str(s), Value::Str(t)) => s.as_str().cmp(t.as_str()),
        // Equal, so never ordered (which would raise).
        (Value::None, Value::None) => Ordering::Equal,
        (Value::Tuple(_), Value::Tuple(_)) | (Value::List(_), Value::List(_)) if depth > 1 => sequence_order(p, q, depth - 1)?,
        _ => {
            let (f, g) = float_operands(p, q)?;
            f.partial_cmp(&g)?
        }
    })
}

/// Appends a slot to `inst` and moves it to the shape cached by a
/// `StoreAttrAddInstance` (whose guards have passed).
#[inline(always)]
pub(super) fn add_slot(inst: &Instance, c: Cache, v: Value) {
    // SAFETY: `ptr` came from `Rc::as_ptr` of the transition target of the
    // instance's current shape (checked by the guard), which keeps it alive.
    let next = unsafe { specialize::borrowed::<Shape>(c.ptr) };
    inst.note_value(&v);
    let mut attrs = inst.attrs.borrow_mut();
    // Slot values mirror the shape's keys, so the shape id guarded the length.
    debug_assert_eq!(attrs.values.len(), c.index as usize);
    attrs.push_slot(&inst.class, v);
    let old = attrs.set_shape(next);
    drop(attrs);
    drop(old);
}

/// How a frame stopped running.
pub enum FrameExit {
    /// `return` (or falling off the end).
    Return(Value),
    /// `yield`: the frame can be resumed.
    Yield(Value),
}

impl Vm {
    /// Runs a frame until it returns, yields or raises an exception that no
    /// handler in it catches.
    pub fn run_frame(&mut self, f: &mut Frame) -> PyResult<FrameExit> {
        loop {
            let r = match (self.tier, self.stats.is_some()) {
                (Tier::Base, false) => self.execute::<false, false>(f),
                (Tier::Base, true) => self.execute::<false, true>(f),
                (Tier::Adaptive | Tier::Jit, false) => self.execute::<true, false>(f),
                (Tier::Adaptive | Tier::Jit, true) => self.execute::<true, true>(f),
            };
            // `execute` registered its frames on entry (see `vm::frames`).
            self.activations.pop();
            match r {
                Ok(exit) => return Ok(exit),
                Err(err) => {
                    if !self.unwind(f, &err) {
                        return Err(err);
                    }
                }
            }
        }
    }

    /// Records the frame in the traceback and jumps to a handler, if any.
    pub(crate) fn unwind(&mut self, f: &mut Frame, err: &PyErr) -> bool {
        let pc = f.pc.saturating_sub(1);
        if !self.reraising.replace(false) {
            self.set_context(err);
            if let Some(data) = err.exc.exc().filter(|_| f.code.flags & crate::bytecode::flags::HIDDEN == 0) {
                data.borrow_mut().traceback.push(TracebackEntry { code: f.code.clone(), globals: f.globals.clone(), line: f.code.line_at(pc), pc: pc as u32 });
            }
        }
        match f.code.handler_for(pc) {
            Some(h) => {
                let base = f.code.nfixed() + h.depth as usize;
                f.slots.truncate(base);
                f.push(err.value());
                f.pc = h.handler as usize;
                true
            }
            None => false,
        }
    }

    /// Executes the instruction at `f.pc` with its full semantics (the
    /// cold path of [`Vm::execute`]'s hot loop): every opcode, adaptive
    /// specialization attempts, guard misses and errors. `Some` when the
    /// frame returned or yielded.
    #[inline(never)]
    pub(super) fn step<const ADAPTIVE: bool, const STATS: bool>(&mut self, f: &mut Frame, code: &Code) -> PyResult<Option<FrameExit>> {
        let pc = f.pc;
        let ins = code.instr(pc);
        f.pc = pc + 1;
        let arg = ins.arg;
        // A superinstruction run on its own is its first instruction.
        let mut op = ins.op.unfused();
        // Set when a specialized instruction missed and reruns generically;
        // the rerun does not adapt (the miss already counted).
        let mut rerun = false;
        'dispatch: loop {
            // Try to specialize this generic instruction (adaptive tier):
            // `$decide` runs only when the counter triggers.
            macro_rules! adapt {
                ($decide:expr) => {
                    if ADAPTIVE && !rerun {
                        let cell = code.cache(pc);
                        let cache = cell.get();
                        if cache.counter.triggers() {
                            let decision = $decide;
                            self.specialized(code, pc, op, decision);
                        } else {
                            cell.set(Cache { counter: cache.counter.advance(), ..cache });
                            if STATS {
                                self.deferred(op);
                            }
                        }
                    }
                };
            }
            // A specialized instruction's guard failed: run the generic form.
            macro_rules! miss {
                () => {{
                    self.missed(code, pc, op);
                    op = op.family();
                    rerun = true;
                    continue 'dispatch;
                }};
            }
            match op {
                Op::Nop => {}
                // Mapped to their first instruction above (`Op::unfused`).
                Op::LoadFastLoadFast
                | Op::LoadFastLoadConst
                | Op::LoadFastLoadAttr
                | Op::StoreFastLoadFast
                | Op::StoreFastStoreFast
                | Op::CopyCopy
                | Op::SwapSwap
                | Op::LoadFastStoreAttr
                | Op::LoadFastReturnValue
                | Op::LoadConstReturnValue => unreachable!("superinstruction reached step fused"),
                Op::PopTop => f.pop().release(),
                Op::Swap => {
                    let n = f.slots.len();
                    f.slots.swap(n - 1, n - arg as usize);
                }
                Op::Copy => {
                    let v = f.peek(arg as usize).clone();
                    f.push(v);
                }
                Op::LoadConst => f.push(code.consts[arg as usize].clone()),
                // A superinstruction run on its own is its first part.
                Op::LoadFast => {
                    let v = &f.slots[arg as usize];
                    if v.is_null() {
                        return Err(unbound_local(code.varnames[arg as usize].as_str()));
                    }
                    let v = v.clone();
                    f.push(v);
                }
                Op::StoreFast => {
                    let v = f.pop();
                    std::mem::replace(&mut f.slots[arg as usize], v).release();
                }
                Op::DeleteFast => {
                    if f.slots[arg as usize].is_null() {
                        return Err(unbound_local(code.varnames[arg as usize].as_str()));
                    }
                    f.slots[arg as usize] = Value::Null;
                    self.finalize_soon();
                }
                Op::LoadDeref => {
                    let v = self.load_cell(f, arg as usize)?;
                    f.push(v);
                }
                Op::LoadClassDeref => {
                    // Class bodies see their own namespace before the enclosing cell.
                    let name = code.cell_name(arg as usize);
                    let local = match &f.locals {
                        Some(l) => self.namespace_load(l, name)?,
                        None => None,
                    };
                    let v = match local {
                        Some(v) => v,
                        None => self.load_cell(f, arg as usize)?,
                    };
                    f.push(v);
                }
                Op::StoreDeref => {
                    let v = f.pop();
                    let idx = code.varnames.len() + arg as usize;
                    if let Value::Cell(c) = &f.slots[idx] {
                        drop(c.replace(v));
                    }
                    self.finalize_soon();
                }
                Op::DeleteDeref => {
                    let idx = code.varnames.len() + arg as usize;
                    if let Value::Cell(c) = &f.slots[idx] {
                        drop(c.replace(Value::Null));
                    }
                    self.finalize_soon();
                }
                Op::LoadClosure => {
                    let idx = code.varnames.len() + arg as usize;
                    let c = f.slots[idx].clone();
                    f.push(c);
                }
                Op::LoadGlobal => {
                    let name = &code.names[arg as usize];
                    adapt!(specialize::load_global(&f.globals, &self.builtins, name));
                    let v = self.load_global(&f.globals, name)?;
                    f.push(v);
                }
                Op::StoreGlobal => {
                    let v = f.pop();
                    f.globals.set_str(&code.names[arg as usize], v);
                    self.finalize_soon();
                }
                Op::DeleteGlobal => {
                    let name = &code.names[arg as usize];
                    if f.globals.del_str(name).is_none() {
                        return Err(name_not_defined(name.as_str()));
                    }
                    self.finalize_soon();
                }
                Op::LoadName => {
                    let name = &code.names[arg as usize];
                    let local = match &f.locals {
                        Some(l) => self.namespace_load(l, name)?,
                        None => None,
                    };
                    let v = match local {
                        Some(v) => v,
                        None => self.load_global(&f.globals, name)?,
                    };
                    f.push(v);
                }
                Op::StoreName => {
                    let v = f.pop();
                    let name = &code.names[arg as usize];
                    match &f.locals {
                        Some(l) => self.namespace_store(l, name, v)?,
                        None => f.globals.set_str(name, v),
                    }
                    self.finalize_soon();
                }
                Op::DeleteName => {
                    let name = &code.names[arg as usize];
                    let found = match &f.locals {
                        Some(l) => self.namespace_delete(l, name)?,
                        None => f.globals.del_str(name).is_some(),
                    };
                    if !found {
                        return Err(name_not_defined(name.as_str()));
                    }
                    self.finalize_soon();
                }
                Op::LoadAttr => {
                    adapt!(specialize::load_attr(f.peek(1), &code.names[arg as usize]));
                    let obj = f.pop();
                    let v = self.get_attr(&obj, &code.names[arg as usize])?;
                    f.push(v);
                }
                Op::StoreAttr => {
                    adapt!(specialize::store_attr(f.peek(1), &code.names[arg as usize]));
                    let obj = f.pop();
                    let v = f.pop();
                    self.set_attr(&obj, &code.names[arg as usize], v)?;
                    self.finalize_soon();
                }
                Op::DeleteAttr => {
                    let obj = f.pop();
                    self.del_attr(&obj, &code.names[arg as usize])?;
                    self.finalize_soon();
                }
                Op::LoadMethod => {
                    adapt!(specialize::load_method(f.peek(1), &code.names[arg as usize]));
                    let obj = f.pop();
                    let (m, recv) = self.load_method(obj, &code.names[arg as usize])?;
                    f.push(m);
                    f.push(recv);
                }
                Op::BinarySubscr => {
                    adapt!(specialize::binary_subscr(f.peek(2), f.peek(1)));
                    let key = f.pop();
                    let obj = f.pop();
                    let v = self.get_item(&obj, &key)?;
                    key.release();
                    f.push(v);
                }
                Op::StoreSubscr => {
                    adapt!(specialize::store_subscr(f.peek(2), f.peek(1)));
                    let key = f.pop();
                    let obj = f.pop();
                    let v = f.pop();
                    let v = match (&obj, &key) {
                        (Value::List(l), Value::Int(i)) => match l.set_index(*i, v) {
                            Ok(()) => return Ok(None),
                            Err(v) => v,
                        },
                        _ => v,
                    };
                    self.set_item(&obj, key, v)?;
                    self.finalize_soon();
                }
                Op::DeleteSubscr => {
                    let key = f.pop();
                    let obj = f.pop();
                    self.del_item(&obj, &key)?;
                    self.finalize_soon();
                }
                Op::BuildSlice => {
                    let step = if arg == 3 { f.pop() } else { Value::None };
                    let stop = f.pop();
                    let start = f.pop();
                    f.push(Value::Slice(Rc::new(Slice { start, stop, step })));
                }
                Op::BinaryOp => {
                    adapt!(specialize::binary_op(f.peek(2), f.peek(1), arg));
                    let b = f.pop();
                    let a = f.pop();
                    let (op, inplace) = BinOp::decode(arg);
                    let r = self.binary_generic(op, inplace, a, b)?;
                    f.push(r);
                }
                Op::UnaryOp => {
                    let v = f.pop();
                    let r = match UnaryOp::ALL[arg as usize] {
                        UnaryOp::Not => Value::bool(!self.truthy(&v)?),
                        UnaryOp::Neg => self.neg(&v)?,
                        UnaryOp::Pos => self.pos(&v)?,
                        UnaryOp::Invert => self.invert(&v)?,
                    };
                    f.push(r);
                }
                Op::CompareOp => {
                    adapt!(specialize::compare_op(f.peek(2), f.peek(1)));
                    let b = f.pop();
                    let a = f.pop();
                    let op = CmpOp::ALL[arg as usize];
                    let r = match immediate_compare(op, &a, &b) {
                        Some(r) => Value::bool(r),
                        None => self.compare(op, &a, &b)?,
                    };
                    a.release();
                    b.release();
                    f.push(r);
                }
                Op::IsOp => {
                    let b = f.pop();
                    let a = f.pop();
                    f.push(Value::bool(a.is(&b) != (arg == 1)));
                }
                Op::ContainsOp => {
                    adapt!(specialize::contains_op(f.peek(1)));
                    let container = f.pop();
                    let item = f.pop();
                    let r = self.contains(&container, &item)?;
                    f.push(Value::bool(r != (arg == 1)));
                }
                Op::Jump | Op::JumpBackward => {
                    if signals::breaker() {
                        // Raised at the jump (`f.pc` is past it), as CPython's
                        // `JUMP_BACKWARD` does.
                        self.handle_break()?;
                    }
                    f.pc = arg as usize;
                }
                // Conditional jumps: the backward ones close loops (`while`
                // tests sit at the bottom), where generators that died in the
                // iteration are finalized, as at a `JUMP`.
                Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                    let t = self.pop_truth(f)?;
                    if t == (op == Op::PopJumpIfTrue) {
                        self.jump_to(f, pc, arg)?;
                    }
                }
                Op::PopJumpIfNone | Op::PopJumpIfNotNone => {
                    let v = f.pop();
                    let none = v.is_none();
                    v.release();
                    if none == (op == Op::PopJumpIfNone) {
                        self.jump_to(f, pc, arg)?;
                    }
                }
                Op::GetIter => {
                    let v = f.pop();
                    let it = self.get_iter(&v)?;
                    f.push(it);
                }
                Op::ForIter => {
                    adapt!(specialize::for_iter(f.peek(1)));
                    let next = super::hot::for_iter_fast(f.peek(1));
                    let next = match next {
                        Some(n) => n,
                        None => {
                            let it = f.peek(1).clone();
                            self.next(&it)?
                        }
                    };
                    match next {
                        Some(v) => f.push(v),
                        None => {
                            f.pop();
                            f.pc = arg as usize;
                        }
                    }
                }
                Op::BuildList => {
                    let n = arg as usize;
                    let items = f.slots.split_off(f.slots.len() - n);
                    f.push(Value::list(items));
                }
                Op::BuildTuple => {
                    let n = arg as usize;
                    let items = f.slots.split_off(f.slots.len() - n);
                    f.push(Value::tuple(items));
                }
                Op::BuildSet => {
                    let n = arg as usize;
                    let items = f.slots.split_off(f.slots.len() - n);
                    let s = crate::runtime::gc::new(PySet::new(false));
                    for it in items {
                        self.set_add(&s, it)?;
                    }
                    f.push(Value::Set(s));
                }
                Op::BuildMap => {
                    let n = arg as usize;
                    let items = f.slots.split_off(f.slots.len() - 2 * n);
                    let d = self.build_map(items)?;
                    f.push(d);
                }
                Op::BuildString => {
                    let n = arg as usize;
                    let items = f.slots.split_off(f.slots.len() - n);
                    f.push(concat_strs(&items));
                }
                Op::ListAppend => {
                    let v = f.pop();
                    if let Value::List(l) = f.peek(arg as usize) {
                        l.push(v);
                    }
                }
                Op::SetAdd => {
                    let v = f.pop();
                    if let Value::Set(s) = f.peek(arg as usize).clone() {
                        self.set_add(&s, v)?;
                    }
                }
                Op::MapAdd => {
                    let v = f.pop();
                    let k = f.pop();
                    if let Value::Dict(d) = f.peek(arg as usize).clone() {
                        self.dict_set(&d, k, v)?;
                    }
                }
                Op::ListExtend => {
                    let it = f.pop();
                    let items = match self.collect(&it) {
                        Ok(items) => items,
                        Err(e) => return Err(self.starred_error(e, &it, None)),
                    };
                    if let Value::List(l) = f.peek(arg as usize) {
                        l.extend(items);
                    }
                }
                Op::SetUpdate => {
                    let it = f.pop();
                    let items = self.collect(&it)?;
                    if let Value::Set(s) = f.peek(arg as usize).clone() {
                        for v in items {
                            self.set_add(&s, v)?;
                        }
                    }
                }
                Op::DictUpdate => {
                    let m = f.pop();
                    let target = f.peek(arg as usize).clone();
                    if let Value::Dict(d) = target {
                        self.dict_update_from(&d, &m, false)?;
                    }
                }
                Op::DictMerge => {
                    // `f(..., **m)`: below the keyword dict, the positional
                    // arguments and the callable, which errors name.
                    let m = f.pop();
                    let target = f.peek(arg as usize).clone();
                    if let Value::Dict(d) = target {
                        if let Err(e) = self.dict_merge_keywords(&d, &m) {
                            let func = f.peek(arg as usize + 2).clone();
                            return Err(self.keywords_error(e, &func, &m));
                        }
                    }
                }
                Op::ListToTuple => {
                    let v = f.pop();
                    let items = match &v {
                        Value::List(l) => l.snapshot(),
                        _ => Vec::new(),
                    };
                    f.push(Value::tuple(items));
                }
                Op::FormatValue => {
                    let spec = if arg & 4 != 0 { Some(f.pop()) } else { None };
                    let v = f.pop();
                    let s = self.format_value(arg, v, spec)?;
                    f.push(s);
                }
                Op::UnpackSequence => {
                    adapt!(specialize::unpack_sequence(f.peek(1), arg));
                    let v = f.pop();
                    self.unpack_into(f, v, arg as usize)?;
                }
                Op::UnpackEx => {
                    let v = f.pop();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = self.collect_to_unpack(&v)?;
                    if items.len() < before + after {
                        return Err(value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let mid_end = items.len() - after;
                    for i in (mid_end..items.len()).rev() {
                        f.push(items[i].clone());
                    }
                    f.push(Value::list(items[before..mid_end].to_vec()));
                    for i in (0..before).rev() {
                        f.push(items[i].clone());
                    }
                }
                Op::MakeFunction => {
                    let code_v = f.pop();
                    let closure = if arg & 8 != 0 { closure_cells(f.pop()) } else { Vec::new() };
                    // Pushed in order: defaults, kwdefaults, annotations, closure, code.
                    let annotations = if arg & 4 != 0 { Some(f.pop()) } else { None };
                    let kwdefaults = if arg & 2 != 0 {
                        match f.pop() {
                            Value::Dict(d) => d
                                .items()
                                .into_iter()
                                .filter_map(|(k, v)| match k {
                                    Value::Str(s) => Some((intern(s.as_str()), v)),
                                    _ => None,
                                })
                                .collect(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let defaults = if arg & 1 != 0 {
                        match f.pop() {
                            Value::Tuple(t) => t.items.clone(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    if let Value::Code(c) = code_v {
                        let func = new_function(c, &f.globals, defaults, closure);
                        *func.kwdefaults.borrow_mut() = kwdefaults;
                        *func.annotations.borrow_mut() = annotations;
                        f.push(Value::Function(func));
                    }
                }
                Op::Call => {
                    let n = arg as usize;
                    let base = f.slots.len() - n - 1;
                    adapt!(specialize::call(Op::Call, &f.slots[base], n));
                    if let Value::BoundMethod(m) = &f.slots[base] {
                        // Unpack the bound method in place: [func, receiver, args...].
                        let (func, recv) = (m.func.clone(), m.receiver.clone());
                        std::mem::replace(&mut f.slots[base], func).release();
                        f.slots.insert(base + 1, recv);
                    }
                    let r = self.call_on_stack(&mut f.slots, base, base + 1, Vec::new())?;
                    f.push(r);
                }
                Op::CallMethod => {
                    let n = arg as usize;
                    let base = f.slots.len() - n - 2;
                    adapt!(specialize::call(Op::CallMethod, &f.slots[base], if f.slots[base + 1].is_null() { n } else { n + 1 }));
                    let first = if f.slots[base + 1].is_null() { base + 2 } else { base + 1 };
                    let r = self.call_on_stack(&mut f.slots, base, first, Vec::new())?;
                    f.push(r);
                }
                Op::CallKw => {
                    adapt!(specialize::call_kw(f.peek(arg as usize + 2), f.peek(1), arg as usize));
                    let kwnames = f.pop();
                    let n = arg as usize;
                    let base = f.slots.len() - n - 1;
                    let names: &[Value] = match &kwnames {
                        Value::Tuple(t) => &t.items,
                        _ => &[],
                    };
                    let npos = n - names.len();
                    // The keyword values leave the stack for the call. The
                    // compiler interned the names.
                    let kwargs: Vec<(Name, Value)> = names
                        .iter()
                        .zip(f.slots.drain(base + 1 + npos..))
                        .map(|(k, v)| match k {
                            Value::Str(k) => (crate::runtime::str::intern_rc(k), v),
                            _ => (intern(""), v),
                        })
                        .collect();
                    let r = self.call_on_stack(&mut f.slots, base, base + 1, kwargs)?;
                    f.push(r);
                }
                Op::CallEx => {
                    let kwargs = if arg & 1 != 0 { f.pop() } else { Value::None };
                    let args = f.pop();
                    let func = f.pop();
                    // A lone `**m` comes as it is: anything but a dict is
                    // copied into one, as `DICT_MERGE` would have.
                    let kwargs = match kwargs {
                        Value::Dict(_) => kwargs,
                        m if arg & 1 != 0 => {
                            let d = crate::runtime::gc::new(PyDict::new());
                            if let Err(e) = self.dict_merge_keywords(&d, &m) {
                                return Err(self.keywords_error(e, &func, &m));
                            }
                            Value::Dict(d)
                        }
                        none => none,
                    };
                    let r = self.call_ex(&func, &args, &kwargs)?;
                    f.push(r);
                }
                Op::ReturnValue => {
                    let v = f.pop();
                    return Ok(Some(FrameExit::Return(v)));
                }
                Op::YieldValue => {
                    let v = f.pop();
                    return Ok(Some(FrameExit::Yield(v)));
                }
                Op::YieldFrom => {
                    let sent = f.pop();
                    let sub = f.peek(1).clone();
                    match self.send_to(&sub, sent)? {
                        super::GenResume::Yield(v) => {
                            f.pc -= 1;
                            return Ok(Some(FrameExit::Yield(v)));
                        }
                        super::GenResume::Return(r) => {
                            f.pop();
                            f.push(r);
                        }
                    }
                }
                Op::GetYieldFromIter => {
                    let v = f.pop();
                    let it = match &v {
                        Value::Generator(g) if g.kind == GenKind::Coroutine && code.flags & crate::bytecode::flags::COROUTINE == 0 => {
                            return Err(type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
                        }
                        Value::Generator(g) if g.kind == GenKind::Generator => v,
                        _ => self.get_iter(&v)?,
                    };
                    f.push(it);
                }
                Op::GetAwaitable => {
                    let v = f.pop();
                    let it = self.get_awaitable(&v, arg)?;
                    f.push(it);
                }
                Op::GetAiter => {
                    let v = f.pop();
                    let it = self.get_aiter(&v)?;
                    f.push(it);
                }
                Op::GetAnext => {
                    let it = self.get_anext(f.peek(1))?;
                    f.push(it);
                }
                Op::EndAsyncFor => {
                    let exc = f.pop();
                    f.pop().release();
                    if !self.isinstance(&exc, &types().stop_async_iteration) {
                        // The frame is in the traceback already.
                        self.reraising.set(true);
                        return Err(self.make_raise(exc));
                    }
                }
                Op::BeforeAsyncWith => {
                    let mgr = f.pop();
                    let (exit, entered) = self.before_async_with(&mgr)?;
                    f.push(exit);
                    f.push(entered);
                }
                Op::AsyncWithExit => {
                    let exit = f.pop();
                    let r = self.call_value(&exit, &[Value::None, Value::None, Value::None], &[])?;
                    f.push(r);
                }
                Op::AsyncGenWrap => {
                    let v = f.pop();
                    f.push(super::coro::wrap_async_yield(v));
                }
                Op::Raise => {
                    let err = match arg {
                        0 => {
                            let h = self.handled_now().clone();
                            match h {
                                Value::Instance(i) if i.exc().is_some() => {
                                    self.reraising.set(true);
                                    PyErr { exc: i }
                                }
                                _ => runtime_error("No active exception to reraise"),
                            }
                        }
                        1 => {
                            let e = f.pop();
                            self.make_raise(e)
                        }
                        _ => {
                            let cause = f.pop();
                            let e = f.pop();
                            let err = self.make_raise(e);
                            let cause = match cause {
                                Value::None => Value::None,
                                c => self.make_raise(c).value(),
                            };
                            if let Some(d) = err.exc.exc() {
                                let mut d = d.borrow_mut();
                                d.cause = cause;
                                d.suppress_context = true;
                            }
                            err
                        }
                    };
                    if arg != 0 {
                        self.set_context(&err);
                    }
                    return Err(err);
                }
                Op::Reraise => {
                    let exc = f.pop();
                    if arg == 1 {
                        self.handled = f.pop();
                    }
                    self.reraising.set(true);
                    return Err(match exc {
                        Value::Instance(i) => PyErr { exc: i },
                        _ => runtime_error("bad reraise"),
                    });
                }
                Op::PushExcInfo => {
                    let exc = f.pop();
                    let prev = std::mem::replace(&mut self.handled, exc.clone());
                    f.push(prev);
                    f.push(exc);
                }
                Op::PopExcept => {
                    self.handled = f.pop();
                }
                Op::CheckExcMatch => {
                    let ty = f.pop();
                    let exc = f.peek(1).clone();
                    let m = self.exception_matches(&exc, &ty)?;
                    f.push(Value::bool(m));
                }
                Op::BeforeWith => {
                    let mgr = f.pop();
                    let (exit, entered) = self.enter_context(&mgr)?;
                    f.push(exit);
                    f.push(entered);
                }
                Op::WithExit => {
                    let exit = f.pop();
                    self.call_value(&exit, &[Value::None, Value::None, Value::None], &[])?;
                }
                Op::WithExceptStart => {
                    let exc = f.peek(1).clone();
                    let exit = f.peek(3).clone();
                    let ty = match &exc {
                        Value::Instance(i) => Value::Class(i.class.clone()),
                        _ => Value::None,
                    };
                    let r = self.call_value(&exit, &[ty, exc, Value::None], &[])?;
                    f.push(r);
                }
                Op::ImportName => {
                    let fromlist = f.pop();
                    let level = match f.pop() {
                        Value::Int(l) if l > 0 => l as usize,
                        _ => 0,
                    };
                    let globals = f.globals.clone();
                    let m = self.import_name(code.names[arg as usize].as_str(), Some(&globals), &fromlist, level)?;
                    f.push(m);
                }
                Op::ImportFrom => {
                    let m = f.peek(1).clone();
                    let v = self.import_from(&m, &code.names[arg as usize])?;
                    f.push(v);
                }
                Op::ImportStar => {
                    let m = f.pop();
                    for (name, v) in self.import_star(&m)? {
                        match &f.locals {
                            Some(l) => self.namespace_store(l, &name, v)?,
                            None => f.globals.set_str(&name, v),
                        }
                    }
                }
                Op::BuildClass => {
                    let n = arg as usize;
                    let bases = f.slots.split_off(f.slots.len() - n);
                    let name = f.pop();
                    let body = f.pop();
                    let cls = self.build_class(body, name, bases, Vec::new())?;
                    f.push(cls);
                }
                Op::GetLen => {
                    let n = self.len(f.peek(1))?;
                    f.push(Value::Int(n as i64));
                }
                Op::MatchSequence => {
                    let r = self.is_match_sequence(f.peek(1));
                    f.push(Value::bool(r));
                }
                Op::MatchMapping => {
                    let r = self.is_match_mapping(f.peek(1));
                    f.push(Value::bool(r));
                }
                Op::MatchKeys => {
                    let (subject, keys) = (f.peek(2).clone(), f.peek(1).clone());
                    let r = self.match_keys(&subject, &keys)?;
                    f.push(r);
                }
                Op::MatchClass => {
                    let names = f.pop();
                    let cls = f.pop();
                    let subject = f.pop();
                    let r = self.match_class(&subject, &cls, arg as usize, &names)?;
                    f.push(r);
                }
                Op::LoadBuildClass => match self.builtins.get_str(&static_name("__build_class__")) {
                    Some(v) => f.push(v),
                    None => return Err(name_error("__build_class__ not found")),
                },
                Op::LoadGlobals => f.push(Value::Dict(f.globals.clone())),
                Op::SetupAnnotations => {
                    let key = static_name("__annotations__");
                    match &f.locals {
                        // A class body's namespace may be a `__prepare__` mapping.
                        Some(l) => {
                            if self.namespace_load(l, &key)?.is_none() {
                                self.namespace_store(l, &key, Value::Dict(crate::runtime::gc::new(PyDict::new())))?;
                            }
                        }
                        None if f.globals.get_str(&key).is_none() => f.globals.set_str(&key, Value::Dict(crate::runtime::gc::new(PyDict::new()))),
                        None => {}
                    }
                }
                Op::LoadAssertionError => f.push(Value::Class(types().assertion_error.clone())),
                Op::PrintExpr => {
                    let v = f.pop();
                    if !v.is_none() {
                        let s = self.repr(&v)? + "\n";
                        self.write_stdout(&s)?;
                        self.builtins.set_str(&intern("_"), v);
                    }
                }
                // ---- Specialized forms (adaptive tier). Guards look at the
                // ---- operands in place; a miss leaves the stack untouched.
                // These run their hits in the hot loop (`hot.rs`), which leaves
                // for `step` only when a guard failed: here they just miss.
                Op::LoadGlobalModule
                | Op::LoadGlobalBuiltin
                | Op::LoadAttrModule
                | Op::LoadAttrClass
                | Op::LoadMethodModule
                | Op::LoadMethodClass
                | Op::LoadAttrMethod
                | Op::LoadMethodBuiltinType
                | Op::BinaryOpAddInt
                | Op::BinaryOpSubInt
                | Op::BinaryOpMulInt
                | Op::BinaryOpInt
                | Op::BinaryOpDivInt
                | Op::BinaryOpAddFloat
                | Op::BinaryOpSubFloat
                | Op::BinaryOpMulFloat
                | Op::BinaryOpDivFloat
                | Op::BinaryOpFloat
                | Op::BinaryOpComplex
                | Op::CompareOpInt
                | Op::CompareOpFloat
                | Op::ForIterRange
                | Op::ForIterList
                | Op::BinarySubscrListInt
                | Op::BinarySubscrTupleInt
                | Op::StoreSubscrListInt
                | Op::UnpackSequenceTwoTuple
                | Op::UnpackSequenceTuple
                | Op::UnpackSequenceList
                | Op::BinaryOpAddStr
                | Op::BinaryOpSet
                | Op::BinaryOpAddSeq
                | Op::CompareOpStr
                | Op::CompareOpTuple
                | Op::BinaryOpBigInt
                | Op::CompareOpBigInt
                | Op::BinarySubscrDict
                | Op::BinarySubscrStrInt
                | Op::BinarySubscrBytesInt
                | Op::StoreSubscrByteArrayInt
                | Op::BinarySubscrArrayInt
                | Op::BinaryOpExtendByteArray
                | Op::StoreSubscrArrayInt
                | Op::BinaryOpDunder
                | Op::ForIterTuple
                | Op::ForIterGen
                | Op::ContainsOpDict
                | Op::ContainsOpSet
                | Op::ContainsOpSeq
                | Op::ForIterIter
                | Op::StoreSubscrDict
                | Op::BinarySubscrDictSubclass
                | Op::StoreSubscrDictSubclass
                | Op::CallPyExact
                | Op::CallMethodPyExact
                | Op::CallPyDefaults
                | Op::CallMethodPyDefaults
                | Op::CallPyGen
                | Op::CallMethodPyGen
                | Op::CallKwPy
                | Op::CallKwPyBound
                | Op::CallPyBound
                | Op::CallPyInstance
                | Op::CallKwBuiltin
                | Op::CallKwOther
                | Op::CallBuiltin
                | Op::CallMethodBuiltin
                | Op::CallClassInit
                | Op::CallClass
                | Op::CallBuiltinClass => miss!(),
                // A guard miss of an instance, polymorphic or `super()` form:
                // the site widens for the receiver when it can (`specialize::poly`),
                // else it counts down towards a deopt; either way the generic
                // form runs this time.
                Op::LoadAttrInstance
                | Op::LoadAttrClassAttr
                | Op::LoadAttrProperty
                | Op::LoadAttrPoly
                | Op::StoreAttrInstance
                | Op::StoreAttrAddInstance
                | Op::StoreAttrPoly
                | Op::LoadMethodInstance
                | Op::LoadMethodInstanceBuiltin
                | Op::LoadMethodPoly
                | Op::LoadAttrSuper
                | Op::LoadMethodSuper => {
                    if !self.widen(code, pc, op, f.peek(1)) {
                        miss!()
                    }
                    self.widened_miss(op);
                    op = op.family();
                    rerun = true;
                    continue 'dispatch;
                }
                // Megamorphic forms run in the hot loop, which never leaves
                // for them; here they are their generic form (they have no
                // guard to miss).
                Op::LoadAttrMega | Op::StoreAttrMega | Op::LoadMethodMega => {
                    op = op.family();
                    rerun = true;
                    continue 'dispatch;
                }
                Op::CallBoundMethod => {
                    let n = arg as usize;
                    let base = f.slots.len() - n - 1;
                    let Value::BoundMethod(m) = &f.slots[base] else { miss!() };
                    // The receiver takes the bound method's slot: the
                    // arguments are then contiguous on the stack, no copy.
                    let (func, recv) = (m.func.clone(), m.receiver.clone());
                    std::mem::replace(&mut f.slots[base], recv).release();
                    let r = self.call_value(&func, &f.slots[base..], &[])?;
                    func.release();
                    f.truncate(base);
                    f.push(r);
                }
            }
            return Ok(None);
        }
    }

    /// The generic `BinaryOp` (consumes its operands): immediates inline,
    /// everything else (overflow, zero divisors, other types, dunders)
    /// through the full operator protocol.
    #[inline(always)]
    pub(super) fn binary_generic(&mut self, op: BinOp, inplace: bool, a: Value, b: Value) -> PyResult<Value> {
        match immediate_binary(op, &a, &b) {
            Some(r) => Ok(r),
            None => self.binary_protocol(op, inplace, a, b),
        }
    }

    /// `FORMAT_VALUE arg` of `v` (with the format spec `spec` when `arg & 4`):
    /// the conversion (`!s`, `!r`, `!a`), then `format(v, spec)`, which may
    /// run `__format__`, `__str__` or `__repr__` of an instance.
    pub(super) fn format_value(&mut self, arg: u32, v: Value, spec: Option<Value>) -> PyResult<Value> {
        // An int with no conversion (or `!s` and no spec) and no spec or a
        // width-only one (`{n}`, `{n:02d}`): digits written directly.
        if let Value::Int(i) = v {
            let simple = match (&spec, arg & 3) {
                (None, 0 | 1) => crate::runtime::numfmt::format_small_int_simple(i, ""),
                (Some(Value::Str(s)), 0) => crate::runtime::numfmt::format_small_int_simple(i, s.as_str()),
                _ => None,
            };
            if let Some(text) = simple {
                return Ok(Value::ascii_string(text));
            }
        }
        let v = match arg & 3 {
            1 => Value::string(self.str_of(&v)?),
            2 => Value::string(self.repr(&v)?),
            3 => Value::string(crate::runtime::str::ascii_escape(&self.repr(&v)?)),
            _ => v,
        };
        Ok(match (&v, &spec) {
            (Value::Str(_), None) => v,
            _ => {
                let spec_s = match &spec {
                    Some(Value::Str(s)) => s.as_str(),
                    _ => "",
                };
                Value::string(self.format(&v, spec_s)?)
            }
        })
    }

    /// `BUILD_MAP`: a dict of the key/value pairs `items` (keys' `__hash__`
    /// and `__eq__` may run Python code; a later duplicate key wins).
    pub(super) fn build_map(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let table = crate::runtime::dict::DictTable::with_capacity(items.len() / 2);
        let d = crate::runtime::gc::new(PyDict::with_table(table));
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            self.dict_set(&d, k, v)?;
        }
        Ok(Value::Dict(d))
    }

    /// `BinaryOp` through the operator protocol (consumes its operands).
    pub(super) fn binary_protocol(&mut self, op: BinOp, inplace: bool, a: Value, b: Value) -> PyResult<Value> {
        if inplace {
            return self.inplace_op(op, a, b);
        }
        self.binary_op_owned(op, a, b)
    }

    /// Takes the conditional jump at `pc` to `target`; a backward jump closes
    /// a loop iteration, where the eval breaker is handled (pending generator
    /// finalizers run, a SIGINT raises `KeyboardInterrupt`).
    fn jump_to(&mut self, f: &mut Frame, pc: usize, target: u32) -> PyResult<()> {
        if (target as usize) < pc && signals::breaker() {
            self.handle_break()?;
        }
        f.pc = target as usize;
        Ok(())
    }

    /// After an instruction that may have dropped the last reference to an
    /// object: its `__del__` (or a weak reference callback) runs now, before
    /// the next instruction, as CPython runs it at once.
    #[inline(always)]
    pub(super) fn finalize_soon(&mut self) {
        if signals::breaker() {
            self.finalize_now();
        }
    }

    #[cold]
    #[inline(never)]
    pub(super) fn finalize_now(&mut self) {
        self.run_finalizers();
    }

    /// The eval breaker's slow path: runs pending generator finalizers and
    /// the handlers of signals that arrived (`KeyboardInterrupt` for SIGINT).
    #[cold]
    #[inline(never)]
    pub fn handle_break(&mut self) -> PyResult<()> {
        self.run_finalizers();
        self.check_signals()
    }

    /// Pops TOS and tests its truth, with bools and ints inline.
    #[inline(always)]
    fn pop_truth(&mut self, f: &mut Frame) -> PyResult<bool> {
        let v = f.pop();
        let t = match v {
            Value::Bool(b) => b.get(),
            Value::Int(i) => i != 0,
            _ => self.truthy(&v)?,
        };
        v.release();
        Ok(t)
    }

    /// Reads cell or free variable `i` of the frame (UnboundLocalError /
    /// NameError when empty).
    fn load_cell(&self, f: &Frame, i: usize) -> PyResult<Value> {
        let code = &f.code;
        let v = match &f.slots[code.varnames.len() + i] {
            Value::Cell(c) => c.borrow().clone(),
            _ => Value::Null,
        };
        if !v.is_null() {
            return Ok(v);
        }
        let name = code.cell_name(i).as_str();
        Err(if i < code.cellvars.len() {
            unbound_local(name)
        } else {
            with_name(name_error(format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name)), name)
        })
    }

    /// Global lookup: module globals, then builtins.
    #[inline]
    pub fn load_global(&self, globals: &PyDict, name: &Name) -> PyResult<Value> {
        if let Some(v) = globals.get_str(name) {
            return Ok(v);
        }
        if let Some(v) = self.builtins.get_str(name) {
            return Ok(v);
        }
        Err(name_not_defined(name.as_str()))
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    fn set_context(&self, err: &PyErr) {
        let handled = self.handled_now();
        if let Value::Instance(h) = handled {
            if !Rc::ptr_eq(h, &err.exc) {
                if let Some(d) = err.exc.exc() {
                    let mut d = d.borrow_mut();
                    if d.context.is_none() {
                        d.context = handled.clone();
                    }
                }
            }
        }
    }

    /// `except T:` matching (T may be a class or a tuple of classes).
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        match ty {
            Value::Class(c) => {
                if !c.is_subclass(&types().base_exception) {
                    return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
                }
                Ok(self.isinstance(exc, c))
            }
            _ => match super::ops::tuple_of(ty) {
                // A tuple (or tuple subclass) of classes.
                Some(Value::Tuple(t)) => {
                    for t in t.items.iter() {
                        if self.exception_matches(exc, t)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                _ => Err(type_error("catching classes that do not inherit from BaseException is not allowed")),
            },
        }
    }

    /// Unpacks `v` into exactly `n` stack values (first item on top).
    fn unpack_into(&mut self, f: &mut Frame, v: Value, n: usize) -> PyResult<()> {
        match &v {
            Value::Tuple(t) if t.items.len() == n => {
                for x in t.items.iter().rev() {
                    f.push(x.clone());
                }
                return Ok(());
            }
            Value::List(l) if l.len() == n => {
                let items = l.snapshot();
                for x in items.into_iter().rev() {
                    f.push(x);
                }
                return Ok(());
            }
            _ => {}
        }
        let it = self.get_iter(&v).map_err(|e| {
            if e.matches(&types().type_error) {
                type_error(format!("cannot unpack non-iterable {} object", self.type_of(&v).name.as_str()))
            } else {
                e
            }
        })?;
        let mut items = Vec::with_capacity(n);
        while let Some(x) = self.next(&it)? {
            if items.len() == n {
                return Err(value_error(format!("too many values to unpack (expected {})", n)));
            }
            items.push(x);
        }
        if items.len() < n {
            return Err(value_error(format!("not enough values to unpack (expected {}, got {})", n, items.len())));
        }
        for x in items.into_iter().rev() {
            f.push(x);
        }
        Ok(())
    }
}

/// `BUILD_STRING`: the concatenation of `items` (all strs: the compiler
/// builds f-strings from constants and `FORMAT_VALUE` results).
/// `MAKE_FUNCTION`'s new function for `code` in `globals` (no keyword
/// defaults or annotations yet).
#[inline(never)]
pub(super) fn new_function(code: Rc<Code>, globals: &Rc<PyDict>, defaults: Vec<Value>, closure: Vec<Value>) -> Rc<Function> {
    let name = code.name.clone();
    crate::runtime::gc::new(Function::new(code, globals.clone(), name, defaults, closure))
}

/// The cells of a `MAKE_FUNCTION` closure tuple, taken out of the tuple
/// when the stack held its only reference (the usual `BUILD_TUPLE` just
/// before), else copied.
pub(super) fn closure_cells(v: Value) -> Vec<Value> {
    match v {
        Value::Tuple(mut t) => match Rc::get_mut(&mut t) {
            Some(unique) => std::mem::take(&mut unique.items),
            None => t.items.clone(),
        },
        other => {
            other.release();
            Vec::new()
        }
    }
}

pub(super) fn concat_strs(items: &[Value]) -> Value {
    let strs = || items.iter().filter_map(|it| match it {
        Value::Str(p) => Some(p.as_str()),
        _ => None,
    });
    let mut s = String::with_capacity(strs().map(str::len).sum());
    strs().for_each(|p| s.push_str(p));
    Value::string(s)
}
