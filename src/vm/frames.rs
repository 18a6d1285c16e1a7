//! The Python frames on the call stack, as introspection sees them
//! (`sys._getframe`, `locals()`, `eval()`/`exec()` in a function, `globals()`).
//!
//! Frames live where the eval loop keeps them: each run of `Vm::execute` has
//! an entry frame (its caller's) and a local vector of inline callee frames,
//! of which the first `active` are running. `execute` records where those
//! are (an [`Activation`]) when it starts and `run_frame` drops the record
//! when it returns: one push and one pop per non-inline frame run, nothing
//! per inline call. A frame's `pc` is past the instruction it is in while
//! `step` runs it and while it waits for an inline callee; the hot loop keeps
//! the running frame's instruction pointer in a register, and stores it in
//! the activation's `saved_ip` before an operation that may run Python code
//! elsewhere (`sync_pc!` in `hot.rs`); it clears `saved_ip` whenever `pc`
//! says where the running frame is instead (before `step`, when a callee's
//! return runs Python code).
//!
//! Frames are read only while the loops that own them are suspended in a
//! call (native code runs, or a nested loop), and only copied out
//! ([`FrameRecord`]). A frame object is a [`FrameWatch`]: the frame's
//! completion is marked with it (`Completion::Watched`), so that while the
//! frame runs the watch finds it on the stack (and reads its line and
//! locals as they are then), and when it ends it records its last state
//! (`Frame::vacate`, [`unwatch`]; a watched frame's return is left to
//! `step`, so that its `pc` says where it ended); frames that end without
//! being vacated (module bodies, generators) keep the state last seen. A
//! frame reused for a new inline call gets a fresh completion, so a mark
//! never outlives the call it was made in.

use std::cell::Cell;
use std::rc::Rc;

use super::errors::*;
use super::frame::{Completion, Frame};
use super::{PyResult, Vm};
use crate::bytecode::{flags, Code, Unit};
use crate::runtime::objects::{Instance, PyDict};
use crate::runtime::value::Value;

/// Where the frames of one run of `Vm::execute` are.
pub(crate) struct Activation {
    /// The entry frame (owned by `run_frame`'s caller).
    entry: *mut Frame,
    /// The loop's inline callee frames.
    callees: *mut Vec<Frame>,
    /// How many of `callees` are running.
    active: *const Cell<usize>,
    /// The instruction the running frame (the last active callee, else the
    /// entry frame) is in, when not null.
    saved_ip: *const Cell<*const Unit>,
}

/// A frame's local variables as introspection copied them.
#[derive(Clone)]
pub enum FrameLocals {
    /// A function's fast locals, cells and free variables (`slots[..nfixed]`;
    /// cells hold the variables' values), copied when it ended.
    Fast(Vec<Value>),
    /// A running function's: read from the frame when asked for (a watch
    /// holds no references to a running frame's values, as a CPython frame
    /// object holds none beyond its frame's).
    Running,
    /// A class body's namespace, or the separate locals dict of `exec()`.
    Namespace(Rc<PyDict>),
    /// Module-level code: the locals are the globals.
    Globals,
    /// Not recorded (the frames of a traceback).
    Unknown,
}

/// A copy of a frame: what a frame object shows.
#[derive(Clone)]
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
    /// A copy of `f`, which is in instruction `lasti`; a function's
    /// variables are copied only with `values` ([`FrameLocals::Running`]
    /// otherwise).
    pub fn of(f: &Frame, lasti: usize, values: bool) -> FrameRecord {
        let code = &f.code;
        let locals = match &f.locals {
            Some(ns) => FrameLocals::Namespace(ns.clone()),
            None if code.flags & flags::MODULE != 0 => FrameLocals::Globals,
            // The fixed slots are always initialized (a running frame's
            // length is at least `nfixed`).
            None if values => FrameLocals::Fast(f.slots.get(..code.nfixed()).map(|s| s.to_vec()).unwrap_or_default()),
            None => FrameLocals::Running,
        };
        FrameRecord { code: code.clone(), lasti, line: code.line_at(lasti), globals: f.globals.clone(), locals }
    }

    /// The frame's locals as a dict (CPython 3.11's `f_locals` / `locals()`):
    /// for a class body or module the namespace itself; for a function a
    /// dict of the bound variables in CPython's order (parameters and
    /// locals, then cell variables, then free variables). That is `reuse`
    /// when given (the dict made for the same frame before: CPython 3.11's
    /// `f_locals` and `locals()` return one dict per frame), its variables
    /// updated and unbound ones removed; other keys stored into it stay.
    pub fn locals_into(&self, reuse: Option<&Rc<PyDict>>) -> PyResult<Rc<PyDict>> {
        match &self.locals {
            FrameLocals::Namespace(ns) => Ok(ns.clone()),
            FrameLocals::Globals => Ok(self.globals.clone()),
            FrameLocals::Fast(slots) => {
                let fresh = fast_locals(&self.code, slots);
                let Some(d) = reuse else { return Ok(Rc::new(fresh)) };
                let code = &self.code;
                for name in code.varnames.iter().chain(code.cellvars.iter()).chain(code.freevars.iter()) {
                    if fresh.get_str(name).is_none() {
                        d.del_str(name);
                    }
                }
                for (key, value) in fresh.items() {
                    if let Value::Str(name) = key {
                        d.set_str(&name, value);
                    }
                }
                Ok(d.clone())
            }
            // A frame that ended without recording its values (none do but
            // by a bug): what was last read of them.
            FrameLocals::Running => Ok(reuse.cloned().unwrap_or_else(|| crate::runtime::gc::new(PyDict::new()))),
            FrameLocals::Unknown => Err(not_implemented_error("the locals of a traceback's frame (tb_frame.f_locals) are not kept by quicken")),
        }
    }
}

/// What a frame object refers to: its frame's state as last seen, the
/// caller's watch, the object itself while it lives.
pub struct FrameWatch {
    /// The frame's state: when the frame object was made, each time it was
    /// looked at while its frame ran, and when its frame ended.
    pub last: std::cell::RefCell<FrameRecord>,
    /// The caller's watch (`f_back`), as last seen.
    pub back: std::cell::RefCell<Option<Rc<FrameWatch>>>,
    /// True when the callers are not known (a traceback's frame): a missing
    /// `back` then means "unknown", not "outermost".
    pub partial: bool,
    /// The frame object (one object per frame while it lives).
    pub object: std::cell::RefCell<std::rc::Weak<Instance>>,
    /// The `f_locals` dict of a function frame, once asked for.
    pub locals: std::cell::RefCell<Option<Rc<PyDict>>>,
}

impl FrameWatch {
    /// A watch of a frame in state `record`.
    pub fn new(record: FrameRecord, partial: bool) -> FrameWatch {
        FrameWatch {
            last: std::cell::RefCell::new(record),
            back: std::cell::RefCell::new(None),
            partial,
            object: std::cell::RefCell::new(std::rc::Weak::new()),
            locals: std::cell::RefCell::new(None),
        }
    }

    /// Records the last state of the watched frame `f`, which is ending
    /// (or suspended) in instruction `lasti`, with its variables (as a
    /// CPython frame object keeps them once its frame ended) — unless
    /// nothing but the frame refers to the watch.
    pub fn finish(self: &Rc<Self>, f: &Frame, lasti: usize) {
        let observed = Rc::strong_count(self) > 1;
        if observed {
            *self.last.borrow_mut() = FrameRecord::of(f, lasti, true);
        }
    }
}

/// Takes the watch off a returning watched frame (its `pc` past the
/// return: watched frames return through `step`) once it recorded the
/// frame's last state; the frame completes as it would have.
#[cold]
#[inline(never)]
pub(super) fn unwatch(f: &mut Frame) {
    if let Completion::Watched(watched) = std::mem::replace(&mut f.completion, Completion::Value) {
        let (watch, then) = *watched;
        watch.finish(f, f.pc.saturating_sub(1));
        f.completion = then;
    }
}

/// A watched generator frame stopped running (it yielded, returned or
/// raised; its `pc` is past the instruction it stopped at): the watch
/// records where, and a suspended frame has no caller.
#[cold]
#[inline(never)]
pub(super) fn generator_stopped(f: &Frame) {
    if let Completion::Watched(watched) = &f.completion {
        watched.0.finish(f, f.pc.saturating_sub(1));
        *watched.0.back.borrow_mut() = None;
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

/// The index of the instruction `f` is in: the one `saved_ip` points at when
/// it is an instruction of `f`'s code (the hot loop saved it), else the one
/// before `f.pc`.
fn instruction_of(f: &Frame, saved_ip: *const Unit) -> usize {
    let units = f.code.units.as_ptr_range();
    if units.contains(&saved_ip) {
        // SAFETY: both point into the same slice.
        unsafe { saved_ip.offset_from(units.start) as usize }
    } else {
        f.pc.saturating_sub(1)
    }
}

impl Vm {
    /// Records the frames of a run of `execute` that starts (see the module
    /// docs); `run_frame` pops the record when `execute` returns.
    #[inline]
    pub(super) fn push_activation(&mut self, entry: *mut Frame, callees: &mut Vec<Frame>, active: &Cell<usize>, saved_ip: &Cell<*const Unit>) {
        self.activations.push(Activation { entry, callees, active, saved_ip });
    }

    /// Calls `visit` on each running Python frame, innermost first, with the
    /// index of the instruction it is in, until it returns false. `visit`
    /// must not run Python code (the frames are the eval loops' own), and
    /// may change a frame's completion only.
    fn each_frame(&self, mut visit: impl FnMut(&mut Frame, usize) -> bool) {
        for a in self.activations.iter().rev() {
            // SAFETY: a record lives only while its `execute` runs, and that
            // loop is suspended in the call that led here: the callee vector,
            // the cells and the entry frame are alive and not being changed.
            // The first `active` callees are running frames.
            unsafe {
                let callees = &mut *a.callees;
                let active = (*a.active).get().min(callees.len());
                let running = callees[..active].iter_mut().rev().chain(std::iter::once(&mut *a.entry));
                for (i, frame) in running.enumerate() {
                    let saved = if i == 0 { (*a.saved_ip).get() } else { std::ptr::null() };
                    if !visit(frame, instruction_of(frame, saved)) {
                        return;
                    }
                }
            }
        }
    }

    /// The watch of the running frame `depth` calls below the top (0: the
    /// innermost), with its state as it is now; `None` when the stack is not
    /// that deep. That frame is marked as watched (a frame already watched
    /// keeps its watch). With `callers`, so are its callers, and each
    /// watch's `back` is set to its caller's, so that `f_back` of a frame
    /// object is its caller's object even after the frame ended.
    pub fn watch_frame(&self, depth: usize, callers: bool) -> Option<Rc<FrameWatch>> {
        let mut seen = 0;
        let mut first: Option<Rc<FrameWatch>> = None;
        let mut inner: Option<Rc<FrameWatch>> = None;
        self.each_frame(|f, lasti| {
            seen += 1;
            if seen <= depth {
                return true;
            }
            let watch = match &f.completion {
                Completion::Watched(watched) => {
                    let watch = &watched.0;
                    if inner.is_none() {
                        *watch.last.borrow_mut() = FrameRecord::of(f, lasti, false);
                    }
                    watch.clone()
                }
                _ => {
                    let watch = Rc::new(FrameWatch::new(FrameRecord::of(f, lasti, false), false));
                    let then = std::mem::replace(&mut f.completion, Completion::Value);
                    f.completion = Completion::Watched(Box::new((watch.clone(), then)));
                    watch
                }
            };
            match &inner {
                Some(callee) => *callee.back.borrow_mut() = Some(watch.clone()),
                None => first = Some(watch.clone()),
            }
            if !callers {
                return false;
            }
            *watch.back.borrow_mut() = None;
            inner = Some(watch);
            true
        });
        first
    }

    /// Brings `watch` up to date when its frame is running (returns true
    /// then): its state now, and its caller's watch.
    pub fn refresh_watch(&self, watch: &Rc<FrameWatch>) -> bool {
        let mut depth = None;
        let mut seen = 0;
        self.each_frame(|f, _| {
            if matches!(&f.completion, Completion::Watched(w) if Rc::ptr_eq(&w.0, watch)) {
                depth = Some(seen);
                return false;
            }
            seen += 1;
            true
        });
        if let Some(depth) = depth {
            self.watch_frame(depth, true);
        }
        depth.is_some()
    }

    /// The locals of the frame `watch` watches as a dict: the namespace of
    /// a module or class body; for a function one dict per frame (CPython
    /// 3.11's `f_locals`, which `locals()` also returns), brought up to date
    /// from the frame while it runs (see [`FrameRecord::locals_into`]).
    pub fn watched_locals(&self, watch: &Rc<FrameWatch>) -> PyResult<Rc<PyDict>> {
        let mut live = None;
        self.each_frame(|f, lasti| {
            if matches!(&f.completion, Completion::Watched(w) if Rc::ptr_eq(&w.0, watch)) {
                live = Some(FrameRecord::of(f, lasti, true));
                return false;
            }
            true
        });
        let reuse = watch.locals.borrow().clone();
        let d = match &live {
            Some(record) => record.locals_into(reuse.as_ref())?,
            None => watch.last.borrow().locals_into(reuse.as_ref())?,
        };
        let function = matches!(live.as_ref().map_or(&watch.last.borrow().locals, |r| &r.locals), FrameLocals::Fast(_));
        if function {
            *watch.locals.borrow_mut() = Some(d.clone());
        }
        Ok(d)
    }

    /// The innermost running Python frame (the caller of a builtin) runs
    /// module-level code without a separate locals namespace.
    pub fn at_module_level(&self) -> bool {
        let mut module = false;
        self.each_frame(|f, _| {
            module = f.locals.is_none() && f.code.flags & flags::MODULE != 0;
            false
        });
        module
    }

    /// The globals of the innermost running Python frame.
    pub fn frame_globals(&self) -> Option<Rc<PyDict>> {
        let mut globals = None;
        self.each_frame(|f, _| {
            globals = Some(f.globals.clone());
            false
        });
        globals
    }
}
