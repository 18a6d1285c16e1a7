//! Frames: locals, cells and the value stack in one contiguous vector.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::runtime::objects::{Function, PyDict};
use crate::runtime::value::Value;
use super::frames::FrameWatch;

/// An activation record.
///
/// `slots[..code.nfixed()]` are the fast locals followed by cell and free
/// variables; everything above is the value stack. `pc` is the index of the
/// next instruction. At every instruction boundary the frame is complete, so
/// a side exit from compiled code only has to write slots and `pc`.
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// Locals, cells, then the value stack.
    pub slots: Vec<Value>,
    /// Next instruction.
    pub pc: usize,
    /// Module globals.
    pub globals: Rc<PyDict>,
    /// Namespace for `LoadName`/`StoreName` (class bodies); `None` = globals.
    pub locals: Option<Rc<PyDict>>,
    /// What the frame's return value becomes in its caller (inline calls).
    pub completion: Completion,
}

/// What an inline callee's return value becomes in the caller.
pub enum Completion {
    /// The call's value.
    Value,
    /// `__init__` run by class instantiation: the call evaluates to this new
    /// instance (and `__init__` must return `None`).
    Init(Value),
    /// A binary operator's dunder (`arg` of the `BinaryOp`): the caller's
    /// stack still holds both operands; `NotImplemented` continues the
    /// operator protocol.
    Binary(u32),
    /// A frame that a frame object watches (see `vm::frames`): the watch
    /// records the frame's last state when it ends; the completion beside it
    /// is what the return value becomes. (Boxed, so that a completion stays
    /// the size of a value.)
    Watched(Box<(Rc<FrameWatch>, Completion)>),
}

impl Frame {
    /// A frame with all locals unbound and an empty stack.
    pub fn new(code: Rc<Code>, globals: Rc<PyDict>, locals: Option<Rc<PyDict>>) -> Frame {
        let mut frame = Frame::with_buffer(code, globals, Vec::new());
        frame.locals = locals;
        frame
    }

    /// A frame reusing `slots` (a recycled buffer; any values already in it
    /// become the first locals, i.e. the arguments).
    pub fn with_buffer(code: Rc<Code>, globals: Rc<PyDict>, mut slots: Vec<Value>) -> Frame {
        let nfixed = code.nfixed();
        let need = code.frame_size as usize;
        if slots.capacity() < need {
            slots.reserve(need - slots.len());
        }
        if slots.len() < nfixed {
            // One fill within the reserved capacity (a `push` loop checks the
            // capacity for every slot).
            slots.resize_with(nfixed, || Value::Null);
        }
        Frame { code, slots, pc: 0, globals, locals: None, completion: Completion::Value }
    }

    /// Makes this vacant frame the activation of `func` with copies of
    /// `args` as its parameters, which they bind exactly (no keywords,
    /// `*args`, `**kwargs` or keyword-only parameters).
    #[inline]
    pub fn enter_copied(&mut self, func: &Function, args: &[Value]) {
        self.switch_to(func);
        // SAFETY: the frame is vacant and the arguments are cloned, not moved.
        unsafe { self.bind(func, args, false) };
    }

    /// Makes this vacant frame ready for the general binder to bind `func`'s
    /// arguments in place: `func`'s code and globals, its fixed slots
    /// unbound, room for its stack.
    #[inline]
    pub fn prepare_bind(&mut self, func: &Function) {
        self.switch_to(func);
        debug_assert!(self.slots.is_empty());
        self.slots.reserve(func.code.frame_size as usize);
        self.slots.resize_with(func.code.nfixed(), || Value::Null);
    }

    /// A frame for `func` with no slots, to be filled by [`Frame::enter`]:
    /// the hot loop keeps such frames for reuse by inline calls.
    pub fn vacant(func: &Function) -> Frame {
        Frame { code: func.code.clone(), slots: Vec::new(), pc: 0, globals: func.globals.clone(), locals: None, completion: Completion::Value }
    }

    /// Points the frame at `func`'s code and globals, at its first instruction.
    /// Recursion and repeated calls find the same code and globals here: no
    /// reference-count traffic then.
    #[inline(always)]
    fn switch_to(&mut self, func: &Function) {
        if !Rc::ptr_eq(&self.code, &func.code) {
            self.code = func.code.clone();
        }
        if !Rc::ptr_eq(&self.globals, &func.globals) {
            self.globals = func.globals.clone();
        }
        self.pc = 0;
    }

    /// Makes this vacant frame the activation of `func` for an inline call,
    /// with the arguments `caller[first..]` as its first locals: *moved*
    /// (the caller's stack ends at `first` afterwards), or copied when
    /// `keep` (the caller's stack is unchanged). Missing trailing
    /// parameters take `func`'s defaults; the other fixed slots are unbound.
    /// The caller has checked that the arguments bind this way
    /// ([`takes_exactly`](crate::specialize::takes_exactly) or
    /// [`takes_with_defaults`](crate::specialize::takes_with_defaults)).
    #[inline(always)]
    pub fn enter(&mut self, func: &Function, caller: &mut Vec<Value>, first: usize, keep: bool) {
        self.switch_to(func);
        // SAFETY: `caller[first..]` are initialized values; when they are
        // moved, the caller's length drops to `first` right after, so each is
        // owned exactly once.
        unsafe {
            let args = std::slice::from_raw_parts(caller.as_ptr().add(first), caller.len() - first);
            self.bind(func, args, !keep);
            if !keep {
                caller.set_len(first);
            }
        }
    }

    /// [`Frame::enter`] for a keyword call: of the arguments `caller[first..]`
    /// (moved), the last `nkw` are keywords, keyword `j` for parameter
    /// `nargs - nkw + offsets byte j`; the parameters after the positional
    /// arguments that no keyword names take their defaults.
    ///
    /// # Safety
    /// The places must be distinct parameters below `argcount`, every
    /// parameter left out must have a default, and `func` takes no
    /// `*args`/`**kwargs`/keyword-only parameters
    /// ([`call_kw_fits`](crate::specialize::call_kw_fits)).
    #[inline(always)]
    pub unsafe fn enter_keywords(&mut self, func: &Function, caller: &mut Vec<Value>, first: usize, nkw: usize, offsets: u64) {
        self.switch_to(func);
        let code = &func.code;
        let nargs = caller.len() - first;
        let npos = nargs - nkw;
        let (argcount, nfixed) = (code.argcount as usize, code.nfixed());
        debug_assert!(self.slots.is_empty() && nargs <= argcount && argcount <= nfixed);
        self.slots.reserve(code.frame_size as usize);
        let dst = self.slots.as_mut_ptr();
        let src = caller.as_ptr().add(first);
        std::ptr::copy_nonoverlapping(src, dst, npos);
        for i in npos..nfixed {
            dst.add(i).write(Value::Null);
        }
        for j in 0..nkw {
            dst.add(npos + (offsets >> (8 * j)) as u8 as usize).write(src.add(npos + j).read());
        }
        // The defaults belong to the last parameters (CPython's indexing:
        // a longer `__defaults__` is fine).
        let defaults = func.defaults.borrow();
        for i in npos..argcount {
            if (*dst.add(i)).is_null() {
                dst.add(i).write(defaults[i + defaults.len() - argcount].clone());
            }
        }
        self.slots.set_len(nfixed);
        caller.set_len(first);
    }

    /// Fills this frame's empty slots with the locals of a call of `func`
    /// whose positional arguments are `args`: the arguments (moved bitwise
    /// when `moved`, else cloned), the defaults of the missing trailing
    /// parameters, then unbound slots up to the fixed ones.
    ///
    /// # Safety
    /// When `moved`, the caller gives up `args`: it must not release them.
    #[inline(always)]
    pub unsafe fn bind(&mut self, func: &Function, args: &[Value], moved: bool) {
        let code = &func.code;
        let nfixed = code.nfixed();
        let nargs = args.len();
        let argcount = code.argcount as usize;
        debug_assert!(self.slots.is_empty() && nargs <= argcount && argcount <= nfixed);
        self.slots.reserve(code.frame_size as usize);
        // The buffer has capacity for `nfixed` values and every slot below
        // `nfixed` is written before the length is set.
        let dst = self.slots.as_mut_ptr();
        if moved {
            // Calls pass few arguments: a library `memcpy` call costs more
            // than these moves.
            let src = args.as_ptr();
            match nargs {
                0 => {}
                1 => dst.write(src.read()),
                2 => {
                    dst.write(src.read());
                    dst.add(1).write(src.add(1).read());
                }
                3 => {
                    dst.write(src.read());
                    dst.add(1).write(src.add(1).read());
                    dst.add(2).write(src.add(2).read());
                }
                _ => std::ptr::copy_nonoverlapping(src, dst, nargs),
            }
        } else {
            for (i, a) in args.iter().enumerate() {
                dst.add(i).write(a.clone());
            }
        }
        if nargs < argcount {
            let defaults = func.defaults.borrow();
            let skip = defaults.len() + nargs - argcount;
            for (i, d) in defaults[skip..].iter().enumerate() {
                dst.add(nargs + i).write(d.clone());
            }
        }
        for i in nargs.max(argcount)..nfixed {
            dst.add(i).write(Value::Null);
        }
        self.slots.set_len(nfixed);
    }

    /// Releases every value the frame holds (after it returned or unwound),
    /// keeping its buffer for the next [`Frame::enter`].
    #[inline]
    pub fn vacate(&mut self) {
        // No temporary completion on the common path (its drop glue is a call).
        if let Completion::Value = self.completion {
            self.truncate(0);
        } else {
            self.vacate_special();
        }
    }

    /// [`Frame::vacate`] for a frame that completes specially: a watched
    /// frame first records its last state (its `pc` is past the
    /// instruction it ended in); an `__init__`'s instance is released.
    #[cold]
    #[inline(never)]
    fn vacate_special(&mut self) {
        let completion = match std::mem::replace(&mut self.completion, Completion::Value) {
            Completion::Watched(watched) => {
                let (watch, then) = *watched;
                watch.finish(self, self.pc.saturating_sub(1));
                then
            }
            other => other,
        };
        self.truncate(0);
        drop(completion);
    }

    /// Pushes onto the value stack.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.slots.push(v);
    }

    /// Pops the value stack. The compiler guarantees the stack is never
    /// popped below its base, so an empty pop is an interpreter bug; it
    /// yields `Null` rather than aborting.
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        match self.slots.pop() {
            Some(v) => v,
            None => Value::Null,
        }
    }

    /// The value `n` deep (1 = top).
    #[inline(always)]
    pub fn peek(&self, n: usize) -> &Value {
        &self.slots[self.slots.len() - n]
    }

    /// Mutable access to the value `n` deep (1 = top).
    #[inline(always)]
    pub fn peek_mut(&mut self, n: usize) -> &mut Value {
        let len = self.slots.len();
        &mut self.slots[len - n]
    }

    /// Replaces TOS, releasing the old value.
    #[inline(always)]
    pub fn set_top(&mut self, v: Value) {
        std::mem::replace(self.peek_mut(1), v).release();
    }

    /// The top `n` values as a slice (bottom first).
    #[inline(always)]
    pub fn top_n(&self, n: usize) -> &[Value] {
        &self.slots[self.slots.len() - n..]
    }

    /// Drops the top `n` values.
    #[inline(always)]
    pub fn drop_n(&mut self, n: usize) {
        let len = self.slots.len() - n;
        self.truncate(len);
    }

    /// Pops values until the stack has `len` slots (if it has more),
    /// releasing each inline.
    #[inline(always)]
    pub fn truncate(&mut self, len: usize) {
        let n = self.slots.len();
        if n <= len {
            return;
        }
        // SAFETY: `len..n` are initialized; the length is cut first, so each
        // value is released exactly once.
        unsafe {
            self.slots.set_len(len);
            let p = self.slots.as_ptr();
            for i in len..n {
                p.add(i).read().release();
            }
        }
    }

    /// Current stack depth above the fixed slots.
    pub fn stack_depth(&self) -> usize {
        self.slots.len() - self.code.nfixed()
    }
}
