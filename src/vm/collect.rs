//! The cycle collector's passes and the finalization work that runs Python
//! code: `__del__`, weak reference callbacks, generator `finally` blocks.
//!
//! Collections follow CPython 3.11's `gc_collect_main` step by step, on the
//! lists kept by `crate::runtime::gc`: the younger generations are merged
//! into the collected one; strong counts minus the references found inside
//! the generation leave what is held from outside; `move_unreachable`'s pass
//! (with its list moves, so that objects are finalized in CPython's order)
//! separates the unreachable; weak references to them are cleared and the
//! callbacks of surviving weak references called; `__del__` methods run and
//! suspended generators are closed (PEP 442); what finalizers left
//! unreachable is cleared, which lets `Rc` free it.
//!
//! Everything that runs Python code waits for a safe point: the eval loop's
//! breaker check (backward jumps, returns), a write to the standard streams,
//! the end of the program. Objects die anywhere, often with borrows held.

use std::collections::HashMap;


use super::errors::*;
use super::{signals, PyErr, PyResult, Vm};
use crate::runtime::gc::{self, Entry, Visit, GENERATIONS};
use crate::runtime::objects::finalizers::{self, Pending};
use crate::runtime::objects::*;
use crate::runtime::str::{intern, static_name};
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::runtime::weakref;

/// `gc.DEBUG_STATS`.
pub const DEBUG_STATS: u32 = 1;
/// `gc.DEBUG_COLLECTABLE`.
pub const DEBUG_COLLECTABLE: u32 = 2;
/// `gc.DEBUG_UNCOLLECTABLE`.
pub const DEBUG_UNCOLLECTABLE: u32 = 4;
/// `gc.DEBUG_SAVEALL`.
pub const DEBUG_SAVEALL: u32 = 32;

thread_local! {
    /// Where the finalization work being drained starts: work queued while a
    /// finalizer runs is that finalizer's (it would run inside it in CPython,
    /// which finalizes at once), the rest waits until it returns.
    static FLOOR: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

impl Vm {
    /// Runs what waits for a safe point: a scheduled collection, then the
    /// queued finalization work (generators to close, `__del__` methods,
    /// weak reference callbacks), in the order it was queued. (Out of line:
    /// the eval loop calls it where the breaker is up.)
    #[cold]
    #[inline(never)]
    pub fn run_finalizers(&mut self) {
        if gc::state().scheduled {
            self.collect_scheduled();
        }
        for qualname in finalizers::take_never_awaited() {
            self.warn_never_awaited(&qualname);
        }
        let floor = FLOOR.with(|f| f.get());
        while let Some((_, work)) = finalizers::pop_from(floor) {
            let inner = finalizers::next_seq();
            FLOOR.with(|f| f.set(inner));
            self.run_pending(work);
            FLOOR.with(|f| f.set(floor));
        }
        signals::settle_break(!finalizers::is_empty() || gc::state().scheduled);
    }

    fn run_pending(&mut self, work: Pending) {
        match work {
            Pending::Close(frame) => self.close_frame(frame),
            Pending::Del(obj) => {
                self.call_del(&obj);
                // If that was the last reference, the instance goes now.
                obj.release();
            }
            Pending::Callback { weakref, callback } => {
                if let Err(e) = self.call_value(&callback, std::slice::from_ref(&weakref), &[]) {
                    self.write_unraisable(e, None, callback.clone());
                }
            }
            Pending::HookCall { hook, agen } => {
                if let Err(e) = self.call_value(&hook, &[agen], &[]) {
                    let text = self.format_exception(&e);
                    self.write_stderr(&format!("Exception ignored in async generator finalizer:\n{}", text));
                }
            }
        }
    }

    /// CPython's warning for a coroutine dropped without ever running.
    fn warn_never_awaited(&mut self, qualname: &str) {
        // Where the coroutine was dropped is not known here: CPython names no
        // place either when it finds one at exit.
        if !self.flags.warnoptions.iter().any(|w| w.starts_with("ignore")) {
            self.write_stderr(&format!(
                "sys:1: RuntimeWarning: coroutine '{}' was never awaited\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                qualname
            ));
        }
    }

    /// Closes a generator frame that died suspended: `GeneratorExit` is
    /// thrown in, so its `finally` blocks run.
    fn close_frame(&mut self, mut frame: Box<super::Frame>) {
        let exit = PyErr::with_args(&types().generator_exit, vec![]);
        let saved = std::mem::replace(&mut self.handled, Value::None);
        let r = self.throw_into(&mut frame, exit);
        self.handled = saved;
        if let Err(e) = r {
            if !e.matches(&types().generator_exit) && !e.matches(&types().stop_iteration) {
                let text = self.format_exception(&e);
                self.write_stderr(&format!("Exception ignored in generator finalizer:\n{}", text));
            }
        }
    }

    /// Runs an instance's `__del__` once (PEP 442); an exception in it is
    /// reported through `sys.unraisablehook` and otherwise ignored.
    fn call_del(&mut self, obj: &Value) {
        let Value::Instance(inst) = obj else { return };
        if inst.finalized() {
            return;
        }
        inst.set_finalized();
        let Some(del) = inst.class.lookup(&static_name("__del__")) else { return };
        let saved = std::mem::replace(&mut self.handled, Value::None);
        let r = self.call_method_value(&del, obj);
        self.handled = saved;
        if let Err(e) = r {
            self.write_unraisable(e, None, del);
        }
    }

    /// Calls a special method found on the class with `obj` as `self`.
    fn call_method_value(&mut self, method: &Value, obj: &Value) -> PyResult<Value> {
        let cls = self.type_of(obj);
        let bound = self.bind_descriptor(method.clone(), obj, &cls);
        self.call_value(&bound, &[], &[])
    }

    /// Reports an exception that cannot propagate (raised by a finalizer or a
    /// callback) as CPython's `PyErr_WriteUnraisable`: through
    /// `sys.unraisablehook` when the program replaced it, else as
    /// `Exception ignored in: <obj>` and the traceback on stderr.
    pub fn write_unraisable(&mut self, err: PyErr, err_msg: Option<&str>, obj: Value) {
        if let Some(hook) = self.custom_unraisablehook() {
            let args = self.unraisable_args(&err, err_msg, &obj);
            if let Err(e) = self.call_value(&hook, &[args], &[]) {
                // As CPython: a failing hook is reported by the default one.
                self.write_stderr("Exception ignored in sys.unraisablehook: ");
                let hook_repr = self.repr(&hook).unwrap_or_else(|_| "<object repr() failed>".into());
                self.write_stderr(&format!("{}\n", hook_repr));
                let text = self.format_exception(&e);
                self.write_stderr(&text);
            }
            return;
        }
        self.default_unraisable(&err, err_msg, &obj);
    }

    /// `sys.__unraisablehook__`'s report.
    pub fn default_unraisable(&mut self, err: &PyErr, err_msg: Option<&str>, obj: &Value) {
        let mut out = String::new();
        if !obj.is_none() {
            out.push_str(err_msg.unwrap_or("Exception ignored in"));
            out.push_str(": ");
            let r = self.repr(obj).unwrap_or_else(|_| "<object repr() failed>".into());
            out.push_str(&r);
            out.push('\n');
        } else if let Some(m) = err_msg {
            out.push_str(m);
            out.push_str(": \n");
        }
        out.push_str(&self.format_exception(err));
        self.write_stderr(&out);
    }

    /// The program's `sys.unraisablehook`, unless it is the default one.
    fn custom_unraisablehook(&self) -> Option<Value> {
        let sys = self.sys_dict.as_ref()?;
        let hook = sys.get_str(&intern("unraisablehook"))?;
        let default = sys.get_str(&intern("__unraisablehook__"));
        match default {
            Some(d) if d.is(&hook) => None,
            _ => Some(hook),
        }
    }

    /// The `sys.UnraisableHookArgs` object a hook receives.
    fn unraisable_args(&mut self, err: &PyErr, err_msg: Option<&str>, obj: &Value) -> Value {
        let cls = crate::modules::native::native_class_with("sys.UnraisableHookArgs", NativeKind::Object);
        let args = self.new_instance(cls);
        if let Value::Instance(i) = &args {
            let exc = Value::Instance(err.exc.clone());
            let tb = self.get_attr(&exc, &intern("__traceback__")).unwrap_or(Value::None);
            for (name, v) in [
                ("exc_type", Value::Class(err.exc.class.clone())),
                ("exc_value", exc),
                ("exc_traceback", tb),
                ("err_msg", err_msg.map_or(Value::None, Value::str)),
                ("object", obj.clone()),
            ] {
                i.set_attr(&intern(name), v);
            }
        }
        args
    }

    /// The automatic collection the allocation count asked for (CPython's
    /// `collect_generations`): the oldest generation over its threshold,
    /// except that a full collection waits until a quarter of the long-lived
    /// objects are new.
    fn collect_scheduled(&mut self) {
        let st = gc::state();
        st.scheduled = false;
        if !st.enabled || st.collecting {
            return;
        }
        for generation in (0..GENERATIONS).rev() {
            let st = gc::state();
            if st.count[generation] > st.threshold[generation] as isize {
                if generation == GENERATIONS - 1 && st.long_lived_pending < st.long_lived_total / 4 {
                    continue;
                }
                self.collect_with_callbacks(generation);
                break;
            }
        }
    }

    /// A collection with `gc.callbacks` told before and after; returns the
    /// number of unreachable objects found (`gc.collect()`'s value).
    pub fn collect_with_callbacks(&mut self, generation: usize) -> usize {
        if gc::state().collecting {
            return 0;
        }
        // Set through the callbacks too: what they allocate schedules nothing.
        gc::state().collecting = true;
        self.gc_callbacks("start", generation, 0, 0);
        let (collected, uncollectable) = self.collect_generation(generation);
        self.gc_callbacks("stop", generation, collected, uncollectable);
        gc::state().collecting = false;
        collected + uncollectable
    }

    /// Calls each of `gc.callbacks` with the phase and an info dict.
    fn gc_callbacks(&mut self, phase: &str, generation: usize, collected: usize, uncollectable: usize) {
        let Some(Value::List(list)) = gc::state().callbacks.clone() else { return };
        if list.is_empty() {
            return;
        }
        let info = gc::new(PyDict::new());
        info.set_str(&intern("generation"), Value::Int(generation as i64));
        info.set_str(&intern("collected"), Value::Int(collected as i64));
        info.set_str(&intern("uncollectable"), Value::Int(uncollectable as i64));
        let info = Value::Dict(info);
        for cb in list.snapshot() {
            if let Err(e) = self.call_value(&cb, &[Value::str(phase), info.clone()], &[]) {
                self.write_unraisable(e, None, cb.clone());
            }
        }
    }

    /// Collects generation `generation` and the younger ones; returns
    /// (collected, uncollectable) as CPython counts them.
    pub fn collect_generation(&mut self, generation: usize) -> (usize, usize) {
        let started = std::time::Instant::now();
        let debug = gc::state().debug;
        if debug & DEBUG_STATS != 0 {
            let sizes: String = (0..GENERATIONS).map(|g| format!(" {}", gc::len(g))).collect();
            self.write_stderr(&format!(
                "gc: collecting generation {}...\ngc: objects in each generation:{}\ngc: objects in permanent generation: {}\n",
                generation,
                sizes,
                gc::len(gc::PERMANENT)
            ));
        }
        let st = gc::state();
        if generation + 1 < GENERATIONS {
            st.count[generation + 1] += 1;
        }
        for c in st.count.iter_mut().take(generation + 1) {
            *c = 0;
        }
        let unreachable = find_unreachable(generation);
        if debug & DEBUG_COLLECTABLE != 0 {
            for v in &unreachable {
                let line = format!("gc: collectable <{} {:#x}>\n", self.type_of(v).name.as_str(), v.heap_ptr().unwrap_or(0));
                self.write_stderr(&line);
            }
        }
        let (freed_refs, called) = self.handle_weakrefs(&unreachable);
        let finalized = self.finalize_garbage(&unreachable);
        // Without Python code run (or a frame let go) the trash is as found.
        let garbage = if called || finalized { still_unreachable(unreachable) } else { unreachable };
        let mut collected: usize = garbage.iter().map(cpython_weight).sum::<usize>() + freed_refs;
        if generation + 1 < GENERATIONS {
            // (A full collection registered them first.)
            collected += untracked_held_only_by(&garbage);
        }
        for v in &garbage {
            if debug & DEBUG_SAVEALL != 0 {
                if let Some(Value::List(g)) = gc::state().garbage.clone() {
                    g.push(v.clone());
                }
            } else {
                gc::clear(v);
            }
        }
        drop(garbage);
        let st = gc::state();
        let stats = &mut st.stats[generation];
        stats.collections += 1;
        stats.collected += collected;
        let elapsed = started.elapsed().as_secs_f64();
        st.seconds += elapsed;
        if debug & DEBUG_STATS != 0 {
            self.write_stderr(&format!("gc: done, {} unreachable, 0 uncollectable, {:.4}s elapsed\n", collected, elapsed));
        }
        (collected, 0)
    }

    /// Clears the weak references to the unreachable objects; calls the
    /// callbacks of those weak reference objects that are not trash
    /// themselves (CPython's `handle_weakrefs`). Returns how many weak
    /// reference objects their callback left unreferenced.
    fn handle_weakrefs(&mut self, unreachable: &[Value]) -> (usize, bool) {
        // Only objects whose allocation has a `Weak` can have weak references.
        let referents: Vec<&Value> = unreachable.iter().filter(|v| Entry::of(v).weak() > 1).collect();
        if referents.is_empty() {
            return (0, false);
        }
        let addresses: std::collections::HashSet<usize> = unreachable.iter().map(|v| Entry::of(v).words()[1] as usize).collect();
        let mut calls = Vec::new();
        for v in referents {
            let addr = Entry::of(v).words()[1] as usize;
            if !weakref::has_refs(addr) {
                continue;
            }
            for (wr, cb) in weakref::clear_refs_at(addr) {
                let wr_addr = Entry::of(&wr).words()[1] as usize;
                if !addresses.contains(&wr_addr) {
                    calls.push((wr, cb));
                } else if let Some(s) = weakref::state_of(&wr) {
                    // A weak reference that is trash itself keeps its
                    // callback (uncalled) until it is cleared with the rest.
                    *s.callback.borrow_mut() = cb;
                }
            }
        }
        let mut freed = 0;
        let called = !calls.is_empty();
        for (wr, cb) in calls {
            if let Err(e) = self.call_value(&cb, std::slice::from_ref(&wr), &[]) {
                self.write_unraisable(e, None, cb.clone());
            }
            drop(cb);
            // A weak reference object the callback left unreferenced is
            // freed now: CPython counts it with the collected objects.
            if Entry::of(&wr).strong() == 1 {
                freed += 1;
            }
        }
        (freed, called)
    }

    /// Runs the finalizers of the unreachable objects, each once: `__del__`
    /// of instances, and the closing of suspended generators.
    /// Returns whether anything ran or was let go (only then can the set of
    /// trash have changed).
    fn finalize_garbage(&mut self, unreachable: &[Value]) -> bool {
        let mut ran = false;
        for v in unreachable {
            match v {
                Value::Instance(i) if !i.finalized() && i.class.may_have_finalizer() => {
                    ran = true;
                    self.call_del(v);
                }
                // `close()`: a suspended generator's `finally` blocks run; one
                // not started (or suspended outside any `try`) just lets its
                // frame go, as `GeneratorExit` would.
                Value::Generator(g) if !g.running.get() => {
                    if g.kind == GenKind::Coroutine && !g.started.get() && g.frame.try_borrow().is_ok_and(|f| f.is_some()) {
                        // As its drop would: the frame goes, with CPython's warning.
                        ran = true;
                        let frame = g.frame.try_borrow_mut().ok().and_then(|mut f| f.take());
                        drop(frame);
                        self.warn_never_awaited(g.qualname.as_str());
                        continue;
                    }
                    let hook = g.finalizer.try_borrow_mut().map(|mut h| std::mem::replace(&mut *h, Value::None)).unwrap_or(Value::None);
                    if !hook.is_none() && g.started.get() && !g.closed.get() && g.frame.try_borrow().is_ok_and(|f| f.is_some()) {
                        // An unfinished async generator goes to its event
                        // loop's finalizer hook (which usually keeps it, to
                        // close it with `aclose()`).
                        ran = true;
                        self.run_pending(Pending::HookCall { hook, agen: v.clone() });
                        continue;
                    }
                    let frame = g.frame.try_borrow_mut().ok().and_then(|mut f| f.take());
                    if let Some(frame) = frame {
                        ran = true;
                        if g.started.get() && frame.code.handler_for(frame.pc.saturating_sub(1)).is_some() {
                            self.close_frame(frame);
                        }
                    }
                }
                _ => {}
            }
        }
        ran
    }
}

/// Steps 1–4 of a collection, which run no Python code: merges the younger
/// generations into `generation`, finds what is unreachable from outside,
/// moves the survivors on (to the next generation) and returns new
/// references to the unreachable objects, in CPython's order.
fn find_unreachable(generation: usize) -> Vec<Value> {
    for young in 0..generation {
        gc::merge(young, generation);
    }
    if generation == GENERATIONS - 1 {
        gc::discover(generation);
    }
    // Each object's head now gives its index in `objects`.
    let mut objects = gc::take_compacted(generation);
    let n = objects.len();
    // update_refs + subtract_refs.
    let mut refs: Vec<isize> = objects.iter().map(|e| e.strong() as isize).collect();
    let mut subtract = Subtract { refs: &mut refs, generation };
    for e in &objects {
        // SAFETY: tracked objects are alive.
        let v = unsafe { e.view() };
        gc::traverse(&v, &mut subtract);
    }
    // move_unreachable, with CPython's list moves: `young` and `unreachable`
    // are linked lists over the indices (n is the head of `young`, n + 1
    // that of `unreachable`).
    let young_head = n;
    let unreach_head = n + 1;
    let mut next: Vec<u32> = (1..=n as u32 + 2).collect();
    let mut prev: Vec<u32> = (0..n as u32 + 2).map(|i| i.wrapping_sub(1)).collect();
    if n > 0 {
        next[n - 1] = young_head as u32;
        next[young_head] = 0;
        prev[0] = young_head as u32;
        prev[young_head] = n as u32 - 1;
    } else {
        next[young_head] = young_head as u32;
        prev[young_head] = young_head as u32;
    }
    next[unreach_head] = unreach_head as u32;
    prev[unreach_head] = unreach_head as u32;
    let unlink = |next: &mut [u32], prev: &mut [u32], i: usize| {
        let (p, q) = (prev[i] as usize, next[i] as usize);
        next[p] = q as u32;
        prev[q] = p as u32;
    };
    let append = |next: &mut [u32], prev: &mut [u32], i: usize, head: usize| {
        let last = prev[head] as usize;
        next[last] = i as u32;
        prev[i] = last as u32;
        next[i] = head as u32;
        prev[head] = i as u32;
    };
    let mut flags = vec![COLLECTING; n];
    let mut ever_unreachable = false;
    let mut reach = Reach { refs: &mut refs, flags: &mut flags, moved: Vec::new(), generation };
    let mut gc_i = next[young_head] as usize;
    while gc_i != young_head {
        if reach.refs[gc_i] > 0 {
            // Reachable: everything it reaches is too.
            // SAFETY: tracked objects are alive.
            let v = unsafe { objects[gc_i].view() };
            gc::traverse(&v, &mut reach);
            for j in reach.moved.drain(..) {
                unlink(&mut next, &mut prev, j);
                append(&mut next, &mut prev, j, young_head);
            }
            reach.flags[gc_i] &= !COLLECTING;
            gc_i = next[gc_i] as usize;
        } else {
            // Maybe unreachable: assume so until something reachable
            // reaches it.
            ever_unreachable = true;
            let following = next[gc_i] as usize;
            unlink(&mut next, &mut prev, gc_i);
            append(&mut next, &mut prev, gc_i, unreach_head);
            reach.flags[gc_i] |= UNREACHABLE;
            gc_i = following;
        }
    }
    let (survivors, trash) = if ever_unreachable {
        let order = |head: usize| {
            let mut out = Vec::new();
            let mut i = next[head] as usize;
            while i != head {
                out.push(objects[i]);
                i = next[i] as usize;
            }
            out
        };
        (order(young_head), order(unreach_head))
    } else {
        (std::mem::take(&mut objects), Vec::new())
    };
    // The survivors move on to the next generation (the oldest keeps them);
    // the trash waits there too until it is freed or resurrected.
    // SAFETY: tracked objects are alive; the new references keep them so.
    let held: Vec<Value> = trash.iter().map(|e| unsafe { e.value() }).collect();
    let st = gc::state();
    if generation == GENERATIONS - 1 {
        st.long_lived_pending = 0;
        st.long_lived_total = survivors.len();
        let mut all = survivors;
        all.extend_from_slice(&trash);
        gc::restore(generation, all);
    } else {
        if generation == GENERATIONS - 2 {
            st.long_lived_pending += survivors.len();
        }
        gc::append_to(generation + 1, &survivors);
        gc::append_to(generation + 1, &trash);
        let mut empty = if objects.capacity() > 0 { objects } else { survivors };
        empty.clear();
        gc::restore(generation, empty);
    }
    held
}

/// `move_unreachable`'s flags: the object is in the collected generation and
/// not scanned yet; it is on the unreachable list.
const COLLECTING: u8 = 1;
const UNREACHABLE: u8 = 2;

/// `subtract_refs`: each reference from inside the generation is taken off.
struct Subtract<'a> {
    refs: &'a mut [isize],
    generation: usize,
}

impl Visit for Subtract<'_> {
    const COLLECTOR: bool = true;
    #[inline(always)]
    fn visit(&mut self, v: &Value) {
        if let Some(i) = gc::index_in(v, self.generation) {
            self.refs[i] -= 1;
        }
    }
}

/// `visit_reachable`: marks what a reachable object reaches, moving objects
/// already set aside as unreachable back to the end of the young list.
struct Reach<'a> {
    refs: &'a mut [isize],
    flags: &'a mut [u8],
    moved: Vec<usize>,
    generation: usize,
}

impl Visit for Reach<'_> {
    const COLLECTOR: bool = true;
    #[inline(always)]
    fn visit(&mut self, v: &Value) {
        let Some(i) = gc::index_in(v, self.generation) else { return };
        let f = self.flags[i];
        if f & COLLECTING == 0 {
            return;
        }
        if f & UNREACHABLE != 0 {
            self.flags[i] = f & !UNREACHABLE;
            self.moved.push(i);
            self.refs[i] = 1;
        } else if self.refs[i] == 0 {
            self.refs[i] = 1;
        }
    }
}

/// What is still trash after the finalizers ran (CPython's
/// `handle_resurrected_objects`): objects only the collector holds are let go
/// first (in CPython they were freed as their count fell to zero), then
/// whatever is reachable from outside the set again is resurrected.
fn still_unreachable(mut held: Vec<Value>) -> Vec<Value> {
    loop {
        let before = held.len();
        held.retain(|v| Entry::of(v).strong() > 1);
        if held.len() == before {
            break;
        }
    }
    let index: HashMap<usize, usize> = held.iter().enumerate().map(|(i, v)| (Entry::of(v).words()[1] as usize, i)).collect();
    let position = |v: &Value| index.get(&(Entry::of(v).words()[1] as usize)).copied();
    // Our own reference does not count.
    let mut refs: Vec<isize> = held.iter().map(|v| Entry::of(v).strong() as isize - 1).collect();
    for v in &held {
        gc::traverse(v, &mut gc::TrackedRefs(|x: &Value| {
            if let Some(j) = position(x) {
                refs[j] -= 1;
            }
        }));
    }
    let mut alive = vec![false; held.len()];
    let mut stack: Vec<usize> = (0..held.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &stack {
        alive[i] = true;
    }
    while let Some(i) = stack.pop() {
        let mut reached = Vec::new();
        gc::traverse(&held[i], &mut gc::TrackedRefs(|x: &Value| reached.extend(position(x))));
        for j in reached {
            if !alive[j] {
                alive[j] = true;
                stack.push(j);
            }
        }
    }
    held.into_iter().zip(alive).filter(|(_, a)| !a).map(|(v, _)| v).collect()
}

/// How many of the objects quicken leaves untracked while they hold no
/// container (lists of atoms, such instances, cells of atoms) only `garbage` refers to: they
/// go with it, and CPython, which tracks them, counts them as collected.
fn untracked_held_only_by(garbage: &[Value]) -> usize {
    // Address -> (references from the garbage, strong count).
    let mut held: HashMap<usize, (usize, usize)> = HashMap::new();
    for v in garbage {
        gc::traverse(v, &mut gc::TrackedRefs(|x: &Value| {
            let untracked = match x {
                Value::List(l) => l.gc.is_deferred(),
                Value::Instance(i) => !i.gc.is_tracked(),
                Value::Cell(c) => !c.gc.is_tracked(),
                _ => false,
            };
            if untracked {
                let e = Entry::of(x);
                held.entry(e.words()[1] as usize).or_insert((0, e.strong())).0 += 1;
            }
        }));
    }
    held.values().filter(|(refs, strong)| refs == strong).count()
}

/// How many objects CPython counts for one of ours: CPython keeps some
/// parts of an object as objects of their own (a function's closure tuple, a
/// class's MRO tuple and descriptors, an exception's `args`), and leaves dicts
/// of atoms untracked.
pub fn cpython_weight(v: &Value) -> usize {
    match v {
        Value::Dict(d) => usize::from(dict_may_be_tracked(d)),
        Value::Function(f) => {
            let defaults = f.defaults.borrow().iter().any(gc::may_be_tracked);
            let kwdefaults = f.kwdefaults.borrow().iter().any(|(_, x)| gc::may_be_tracked(x));
            1 + usize::from(!f.closure.is_empty()) + usize::from(defaults) + usize::from(kwdefaults)
        }
        Value::Class(c) => {
            // The type, its MRO and bases tuples, its dict when that holds a
            // container, and the `__dict__`/`__weakref__` descriptors a class
            // adds over `object` (or one member descriptor per slot).
            let descriptors = match &c.slots {
                Some(slots) => slots.len(),
                None if c.bases.iter().all(|b| b.builtin && b.native == NativeKind::Object) => 2,
                None => 0,
            };
            let dict = descriptors > 0 || c.dict.table.borrow().iter().any(|(_, x)| gc::may_be_tracked(x));
            3 + usize::from(dict) + descriptors
        }
        Value::Instance(i) => match i.exc() {
            Some(e) => {
                let e = e.borrow();
                let attrs = !i.attrs.borrow().values.is_empty();
                1 + usize::from(!e.args.is_empty()) + usize::from(attrs) + 2 * e.traceback.len()
            }
            None => 1,
        },
        _ => 1,
    }
}

/// Whether CPython would track this dict: it holds a key or value that may
/// be tracked.
pub fn dict_may_be_tracked(d: &PyDict) -> bool {
    d.table.try_borrow().map_or(true, |t| t.iter().any(|(k, x)| gc::may_be_tracked(k) || gc::may_be_tracked(x)))
}

impl Vm {
    /// The end of the program, as CPython's finalization: `atexit` functions,
    /// then the modules are let go and the collector runs, so objects still
    /// alive get their `__del__` and weak reference callbacks; after that no
    /// instance is revived for `__del__` any more. Skipped (but for `atexit`)
    /// when nothing could show it happened.
    pub fn finalize_at_exit(&mut self) {
        self.run_finalizers();
        self.run_atexit();
        if gc::state().exit_work || gc::state().debug != 0 {
            // A collection while everything is still reachable first: as the
            // collections of a longer run would have, it puts the survivors
            // in the order CPython's lists would have them.
            self.collect_with_callbacks(GENERATIONS - 1);
            self.run_finalizers();
            let modules = self.modules.dict().clone();
            let old = modules.table.replace(crate::runtime::dict::DictTable::new());
            modules.bump();
            drop(old);
            self.main_globals = None;
            self.collect_with_callbacks(GENERATIONS - 1);
            self.run_finalizers();
        }
        finalizers::close();
    }

    /// What CPython runs from `atexit` before finalizing: the functions given to
    /// `atexit.register` (newest first), then the pending `weakref.finalize`
    /// objects (newest first), when `weakref` was imported.
    fn run_atexit(&mut self) {
        if let Some(Value::Module(m)) = self.modules.get("atexit") {
            while let Some((func, args, kwargs)) = pop_exit_handler(&m) {
                if let Err(e) = self.call_value(&func, &args, &kwargs) {
                    if !e.matches(&crate::runtime::types::types().system_exit) {
                        self.write_unraisable(e, Some("Exception ignored in atexit callback"), func);
                    }
                }
            }
        }
        let Some(Value::Module(m)) = self.modules.get("weakref") else { return };
        let Some(cls) = m.dict.get_str(&intern("finalize")) else { return };
        let Ok(run) = self.get_attr(&cls, &intern("_exitfunc")) else { return };
        if let Err(e) = self.call_value(&run, &[], &[]) {
            self.write_unraisable(e, Some("Exception ignored in atexit callback"), run);
        }
    }
}

/// The newest `(func, args, kwargs)` of `atexit._handlers`, removed from the list.
fn pop_exit_handler(atexit: &Module) -> Option<(Value, Vec<Value>, Vec<(Name, Value)>)> {
    let Some(Value::List(handlers)) = atexit.dict.get_str(&intern("_handlers")) else { return None };
    let Value::Tuple(entry) = handlers.pop()? else { return None };
    let [func, Value::Tuple(args), Value::Dict(kwargs)] = &entry.items[..] else { return None };
    let kwargs = kwargs.items().into_iter().filter_map(|(k, v)| match k {
        Value::Str(s) => Some((intern(s.as_str()), v)),
        _ => None,
    });
    Some((func.clone(), args.items.clone(), kwargs.collect()))
}

/// Sets `sys.unraisablehook` and `sys.__unraisablehook__` to the default hook.
pub fn install_unraisablehook(sys: &PyDict) {
    let hook = crate::builtins::builtin_fn("unraisablehook", default_unraisablehook);
    crate::builtins::set(sys, "unraisablehook", hook.clone());
    crate::builtins::set(sys, "__unraisablehook__", hook);
}

/// `sys.__unraisablehook__(unraisable)`: CPython's report on stderr.
fn default_unraisablehook(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("unraisablehook", args, 1, 1)?;
    let field = |vm: &mut Vm, name: &str| vm.get_attr(&args[0], &intern(name));
    let exc = field(vm, "exc_value")?;
    let err_msg = field(vm, "err_msg")?;
    let obj = field(vm, "object")?;
    let Value::Instance(exc) = exc else { return Err(type_error("sys.unraisablehook argument type must be UnraisableHookArgs")) };
    let msg = match &err_msg {
        Value::Str(s) => Some(s.as_str().to_owned()),
        _ => None,
    };
    vm.default_unraisable(&PyErr { exc }, msg.as_deref(), &obj);
    Ok(Value::None)
}
