//! The hot loop: the happy paths of the most frequent instructions, with
//! the stack top and the instruction index in registers.
//!
//! Everything else — other opcodes, type combinations, errors, adaptive
//! specialization attempts, guard misses — leaves the loop *before* touching
//! the instruction and runs through [`Vm::step`](super::eval), which has the
//! full semantics of every opcode. Keeping this loop small is what lets the
//! compiler keep its state in registers (a single `match` over all of
//! `step`'s cases spills everything), so this file holds only fast paths.
//! Some of them call operations that may fail or run Python code (dict and
//! set lookups, `iter`, generators, builtins): those never touch this frame,
//! and their errors leave the loop past the instruction, as from `step`.
//! Python functions (calls, `__init__`, operator dunders, property getters)
//! run in frames of this same loop.

use std::cell::Cell;

use super::eval::{add_slot, closure_cells, cmp_values, concat_strs, new_function, tuple_compare, float_op_full, float_operands, immediate_binary, immediate_compare, int_op};
use super::frame::{Completion, Frame};
use super::ops::{cmp_int_values, int_binary_owned, is_not_implemented};
use super::errors::type_error;
use super::{FrameExit, PyResult, Vm};
use crate::bytecode::{BinOp, CmpOp, Op, Unit};
use super::poly::{poly_load_attr, poly_load_method, poly_property_getter, poly_store_attr, super_load};
use super::signals::{self, breaker};
use crate::runtime::objects::{Builtin, Function, IterState, NativeData};
use crate::runtime::value::Value;

impl Vm {
    /// Runs `f` until it returns, yields or raises.
    ///
    /// One instantiation per tier (`ADAPTIVE`: generic instructions of a
    /// family must reach `step`, which counts them towards specialization;
    /// specialized forms run here) and per `--stats` setting (`STATS`:
    /// count every execution), so neither costs anything when off.
    ///
    /// Calls of Python functions that bind their arguments exactly do not
    /// recurse on the native stack: the callee's frame is pushed on a local
    /// frame stack and this loop runs it (its errors unwind here frame by
    /// frame; the entry frame's are unwound by the caller, `run_frame`).
    pub(super) fn execute<const ADAPTIVE: bool, const STATS: bool>(&mut self, entry: &mut Frame) -> PyResult<FrameExit> {
        // The `jit` tier shares the adaptive tier's instance of this loop
        // (a separate instance compiled worse: +4.7% instructions on a
        // call-heavy program with no loop to compile); back edges test this.
        let jit = self.tier == super::Tier::Jit;
        // Inline callee frames: `callees[..active]` are running (the last
        // one innermost); those above are vacant, kept for reuse so that a
        // call allocates nothing.
        let mut callees: Vec<Frame> = Vec::new();
        // Cells: frame introspection (`sys._getframe`, `locals()`) reads
        // them through the activation registered here (see `vm::frames`).
        let active = Cell::new(0usize);
        // The instruction the running frame is in while it waits for a
        // native operation that may run Python code (see `sync_pc!`); null
        // when its `pc` says where it is.
        let saved_ip: Cell<*const Unit> = Cell::new(std::ptr::null());
        let entry: *mut Frame = entry;
        self.push_activation(entry, &mut callees, &active, &saved_ip);
        // The running frame: the innermost callee, else the entry frame.
        // SAFETY: a raw pointer, so that `callees` stays usable while a frame
        // runs; frames move only when `callees` grows, and every reference
        // is made anew after that.
        macro_rules! running {
            () => {
                unsafe { &mut *(if active.get() > 0 { callees.as_mut_ptr().add(active.get() - 1) } else { entry }) }
            };
        }
        'frames: loop {
            let mut f: &mut Frame = running!();
            let mut code = running_code::<ADAPTIVE>(f);
            let mut units: *const Unit = code.units.as_ptr();
            let need = code.frame_size as usize;
            if f.slots.capacity() < need {
                f.slots.reserve(need - f.slots.len());
            }
            loop {
                // Hot state: `ip` points at the instruction to run (`pc` is
                // its index from `units`), `top` just past the stack top,
                // `base` at the slots. While the loop runs, `f.pc` and
                // `f.slots.len()` are stale and nothing else may use `f`;
                // they are written back before leaving.
                // SAFETY: `f.pc` is an instruction of `code`.
                let mut ip: *const Unit = unsafe { units.add(f.pc) };
                let mut base: *mut Value = f.slots.as_mut_ptr();
                // SAFETY: `len` is within the buffer.
                let mut top: *mut Value = unsafe { base.add(f.slots.len()) };
                // Makes the running frame current after an inline call or
                // return, as the top of `'frames` does (a callee's buffer
                // has its frame size reserved by `Frame::enter`).
                macro_rules! load_frame {
                    () => {{
                        f = running!();
                        code = running_code::<ADAPTIVE>(f);
                        units = code.units.as_ptr();
                        debug_assert!(f.slots.capacity() >= code.frame_size as usize);
                        ip = unsafe { units.add(f.pc) };
                        base = f.slots.as_mut_ptr();
                        top = unsafe { base.add(f.slots.len()) };
                    }};
                }
                // SAFETY (all macros): values below `top` are initialized;
                // the compiler's stack-depth analysis bounds the depth by
                // `nfixed + stacksize`, within the capacity reserved above
                // (checked in debug builds); locals are below `nfixed`.
                macro_rules! push {
                    ($v:expr) => {{
                        let v = $v;
                        debug_assert!(depth!() < f.slots.capacity());
                        unsafe {
                            top.write(v);
                            top = top.add(1);
                        }
                    }};
                }
                macro_rules! pop {
                    () => {{
                        unsafe {
                            top = top.sub(1);
                            top.read()
                        }
                    }};
                }
                macro_rules! peek {
                    ($n:expr) => {
                        unsafe { &*top.sub($n) }
                    };
                }
                // Forgets the top `$n` values (immediates, or moved elsewhere).
                macro_rules! shrink {
                    ($n:expr) => {
                        top = unsafe { top.sub($n) }
                    };
                }
                // The stack length (slot index of `top`).
                macro_rules! depth {
                    () => {{
                        #[allow(unused_unsafe)] // also used inside `unsafe` blocks
                        let n = unsafe { top.offset_from(base) as usize };
                        n
                    }};
                }
                // The index of the current instruction.
                macro_rules! pc {
                    () => {{
                        #[allow(unused_unsafe)] // also used inside `unsafe` blocks
                        let pc = unsafe { ip.offset_from(units) as usize };
                        pc
                    }};
                }
                // The instruction `$n` places after the current one (0: the
                // current one), and its inline cache. SAFETY: every
                // instruction the loop reaches is in `code` (the compiler
                // emits in-range jump targets and ends every code object with
                // a return; fused pairs and compare-jumps read a following
                // instruction, which a return always follows).
                macro_rules! unit {
                    ($n:expr) => {{
                        debug_assert!(pc!() + $n < code.len());
                        #[allow(unused_unsafe)] // also used inside `unsafe` blocks
                        let u = unsafe { &*ip.add($n) };
                        u
                    }};
                }
                macro_rules! instr {
                    ($n:expr) => {
                        unit!($n).instr.get()
                    };
                }
                macro_rules! cache {
                    ($n:expr) => {
                        unit!($n).cache.get()
                    };
                }
                // Moves on `$n` instructions.
                macro_rules! skip {
                    ($n:expr) => {
                        ip = unsafe { ip.add($n) }
                    };
                }
                // Whether instruction index `$target` is before the current one.
                macro_rules! backward {
                    ($target:expr) => {{
                        let target: usize = $target;
                        unsafe { units.add(target) < ip }
                    }};
                }
                // Continues at instruction index `$target`.
                macro_rules! jump_to {
                    ($target:expr) => {{
                        let target: usize = $target;
                        ip = unsafe { units.add(target) };
                    }};
                }
                // The constant of the `LOAD_CONST` `$n` places on, kept in
                // its unit. SAFETY: the running code object is alive.
                macro_rules! constant {
                    ($n:expr) => {
                        unsafe { unit!($n).constant() }
                    };
                }
                macro_rules! local {
                    ($i:expr) => {
                        unsafe { &mut *base.add($i) }
                    };
                }
                // Pushes a comparison result; when the next instruction is a
                // conditional jump (the usual case), takes it directly instead:
                // the pair runs as one fused instruction.
                macro_rules! jump_on {
                    ($r:expr) => {{
                        let r: bool = $r;
                        let next = instr!(1);
                        match next.op {
                            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                                if r == (next.op == Op::PopJumpIfTrue) {
                                    let back = backward!(next.arg as usize);
                                    if back && breaker() {
                                        // The jump runs in `step`, which handles the break.
                                        push!(Value::bool(r));
                                        skip!(1);
                                        break Leave::Cold;
                                    }
                                    let edge: *const Unit = unit!(1);
                                    jump_to!(next.arg as usize);
                                    if back {
                                        back_edge!(edge);
                                    }
                                } else {
                                    skip!(2);
                                }
                                continue;
                            }
                            _ => push!(Value::bool(r)),
                        }
                    }};
                }
                // A loop's back edge was taken (`$edge`: the jump's unit, whose
                // cache the `jit` tier keeps the loop's state in): the `jit`
                // tier counts iterations and leaves to run or record a trace.
                macro_rules! back_edge {
                    ($edge:expr) => {
                        if jit {
                            let edge: *const Unit = $edge;
                            // SAFETY: a unit of the running code object; its
                            // cache is not borrowed (caches are `Cell`s). Two
                            // fields, not the whole cache, are read and one written.
                            let c = unsafe { (*edge).cache.as_ptr() };
                            let counter = unsafe { (*c).counter };
                            if unsafe { (*c).ptr } != 0 || counter.triggers() {
                                break Leave::Loop(edge);
                            }
                            unsafe { (*c).counter = counter.advance() };
                        }
                    };
                }
                // A taken conditional jump, which pops its operand; backward
                // ones (loop bottoms) leave for `step` when the eval breaker is
                // up (generator finalizers or a signal pending).
                macro_rules! take_jump {
                    ($target:expr) => {{
                        let target: usize = $target;
                        let back = backward!(target);
                        if back && breaker() {
                            break Leave::Cold;
                        }
                        let edge: *const Unit = unit!(0);
                        pop!().release();
                        jump_to!(target);
                        if back {
                            back_edge!(edge);
                        }
                        continue;
                    }};
                }
                // Counts `$op` as executed (with `--stats`): the second part of
                // a pair run fused, which the dispatch below did not count.
                macro_rules! count {
                    ($op:expr) => {
                        if STATS {
                            if let Some(stats) = &mut self.stats {
                                stats.count_exec($op);
                            }
                        }
                    };
                }
                // Fast local `$i`, or to `step` (which raises) when unbound.
                macro_rules! bound_local {
                    ($i:expr) => {{
                        let v: &Value = local!($i);
                        if v.is_null() {
                            break Leave::Cold;
                        }
                        v
                    }};
                }
                // Stores `$v` into fast local `$i`, releasing the old value.
                macro_rules! store_local {
                    ($i:expr, $v:expr) => {{
                        let v = $v;
                        std::mem::replace(local!($i), v).release();
                    }};
                }
                // An operation run here raised: leave past the instruction,
                // as `step` does, to unwind (`f.pc` is written on the way out).
                macro_rules! raise {
                    ($e:expr) => {{
                        skip!(1);
                        break Leave::Error($e);
                    }};
                }
                // Before an operation that may run Python code elsewhere (a
                // builtin, a dunder called by native code, a generator):
                // where the running frame is, so that frame introspection
                // (`sys._getframe`, `f_back`) sees its line. One store of the
                // instruction pointer to the stack (writing `f.pc` here costs
                // the loop registers); never read back here.
                macro_rules! sync_pc {
                    () => {
                        saved_ip.set(ip)
                    };
                }
                // Runs a Python function in a frame of this loop: the caller
                // (its `pc` already past the call) is saved, the callee
                // entered and made current.
                macro_rules! call_inline {
                    ($call:expr) => {
                        call_inline!($call, |callee: &mut Frame, func: &Function, caller: &mut Vec<Value>, first: usize, keep: bool| callee
                            .enter(func, caller, first, keep))
                    };
                    // `$bind` fills the callee's locals from the caller's stack
                    // (the arguments of `Frame::enter`).
                    ($call:expr, $bind:expr) => {{
                        let call: InlineCall = $call;
                        f.pc = pc!();
                        // SAFETY: the values below `top` are initialized.
                        unsafe { f.slots.set_len(depth!()) };
                        self.enter_inline(&mut callees, active.get(), entry, call, $bind);
                        active.set(active.get() + 1);
                        load_frame!();
                        continue;
                    }};
                }
                // Runs Python function `$func` in a frame of this loop, its
                // parameters bound by the general binder from the `$positional`
                // and `$keywords` arguments (copied; a binding error is raised
                // at the call); the caller's stack drops to `$callable`.
                // With a fifth operand: what the callee's return value becomes
                // (`Completion::Init` for a class's `__init__`).
                macro_rules! call_bound {
                    ($func:expr, $positional:expr, $keywords:expr, $callable:expr) => {
                        call_bound!($func, $positional, $keywords, $callable, Completion::Value)
                    };
                    ($func:expr, $positional:expr, $keywords:expr, $callable:expr, $completion:expr) => {{
                        let keywords: Vec<(crate::runtime::objects::Name, Value)> = $keywords;
                        sync_pc!();
                        // Past the call, where the caller resumes.
                        f.pc = pc!() + 1;
                        // SAFETY: the values below `top` are initialized.
                        unsafe { f.slots.set_len(depth!()) };
                        let entered = self.enter_inline_general(&mut callees, active.get(), entry, $func, $positional, &keywords, $callable, $completion);
                        drop(keywords);
                        if let Err(e) = entered {
                            // `callees` may have grown, moving the running frames.
                            f = running!();
                            raise!(e);
                        }
                        active.set(active.get() + 1);
                        load_frame!();
                        continue;
                    }};
                }
                // A native call's result replaces the top `$n` values: the
                // callable, `self` or `NULL` for method calls, and the
                // arguments. (A count from the instruction, not a depth: a
                // depth is `top - base`, which LLVM then keeps ready on every
                // dispatch.)
                macro_rules! call_result {
                    ($n:expr, $v:expr) => {{
                        let v: Value = $v;
                        for _ in 0..$n {
                            pop!().release();
                        }
                        push!(v);
                    }};
                }
                // The running frame returns `$v`: to `run_frame` from the
                // entry frame, else into its caller, which becomes current.
                macro_rules! return_value {
                    ($v:expr) => {{
                        let v: Value = $v;
                        if active.get() == 0 {
                            break Leave::Return(v);
                        }
                        // SAFETY: the values below `top` are initialized.
                        unsafe { f.slots.set_len(depth!()) };
                        let done = self.leave_inline(&mut callees, &active, &saved_ip, entry, v);
                        load_frame!();
                        if let Err(err) = done {
                            // Raised at the caller's call instruction.
                            break Leave::Error(err);
                        }
                        continue;
                    }};
                }
                // A frame that a frame object watches returns through `step`,
                // which leaves its `pc` past the return for the watch to
                // record (see `vm::frames`).
                macro_rules! not_watched {
                    () => {
                        if let Completion::Watched(_) = f.completion {
                            break Leave::Cold;
                        }
                    };
                }
                // The end of a `for` step given the iterator's next item: push
                // it, or pop the exhausted iterator and jump to `$exit`, or
                // raise; `None` (not an iterator handled here) goes to `step`.
                macro_rules! for_iter_step {
                    ($next:expr, $exit:expr) => {{
                        let next: Option<PyResult<Option<Value>>> = $next;
                        match next {
                            Some(Ok(Some(v))) => {
                                // The loop variable's store (alone or first of a
                                // pair) takes the item directly.
                                let store = instr!(1);
                                if matches!(store.op, Op::StoreFast | Op::StoreFastLoadFast | Op::StoreFastStoreFast) {
                                    count!(Op::StoreFast);
                                    store_local!(store.arg as usize, v);
                                    skip!(2);
                                    continue;
                                }
                                push!(v)
                            }
                            Some(Ok(None)) => {
                                pop!().release();
                                jump_to!($exit);
                                continue;
                            }
                            Some(Err(e)) => raise!(e),
                            None => break Leave::Cold,
                        }
                    }};
                }
                // Instantiates `$cls` and runs its Python `__init__` (`$init`, a
                // pointer into the class dict, which the new instance keeps
                // alive) in an inline frame: the instance takes the class's
                // stack slot `$callable`, so `[self, args...]` is contiguous.
                macro_rules! call_init {
                    ($cls:expr, $init:expr, $callable:expr) => {{
                        let callable: usize = $callable;
                        let obj = self.new_instance($cls);
                        store_local!(callable, obj.clone());
                        skip!(1);
                        call_inline!(InlineCall { func: $init as *const Function, callable, first: callable, completion: Completion::Init(obj) });
                    }};
                }
                // A float-by-float operator: `$op` gives the result, or `None`
                // for `step` (a zero divisor) to raise.
                macro_rules! float_binary {
                    ($op:expr) => {{
                        let (Value::Float(x), Value::Float(y)) = (peek!(2), peek!(1)) else { break Leave::Cold };
                        let Some(r) = ($op)(x.get(), y.get()) else { break Leave::Cold };
                        shrink!(2);
                        push!(Value::float(r));
                    }};
                }
                // Replaces the top two values (immediate operands) by `$v`.
                macro_rules! replace_two {
                    ($v:expr) => {{
                        let v = $v;
                        pop!().release();
                        pop!().release();
                        push!(v);
                    }};
                }
                let exit: Leave = loop {
                    let ins = instr!(0);
                    let arg = ins.arg as usize;
                    // Counted here for every instruction, including those that
                    // leave for `step` (which does not count again).
                    count!(ins.op);
                    match ins.op {
                        Op::Nop => {}
                        Op::LoadFast => push!(bound_local!(arg).clone()),
                        Op::StoreFast => {
                            store_local!(arg, pop!());
                        }
                        Op::LoadConst => push!(constant!(0)),
                        // ---- Superinstructions (adaptive tier): both parts,
                        // ---- then skip the second instruction.
                        Op::LoadFastLoadFast => {
                            let (a, b) = (bound_local!(arg), bound_local!(instr!(1).arg as usize));
                            push!(a.clone());
                            push!(b.clone());
                            skip!(2);
                            continue;
                        }
                        Op::LoadFastLoadConst => {
                            push!(bound_local!(arg).clone());
                            push!(constant!(1));
                            skip!(2);
                            continue;
                        }
                        Op::LoadFastLoadAttr => {
                            let obj = bound_local!(arg);
                            let next = instr!(1);
                            if next.op == Op::LoadAttrInstance {
                                let c = cache!(1);
                                if let Some(v) = instance_slot_value(obj, c) {
                                    count!(next.op);
                                    push!(v);
                                    skip!(2);
                                    continue;
                                }
                            }
                            // Only the load; the attribute instruction runs on its own.
                            push!(obj.clone());
                        }
                        // `obj.attr = value` with `obj` a local: the store takes
                        // the value from the stack and `obj` never goes on it.
                        Op::LoadFastStoreAttr => {
                            let obj = bound_local!(arg);
                            let next = instr!(1);
                            // SAFETY: the value to store is the stack top.
                            if next.op == Op::StoreAttrInstance && unsafe { store_instance_slot(obj, cache!(1), top.sub(1)) } {
                                count!(next.op);
                                shrink!(1);
                                skip!(2);
                                continue;
                            }
                            // Only the load; the attribute instruction runs on its own.
                            push!(obj.clone());
                        }
                        Op::StoreFastLoadFast => {
                            store_local!(arg, pop!());
                            // An unbound load raises from `step`, past the store.
                            skip!(1);
                            push!(bound_local!(instr!(0).arg as usize).clone());
                            skip!(1);
                            continue;
                        }
                        Op::StoreFastStoreFast => {
                            store_local!(arg, pop!());
                            store_local!(instr!(1).arg as usize, pop!());
                            skip!(2);
                            continue;
                        }
                        Op::CopyCopy => {
                            push!(peek!(arg).clone());
                            push!(peek!(instr!(1).arg as usize).clone());
                            skip!(2);
                            continue;
                        }
                        Op::SwapSwap => {
                            let second = instr!(1).arg as usize;
                            unsafe {
                                std::ptr::swap(top.sub(1), top.sub(arg));
                                std::ptr::swap(top.sub(1), top.sub(second));
                            }
                            skip!(2);
                            continue;
                        }
                        // The returned value never touches the stack.
                        Op::LoadFastReturnValue => {
                            not_watched!();
                            return_value!(bound_local!(arg).clone())
                        }
                        Op::LoadConstReturnValue => {
                            not_watched!();
                            return_value!(constant!(0))
                        }
                        Op::PopTop => pop!().release(),
                        // Comprehensions: the list sits `arg` deep below the item.
                        Op::ListAppend => {
                            let v = pop!();
                            match peek!(arg) {
                                Value::List(l) => l.push(v),
                                _ => v.release(),
                            }
                        }
                        // Displays and calls with `*`/`**` operands, comprehensions
                        // of sets and dicts: the common operand types here
                        // (hashing may run Python code, never in this frame);
                        // others, and their errors' wording, in `step`.
                        Op::SetAdd => {
                            let Value::Set(s) = peek!(arg + 1) else { break Leave::Cold };
                            let s = s.clone();
                            let v = pop!();
                            sync_pc!();
                            if let Err(e) = self.set_add(&s, v) {
                                raise!(e);
                            }
                        }
                        Op::MapAdd => {
                            let Value::Dict(d) = peek!(arg + 2) else { break Leave::Cold };
                            let d = d.clone();
                            let v = pop!();
                            let k = pop!();
                            sync_pc!();
                            if let Err(e) = self.dict_set(&d, k, v) {
                                raise!(e);
                            }
                        }
                        Op::ListExtend => {
                            let (Value::List(l), it) = (peek!(arg + 1), peek!(1)) else { break Leave::Cold };
                            match it {
                                Value::List(other) => l.extend_list(other),
                                Value::Tuple(t) => l.extend(t.items.clone()),
                                _ => break Leave::Cold,
                            }
                            pop!().release();
                        }
                        Op::ListToTuple => {
                            let Value::List(l) = peek!(1) else { break Leave::Cold };
                            let t = Value::tuple(l.snapshot());
                            pop!().release();
                            push!(t);
                        }
                        Op::DictUpdate | Op::DictMerge => {
                            let (Value::Dict(d), m @ Value::Dict(_)) = (peek!(arg + 1), peek!(1)) else { break Leave::Cold };
                            let d = d.clone();
                            let m = m.clone();
                            sync_pc!();
                            let merged = if ins.op == Op::DictMerge { self.dict_merge_keywords(&d, &m) } else { self.dict_update_from(&d, &m, false) };
                            if let Err(e) = merged {
                                // The callable sits below the keyword dict and the
                                // positional arguments.
                                let e = if ins.op == Op::DictMerge { self.keywords_error(e, &peek!(arg + 3).clone(), &m) } else { e };
                                raise!(e);
                            }
                            pop!().release();
                        }
                        Op::LoadClosure => push!(local!(code.varnames.len() + arg).clone()),
                        // `iter(x)` may run Python code (`__iter__`), never in this frame.
                        Op::GetIter => {
                            let v = pop!();
                            sync_pc!();
                            let r = self.get_iter(&v);
                            v.release();
                            match r {
                                Ok(it) => push!(it),
                                Err(e) => raise!(e),
                            }
                        }
                        // Closure variables: the cell sits after the fast locals.
                        Op::LoadDeref => {
                            let v = match local!(code.varnames.len() + arg) {
                                Value::Cell(c) => c.borrow().clone(),
                                _ => Value::Null,
                            };
                            if v.is_null() {
                                // Unbound: `step` raises.
                                break Leave::Cold;
                            }
                            push!(v);
                        }
                        Op::StoreDeref => {
                            let Value::Cell(c) = local!(code.varnames.len() + arg) else { break Leave::Cold };
                            let v = pop!();
                            let old = c.replace(v);
                            old.release();
                        }
                        Op::UnaryOp => {
                            let r = match (crate::bytecode::UnaryOp::ALL[arg], peek!(1)) {
                                (crate::bytecode::UnaryOp::Neg, Value::Int(i)) => i.checked_neg().map(Value::Int),
                                (crate::bytecode::UnaryOp::Neg, Value::Float(x)) => Some(Value::float(-x.get())),
                                (crate::bytecode::UnaryOp::Invert, Value::Int(i)) => Some(Value::Int(!*i)),
                                (crate::bytecode::UnaryOp::Not, Value::Bool(b)) => Some(Value::bool(!b.get())),
                                (crate::bytecode::UnaryOp::Not, Value::Int(i)) => Some(Value::bool(*i == 0)),
                                (crate::bytecode::UnaryOp::Not, Value::None) => Some(Value::bool(true)),
                                _ => None,
                            };
                            let Some(r) = r else {
                                // `-z` of a complex: a new complex, the operand released.
                                match (crate::bytecode::UnaryOp::ALL[arg], crate::vm::complex::as_complex(peek!(1))) {
                                    (crate::bytecode::UnaryOp::Neg, Some((re, im))) => {
                                        pop!().release();
                                        push!(crate::vm::complex::complex(-re, -im));
                                        skip!(1);
                                        continue;
                                    }
                                    _ => break Leave::Cold,
                                }
                            };
                            // The operand was immediate: nothing to release.
                            shrink!(1);
                            push!(r);
                        }
                        // A set comprehension's empty set (items' hashes may run
                        // Python code: those displays run out of line).
                        Op::BuildSet if arg == 0 => push!(empty_set()),
                        Op::BuildList | Op::BuildTuple => {
                            let mut items: Vec<Value> = Vec::with_capacity(arg);
                            // SAFETY: the top `arg` values are initialized; they move
                            // (bitwise) into the vector and leave the stack.
                            unsafe {
                                std::ptr::copy_nonoverlapping(top.sub(arg), items.as_mut_ptr(), arg);
                                items.set_len(arg);
                            }
                            shrink!(arg);
                            push!(if ins.op == Op::BuildList { Value::list(items) } else { Value::tuple(items) });
                        }
                        // f-strings. A str without conversion or spec is its own
                        // result; the rest (conversions, specs, other types,
                        // whose `__format__`/`__str__` may run Python code, never
                        // in this frame) runs out of line.
                        Op::FormatValue => {
                            if arg != 0 || !matches!(peek!(1), Value::Str(_)) {
                                let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                                let v = pop!();
                                sync_pc!();
                                match self.format_value(arg as u32, v, spec) {
                                    Ok(s) => push!(s),
                                    Err(e) => raise!(e),
                                }
                            }
                        }
                        Op::BuildString => {
                            // SAFETY: the top `arg` values are initialized.
                            let s = concat_strs(unsafe { std::slice::from_raw_parts(top.sub(arg), arg) });
                            for _ in 0..arg {
                                pop!().release();
                            }
                            push!(s);
                        }
                        // Keys' `__hash__`/`__eq__` may run Python code, never in this frame.
                        Op::BuildMap => {
                            let n = 2 * arg;
                            let mut items: Vec<Value> = Vec::with_capacity(n);
                            // SAFETY: as for BUILD_LIST, the top `n` values move into the vector.
                            unsafe {
                                std::ptr::copy_nonoverlapping(top.sub(n), items.as_mut_ptr(), n);
                                items.set_len(n);
                            }
                            shrink!(n);
                            sync_pc!();
                            match self.build_map(items) {
                                Ok(d) => push!(d),
                                Err(e) => raise!(e),
                            }
                        }
                        Op::Copy => push!(peek!(arg).clone()),
                        Op::Swap => unsafe { std::ptr::swap(top.sub(1), top.sub(arg)) },
                        // Also a `break` out of a `for`: a generator iterator that
                        // died there is finalized at the jump, as CPython frees it.
                        Op::Jump => {
                            if breaker() {
                                break Leave::Cold;
                            }
                            jump_to!(arg);
                            continue;
                        }
                        Op::JumpBackward => {
                            if breaker() {
                                break Leave::Cold;
                            }
                            let edge: *const Unit = unit!(0);
                            jump_to!(arg);
                            back_edge!(edge);
                            // A `for` loop's back edge: its FOR_ITER runs here,
                            // without a dispatch of its own.
                            let target = instr!(0);
                            if matches!(target.op, Op::ForIterRange | Op::ForIterList | Op::ForIterTuple) || (!ADAPTIVE && target.op == Op::ForIter) {
                                count!(target.op);
                                let mut next = for_iter_fast(peek!(1)).map(Ok);
                                if !ADAPTIVE && next.is_none() {
                                    sync_pc!();
                                    next = self.for_iter_native(peek!(1));
                                }
                                for_iter_step!(next, target.arg as usize);
                                skip!(1);
                            }
                            continue;
                        }
                        Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                            let truth = match peek!(1) {
                                Value::Bool(b) => b.get(),
                                Value::Int(i) => *i != 0,
                                Value::None => false,
                                Value::Float(x) => x.get() != 0.0,
                                Value::Str(s) => !s.as_str().is_empty(),
                                Value::List(l) => !l.is_empty(),
                                Value::Tuple(t) => !t.items.is_empty(),
                                Value::Dict(d) => d.len() != 0,
                                // Other types out of line (`__bool__`/`__len__`
                                // may run Python code, never in this frame), so
                                // never twice: with finalizers or a signal pending, `step`
                                // runs the whole jump.
                                other => {
                                    if breaker() {
                                        break Leave::Cold;
                                    }
                                    sync_pc!();
                                    match truth_out_of_line(self, other) {
                                        Ok(t) => t,
                                        Err(e) => {
                                            pop!().release();
                                            raise!(e);
                                        }
                                    }
                                }
                            };
                            if truth == (ins.op == Op::PopJumpIfTrue) {
                                take_jump!(arg);
                            }
                            pop!().release();
                        }
                        Op::PopJumpIfNone | Op::PopJumpIfNotNone => {
                            if peek!(1).is_none() == (ins.op == Op::PopJumpIfNone) {
                                take_jump!(arg);
                            }
                            pop!().release();
                        }
                        // `seq[a:b]` and `seq[a:b] = list` with int or None bounds:
                        // the slice and its subscript run as one instruction, without
                        // allocating the slice object.
                        Op::BuildSlice => {
                            let next = instr!(1);
                            // SAFETY: BUILD_SLICE has `arg` (2 or 3) bounds on the stack.
                            let bounds = unsafe { std::slice::from_raw_parts(top.sub(arg), arg) };
                            if !bounds.iter().all(|b| matches!(b, Value::Int(_) | Value::None)) {
                                break Leave::Cold;
                            }
                            // Immediate bounds: copies own nothing.
                            let slice = crate::runtime::objects::Slice {
                                start: bounds[0].clone(),
                                stop: bounds[1].clone(),
                                step: bounds.get(2).cloned().unwrap_or(Value::None),
                            };
                            let done = match next.op {
                                Op::BinarySubscr => match slice_fast(peek!(arg + 1), &slice) {
                                    Some(v) => {
                                        shrink!(arg);
                                        pop!().release();
                                        push!(v);
                                        true
                                    }
                                    None => false,
                                },
                                Op::StoreSubscr => {
                                    if store_slice_fast(peek!(arg + 1), &slice, peek!(arg + 2)) {
                                        shrink!(arg);
                                        pop!().release();
                                        pop!().release();
                                        true
                                    } else {
                                        false
                                    }
                                }
                                _ => false,
                            };
                            if !done {
                                break Leave::Cold;
                            }
                            count!(next.op);
                            skip!(2);
                            continue;
                        }
                        Op::IsOp => {
                            let b = pop!();
                            let a = pop!();
                            let r = a.is(&b) != (arg == 1);
                            a.release();
                            b.release();
                            jump_on!(r);
                        }
                        Op::ReturnValue => {
                            not_watched!();
                            let v = pop!();
                            return_value!(v);
                        }
                        // Exception handlers (both tiers): the exception being
                        // handled is the VM's. The match test (class checks, no
                        // Python code) is fused with its jump.
                        // `del x`, and the end of `except ... as x:`; an unbound
                        // local raises from `step`.
                        Op::DeleteFast => {
                            if local!(arg).is_null() {
                                break Leave::Cold;
                            }
                            store_local!(arg, Value::Null);
                            // A `__del__` runs right after the `del` (the frame
                            // is not touched by it; introspection sees its line).
                            if breaker() {
                                sync_pc!();
                                self.finalize_now();
                            }
                        }
                        Op::PushExcInfo => {
                            let exc = pop!();
                            let prev = std::mem::replace(&mut self.handled, exc.clone());
                            push!(prev);
                            push!(exc);
                        }
                        Op::PopExcept => {
                            let prev = pop!();
                            std::mem::replace(&mut self.handled, prev).release();
                        }
                        Op::CheckExcMatch => {
                            let ty = pop!();
                            let r = self.exception_matches(peek!(1), &ty);
                            ty.release();
                            match r {
                                Ok(m) => jump_on!(m),
                                Err(e) => raise!(e),
                            }
                        }
                        // Only the entry frame can be a generator (inline calls
                        // never run generator functions).
                        Op::YieldValue => {
                            let v = pop!();
                            skip!(1);
                            break Leave::Yield(v);
                        }
                        // ---- Generic forms with inline immediate paths (base
                        // ---- tier only: the adaptive tier counts them in `step`).
                        Op::BinaryOp if !ADAPTIVE => {
                            let (op, inplace) = BinOp::decode(arg as u32);
                            if let Some(r) = immediate_binary(op, peek!(2), peek!(1)) {
                                shrink!(2);
                                push!(r);
                            } else if let Some(func) = self.inline_dunder(peek!(2), peek!(1), arg as u32) {
                                // The same inline dunder call as BINARY_OP_DUNDER,
                                // looked up each time (no cache in this tier).
                                skip!(1);
                                call_inline!(InlineCall { func, callable: depth!() - 2, first: depth!() - 2, completion: Completion::Binary(arg as u32) });
                            } else {
                                let b = pop!();
                                let a = pop!();
                                sync_pc!();
                                match self.binary_protocol(op, inplace, a, b) {
                                    Ok(v) => push!(v),
                                    Err(e) => raise!(e),
                                }
                            }
                        }
                        Op::CompareOp if !ADAPTIVE => {
                            let op = CmpOp::ALL[arg];
                            if let Some(r) = immediate_compare(op, peek!(2), peek!(1)) {
                                shrink!(2);
                                jump_on!(r);
                            } else {
                                let b = pop!();
                                let a = pop!();
                                sync_pc!();
                                let r = self.compare(op, &a, &b);
                                a.release();
                                b.release();
                                match r {
                                    Ok(v) => push!(v),
                                    Err(e) => raise!(e),
                                }
                            }
                        }
                        Op::LoadGlobal if !ADAPTIVE => {
                            let name = &code.names[arg];
                            match f.globals.get_str(name).or_else(|| self.builtins.get_str(name)) {
                                Some(v) => push!(v),
                                None => break Leave::Cold,
                            }
                        }
                        // A value store, or a new key (which resets the keys
                        // version, so LOAD_GLOBAL caches of this dict miss).
                        Op::StoreGlobal => {
                            let v = pop!();
                            f.globals.set_str(&code.names[arg], v);
                            if breaker() {
                                sync_pc!();
                                self.finalize_now();
                            }
                        }
                        Op::ForIter if !ADAPTIVE => {
                            let mut next = for_iter_fast(peek!(1)).map(Ok);
                            if next.is_none() {
                                sync_pc!();
                                next = self.for_iter_native(peek!(1));
                            }
                            for_iter_step!(next, arg)
                        }
                        // Generators and other native iterators (enumerate, zip,
                        // map, dict views, ...): resuming or `next` may run Python
                        // code, never in this frame.
                        Op::ForIterGen | Op::ForIterIter => {
                            let fits = match peek!(1) {
                                Value::Generator(_) => ins.op == Op::ForIterGen,
                                Value::Iter(_) => ins.op == Op::ForIterIter,
                                _ => false,
                            };
                            if !fits {
                                break Leave::Cold;
                            }
                            sync_pc!();
                            // `for a, b in enumerate(..)` (or `zip` of two, or
                            // `d.items()`): the pair goes straight to the two locals.
                            if let Value::Iter(it) = peek!(1) {
                                let (unpack, store) = (instr!(1), instr!(2));
                                if matches!(unpack.op, Op::UnpackSequence | Op::UnpackSequenceTwoTuple) && unpack.arg == 2 && store.op == Op::StoreFastStoreFast {
                                    if let Some(next) = self.next_pair(it) {
                                        match next {
                                            Ok(Some((first, second))) => {
                                                count!(Op::UnpackSequenceTwoTuple);
                                                count!(Op::StoreFastStoreFast);
                                                store_local!(store.arg as usize, first);
                                                store_local!(instr!(3).arg as usize, second);
                                                skip!(4);
                                                continue;
                                            }
                                            Ok(None) => {
                                                pop!().release();
                                                jump_to!(arg);
                                                continue;
                                            }
                                            Err(e) => raise!(e),
                                        }
                                    }
                                }
                            }
                            for_iter_step!(self.for_iter_native(peek!(1)), arg)
                        }
                        // Attribute access in the base tier: the generic
                        // operation, called from here (it may run Python code,
                        // which never touches this frame; errors leave as from
                        // `step`).
                        Op::LoadAttr if !ADAPTIVE => {
                            let obj = pop!();
                            sync_pc!();
                            match self.get_attr(&obj, &code.names[arg]) {
                                Ok(v) => {
                                    obj.release();
                                    push!(v);
                                }
                                Err(e) => {
                                    obj.release();
                                    raise!(e);
                                }
                            }
                        }
                        Op::StoreAttr if !ADAPTIVE => {
                            let obj = pop!();
                            let v = pop!();
                            sync_pc!();
                            let r = self.set_attr(&obj, &code.names[arg], v);
                            obj.release();
                            if let Err(e) = r {
                                raise!(e);
                            }
                        }
                        Op::LoadMethod if !ADAPTIVE => {
                            let obj = pop!();
                            sync_pc!();
                            match self.load_method(obj, &code.names[arg]) {
                                Ok((m, recv)) => {
                                    push!(m);
                                    push!(recv);
                                }
                                Err(e) => {
                                    raise!(e);
                                }
                            }
                        }
                        // The base tier also reads `array.array` items here, its
                        // layout looked up each time (tried only after the list,
                        // tuple and bytes forms failed).
                        Op::BinarySubscr if !ADAPTIVE => match subscr_fast(peek!(2), peek!(1)).or_else(|| array_item_uncached(peek!(2), peek!(1))) {
                            Some(v) => replace_two!(v),
                            None => break Leave::Cold,
                        },
                        // ---- Specialized forms (adaptive tier). A failed guard
                        // ---- leaves the loop; `step` counts the miss.
                        // `def`, `lambda` or a comprehension without defaults or
                        // annotations (`arg` 0, or 8: the closure tuple below the code).
                        Op::MakeFunction if arg & !8 == 0 => {
                            if !matches!(peek!(1), Value::Code(_)) {
                                break Leave::Cold;
                            }
                            let Value::Code(c) = pop!() else { unreachable!("checked above") };
                            let closure = if arg & 8 != 0 { closure_cells(pop!()) } else { Vec::new() };
                            push!(Value::Function(new_function(c, &f.globals, Vec::new(), closure)));
                        }
                        Op::LoadGlobalModule => {
                            let c = cache!(0);
                            if f.globals.keys_version.get() != c.version {
                                break Leave::Cold;
                            }
                            match f.globals.value_at(c.index as usize) {
                                Some(v) => push!(v),
                                None => break Leave::Cold,
                            }
                        }
                        Op::LoadGlobalBuiltin => {
                            let c = cache!(0);
                            if f.globals.keys_version.get() != c.version || self.builtins.keys_version.get() != c.aux {
                                break Leave::Cold;
                            }
                            match self.builtins.value_at(c.index as usize) {
                                Some(v) => push!(v),
                                None => break Leave::Cold,
                            }
                        }
                        Op::LoadAttrInstance => {
                            let c = cache!(0);
                            match instance_slot_value(peek!(1), c) {
                                Some(v) => {
                                    pop!().release();
                                    push!(v);
                                }
                                None => break Leave::Cold,
                            }
                        }
                        Op::StoreAttrInstance => {
                            let obj = peek!(1);
                            // SAFETY: `[value, obj]` are the top two stack values.
                            if !unsafe { store_instance_slot(obj, cache!(0), top.sub(2)) } {
                                break Leave::Cold;
                            }
                            // The value moved into the slot; release the object.
                            let obj = pop!();
                            shrink!(1);
                            obj.release();
                        }
                        Op::LoadAttrClassAttr => {
                            let c = cache!(0);
                            if !instance_fits(peek!(1), c) {
                                break Leave::Cold;
                            }
                            // SAFETY: the class dict (version unchanged) holds the value.
                            let v = unsafe { c.borrowed_value() };
                            pop!().release();
                            push!(v);
                        }
                        // Polymorphic attribute loads share this arm with the
                        // property form: one inline call of a getter for both.
                        // Their bodies are out of line (`poly.rs`).
                        Op::LoadAttrProperty | Op::LoadAttrPoly => {
                            let c = cache!(0);
                            let getter = if ins.op == Op::LoadAttrPoly {
                                match poly_load_attr(peek!(1), c) {
                                    Some(v) => {
                                        pop!().release();
                                        push!(v);
                                        std::ptr::null()
                                    }
                                    None => match poly_property_getter(peek!(1), c) {
                                        getter if getter.is_null() => break Leave::Cold,
                                        getter => getter,
                                    },
                                }
                            } else {
                                match peek!(1) {
                                    Value::Instance(inst) if inst.class.version.get() == c.version => c.ptr as *const Function,
                                    _ => break Leave::Cold,
                                }
                            };
                            if !getter.is_null() {
                                if self.depth >= self.recursion_limit {
                                    break Leave::Cold;
                                }
                                // The property in the class dict (version unchanged)
                                // holds its getter; the instance (TOS, its argument)
                                // keeps the class alive.
                                skip!(1);
                                call_inline!(InlineCall { func: getter, callable: depth!() - 1, first: depth!() - 1, completion: Completion::Value });
                            }
                        }
                        Op::LoadAttrClass => {
                            let c = cache!(0);
                            match peek!(1) {
                                Value::Class(cls) if cls.version.get() == c.version => {}
                                _ => break Leave::Cold,
                            }
                            // SAFETY: the class dict (version unchanged) holds the value.
                            let v = unsafe { c.borrowed_value() };
                            pop!().release();
                            push!(v);
                        }
                        Op::LoadAttrModule | Op::LoadMethodModule => {
                            let c = cache!(0);
                            let hit = match peek!(1) {
                                Value::Module(m) if m.dict.keys_version.get() == c.version => m.dict.value_at(c.index as usize),
                                _ => None,
                            };
                            let Some(v) = hit else { break Leave::Cold };
                            pop!().release();
                            push!(v);
                            if ins.op == Op::LoadMethodModule {
                                push!(Value::Null);
                            }
                        }
                        // A binary operator on an instance whose class defines it
                        // in Python: the dunder runs in a frame of its own.
                        Op::BinaryOpDunder => {
                            let c = cache!(0);
                            if !binary_dunder_fits(peek!(2), peek!(1), c) || self.depth >= self.recursion_limit {
                                break Leave::Cold;
                            }
                            // `ptr` is the dunder in a class dict, unchanged while the
                            // version matches; the left operand keeps the class alive.
                            skip!(1);
                            call_inline!(InlineCall { func: c.ptr as *const Function, callable: depth!() - 2, first: depth!() - 2, completion: Completion::Binary(arg as u32) });
                        }
                        Op::BinaryOpAddStr => {
                            let (Value::Str(a), Value::Str(b)) = (peek!(2), peek!(1)) else { break Leave::Cold };
                            // `s += t` (or `s = s + t`) where the local `s`, rebound
                            // right after, and this operand hold the only references:
                            // the local lets go and the text grows in place.
                            let next = instr!(1);
                            if matches!(next.op, Op::StoreFast | Op::StoreFastLoadFast | Op::StoreFastStoreFast)
                                && std::rc::Rc::strong_count(a) == 2
                                && !a.is_interned()
                                && matches!(local!(next.arg as usize), Value::Str(s) if std::rc::Rc::ptr_eq(s, a))
                            {
                                std::mem::replace(local!(next.arg as usize), Value::None).release();
                                let tail = pop!();
                                // SAFETY: the top of the stack is the str `a`.
                                let Value::Str(a) = (unsafe { &mut *top.sub(1) }) else { unreachable!("checked above") };
                                let (Some(text), Value::Str(t)) = (std::rc::Rc::get_mut(a), &tail) else { unreachable!("the only reference") };
                                text.push_str(t);
                                tail.release();
                            } else {
                                let (a, b) = (a.as_str(), b.as_str());
                                let mut joined = String::with_capacity(a.len() + b.len());
                                joined.push_str(a);
                                joined.push_str(b);
                                replace_two!(Value::string(joined));
                            }
                        }
                        // Set algebra runs out of line (keys' `__eq__` may run
                        // Python code, never in this frame): only the guard is here.
                        Op::BinaryOpSet => {
                            let (Value::Set(a), Value::Set(b)) = (peek!(2), peek!(1)) else { break Leave::Cold };
                            let (op, inplace) = BinOp::decode(arg as u32);
                            sync_pc!();
                            let r = crate::builtins::exact_set_operator(self, op, inplace, a, b);
                            pop!().release();
                            pop!().release();
                            match r {
                                Ok(v) => push!(v),
                                Err(e) => raise!(e),
                            }
                        }
                        Op::BinaryOpAddSeq => {
                            let Some(v) = concat_sequences(peek!(2), peek!(1), arg as u32) else { break Leave::Cold };
                            pop!().release();
                            pop!().release();
                            push!(v);
                        }
                        Op::CompareOpTuple => {
                            let Some(r) = tuple_compare(CmpOp::ALL[arg], peek!(2), peek!(1)) else { break Leave::Cold };
                            pop!().release();
                            pop!().release();
                            jump_on!(r);
                        }
                        Op::CompareOpStr => {
                            let (Value::Str(a), Value::Str(b)) = (peek!(2), peek!(1)) else { break Leave::Cold };
                            let r = cmp_values(CmpOp::ALL[arg], &**a, &**b);
                            pop!().release();
                            pop!().release();
                            jump_on!(r);
                        }
                        // Big-int arithmetic runs out of line: only the guard is here.
                        Op::BinaryOpBigInt => {
                            if !(is_int(peek!(2)) && is_int(peek!(1))) {
                                break Leave::Cold;
                            }
                            let b = pop!();
                            let a = pop!();
                            match int_binary_owned(BinOp::decode(arg as u32).0, a, b) {
                                Ok(v) => push!(v),
                                Err(e) => raise!(e),
                            }
                        }
                        Op::CompareOpBigInt => {
                            if !(is_int(peek!(2)) && is_int(peek!(1))) {
                                break Leave::Cold;
                            }
                            let r = CmpOp::ALL[arg].holds(cmp_int_values(peek!(2), peek!(1)));
                            pop!().release();
                            pop!().release();
                            jump_on!(r);
                        }
                        // The base tier's generic form takes the same path for
                        // exact tuples and lists of the right length.
                        Op::UnpackSequenceTuple | Op::UnpackSequenceList | Op::UnpackSequence if ADAPTIVE == ins.op.is_specialized() => {
                            let v = pop!();
                            let done = match &v {
                                Value::Tuple(t) if ins.op != Op::UnpackSequenceList && t.items.len() == arg => {
                                    for x in t.items.iter().rev() {
                                        push!(x.clone());
                                    }
                                    true
                                }
                                Value::List(l) if ins.op != Op::UnpackSequenceTuple => l.unpack_exact(arg, |x| push!(x)),
                                _ => false,
                            };
                            if !done {
                                // Back in place for `step`.
                                push!(v);
                                break Leave::Cold;
                            }
                            v.release();
                        }
                        // Dict operations may run Python code (`__hash__`,
                        // `__eq__` of keys) but never touch this frame; their
                        // errors leave like an error in `step`.
                        Op::BinarySubscrDict => {
                            let Value::Dict(d) = peek!(2) else { break Leave::Cold };
                            // An int or str key runs no Python code: looked up in
                            // place, without holding the dict.
                            let found = match crate::vm::dict_get_native(d, peek!(1)) {
                                Some(found) => found,
                                None => {
                                    let d = d.clone();
                                    sync_pc!();
                                    match self.dict_get(&d, peek!(1)) {
                                        Ok(found) => found,
                                        Err(e) => raise!(e),
                                    }
                                }
                            };
                            match found {
                                Some(v) => replace_two!(v),
                                // A missing key: the generic form raises KeyError.
                                None => break Leave::Cold,
                            }
                        }
                        Op::StoreSubscrDict | Op::StoreSubscrDictSubclass => {
                            let target = match peek!(2) {
                                Value::Dict(d) if ins.op == Op::StoreSubscrDict => Some(d.clone()),
                                v if ins.op == Op::StoreSubscrDictSubclass => dict_subclass_fits(v, &cache!(0)),
                                _ => None,
                            };
                            let Some(d) = target else { break Leave::Cold };
                            let key = pop!();
                            pop!().release();
                            let v = pop!();
                            sync_pc!();
                            if let Err(e) = self.dict_set(&d, key, v) {
                                raise!(e);
                            }
                        }
                        Op::BinarySubscrDictSubclass => {
                            let Some(d) = dict_subclass_fits(peek!(2), &cache!(0)) else { break Leave::Cold };
                            sync_pc!();
                            let item = match self.dict_get(&d, peek!(1)) {
                                Ok(Some(v)) => Ok(v),
                                // A missing key: the generic path runs `__missing__`
                                // (`Counter`'s 0, `defaultdict`'s factory) or raises.
                                Ok(None) => self.get_item(peek!(2), peek!(1)),
                                Err(e) => Err(e),
                            };
                            match item {
                                Ok(v) => replace_two!(v),
                                Err(e) => raise!(e),
                            }
                        }
                        // `[obj]` -> `[method, obj]`, the method found on the type.
                        // SAFETY (both): the pointer came from `Rc::as_ptr` of the
                        // method in a builtin type's dict (never modified) or in the
                        // dict of the class whose version matched (unchanged since),
                        // which holds it.
                        Op::LoadMethodClass => {
                            let c = cache!(0);
                            match peek!(1) {
                                Value::Class(cls) if cls.version.get() == c.version => {}
                                _ => break Leave::Cold,
                            }
                            debug_assert!(depth!() < f.slots.capacity());
                            // SAFETY: the guard passed; the stack top is the class,
                            // and the stack has room for the value the load adds.
                            unsafe { class_method_load(top, c) };
                            top = unsafe { top.add(1) };
                        }
                        Op::LoadMethodBuiltinType => {
                            let c = cache!(0);
                            if peek!(1).tag() != c.version as u64 || crate::specialize::frozen_key(peek!(1)) != c.aux {
                                break Leave::Cold;
                            }
                            let recv = pop!();
                            push!(Value::Builtin(unsafe { crate::specialize::borrowed::<Builtin>(c.ptr) }));
                            push!(recv);
                        }
                        Op::LoadMethodInstance => {
                            let Some(method) = instance_method(peek!(1), cache!(0)) else { break Leave::Cold };
                            let recv = pop!();
                            push!(Value::Function(unsafe { crate::specialize::borrowed::<Function>(method) }));
                            push!(recv);
                        }
                        Op::LoadAttrMethod => {
                            let Some(method) = instance_method(peek!(1), cache!(0)) else { break Leave::Cold };
                            let recv = pop!();
                            push!(bound_method(method, recv));
                        }
                        Op::LoadMethodInstanceBuiltin => {
                            let Some(method) = instance_method(peek!(1), cache!(0)) else { break Leave::Cold };
                            let recv = pop!();
                            // SAFETY: as for LOAD_METHOD_INSTANCE (a builtin in the class dict).
                            push!(Value::Builtin(unsafe { crate::specialize::borrowed::<Builtin>(method) }));
                            push!(recv);
                        }
                        Op::StoreAttrAddInstance => {
                            let c = cache!(0);
                            // The shape id fixes the slot count, so the new slot is `c.index`.
                            if !instance_fits(peek!(1), c) {
                                break Leave::Cold;
                            }
                            let obj = pop!();
                            let v = pop!();
                            if let Value::Instance(inst) = &obj {
                                add_slot(inst, c, v);
                            }
                            obj.release();
                        }
                        Op::BinaryOpAddInt | Op::BinaryOpSubInt | Op::BinaryOpMulInt | Op::BinaryOpInt => {
                            let (Value::Int(x), Value::Int(y)) = (peek!(2), peek!(1)) else { break Leave::Cold };
                            let r = match ins.op {
                                Op::BinaryOpAddInt => x.checked_add(*y).map(Value::Int),
                                Op::BinaryOpSubInt => x.checked_sub(*y).map(Value::Int),
                                Op::BinaryOpMulInt => x.checked_mul(*y).map(Value::Int),
                                _ => int_op(BinOp::decode(arg as u32).0, *x, *y),
                            };
                            match r {
                                Some(r) => {
                                    shrink!(2);
                                    push!(r);
                                }
                                None => break Leave::Cold,
                            }
                        }
                        // One arm each: a shared arm would dispatch on the opcode again.
                        Op::BinaryOpAddFloat => float_binary!(|x, y| Some(x + y)),
                        Op::BinaryOpSubFloat => float_binary!(|x, y| Some(x - y)),
                        Op::BinaryOpMulFloat => float_binary!(|x, y| Some(x * y)),
                        Op::BinaryOpDivFloat => float_binary!(|x: f64, y: f64| if y != 0.0 { Some(x / y) } else { None }),
                        // CPython's exact fast path for small ints: one f64 division.
                        Op::BinaryOpDivInt => {
                            let (Value::Int(x), Value::Int(y)) = (peek!(2), peek!(1)) else { break Leave::Cold };
                            let exact = |i: i64| i.unsigned_abs() < crate::specialize::EXACT_FLOAT_INT;
                            if *y == 0 || !exact(*x) || !exact(*y) {
                                break Leave::Cold;
                            }
                            let r = *x as f64 / *y as f64;
                            shrink!(2);
                            push!(Value::float(r));
                        }
                        Op::BinaryOpFloat => {
                            let Some((x, y)) = float_operands(peek!(2), peek!(1)) else { break Leave::Cold };
                            match float_op_full(BinOp::decode(arg as u32).0, x, y) {
                                Some(r) => {
                                    shrink!(2);
                                    push!(Value::float(r));
                                }
                                None => break Leave::Cold,
                            }
                        }
                        Op::BinaryOpComplex => match crate::vm::complex::complex_binary_fast(BinOp::decode(arg as u32).0, peek!(2), peek!(1)) {
                            Some(r) => {
                                pop!().release();
                                pop!().release();
                                push!(r);
                            }
                            None => break Leave::Cold,
                        },
                        Op::CompareOpInt => {
                            let (Value::Int(x), Value::Int(y)) = (peek!(2), peek!(1)) else { break Leave::Cold };
                            let r = cmp_values(CmpOp::ALL[arg], x, y);
                            shrink!(2);
                            jump_on!(r);
                        }
                        Op::CompareOpFloat => {
                            let Some((x, y)) = float_operands(peek!(2), peek!(1)) else { break Leave::Cold };
                            let r = cmp_values(CmpOp::ALL[arg], &x, &y);
                            shrink!(2);
                            jump_on!(r);
                        }
                        Op::ForIterRange | Op::ForIterList | Op::ForIterTuple => for_iter_step!(for_iter_fast(peek!(1)).map(Ok), arg),
                        Op::BinarySubscrListInt | Op::BinarySubscrTupleInt | Op::BinarySubscrBytesInt => match subscr_fast(peek!(2), peek!(1)) {
                            Some(v) => replace_two!(v),
                            None => break Leave::Cold,
                        },
                        Op::BinarySubscrStrInt => {
                            let (Value::Str(s), Value::Int(i)) = (peek!(2), peek!(1)) else { break Leave::Cold };
                            let item = match s.item(*i) {
                                Some(c) => Ok(Value::Str(c)),
                                None => self.get_item(peek!(2), peek!(1)),
                            };
                            match item {
                                Ok(v) => replace_two!(v),
                                Err(e) => {
                                    raise!(e);
                                }
                            }
                        }
                        Op::BinarySubscrArrayInt => match array_item(peek!(2), peek!(1), &cache!(0)) {
                            Some(v) => replace_two!(v),
                            None => break Leave::Cold,
                        },
                        Op::StoreSubscrArrayInt => {
                            // SAFETY: STORE_SUBSCR's three operands are below `top`.
                            if !unsafe { store_array_int(top, &cache!(0)) } {
                                break Leave::Cold;
                            }
                            shrink!(3);
                        }
                        Op::BinaryOpExtendByteArray => {
                            if !crate::vm::bytes::extend_bytearray(peek!(2), peek!(1)) {
                                break Leave::Cold;
                            }
                            // The bytearray itself stays as the result.
                            pop!().release();
                        }
                        Op::StoreSubscrByteArrayInt => {
                            if !store_bytearray_int(top) {
                                break Leave::Cold;
                            }
                            shrink!(3);
                        }
                        // Membership may run Python code (`__hash__`, `__eq__` of
                        // keys) but never touches this frame.
                        Op::ContainsOp | Op::ContainsOpDict | Op::ContainsOpSet | Op::ContainsOpSeq if ADAPTIVE == ins.op.is_specialized() => {
                            let fits = match peek!(1) {
                                Value::Dict(_) => matches!(ins.op, Op::ContainsOp | Op::ContainsOpDict),
                                Value::Set(_) => matches!(ins.op, Op::ContainsOp | Op::ContainsOpSet),
                                Value::List(_) | Value::Tuple(_) | Value::Str(_) => matches!(ins.op, Op::ContainsOp | Op::ContainsOpSeq),
                                _ => false,
                            };
                            if !fits {
                                break Leave::Cold;
                            }
                            // An int in a set of ints (search state, visited marks):
                            // probed inline. An int or str key of a dict or set, a
                            // scalar in a list: decided in place, no Python code.
                            let int_in_set = match (peek!(1), peek!(2)) {
                                (Value::Set(s), Value::Int(i)) => s.table.borrow().contains_int(*i),
                                _ => None,
                            };
                            let r = match int_in_set.or_else(|| crate::vm::contains_native(peek!(1), peek!(2))) {
                                Some(r) => r,
                                None => {
                                    sync_pc!();
                                    match self.contains(peek!(1), peek!(2)) {
                                        Ok(r) => r,
                                        Err(e) => raise!(e),
                                    }
                                }
                            };
                            pop!().release();
                            pop!().release();
                            jump_on!(r != (arg == 1));
                        }
                        // The base tier's generic store takes the same path.
                        Op::StoreSubscrListInt | Op::StoreSubscr if ADAPTIVE == ins.op.is_specialized() => {
                            // The base tier also stores into a bytearray or an
                            // `array.array` here (tried only once the list store
                            // failed; the array's layout looked up each time).
                            if !store_list_int(top) && (ADAPTIVE || !(store_bytearray_int(top) || store_array_uncached(top))) {
                                break Leave::Cold;
                            }
                            shrink!(3);
                        }
                        Op::UnpackSequenceTwoTuple => {
                            let (a, b) = match peek!(1) {
                                Value::Tuple(t) if t.items.len() == 2 => (t.items[0].clone(), t.items[1].clone()),
                                _ => break Leave::Cold,
                            };
                            pop!().release();
                            push!(b);
                            push!(a);
                        }
                        // The base tier's generic calls take the same inline path
                        // for Python functions (no caching: the checks run each time).
                        Op::CallPyExact | Op::CallMethodPyExact | Op::CallPyDefaults | Op::CallMethodPyDefaults | Op::CallPyBound | Op::Call | Op::CallMethod
                            if ADAPTIVE == ins.op.is_specialized() =>
                        {
                            let method = matches!(ins.op, Op::CallMethodPyExact | Op::CallMethodPyDefaults | Op::CallMethod);
                            let callable = depth!() - arg - 1 - method as usize;
                            let first = if method && peek!(arg + 1).is_null() { callable + 2 } else { callable + 1 };
                            // SAFETY: `callable..` up to `top` are initialized stack values.
                            let (func, args) = unsafe { (&*base.add(callable), std::slice::from_raw_parts(base.add(first), depth!() - first)) };
                            let func = match func {
                                Value::Function(func) => func,
                                // The base tier's generic call of a plain class: the
                                // same inline `__init__` as CALL_CLASS_INIT, decided
                                // each time (no cache in this tier).
                                Value::Class(cls) if ins.op == Op::Call && self.depth < self.recursion_limit => {
                                    let Ok((Op::CallClassInit, c)) = crate::specialize::class_init(cls, arg) else { break Leave::Cold };
                                    call_init!(cls, c.ptr, callable)
                                }
                                // The base tier's generic call of a builtin function (or
                                // of a builtin method, the receiver first): called from
                                // here, as CALL_BUILTIN does.
                                Value::Builtin(b) if !ADAPTIVE => match {
                                    sync_pc!();
                                    (b.func)(self, args, &[])
                                } {
                                    Ok(v) => {
                                        call_result!(arg + 1 + method as usize, v);
                                        skip!(1);
                                        continue;
                                    }
                                    Err(e) => raise!(e),
                                },
                                _ => break Leave::Cold,
                            };
                            let binds = match ins.op {
                                Op::CallPyExact | Op::CallMethodPyExact => crate::specialize::takes_exactly(func, args.len()),
                                Op::CallPyDefaults | Op::CallMethodPyDefaults => crate::specialize::takes_with_defaults(func, args.len()),
                                _ => crate::specialize::takes_exactly(func, args.len()) || crate::specialize::takes_with_defaults(func, args.len()),
                            };
                            if self.depth >= self.recursion_limit {
                                break Leave::Cold;
                            }
                            if !binds {
                                // `*args`, `**kwargs`, keyword-only parameters or a
                                // binding error: the general binder (a specialized
                                // site of another form leaves, to count its miss).
                                if matches!(ins.op, Op::CallPyBound | Op::Call | Op::CallMethod) && !func.code.is_generator() {
                                    call_bound!(func, args, Vec::new(), callable);
                                }
                                break Leave::Cold;
                            }
                            // The callable's slot keeps the function alive until
                            // the callee is set up.
                            skip!(1);
                            call_inline!(InlineCall { func: std::rc::Rc::as_ptr(func), callable, first, completion: Completion::Value });
                        }
                        // `f(*args, **kwargs)` of a Python function: bound by the
                        // general binder (its errors raised at the call), then run
                        // in a frame of this loop. A `*` operand other than a tuple,
                        // a key other than a string, a generator: `step`.
                        Op::CallEx => {
                            let with_keywords = arg & 1 != 0;
                            let callable = depth!() - 2 - with_keywords as usize;
                            let Value::Tuple(args) = local!(callable + 1) else { break Leave::Cold };
                            // A bound method's function gets the receiver first, an
                            // instance's Python `__call__` the instance.
                            let call_method;
                            let receiver_first: Vec<Value>;
                            let prepend = |receiver: &Value| -> Vec<Value> { std::iter::once(receiver.clone()).chain(args.items.iter().cloned()).collect() };
                            let (func, positional): (&std::rc::Rc<Function>, &[Value]) = match local!(callable) {
                                Value::Function(func) => (func, &args.items),
                                Value::BoundMethod(m) => match &m.func {
                                    Value::Function(func) => {
                                        receiver_first = prepend(&m.receiver);
                                        (func, &receiver_first)
                                    }
                                    _ => break Leave::Cold,
                                },
                                Value::Instance(inst) => match crate::specialize::python_call_method(&inst.class) {
                                    Some(call) => {
                                        call_method = call;
                                        receiver_first = prepend(local!(callable));
                                        (&call_method, &receiver_first)
                                    }
                                    None => break Leave::Cold,
                                },
                                _ => break Leave::Cold,
                            };
                            if func.code.is_generator() || self.depth >= self.recursion_limit {
                                break Leave::Cold;
                            }
                            let keywords = match (with_keywords, local!(callable + 2)) {
                                (false, _) => Vec::new(),
                                (true, Value::Dict(d)) if d.len() == 0 => Vec::new(),
                                (true, Value::Dict(d)) => match super::call::keyword_pairs(d) {
                                    Some(keywords) => keywords,
                                    None => break Leave::Cold,
                                },
                                _ => break Leave::Cold,
                            };
                            call_bound!(func, positional, keywords, callable)
                        }
                        Op::CallPyInstance => {
                            let c = cache!(0);
                            let callable = depth!() - arg - 1;
                            let Value::Instance(inst) = local!(callable) else { break Leave::Cold };
                            if inst.class.version.get() != c.version || self.depth >= self.recursion_limit {
                                break Leave::Cold;
                            }
                            let call_ptr = c.ptr as *const Function;
                            // SAFETY: the class (version unchanged) holds this
                            // `__call__`; the instance keeps the class alive.
                            let call = unsafe { &*call_ptr };
                            if crate::specialize::takes_exactly(call, arg + 1) || crate::specialize::takes_with_defaults(call, arg + 1) {
                                skip!(1);
                                call_inline!(InlineCall { func: call_ptr, callable, first: callable, completion: Completion::Value });
                            }
                            // SAFETY: as above; a counted reference for the binder.
                            let call = unsafe {
                                std::rc::Rc::increment_strong_count(call_ptr);
                                std::rc::Rc::from_raw(call_ptr)
                            };
                            // SAFETY: the instance and the arguments are initialized stack values.
                            let positional = unsafe { std::slice::from_raw_parts(base.add(callable), arg + 1) };
                            call_bound!(&call, positional, Vec::new(), callable)
                        }
                        // `f(a, k=v)` of a Python function with `*args`, `**kwargs`
                        // or keyword-only parameters (as `f(*args, **kwargs)`), or
                        // of a builtin function.
                        Op::CallKwPyBound | Op::CallKwBuiltin | Op::CallKwOther => {
                            let callable = depth!() - arg - 2;
                            let Value::Tuple(names) = peek!(1) else { break Leave::Cold };
                            let callee = local!(callable);
                            let fits = match callee {
                                Value::Function(func) => ins.op == Op::CallKwPyBound && !func.code.is_generator() && self.depth < self.recursion_limit,
                                Value::Builtin(_) => ins.op == Op::CallKwBuiltin,
                                _ => ins.op == Op::CallKwOther,
                            };
                            if !fits {
                                break Leave::Cold;
                            }
                            let first = callable + 1;
                            let npos = arg - names.items.len();
                            let mut keywords = Vec::with_capacity(names.items.len());
                            for (j, name) in names.items.iter().enumerate() {
                                let Value::Str(name) = name else { break };
                                keywords.push((crate::runtime::str::intern_rc(name), local!(first + npos + j).clone()));
                            }
                            if keywords.len() != names.items.len() {
                                break Leave::Cold;
                            }
                            // SAFETY: the positional arguments are initialized stack values.
                            let positional = unsafe { std::slice::from_raw_parts(base.add(first), npos) };
                            match callee {
                                Value::Function(func) => call_bound!(func, positional, keywords, callable),
                                // `obj.method(a, k=v)` (a bound method of a Python
                                // function): the receiver takes the method's slot, so
                                // that `[receiver, args...]` is contiguous, and the
                                // function runs in a frame of this loop.
                                Value::BoundMethod(m) if self.depth < self.recursion_limit && matches!(&m.func, Value::Function(func) if !func.code.is_generator()) => {
                                    let Value::Function(func) = &m.func else { unreachable!("checked above") };
                                    let func = func.clone();
                                    let receiver = m.receiver.clone();
                                    store_local!(callable, receiver);
                                    // SAFETY: the receiver and the positional arguments are initialized stack values.
                                    let positional = unsafe { std::slice::from_raw_parts(base.add(callable), npos + 1) };
                                    call_bound!(&func, positional, keywords, callable)
                                }
                                // `Cls(a, k=v)` of a class whose instances are made plainly
                                // and whose Python `__init__` the site cached (guard: the
                                // class version): the new instance takes the class's slot
                                // as `self`, and `__init__` runs in a frame of this loop.
                                Value::Class(cls) if cache!(0).ptr != 0 && cls.version.get() == cache!(0).version && self.depth < self.recursion_limit => {
                                    let init_ptr = cache!(0).ptr as *const Function;
                                    // SAFETY: the class (version unchanged) holds this
                                    // `__init__`; a counted reference for the binder, as
                                    // storing the instance releases the class.
                                    let init = unsafe {
                                        std::rc::Rc::increment_strong_count(init_ptr);
                                        std::rc::Rc::from_raw(init_ptr)
                                    };
                                    let obj = self.new_instance(cls);
                                    store_local!(callable, obj.clone());
                                    // SAFETY: the instance and the positional arguments are initialized stack values.
                                    let positional = unsafe { std::slice::from_raw_parts(base.add(callable), npos + 1) };
                                    call_bound!(&init, positional, keywords, callable, Completion::Init(obj))
                                }
                                Value::Builtin(b) => {
                                    let builtin = b.func;
                                    sync_pc!();
                                    let r = builtin(self, positional, &keywords);
                                    drop(keywords);
                                    match r {
                                        Ok(v) => call_result!(arg + 2, v),
                                        Err(e) => raise!(e),
                                    }
                                }
                                _ => {
                                    // A counted reference: the call may run code
                                    // that rebinds what the stack slot holds.
                                    let callee = callee.clone();
                                    sync_pc!();
                                    let r = self.call_out_of_line(&callee, positional, &keywords);
                                    drop(keywords);
                                    callee.release();
                                    match r {
                                        Ok(v) => call_result!(arg + 2, v),
                                        Err(e) => raise!(e),
                                    }
                                }
                            }
                        }
                        // A generator function's call makes the generator object
                        // (its frame runs later, when the generator is resumed).
                        Op::CallPyGen | Op::CallMethodPyGen => {
                            let method = ins.op == Op::CallMethodPyGen;
                            let n = arg + 1 + method as usize;
                            let callable = depth!() - n;
                            let first = if method && peek!(arg + 1).is_null() { callable + 2 } else { callable + 1 };
                            // SAFETY: `callable..` up to `top` are initialized stack values.
                            let (func, args) = unsafe { (&*base.add(callable), std::slice::from_raw_parts(base.add(first), depth!() - first)) };
                            let Value::Function(func) = func else { break Leave::Cold };
                            if !crate::specialize::generator_takes(func, args.len()) {
                                break Leave::Cold;
                            }
                            match self.call_generator(func, args) {
                                Ok(v) => call_result!(n, v),
                                Err(e) => raise!(e),
                            }
                        }
                        // `f(a, y=1, x=2)`: the callee's frame takes each keyword
                        // value in its parameter's slot (the cache has the
                        // places), defaults in the others.
                        Op::CallKwPy => {
                            let c = cache!(0);
                            let callable = depth!() - arg - 2;
                            let (Value::Function(func), Value::Tuple(names)) = (local!(callable), peek!(1)) else { break Leave::Cold };
                            if !crate::specialize::call_kw_fits(func, &names.items, arg, c) || self.depth >= self.recursion_limit {
                                break Leave::Cold;
                            }
                            let nkw = names.items.len();
                            let func = std::rc::Rc::as_ptr(func);
                            pop!().release();
                            skip!(1);
                            call_inline!(InlineCall { func, callable, first: callable + 1, completion: Completion::Value }, |callee: &mut Frame,
                                                                                                                            func: &Function,
                                                                                                                            caller: &mut Vec<Value>,
                                                                                                                            first: usize,
                                                                                                                            _keep: bool| {
                                // SAFETY: `call_kw_fits` checked the places.
                                unsafe { callee.enter_keywords(func, caller, first, nkw, c.ptr2 as u64) }
                            });
                        }
                        Op::CallClass => {
                            let callable = depth!() - arg - 1;
                            let cls = local!(callable);
                            if !matches!(cls, Value::Class(_)) {
                                break Leave::Cold;
                            }
                            // A counted reference: the call may run code that
                            // rebinds what the stack slot holds.
                            let cls = cls.clone();
                            // SAFETY: the arguments are initialized stack values.
                            let args = unsafe { std::slice::from_raw_parts(base.add(callable + 1), arg) };
                            sync_pc!();
                            let r = self.call_out_of_line(&cls, args, &[]);
                            cls.release();
                            match r {
                                Ok(v) => call_result!(arg + 1, v),
                                Err(e) => raise!(e),
                            }
                        }
                        Op::CallClassInit => {
                            let c = cache!(0);
                            let callable = depth!() - arg - 1;
                            let slot = local!(callable);
                            match slot {
                                Value::Class(cls)
                                    if cls.version.get() == c.version
                                        && self.depth < self.recursion_limit
                                        // SAFETY: the class (version unchanged) holds this `__init__`.
                                        && (c.aux == 0 || crate::specialize::takes_with_defaults(unsafe { &*(c.ptr as *const Function) }, arg + 1)) =>
                                {
                                    call_init!(cls, c.ptr, callable)
                                }
                                _ => break Leave::Cold,
                            }
                        }
                        Op::CallBuiltin | Op::CallBoundMethod | Op::CallMethodBuiltin | Op::CallBuiltinClass => {
                            let method = ins.op == Op::CallMethodBuiltin;
                            // The callable, `self` or `NULL` for a method call, the arguments.
                            let n = arg + 1 + method as usize;
                            // SAFETY: the call's `n` values are on the stack.
                            let callable: *mut Value = unsafe { top.sub(n) };
                            let slot = unsafe { &mut *callable };
                            let (func, first) = match slot {
                                // A builtin class: its `__new__` takes the class first,
                                // which is where it already sits. SAFETY: `ptr` came from
                                // `Rc::as_ptr` of that `__new__`, never modified, which
                                // the class (version unchanged) holds.
                                Value::Class(cls) if ins.op == Op::CallBuiltinClass && cls.version.get() == cache!(0).version => {
                                    (unsafe { &*(cache!(0).ptr as *const Builtin) }.func, callable)
                                }
                                // `[method, self-or-NULL, args...]` for CallMethodBuiltin.
                                Value::Builtin(b) if method => (b.func, unsafe { if (*callable.add(1)).is_null() { callable.add(2) } else { callable.add(1) } }),
                                Value::Builtin(b) => (b.func, unsafe { callable.add(1) }),
                                Value::BoundMethod(m) if !method => match &m.func {
                                    Value::Builtin(b) => {
                                        // The receiver takes the method's slot:
                                        // `[receiver, args...]` is then contiguous.
                                        let func = b.func;
                                        let recv = m.receiver.clone();
                                        std::mem::replace(slot, recv).release();
                                        (func, callable)
                                    }
                                    _ => break Leave::Cold,
                                },
                                _ => break Leave::Cold,
                            };
                            // SAFETY: `first..top` are initialized stack values.
                            let args = unsafe { std::slice::from_raw_parts(first, top.offset_from(first) as usize) };
                            sync_pc!();
                            match func(self, args, &[]) {
                                Ok(v) => call_result!(n, v),
                                Err(e) => {
                                    raise!(e);
                                }
                            }
                        }
                        // Polymorphic and megamorphic attribute sites: their
                        // bodies are out of line (`poly.rs`).
                        // SAFETY: the receiver is the stack top.
                        Op::LoadMethodPoly => match poly_load_method(peek!(1), cache!(0)) {
                            Some(method) => {
                                let recv = pop!();
                                push!(method);
                                push!(recv);
                            }
                            None => break Leave::Cold,
                        },
                        Op::LoadAttrSuper | Op::LoadMethodSuper => {
                            let method = ins.op == Op::LoadMethodSuper;
                            debug_assert!(depth!() < f.slots.capacity());
                            // SAFETY: the super object is the stack top, and the
                            // stack has room for the value the method form adds.
                            if !unsafe { super_load(top, cache!(0), method) } {
                                break Leave::Cold;
                            }
                            if method {
                                top = unsafe { top.add(1) };
                            }
                        }
                        Op::StoreAttrPoly => {
                            let obj = peek!(1);
                            // SAFETY: `[value, obj]` are the top two stack values.
                            if !unsafe { poly_store_attr(obj, cache!(0), top.sub(2)) } {
                                break Leave::Cold;
                            }
                            // The value moved into the instance; release the object.
                            let obj = pop!();
                            shrink!(1);
                            obj.release();
                        }
                        Op::LoadAttrMega => {
                            let obj = pop!();
                            let r = self.mega_load_attr(&obj, &code.names[arg]);
                            obj.release();
                            match r {
                                Ok(v) => push!(v),
                                Err(e) => raise!(e),
                            }
                        }
                        Op::LoadMethodMega => {
                            let obj = pop!();
                            match self.mega_load_method(obj, &code.names[arg]) {
                                Ok((method, recv)) => {
                                    push!(method);
                                    push!(recv);
                                }
                                Err(e) => raise!(e),
                            }
                        }
                        Op::StoreAttrMega => {
                            let obj = pop!();
                            let v = pop!();
                            let r = self.mega_store_attr(&obj, &code.names[arg], v);
                            obj.release();
                            if let Err(e) = r {
                                raise!(e);
                            }
                        }
                        _ => break Leave::Cold,
                    }
                    skip!(1);
                };
                f.pc = pc!();
                // SAFETY: the values below `top` are initialized (see above).
                unsafe { f.slots.set_len(depth!()) };
                // Unwinds the inline frames until a handler catches `err`; the
                // entry frame is `run_frame`'s.
                macro_rules! unwind_callees {
                    ($err:expr) => {{
                        let err = $err;
                        loop {
                            if active.get() == 0 {
                                return Err(err);
                            }
                            let callee = &mut callees[active.get() - 1];
                            if self.unwind(callee, &err) {
                                continue 'frames;
                            }
                            // No longer running (for introspection) before its
                            // values are released.
                            active.set(active.get() - 1);
                            callee.vacate();
                            self.depth -= 1;
                        }
                    }};
                }
                let exit = match exit {
                    Leave::Return(v) => FrameExit::Return(v),
                    Leave::Cold => {
                        if STATS {
                            if let Some(stats) = &mut self.stats {
                                stats.count_slow(code.instr(f.pc).op);
                            }
                        }
                        // `f.pc` says where the frame is while `step` runs.
                        saved_ip.set(std::ptr::null());
                        match self.step::<ADAPTIVE, STATS>(f, code) {
                            Ok(None) => continue,
                            Ok(Some(exit)) => exit,
                            Err(err) => unwind_callees!(err),
                        }
                    }
                    Leave::Error(err) => unwind_callees!(err),
                    Leave::Yield(v) => FrameExit::Yield(v),
                    // Out of line: the frame is canonical again afterwards.
                    Leave::Loop(edge) => {
                        // `f.pc` says where the frame is while the trace runs.
                        saved_ip.set(std::ptr::null());
                        match self.jit_loop(f, code, edge) {
                            Ok(()) => continue,
                            Err(err) => unwind_callees!(err),
                        }
                    }
                };
                if active.get() == 0 {
                    return Ok(exit);
                }
                match exit {
                    // A return run by `step`.
                    FrameExit::Return(v) => {
                        let done = self.leave_inline(&mut callees, &active, &saved_ip, entry, v);
                        match done {
                            Ok(()) => continue 'frames,
                            Err(err) => unwind_callees!(err),
                        }
                    }
                    FrameExit::Yield(_) => unreachable!("only the entry frame can be a generator"),
                }
            }
        }
    }
}

/// The truth of a value of a type without an inline test (sets, ranges,
/// instances with `__bool__` or `__len__`, ...), kept out of the hot loop's
/// body.
#[cold]
#[inline(never)]
fn truth_out_of_line(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    vm.truthy(v)
}

/// The code `f` runs, quickened before its first run in the adaptive tier.
#[inline(always)]
fn running_code<'a, const ADAPTIVE: bool>(f: &Frame) -> &'a crate::bytecode::Code {
    // SAFETY: the frame holds this `Rc` (and so the code) while it runs; a
    // frame's code changes only while it is vacant, and the hot loop asks
    // again after every frame switch.
    let code = unsafe { &*std::rc::Rc::as_ptr(&f.code) };
    if ADAPTIVE && !code.quickened.get() {
        crate::specialize::quicken(code);
    }
    code
}

/// Why the hot loop stopped.
enum Leave {
    /// Run the instruction at `pc` through `step`.
    Cold,
    /// The frame returned.
    Return(Value),
    /// The (generator) frame yielded; `pc` is past the yield.
    Yield(Value),
    /// An instruction run in the loop raised (`pc` is past it, as after
    /// `step`).
    Error(super::PyErr),
    /// `jit` tier: a loop's back edge (this unit) was taken and `pc` is the
    /// loop header; its trace runs, or the loop is recorded
    /// ([`Vm::jit_loop`]).
    Loop(*const Unit),
}

/// A call the hot loop runs in a frame of its own: the caller's stack is
/// `[.., callable-or-receiver.., args..]` with the arguments from `first`
/// to the top, which move into the callee; `callable..first` is released
/// once the callee is set up (except for a binary operator's dunder, whose
/// operands stay until it returns).
struct InlineCall {
    /// The function; alive until the caller's stack is truncated, held by
    /// the callable slot, or (`__init__`, property getters) by the dict of a
    /// class the instance among the arguments keeps alive.
    func: *const Function,
    /// Where the caller's stack ends after the call.
    callable: usize,
    /// The first argument.
    first: usize,
    /// What the return value becomes; for [`Completion::Binary`] the
    /// operands stay on the caller's stack (the callee gets copies).
    completion: Completion,
}

impl Vm {
    /// Enters an inline call: the callee takes the vacant frame above the
    /// `active` running ones (made if there is none) with its arguments
    /// from the caller's stack (whose length is up to date), and the
    /// caller's stack drops to `call.callable` (unless the operands of a
    /// binary operator's dunder stay).
    /// `bind` makes the vacant frame the callee's activation ([`Frame::enter`]
    /// or, for keyword calls, [`Frame::enter_keywords`]).
    #[inline(always)]
    fn enter_inline(
        &mut self,
        callees: &mut Vec<Frame>,
        active: usize,
        entry: *mut Frame,
        call: InlineCall,
        bind: impl FnOnce(&mut Frame, &Function, &mut Vec<Value>, usize, bool),
    ) {
        self.depth += 1;
        // SAFETY: the function is alive (see `InlineCall::func`).
        let func = unsafe { &*call.func };
        if callees.len() == active {
            callees.push(Frame::vacant(func));
        }
        let (running, vacant) = callees.split_at_mut(active);
        // SAFETY: the entry frame is not among `callees`.
        let caller = running.last_mut().unwrap_or(unsafe { &mut *entry });
        let callee = &mut vacant[0];
        let keep = matches!(call.completion, Completion::Binary(_));
        bind(callee, func, &mut caller.slots, call.first, keep);
        // A vacant frame's completion holds no value: nothing to release.
        std::mem::forget(std::mem::replace(&mut callee.completion, call.completion));
        if func.code.has_cells {
            self.init_cells(func, callee);
        }
        if !keep {
            // Last: this may release the function itself.
            caller.truncate(call.callable);
        }
    }

    /// Enters an inline call of `func` whose parameters the general binder
    /// binds (`*args`, `**kwargs`, keywords) from `positional` and `keywords`
    /// (copied), in place in the vacant frame above the `active` running
    /// ones, which becomes the callee, completing with `completion`; the
    /// caller's stack (whose length is up to date) then drops to `callable`.
    /// A binding error leaves the frame vacant and the caller's stack as it
    /// was. `positional` may point into the caller's stack (its buffer does
    /// not move when `callees` grows).
    #[allow(clippy::too_many_arguments)]
    fn enter_inline_general(
        &mut self,
        callees: &mut Vec<Frame>,
        active: usize,
        entry: *mut Frame,
        func: &std::rc::Rc<Function>,
        positional: &[Value],
        keywords: &[(crate::runtime::objects::Name, Value)],
        callable: usize,
        completion: Completion,
    ) -> PyResult<()> {
        if callees.len() == active {
            callees.push(Frame::vacant(func));
        }
        let callee = &mut callees[active];
        let code = &func.code;
        let exact = keywords.is_empty()
            && positional.len() == code.argcount as usize
            && code.flags & (crate::bytecode::flags::VARARGS | crate::bytecode::flags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0;
        if exact {
            callee.enter_copied(func, positional);
        } else {
            callee.prepare_bind(func);
            if let Err(e) = self.bind_args(func, callee, positional, keywords) {
                callee.truncate(0);
                return Err(e);
            }
        }
        if func.code.has_cells {
            self.init_cells(func, callee);
        }
        // A vacant frame's completion holds no value: nothing to release.
        std::mem::forget(std::mem::replace(&mut callee.completion, completion));
        self.depth += 1;
        // SAFETY: the entry frame is not among `callees`.
        let caller = if active > 0 { &mut callees[active - 1] } else { unsafe { &mut *entry } };
        // Last: this may release the function itself.
        caller.truncate(callable);
        Ok(())
    }

    /// Returns `v` from the innermost of the `active` inline frames (whose
    /// stack length is up to date): the frame is vacated (and no longer
    /// counted in `active`) and what the call evaluates to is pushed on its
    /// caller's stack. An error is raised at the caller's call instruction.
    /// Python code run here (finalizers, a reflected operator's dunder, a
    /// signal handler) sees the caller at its `pc`: `saved_ip` is cleared
    /// first.
    #[inline(always)]
    fn leave_inline(&mut self, callees: &mut [Frame], active: &Cell<usize>, saved_ip: &Cell<*const Unit>, entry: *mut Frame, v: Value) -> PyResult<()> {
        // Not running any more before Python code (finalizers, a reflected
        // operator's dunder) can look at the stack.
        let running_before = active.get();
        active.set(running_before - 1);
        let (running, done) = callees[..running_before].split_at_mut(running_before - 1);
        let done = &mut done[0];
        // (A watched frame returns through `step`: its `pc` is past the return.)
        if let Completion::Watched(..) = done.completion {
            super::frames::unwatch(done);
        }
        let completion = std::mem::replace(&mut done.completion, Completion::Value);
        done.vacate();
        // The eval breaker's check on returns (a recursion without loops
        // still notices a SIGINT): a generator suspended in `try` that died
        // with the frame runs its `finally` now, as in CPython; a SIGINT
        // raises `KeyboardInterrupt` once the call completed.
        let interrupted = breaker() && {
            saved_ip.set(std::ptr::null());
            self.run_finalizers();
            signals::interrupt_pending()
        };
        self.depth -= 1;
        // SAFETY: the entry frame is not among `callees`.
        let caller = running.last_mut().unwrap_or(unsafe { &mut *entry });
        let result = if let Completion::Value = completion {
            // Nothing to drop (and no call of the drop glue).
            std::mem::forget(completion);
            v
        } else {
            saved_ip.set(std::ptr::null());
            self.complete_special(completion, v, caller)?
        };
        caller.push(result);
        if interrupted {
            self.check_signals()?;
        }
        Ok(())
    }

    /// What a class call whose `__init__` returned `v` evaluates to: the new
    /// `instance`, or the TypeError of an `__init__` returning something else.
    pub(crate) fn complete_init(&mut self, instance: Value, v: Value) -> PyResult<Value> {
        if v.is_none() {
            return Ok(instance);
        }
        let err = type_error(format!("__init__() should return None, not '{}'", self.type_of(&v).name.as_str()));
        instance.release();
        v.release();
        Err(err)
    }

    /// What a call that completes by `__init__` or by a binary operator's
    /// dunder evaluates to, given the function's return value `v`.
    #[cold]
    pub(crate) fn complete_special(&mut self, completion: Completion, v: Value, caller: &mut Frame) -> PyResult<Value> {
        match completion {
            Completion::Value => Ok(v),
            Completion::Watched(watched) => self.complete_special(watched.1, v, caller),
            Completion::Init(instance) => self.complete_init(instance, v),
            Completion::Binary(arg) => {
                let b = caller.pop();
                let a = caller.pop();
                if is_not_implemented(&v) {
                    v.release();
                    let (op, inplace) = BinOp::decode(arg);
                    self.binary_after_left(op, inplace, a, b)
                } else {
                    a.release();
                    b.release();
                    Ok(v)
                }
            }
        }
    }

    /// For the base tier's generic `BinaryOp`: the left operand's Python
    /// dunder when the operator can run it in an inline frame (the same
    /// conditions as `BINARY_OP_DUNDER`), and the call depth allows.
    #[inline]
    fn inline_dunder(&self, a: &Value, b: &Value, arg: u32) -> Option<*const Function> {
        let Value::Instance(inst) = a else { return None };
        if self.depth >= self.recursion_limit {
            return None;
        }
        // The class dict holds the function; the left operand keeps the class alive.
        crate::specialize::binary_dunder(inst, b, arg).ok().map(|(_, cache)| cache.ptr as *const Function)
    }

    /// `for` over a generator or another native iterator: its next item
    /// (`Ok(None)` when it finished), or `None` for other values (objects
    /// with `__next__`, which `step` runs).
    #[inline]
    fn for_iter_native(&mut self, it: &Value) -> Option<PyResult<Option<Value>>> {
        matches!(it, Value::Generator(_) | Value::Iter(_)).then(|| self.next(it))
    }
}

/// The next item of a range or list iterator: `Some(None)` when exhausted,
/// `None` for other iterators.
#[inline(always)]
pub(super) fn for_iter_fast(it: &Value) -> Option<Option<Value>> {
    let Value::Iter(i) = it else { return None };
    match &mut *i.state.borrow_mut() {
        IterState::Range { next, stop, step } => Some(crate::runtime::objects::range_next(next, *stop, *step).map(Value::Int)),
        IterState::Seq { seq: Value::List(l), index } => match l.get(*index) {
            Some(v) => {
                *index += 1;
                Some(Some(v))
            }
            None => Some(None),
        },
        IterState::Seq { seq: Value::Tuple(t), index } => match t.items.get(*index) {
            Some(v) => {
                *index += 1;
                Some(Some(v.clone()))
            }
            None => Some(None),
        },
        _ => None,
    }
}

/// `LoadAttrInstance`: the slot value when the guards hold.
#[inline(always)]
pub(crate) fn instance_slot_value(v: &Value, c: crate::bytecode::Cache) -> Option<Value> {
    let Value::Instance(inst) = v else { return None };
    let version = inst.class.version.get();
    // SAFETY: attribute storage is borrowed mutably only inside single
    // operations, never across an instruction boundary (so never now); not
    // counting this shared borrow saves two writes on the hottest path.
    let attrs = unsafe { inst.attrs.try_borrow_unguarded() }.ok()?;
    match attrs.values.get(c.index as usize) {
        // (Dict mode clears the slot values, so a found slot is not in dict mode.)
        Some(v) if c.instance_layout_fits(version, attrs.shape_id) && !v.is_null() => Some(v.clone()),
        _ => None,
    }
}

/// `STORE_ATTR_INSTANCE`'s store: when `obj` is an instance of a cached
/// layout (not in dict mode) whose slot exists, moves the value at `value`
/// into the slot (releasing the old one) and returns true; else leaves it.
///
/// # Safety
/// `value` points to an initialized stack value; on true it has been
/// moved out and the caller must forget it.
#[inline(always)]
pub(crate) unsafe fn store_instance_slot(obj: &Value, c: crate::bytecode::Cache, value: *const Value) -> bool {
    let Value::Instance(inst) = obj else { return false };
    let mut attrs = inst.attrs.borrow_mut();
    // (Dict mode clears the slot values, so an existing slot means the
    // instance is not in dict mode.)
    if !slot_fits(inst, &attrs, c) {
        return false;
    }
    inst.note_value(&*value);
    let old = std::mem::replace(&mut attrs.values[c.index as usize], value.read());
    drop(attrs);
    old.release();
    true
}

/// `BINARY_OP_DUNDER`'s guard: the left operand is an instance of the cached
/// class version, and the right one no instance of another class (which
/// might be a subclass whose reflected method goes first).
#[inline(always)]
pub(crate) fn binary_dunder_fits(a: &Value, b: &Value, c: crate::bytecode::Cache) -> bool {
    match (a, b) {
        (Value::Instance(a), Value::Instance(b)) => a.class.version.get() == c.version && std::rc::Rc::ptr_eq(&a.class, &b.class),
        (Value::Instance(a), _) => a.class.version.get() == c.version,
        _ => false,
    }
}

/// `STORE_ATTR_ADD_INSTANCE` with cache `c` of `v` into `obj` (the jit's
/// store): when `obj` has the cached layout, appends the slot as the hot
/// loop does and returns true; else does nothing (and drops `v`).
pub(crate) fn add_instance_slot(obj: &Value, c: crate::bytecode::Cache, v: Value) -> bool {
    match obj {
        Value::Instance(inst) if instance_fits(obj, c) => {
            super::eval::add_slot(inst, c, v);
            true
        }
        _ => false,
    }
}

/// Whether `STORE_ATTR_INSTANCE` with cache `c` would store into `v` now.
pub(crate) fn instance_slot_exists(v: &Value, c: crate::bytecode::Cache) -> bool {
    let Value::Instance(inst) = v else { return false };
    inst.attrs.try_borrow().is_ok_and(|attrs| slot_fits(inst, &attrs, c))
}

/// The guard of `STORE_ATTR_INSTANCE`: the instance has the cached layout
/// and the cached slot exists.
#[inline(always)]
fn slot_fits(inst: &crate::runtime::objects::Instance, attrs: &crate::runtime::objects::Attrs, c: crate::bytecode::Cache) -> bool {
    c.instance_layout_fits(inst.class.version.get(), attrs.shape_id) && (c.index as usize) < attrs.values.len()
}

/// `LOAD_METHOD_INSTANCE`'s guard: for an instance (not in dict mode) of
/// one of the two cached layouts, the method cached for it.
#[inline(always)]
pub(crate) fn instance_method(v: &Value, c: crate::bytecode::Cache) -> Option<usize> {
    let Value::Instance(inst) = v else { return None };
    // SAFETY: as in `instance_slot_value`.
    let attrs = unsafe { inst.attrs.try_borrow_unguarded() }.ok()?;
    if attrs.dict.is_some() {
        return None;
    }
    c.method_for(inst.class.version.get(), attrs.shape_id)
}

/// The guard of instance forms: an instance of the cached class version,
/// with the cached shape, not in dict mode.
#[inline(always)]
pub(crate) fn instance_fits(v: &Value, c: crate::bytecode::Cache) -> bool {
    let Value::Instance(inst) = v else { return false };
    // SAFETY: as in `instance_slot_value`.
    let Ok(attrs) = (unsafe { inst.attrs.try_borrow_unguarded() }) else { return false };
    inst.class.version.get() == c.version && attrs.shape_id == c.aux && attrs.dict.is_none()
}

/// An `int`, small or big: the guard of the big-int forms. Not a `bool`,
/// unlike the generic operators' int test: `&`, `|` and `^` of two bools
/// give a bool, and these forms do not require a big operand.
#[inline(always)]
fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_))
}

/// `list[int] = value` within bounds, on the stack `[value, list, int]`
/// ending at `top`: consumes the three values (true) or leaves them (false).
#[inline(always)]
fn store_list_int(top: *mut Value) -> bool {
    // SAFETY: the caller's three values below `top` are initialized.
    unsafe {
        let (Value::List(l), Value::Int(i)) = (&*top.sub(2), &*top.sub(1)) else { return false };
        let value = top.sub(3).read();
        match l.set_index(*i, value) {
            Ok(()) => {
                top.sub(2).read().release();
                true
            }
            Err(value) => {
                top.sub(3).write(value);
                false
            }
        }
    }
}

/// `bytearray[int] = int` for an index in range and a value in 0..=255,
/// done in place: the three values below `top` are consumed on success and
/// left untouched otherwise. (Out of line, as the other arms' helpers that are not
/// on the hottest paths: every arm inlined into the loop costs it registers.)
#[inline(never)]
fn store_bytearray_int(top: *mut Value) -> bool {
    // SAFETY: the caller's three values below `top` are initialized.
    unsafe {
        let (Value::Int(i), Value::Int(v)) = (&*top.sub(1), &*top.sub(3)) else { return false };
        if !crate::vm::bytes::store_byte(&*top.sub(2), *i, *v) {
            return false;
        }
        // The index and value are ints (nothing to drop).
        top.sub(2).read().release();
        true
    }
}

/// `array[int] = v` for an exact `array.array` (the site's cache), an
/// index in range and a value the typecode takes as it is: the three
/// values below `top` are consumed on success and left untouched otherwise.
///
/// # Safety
/// The three values below `top` are initialized.
#[inline(never)]
// `extern "C"` (Rust callers only): a call that cannot unwind needs no
// cleanup path in the hot loop, whose register allocation that would cost.
#[allow(improper_ctypes_definitions)]
unsafe extern "C" fn store_array_int(top: *mut Value, c: &crate::bytecode::Cache) -> bool {
    let Value::Int(i) = &*top.sub(1) else { return false };
    if !crate::modules::array::store_fast(&*top.sub(2), *i, &*top.sub(3), c) {
        return false;
    }
    // The item was copied out of the value; the index is an int.
    top.sub(3).read().release();
    top.sub(2).read().release();
    true
}

/// `array[int]` for an exact `array.array` (the site's cache) and an index in range.
#[inline(never)]
// `extern "C"` (Rust callers only): a call that cannot unwind needs no
// cleanup path in the hot loop, whose register allocation that would cost.
#[allow(improper_ctypes_definitions)]
extern "C" fn array_item(container: &Value, key: &Value, c: &crate::bytecode::Cache) -> Option<Value> {
    let Value::Int(i) = key else { return None };
    crate::modules::array::item_fast(container, *i, c)
}

/// `array[int]` for an `array.array` (the base tier: no site cache).
#[inline(never)]
// `extern "C"` (Rust callers only): a call that cannot unwind needs no
// cleanup path in the hot loop, whose register allocation that would cost.
#[allow(improper_ctypes_definitions)]
extern "C" fn array_item_uncached(container: &Value, key: &Value) -> Option<Value> {
    let Value::Instance(_) = container else { return None };
    array_item(container, key, &crate::modules::array::exact_cache())
}

/// [`store_array_int`] for the base tier (no site cache).
#[inline(never)]
// `extern "C"` (Rust callers only): a call that cannot unwind needs no
// cleanup path in the hot loop, whose register allocation that would cost.
#[allow(improper_ctypes_definitions)]
extern "C" fn store_array_uncached(top: *mut Value) -> bool {
    // SAFETY: the caller's three values below `top` are initialized.
    unsafe {
        let Value::Instance(_) = &*top.sub(2) else { return false };
        store_array_int(top, &crate::modules::array::exact_cache())
    }
}

/// `list[slice]`, `tuple[slice]` or `str[start:stop]` for a slice of ints
/// and Nones (`None` for other cases).
#[inline]
fn slice_fast(container: &Value, s: &crate::runtime::objects::Slice) -> Option<Value> {
    use super::containers::int_slice_indices;
    match container {
        Value::List(l) => {
            let (start, _, step, count) = int_slice_indices(s, l.len())?;
            Some(Value::List(crate::runtime::gc::new(l.slice(start, step, count))))
        }
        Value::Tuple(t) => {
            let (start, _, step, count) = int_slice_indices(s, t.items.len())?;
            Some(Value::tuple((0..count as i64).map(|k| t.items[(start + k * step) as usize].clone()).collect()))
        }
        // Non-ASCII text finds its byte offsets through the string's
        // checkpoint index (`PyStr::substring`).
        Value::Str(text) => {
            let (start, _, step, count) = int_slice_indices(s, text.char_len())?;
            if step != 1 {
                return None;
            }
            Some(Value::str(text.substring(start as usize, start as usize + count)))
        }
        Value::Other(_) => {
            let (start, _, step, count) = int_slice_indices(s, super::bytes::bytes_len(container))?;
            if step != 1 {
                return None;
            }
            super::bytes::slice_same_kind(container, start as usize, count)
        }
        _ => None,
    }
}

/// The dict inside an instance of a dict subclass whose class has the
/// version the site cached (one that keeps dict's own subscript dunder:
/// `specialize::dict_subclass_site`).
#[inline(always)]
fn dict_subclass_fits(v: &Value, c: &crate::bytecode::Cache) -> Option<std::rc::Rc<crate::runtime::objects::PyDict>> {
    let Value::Instance(inst) = v else { return None };
    match &inst.native {
        NativeData::Dict(d) if inst.class.version.get() == c.version => Some(d.clone()),
        _ => None,
    }
}

/// `list[slice] = other_list` for a slice of ints and Nones whose length
/// matches (or any length for step 1); false leaves everything to the
/// generic path.
#[inline]
fn store_slice_fast(container: &Value, s: &crate::runtime::objects::Slice, value: &Value) -> bool {
    let (Value::List(l), Value::List(src)) = (container, value) else { return false };
    let Some((start, stop, step, count)) = super::containers::int_slice_indices(s, l.len()) else { return false };
    if step != 1 && src.len() != count {
        return false;
    }
    l.assign_slice(start, stop, step, count, src).is_ok()
}

/// `list[int]`, `tuple[int]`, `bytes[int]` or `bytearray[int]` within bounds.
#[inline(always)]
fn subscr_fast(container: &Value, key: &Value) -> Option<Value> {
    let Value::Int(i) = key else { return None };
    let index = |len: usize| {
        let j = if *i < 0 { *i + len as i64 } else { *i };
        (j >= 0).then_some(j as usize)
    };
    match container {
        Value::List(l) => l.get_index(*i),
        Value::Tuple(t) => t.items.get(index(t.items.len())?).cloned(),
        Value::Other(_) => super::bytes::byte_at(container, *i).map(|c| Value::Int(c as i64)),
        _ => None,
    }
}

/// `BINARY_OP_ADD_SEQ`: `a + b` of two tuples, or of two lists when the
/// operator (`arg`) is not in place; `None` for other operands.
#[inline(never)]
fn concat_sequences(a: &Value, b: &Value, arg: u32) -> Option<Value> {
    match (a, b) {
        (Value::Tuple(a), Value::Tuple(b)) => {
            let mut items = Vec::with_capacity(a.items.len() + b.items.len());
            items.extend_from_slice(&a.items);
            items.extend_from_slice(&b.items);
            Some(Value::tuple(items))
        }
        (Value::List(a), Value::List(b)) if BinOp::decode(arg) == (BinOp::Add, false) => Some(Value::List(crate::runtime::gc::new(a.concat(b)))),
        _ => None,
    }
}

/// A new empty set (`BUILD_SET` of a set comprehension), out of line.
#[inline(never)]
fn empty_set() -> Value {
    Value::Set(crate::runtime::gc::new(crate::runtime::objects::PySet::new(false)))
}

impl Vm {
    /// [`Vm::call_value`] kept out of the hot loop, for its general call
    /// forms (`CALL_CLASS`, `CALL_KW_OTHER`).
    #[inline(never)]
    fn call_out_of_line(&mut self, callee: &Value, args: &[Value], kwargs: &[(crate::runtime::objects::Name, Value)]) -> PyResult<Value> {
        self.call_value(callee, args, kwargs)
    }
}

/// `LOAD_ATTR_METHOD`: a bound method of the function at `method` (cached
/// by the site, whose guards passed) and `recv`; out of line.
#[inline(never)]
#[allow(improper_ctypes_definitions)]
extern "C" fn bound_method(method: usize, recv: Value) -> Value {
    // SAFETY: as for LOAD_METHOD_INSTANCE: the class dict holds the function.
    let func = Value::Function(unsafe { crate::specialize::borrowed::<Function>(method) });
    Value::BoundMethod(crate::runtime::objects::BoundMethod::new_rc(func, recv))
}

/// `LOAD_METHOD_CLASS` once its guard passed: the class at `top - 1` makes
/// way for the cached function and `NULL` (or, for a classmethod, the
/// class itself as the call's `self`, at `top`); out of line.
///
/// # Safety
/// `top - 1` is the class (an initialized value); `top` is within the
/// stack's capacity (uninitialized).
#[inline(never)]
#[allow(improper_ctypes_definitions)]
unsafe extern "C" fn class_method_load(top: *mut Value, c: crate::bytecode::Cache) {
    // SAFETY: the class dict (version unchanged) holds the function or
    // the static/classmethod wrapping it.
    let func = if c.aux == crate::specialize::CLASS_METHOD_BUILTIN {
        Value::Builtin(crate::specialize::borrowed::<Builtin>(c.ptr))
    } else {
        Value::Function(crate::specialize::borrowed::<Function>(c.ptr))
    };
    let cls = std::mem::replace(&mut *top.sub(1), func);
    if c.aux == crate::specialize::CLASS_METHOD_BINDS_CLASS {
        top.write(cls);
    } else {
        cls.release();
        top.write(Value::Null);
    }
}
