//! The Python frames on the call stack, as introspection sees them
//! (`sys._getframe`, `locals()`, `eval()`/`exec()` in a function, `globals()`).
//!
//! Frames live where the eval loop keeps them: each run of `Vm::execute` has
//! an entry frame (its caller's) and a local vector of inline callee frames,
//! of which the first `active` are running. `execute` records where those
//! are (an [`Activation`]) when it starts and `run_frame` drops the record
//! when it returns: one push and one pop per non-inline frame run, nothing
//! per inline call. The hot loop keeps its instruction pointer in a register;
//! before an operation that may run Python code elsewhere it stores the
//! frame's `pc` (`sync_pc!` in `hot.rs`), so every suspended frame's `pc` is
//! past the instruction it is in, as `step` leaves it.
//!
//! Frames are read only while the loops that own them are suspended in a
//! call (native code runs, or a nested loop), and only copied out
//! ([`FrameRecord`]): a frame object is a snapshot of its frame when it was
//! asked for.

use std::cell::Cell;
use std::rc::Rc;

use super::errors::*;
use super::frame::Frame;
use super::{PyResult, Vm};
use crate::bytecode::{flags, Code};
use crate::runtime::objects::PyDict;
use crate::runtime::value::Value;

/// Where the frames of one run of `Vm::execute` are.
pub(crate) struct Activation {
    /// The entry frame (owned by `run_frame`'s caller).
    entry: *const Frame,
    /// The loop's inline callee frames.
    callees: *const Vec<Frame>,
    /// How many of `callees` are running.
    active: *const Cell<usize>,
}

/// A frame's local variables as introspection copied them.
pub enum FrameLocals {
    /// A function's fast locals, cells and free variables (`slots[..nfixed]`;
    /// cells hold the variables' values).
    Fast(Vec<Value>),
    /// A class body's namespace, or the separate locals dict of `exec()`.
    Namespace(Rc<PyDict>),
    /// Module-level code: the locals are the globals.
    Globals,
    /// Not recorded (the frames of a traceback).
    Unknown,
}

/// A copy of a frame: what a frame object shows.
pub struct FrameRecord {
    /// The code it runs.
    pub code: Rc<Code>,
    /// Index of the instruction it is in (the last one started).
    pub lasti: usize,
    /// That instruction's line.
    pub line: u32,
    /// Its globals.
    pub globals: Rc<PyDict>,
    /// Its locals.
    pub locals: FrameLocals,
}

impl FrameRecord {
    /// A copy of `f`, whose `pc` is past the instruction it is in.
    fn of(f: &Frame) -> FrameRecord {
        let lasti = f.pc.saturating_sub(1);
        let code = &f.code;
        let locals = match &f.locals {
            Some(ns) => FrameLocals::Namespace(ns.clone()),
            None if code.flags & flags::MODULE != 0 => FrameLocals::Globals,
            // The fixed slots are always initialized (a running frame's
            // length is at least `nfixed`).
            None => FrameLocals::Fast(f.slots.get(..code.nfixed()).map(|s| s.to_vec()).unwrap_or_default()),
        };
        FrameRecord { code: code.clone(), lasti, line: code.line_at(lasti), globals: f.globals.clone(), locals }
    }

    /// The frame's locals as a dict (CPython 3.11's `f_locals` / `locals()`):
    /// for a function a new dict of the bound variables in CPython's order
    /// (parameters and locals, then cell variables, then free variables);
    /// for a class body or module the namespace itself.
    pub fn locals_dict(&self) -> PyResult<Rc<PyDict>> {
        match &self.locals {
            FrameLocals::Namespace(ns) => Ok(ns.clone()),
            FrameLocals::Globals => Ok(self.globals.clone()),
            FrameLocals::Fast(slots) => Ok(Rc::new(fast_locals(&self.code, slots))),
            FrameLocals::Unknown => Err(not_implemented_error("the locals of a traceback's frame (tb_frame.f_locals) are not kept by quicken")),
        }
    }
}

/// The bound variables of a function frame whose fixed slots are `slots`.
fn fast_locals(code: &Code, slots: &[Value]) -> PyDict {
    let d = PyDict::new();
    let nlocals = code.varnames.len();
    let cell_value = |i: usize| match slots.get(nlocals + i) {
        Some(Value::Cell(c)) => c.borrow().clone(),
        _ => Value::Null,
    };
    // A parameter that is also a cell variable keeps its place among the
    // parameters (its slot there is empty: the cell holds the value).
    for (i, name) in code.varnames.iter().enumerate() {
        let v = match code.cell2arg.iter().position(|a| *a == Some(i as u32)) {
            Some(cell) => cell_value(cell),
            None => slots.get(i).cloned().unwrap_or(Value::Null),
        };
        if !v.is_null() {
            d.set_str(name, v);
        }
    }
    let ncells = code.cellvars.len();
    for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        if i < ncells && code.cell2arg.get(i).copied().flatten().is_some() {
            continue;
        }
        let v = cell_value(i);
        if !v.is_null() {
            d.set_str(name, v);
        }
    }
    d
}

impl Vm {
    /// Records the frames of a run of `execute` that starts (see the module
    /// docs); `run_frame` pops the record when `execute` returns.
    #[inline]
    pub(super) fn push_activation(&mut self, entry: *const Frame, callees: &Vec<Frame>, active: &Cell<usize>) {
        self.activations.push(Activation { entry, callees, active });
    }

    /// Calls `visit` on each running Python frame, innermost first, until it
    /// returns false. `visit` must not run Python code (the frames are the
    /// eval loops' own).
    fn each_frame(&self, mut visit: impl FnMut(&Frame) -> bool) {
        for a in self.activations.iter().rev() {
            // SAFETY: a record lives only while its `execute` runs, and that
            // loop is suspended in the call that led here: the callee vector,
            // the count and the entry frame are alive and not being changed.
            // The first `active` callees are running frames.
            unsafe {
                let callees = &*a.callees;
                let active = (*a.active).get().min(callees.len());
                for frame in callees[..active].iter().rev() {
                    if !visit(frame) {
                        return;
                    }
                }
                if !visit(&*a.entry) {
                    return;
                }
            }
        }
    }

    /// Copies of the running Python frames from `depth` (0: the innermost)
    /// outwards; empty when the stack is not that deep.
    pub fn frame_records(&self, depth: usize) -> Vec<FrameRecord> {
        let mut records = Vec::new();
        let mut seen = 0;
        self.each_frame(|f| {
            if seen >= depth {
                records.push(FrameRecord::of(f));
            }
            seen += 1;
            true
        });
        records
    }

    /// A copy of the innermost running Python frame (the caller of a builtin).
    pub fn current_frame(&self) -> Option<FrameRecord> {
        let mut record = None;
        self.each_frame(|f| {
            record = Some(FrameRecord::of(f));
            false
        });
        record
    }

    /// The globals of the innermost running Python frame.
    pub fn frame_globals(&self) -> Option<Rc<PyDict>> {
        let mut globals = None;
        self.each_frame(|f| {
            globals = Some(f.globals.clone());
            false
        });
        globals
    }
}
