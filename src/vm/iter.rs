//! Iteration: `iter()`, `next()`, builtin iterators and generators.

use std::rc::Rc;

use super::errors::*;
use super::eval::FrameExit;
use super::Vm;
use crate::runtime::objects::*;
use crate::runtime::str::{intern, static_name};
use crate::runtime::types::types;
use crate::runtime::value::Value;

/// Outcome of resuming a generator or sending into an iterator.
pub enum GenResume {
    /// It produced a value.
    Yield(Value),
    /// It finished with this return value.
    Return(Value),
}

/// Wraps an iterator state in a value.
pub fn new_iter(state: IterState) -> Value {
    Value::Iter(PyIter::new_rc(state))
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) | Value::Tuple(_) => new_iter(IterState::Seq { seq: v.clone(), index: 0 }),
            Value::Range(r) => new_iter(IterState::Range { next: r.start, stop: r.stop, step: r.step }),
            Value::Str(s) => new_iter(IterState::Str { s: s.clone(), pos: 0 }),
            Value::Dict(d) => new_iter(IterState::Dict { dict: d.clone(), index: 0, kind: 0, len: d.len() }),
            Value::Set(s) => new_iter(IterState::Set { set: s.clone(), index: 0, len: s.len() }),
            Value::Iter(_) => v.clone(),
            Value::Generator(g) if g.kind == GenKind::Generator => v.clone(),
            Value::Other(o) => match &**o {
                Other::DictView { dict, kind } => new_iter(IterState::Dict { dict: dict.clone(), index: 0, kind: *kind, len: dict.len() }),
                // Read in place at each step, as CPython's iterators do (a
                // bytearray grown or shrunk meanwhile is seen).
                Other::Bytes(_) | Other::ByteArray(_) => new_iter(IterState::Seq { seq: v.clone(), index: 0 }),
                _ => return Err(self.not_iterable(v)),
            },
            Value::Instance(inst) => {
                if let Some(n) = super::ops::plain_value(inst, "__iter__") {
                    return self.get_iter(&n);
                }
                if let Some(m) = inst.class.lookup(&static_name("__iter__")) {
                    let it = self.call_value(&m, std::slice::from_ref(v), &[])?;
                    return self.checked_iterator(it);
                }
                if inst.class.lookup(&static_name("__getitem__")).is_some() {
                    return Ok(new_iter(IterState::Seq { seq: v.clone(), index: 0 }));
                }
                match &inst.native {
                    NativeData::List(l) => new_iter(IterState::Seq { seq: Value::List(l.clone()), index: 0 }),
                    NativeData::Value(t @ Value::Tuple(_)) => new_iter(IterState::Seq { seq: t.clone(), index: 0 }),
                    NativeData::Dict(d) => new_iter(IterState::Dict { dict: d.clone(), index: 0, kind: 0, len: d.len() }),
                    _ => return Err(self.not_iterable(v)),
                }
            }
            // A class whose metaclass defines `__iter__` (`for member in Color:`).
            Value::Class(c) => match self.call_meta(c, "__iter__", &[])? {
                Some(it) => return self.checked_iterator(it),
                None => return Err(self.not_iterable(v)),
            },
            _ => return Err(self.not_iterable(v)),
        })
    }

    /// What an `__iter__` method returned, when it is an iterator.
    fn checked_iterator(&self, it: Value) -> PyResult<Value> {
        let generator = matches!(&it, Value::Generator(g) if g.kind == GenKind::Generator);
        if !(generator || matches!(it, Value::Iter(_))) && self.lookup_special(&it, "__next__").is_none() {
            return Err(type_error(format!("iter() returned non-iterator of type '{}'", self.type_of(&it).name.as_str())));
        }
        Ok(it)
    }

    fn not_iterable(&self, v: &Value) -> PyErr {
        type_error(format!("'{}' object is not iterable", self.type_of(v).name.as_str()))
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) => self.next_builtin(i),
            Value::Generator(g) if g.kind == GenKind::Generator => match self.gen_resume(g, Value::None)? {
                GenResume::Yield(v) => Ok(Some(v)),
                GenResume::Return(_) => Ok(None),
            },
            Value::Instance(_) => {
                let m = self.lookup_special(it, "__next__").ok_or_else(|| {
                    type_error(format!("'{}' object is not an iterator", self.type_of(it).name.as_str()))
                })?;
                match self.call_value(&m, std::slice::from_ref(it), &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.matches(&types().stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Err(type_error(format!("'{}' object is not an iterator", self.type_of(it).name.as_str()))),
        }
    }

    fn next_builtin(&mut self, i: &Rc<PyIter>) -> PyResult<Option<Value>> {
        // States that need to call back into Python are handled after the borrow ends.
        let mut st = i.state.borrow_mut();
        let r = match &mut *st {
            IterState::Range { next, stop, step } => crate::runtime::objects::range_next(next, *stop, *step).map(Value::Int),
            IterState::Seq { seq, index } => match seq {
                Value::List(l) => {
                    let v = l.get(*index);
                    if v.is_some() {
                        *index += 1;
                    }
                    v
                }
                Value::Tuple(t) => {
                    if *index < t.items.len() {
                        *index += 1;
                        Some(t.items[*index - 1].clone())
                    } else {
                        None
                    }
                }
                Value::Other(_) if super::bytes::is_bytes_like(seq) => {
                    let v = super::bytes::byte_at(seq, *index as i64).map(|c| Value::Int(c as i64));
                    if v.is_some() {
                        *index += 1;
                    }
                    v
                }
                _ => {
                    let seq = seq.clone();
                    let idx = *index;
                    *index += 1;
                    drop(st);
                    return match self.get_item(&seq, &Value::Int(idx as i64)) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if e.matches(&types().index_error) || e.matches(&types().stop_iteration) => {
                            *i.state.borrow_mut() = IterState::Done;
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    };
                }
            },
            IterState::Str { s, pos } => {
                let text = s.as_str();
                if *pos < text.len() {
                    let c = text[*pos..].chars().next().unwrap_or('\0');
                    *pos += c.len_utf8();
                    Some(Value::char(c))
                } else {
                    None
                }
            }
            IterState::Dict { dict, index, kind, len } => dict_step(dict, index, len, |key, value| match kind {
                0 => key.clone(),
                1 => value.clone(),
                _ => Value::tuple(vec![key.clone(), value.clone()]),
            })?,
            IterState::Set { set, index, len } => {
                if set.len() != *len {
                    *len = usize::MAX;
                    return Err(runtime_error("Set changed size during iteration"));
                }
                let t = set.table.borrow();
                match t.next_live(*index) {
                    Some((at, k)) => {
                        *index = at + 1;
                        Some(k.clone())
                    }
                    None => {
                        *index = t.capacity();
                        None
                    }
                }
            }
            IterState::Values { items, index } => {
                if *index < items.len() {
                    *index += 1;
                    Some(items[*index - 1].clone())
                } else {
                    None
                }
            }
            IterState::Reversed { seq, index } => {
                if *index < 0 {
                    None
                } else {
                    let idx = *index;
                    *index -= 1;
                    match seq {
                        Value::List(l) => l.get(idx as usize),
                        Value::Tuple(t) => t.items.get(idx as usize).cloned(),
                        _ => {
                            let seq = seq.clone();
                            drop(st);
                            return self.get_item(&seq, &Value::Int(idx as i64)).map(Some);
                        }
                    }
                }
            }
            IterState::Done => None,
            IterState::Native(_) => {
                let IterState::Native(mut n) = std::mem::replace(&mut *st, IterState::Done) else { unreachable!() };
                drop(st);
                let r = n.next(self);
                let mut st = i.state.borrow_mut();
                if matches!(*st, IterState::Done) {
                    *st = IterState::Native(n);
                }
                return r;
            }
            _ => {
                drop(st);
                return self.next_composite(i);
            }
        };
        Ok(r)
    }

    /// The next item of an iterator of pairs that the loop unpacks at once
    /// (`for i, x in enumerate(xs)`, `zip(xs, ys)`, `d.items()`), as its two values:
    /// the tuple nobody could see is never built. `None` for other iterators (and a
    /// strict zip), which step as usual.
    pub(crate) fn next_pair(&mut self, i: &Rc<PyIter>) -> Option<PyResult<Option<(Value, Value)>>> {
        enum Plan {
            Enumerate(Value),
            Zip(Value, Value),
        }
        let plan = match &mut *i.state.borrow_mut() {
            IterState::Enumerate { inner, count, .. } => {
                // A list, tuple or range inside, counting below i64::MAX: stepped here.
                if let Value::Int(c) = count {
                    if *c < i64::MAX {
                        if let Some(item) = super::hot::for_iter_fast(inner) {
                            return Some(Ok(item.map(|v| {
                                *c += 1;
                                (Value::Int(*c - 1), v)
                            })));
                        }
                    }
                }
                Plan::Enumerate(inner.clone())
            }
            IterState::Dict { dict, index, kind: 2, len } => return Some(dict_step(dict, index, len, |key, value| (key.clone(), value.clone()))),
            IterState::Zip { inners, strict: false, .. } if inners.len() == 2 => Plan::Zip(inners[0].clone(), inners[1].clone()),
            _ => return None,
        };
        Some(match plan {
            // The inner iterator may run Python code (a generator), so it steps with
            // this iterator's state released, as in `next`.
            Plan::Enumerate(inner) => self.next(&inner).and_then(|item| {
                let Some(v) = item else { return Ok(None) };
                let count = match &mut *i.state.borrow_mut() {
                    IterState::Enumerate { count, .. } => count.clone(),
                    _ => return Ok(None),
                };
                let next = self.enumerate_successor(&count)?;
                if let IterState::Enumerate { count: c, .. } = &mut *i.state.borrow_mut() {
                    *c = next;
                }
                Ok(Some((count, v)))
            }),
            Plan::Zip(first, second) => (|| {
                let Some(a) = self.next_inline(&first)? else {
                    *i.state.borrow_mut() = IterState::Done;
                    return Ok(None);
                };
                let Some(b) = self.next_inline(&second)? else {
                    a.release();
                    *i.state.borrow_mut() = IterState::Done;
                    return Ok(None);
                };
                Ok(Some((a, b)))
            })(),
        })
    }

    /// An enumerate count plus one (a big int past `i64::MAX`).
    fn enumerate_successor(&mut self, count: &Value) -> PyResult<Value> {
        match count {
            Value::Int(c) if *c < i64::MAX => Ok(Value::Int(c + 1)),
            _ => self.binary_op(crate::bytecode::BinOp::Add, count, &Value::Int(1)),
        }
    }

    /// `next(it)`, a list, tuple or range iterator stepped inline.
    #[inline(always)]
    fn next_inline(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match super::hot::for_iter_fast(it) {
            Some(item) => Ok(item),
            None => self.next(it),
        }
    }

    /// Iterators that wrap other iterators or call functions.
    fn next_composite(&mut self, i: &Rc<PyIter>) -> PyResult<Option<Value>> {
        enum Plan {
            Enumerate(Value, Value),
            Zip(Rc<[Value]>, bool),
            Map(Value, Rc<[Value]>),
            // `map` over one iterable: no argument vector to allocate.
            Map1(Value, Value),
            Filter(Value, Value),
            Callable(Value, Value),
        }
        let plan = match &*i.state.borrow() {
            IterState::Enumerate { inner, count, .. } => Plan::Enumerate(inner.clone(), count.clone()),
            IterState::Zip { inners, strict, .. } => Plan::Zip(inners.clone(), *strict),
            IterState::Map { func, inners } if inners.len() == 1 => Plan::Map1(func.clone(), inners[0].clone()),
            IterState::Map { func, inners } => Plan::Map(func.clone(), inners.clone()),
            IterState::Filter { func, inner } => Plan::Filter(func.clone(), inner.clone()),
            IterState::Callable { func, sentinel } => Plan::Callable(func.clone(), sentinel.clone()),
            _ => return Ok(None),
        };
        match plan {
            Plan::Enumerate(inner, count) => match self.next(&inner)? {
                Some(v) => {
                    let next = self.enumerate_successor(&count)?;
                    let mut state = i.state.borrow_mut();
                    let IterState::Enumerate { count: c, last, .. } = &mut *state else { return Ok(Some(Value::tuple(vec![count, v]))) };
                    *c = next;
                    let tuple = match last.take_unshared(2) {
                        Some(mut t) => {
                            let slots = TupleRecycler::slots(&mut t);
                            slots[0] = count;
                            slots[1] = v;
                            t
                        }
                        None => crate::runtime::gc::new_tuple(vec![count, v]),
                    };
                    Ok(Some(last.keep(tuple)))
                }
                None => Ok(None),
            },
            Plan::Zip(inners, strict) => {
                if inners.is_empty() {
                    return Ok(None);
                }
                // The previous tuple is out of the state while the inner iterators run
                // (they may run Python code that steps this zip again).
                let mut reuse = match &mut *i.state.borrow_mut() {
                    IterState::Zip { last, .. } => last.take_unshared(inners.len()),
                    _ => None,
                };
                let mut out = if reuse.is_some() { Vec::new() } else { Vec::with_capacity(inners.len()) };
                for (n, it) in inners.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => match reuse.as_mut() {
                            Some(t) => TupleRecycler::slots(t)[n] = v,
                            None => out.push(v),
                        },
                        None => {
                            if strict {
                                if n > 0 {
                                    return Err(value_error(format!("zip() argument {} is shorter than argument{} {}", n + 1, if n == 1 { "" } else { "s" }, if n == 1 { "1".to_string() } else { format!("1-{}", n) })));
                                }
                                for (m, rest) in inners.iter().enumerate().skip(1) {
                                    if self.next(rest)?.is_some() {
                                        return Err(value_error(format!("zip() argument {} is longer than argument{} {}", m + 1, if m == 1 { "" } else { "s" }, if m == 1 { "1".to_string() } else { format!("1-{}", m) })));
                                    }
                                }
                            }
                            *i.state.borrow_mut() = IterState::Done;
                            return Ok(None);
                        }
                    }
                }
                let tuple = reuse.unwrap_or_else(|| crate::runtime::gc::new_tuple(out));
                match &mut *i.state.borrow_mut() {
                    IterState::Zip { last, .. } => Ok(Some(last.keep(tuple))),
                    _ => Ok(Some(Value::Tuple(tuple))),
                }
            }
            Plan::Map1(func, inner) => match self.next(&inner)? {
                Some(v) => {
                    let r = self.call_value(&func, std::slice::from_ref(&v), &[]);
                    v.release();
                    r.map(Some)
                }
                None => Ok(None),
            },
            Plan::Map(func, inners) => {
                let mut args = Vec::with_capacity(inners.len());
                for it in inners.iter() {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_value(&func, &args, &[]).map(Some)
            }
            Plan::Filter(func, inner) => loop {
                match self.next(&inner)? {
                    Some(v) => {
                        let keep = if func.is_none() {
                            self.truthy(&v)?
                        } else {
                            let r = self.call_value(&func, std::slice::from_ref(&v), &[])?;
                            self.truthy(&r)?
                        };
                        if keep {
                            return Ok(Some(v));
                        }
                    }
                    None => return Ok(None),
                }
            },
            Plan::Callable(func, sentinel) => {
                let v = self.call_value(&func, &[], &[])?;
                if v.is(&sentinel) || self.eq(&v, &sentinel)? {
                    *i.state.borrow_mut() = IterState::Done;
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
        }
    }

    /// Collects the value of a starred unpacking (`a, *b = v`). As CPython, a value whose
    /// type has neither `__iter__` nor `__getitem__` is reported as "cannot unpack".
    pub fn collect_to_unpack(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if matches!(v, Value::List(_) | Value::Tuple(_) | Value::Range(_)) {
            return self.collect(v);
        }
        if let Value::Instance(inst) = v {
            if let Some(Value::Tuple(t)) = super::ops::plain_value(inst, "__iter__") {
                return Ok(t.items.clone());
            }
        }
        let it = self.get_iter(v).map_err(|e| {
            let seq_like = matches!(v, Value::Instance(_))
                && (self.lookup_special(v, "__iter__").is_some() || self.lookup_special(v, "__getitem__").is_some());
            if e.matches(&types().type_error) && !seq_like {
                type_error(format!("cannot unpack non-iterable {} object", self.type_of(v).name.as_str()))
            } else {
                e
            }
        })?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Collects an iterable into a vector.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.snapshot()),
            Value::Tuple(t) => return Ok(t.items.clone()),
            Value::Instance(inst) => {
                if let Some(Value::Tuple(t)) = super::ops::plain_value(inst, "__iter__") {
                    return Ok(t.items.clone());
                }
                if let Some(items) = crate::modules::collections::exact_deque_items(v) {
                    return Ok(items);
                }
            }
            Value::Range(r) => {
                let n = r.len();
                if n > 1 << 31 {
                    return Err(memory_error(""));
                }
                return Ok((0..n).map(|k| Value::Int(r.start + k * r.step)).collect());
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Resumes a generator, sending `sent` (None for `next`).
    pub fn gen_resume(&mut self, g: &Rc<Generator>, sent: Value) -> PyResult<GenResume> {
        self.gen_resume_with(g, Ok(sent))
    }

    /// Resumes a generator (or coroutine, or async generator) with a value
    /// or an exception thrown into it. A frame suspended in `yield from` or
    /// `await` passes a thrown exception on to what it delegates to, as
    /// CPython's `gen.throw` does.
    pub fn gen_resume_with(&mut self, g: &Rc<Generator>, input: Result<Value, PyErr>) -> PyResult<GenResume> {
        if g.running.get() {
            return Err(already_executing(g));
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return resume_finished(g, input);
        };
        let started = g.started.replace(true);
        let result = match input {
            Ok(v) => {
                if started {
                    frame.push(v);
                } else if !v.is_none() {
                    g.started.set(false);
                    *g.frame.borrow_mut() = Some(frame);
                    return Err(type_error(format!("can't send non-None value to a just-started {}", g.kind.noun())));
                }
                self.run_suspended(g, &mut frame, None)
            }
            Err(e) => self.throw_suspended(g, &mut frame, e, started),
        };
        if let super::frame::Completion::Watched(_) = frame.completion {
            super::frames::generator_stopped(&frame);
        }
        match result {
            Ok(FrameExit::Yield(v)) => {
                *g.frame.borrow_mut() = Some(frame);
                Ok(GenResume::Yield(v))
            }
            Ok(FrameExit::Return(v)) => {
                // A finished plain frame gives its buffer back to the pool,
                // as a returning call's does.
                if let super::frame::Completion::Value = frame.completion {
                    self.recycle(*frame);
                }
                Ok(GenResume::Return(v))
            }
            Err(e) => Err(escaped_error(g, e)),
        }
    }

    /// Runs the suspended frame of `g` (raising `throw` at its suspension
    /// point if given) with its own handled exception swapped in: a frame
    /// suspended in an `except` body keeps handling that exception when
    /// resumed, and its caller does not see it meanwhile. The caller's goes
    /// on `exc_outer`, where the frame finds it when handling none itself.
    /// When neither handles one (the common case), a `None` needs no entry:
    /// that path only checks both before the run and the VM's after.
    #[inline(always)]
    fn run_suspended(&mut self, g: &Generator, frame: &mut super::Frame, throw: Option<PyErr>) -> PyResult<FrameExit> {
        // SAFETY: a read of the cell's value in place; nothing writes it
        // meanwhile (the generator is not running, single thread).
        let plain = self.handled.is_none() && unsafe { (*g.exc_state.as_ptr()).is_none() };
        if !plain {
            return self.run_suspended_handling(g, frame, throw);
        }
        g.running.set(true);
        let r = match throw {
            None => self.run_guarded(frame),
            Some(e) => self.throw_into(frame, e),
        };
        g.running.set(false);
        if !self.handled.is_none() {
            self.keep_handled(g, &r);
        }
        r
    }

    /// [`Vm::run_suspended`] when the caller or the frame handles an
    /// exception.
    #[inline(never)]
    fn run_suspended_handling(&mut self, g: &Generator, frame: &mut super::Frame, throw: Option<PyErr>) -> PyResult<FrameExit> {
        let own = g.exc_state.replace(Value::None);
        let caller = std::mem::replace(&mut self.handled, own);
        self.exc_outer.push(caller);
        g.running.set(true);
        let r = match throw {
            None => self.run_guarded(frame),
            Some(e) => self.throw_into(frame, e),
        };
        g.running.set(false);
        let caller = self.exc_outer.pop().unwrap_or(Value::None);
        let own = std::mem::replace(&mut self.handled, caller);
        if matches!(r, Ok(FrameExit::Yield(_))) {
            g.exc_state.replace(own).release();
        } else {
            own.release();
        }
        r
    }

    /// After the frame of `g` ran: the exception it handles now (suspended
    /// in an `except` body) becomes its own, the caller's comes back.
    #[cold]
    fn keep_handled(&mut self, g: &Generator, r: &PyResult<FrameExit>) {
        let own = std::mem::replace(&mut self.handled, Value::None);
        if matches!(r, Ok(FrameExit::Yield(_))) {
            g.exc_state.replace(own).release();
        } else {
            own.release();
        }
    }

    /// Throws `e` into the started, suspended frame of `g`. Suspended in
    /// `yield from`/`await`, the frame first passes it to the iterator it
    /// delegates to (GeneratorExit closes that iterator instead): while that
    /// one goes on, so does the wait; its return value resumes the frame,
    /// its exception is raised in the frame at the `await`.
    #[inline(never)]
    fn throw_suspended(&mut self, g: &Generator, frame: &mut super::Frame, e: PyErr, started: bool) -> PyResult<FrameExit> {
        if !started {
            // Thrown into a frame that never ran: it raises at its `def`
            // line, outside any `try` of the body.
            if let Some(data) = e.exc.exc() {
                let code = frame.code.clone();
                data.borrow_mut().traceback.push(TracebackEntry { line: code.firstlineno, code, globals: frame.globals.clone(), pc: 0 });
            }
            return Err(e);
        }
        let Some(sub) = super::coro::suspended_sub(frame).cloned() else {
            return self.run_suspended(g, frame, Some(e));
        };
        g.running.set(true);
        let outcome = if e.matches(&types().generator_exit) {
            self.close_iter(&sub).and(Err(e))
        } else {
            self.throw_to(&sub, e)
        };
        g.running.set(false);
        // Past the YIELD_FROM: a raise there is attributed to it.
        frame.pc += 1;
        match outcome {
            Ok(GenResume::Yield(v)) => {
                frame.pc -= 1;
                Ok(FrameExit::Yield(v))
            }
            Ok(GenResume::Return(v)) => {
                frame.set_top(v);
                self.run_suspended(g, frame, None)
            }
            Err(err) => self.run_suspended(g, frame, Some(err)),
        }
    }

    /// Raises `e` inside a suspended frame: the instruction before its resume
    /// point raises, so the frame's own handlers (and tracebacks) apply.
    pub(crate) fn throw_into(&mut self, frame: &mut super::Frame, e: PyErr) -> PyResult<FrameExit> {
        if self.unwind(frame, &e) {
            self.run_guarded(frame)
        } else {
            Err(e)
        }
    }

    /// Sends a value into a sub-iterator (`yield from`).
    pub fn send_to(&mut self, sub: &Value, sent: Value) -> PyResult<GenResume> {
        match sub {
            Value::Generator(g) => self.gen_resume(g, sent),
            _ => {
                if !sent.is_none() {
                    let send = self.get_attr(sub, &intern("send"))?;
                    return match self.call_value(&send, &[sent], &[]) {
                        Ok(v) => Ok(GenResume::Yield(v)),
                        Err(e) if e.matches(&types().stop_iteration) => Ok(GenResume::Return(e.args().first().cloned().unwrap_or(Value::None))),
                        Err(e) => Err(e),
                    };
                }
                match sub {
                    Value::Instance(_) => {
                        let m = self.lookup_special(sub, "__next__").ok_or_else(|| type_error("object is not an iterator"))?;
                        match self.call_value(&m, std::slice::from_ref(sub), &[]) {
                            Ok(v) => Ok(GenResume::Yield(v)),
                            Err(e) if e.matches(&types().stop_iteration) => Ok(GenResume::Return(e.args().first().cloned().unwrap_or(Value::None))),
                            Err(e) => Err(e),
                        }
                    }
                    _ => match self.next(sub)? {
                        Some(v) => Ok(GenResume::Yield(v)),
                        None => Ok(GenResume::Return(Value::None)),
                    },
                }
            }
        }
    }
}

/// ValueError for resuming a running generator.
#[cold]
fn already_executing(g: &Generator) -> PyErr {
    value_error(format!("{} already executing", g.kind.noun()))
}

/// Resuming a finished generator: it returns again (a coroutine refuses),
/// an exception thrown in is raised.
#[cold]
fn resume_finished(g: &Generator, input: Result<Value, PyErr>) -> PyResult<GenResume> {
    match input {
        _ if g.kind == GenKind::Coroutine => Err(runtime_error("cannot reuse already awaited coroutine")),
        Ok(_) => Ok(GenResume::Return(Value::None)),
        Err(e) => Err(e),
    }
}

/// The error a generator's frame raised, as its caller sees it: PEP 479
/// turns a StopIteration (and for async generators a StopAsyncIteration)
/// into RuntimeError, chained as `raise RuntimeError(...) from e`.
#[cold]
fn escaped_error(g: &Generator, e: PyErr) -> PyErr {
    let escaped = if e.matches(&types().stop_iteration) {
        "StopIteration"
    } else if g.kind == GenKind::AsyncGenerator && e.matches(&types().stop_async_iteration) {
        "StopAsyncIteration"
    } else {
        return e;
    };
    let err = runtime_error(format!("{} raised {}", g.kind.noun(), escaped));
    if let Some(data) = err.exc.exc() {
        let mut data = data.borrow_mut();
        data.cause = e.value();
        data.context = e.value();
        data.suppress_context = true;
    }
    err
}

/// Whether stepping an iterator in `state` runs no Python code and, when it
/// fails, fails before changing anything, so that a compiled loop may step
/// it and, on an error or the end, leave for the interpreter to step it
/// again. Within a `zip` (`in_zip`) every step must also be unable to fail,
/// since the iterators before it have moved already.
pub fn steps_natively(state: &IterState, in_zip: bool) -> bool {
    let inner_ok = |v: &Value, in_zip: bool| match v {
        Value::Iter(i) => i.state.try_borrow().is_ok_and(|s| steps_natively(&s, in_zip)),
        _ => false,
    };
    match state {
        IterState::Seq { seq: Value::List(_) | Value::Tuple(_), .. }
        | IterState::Range { .. }
        | IterState::Str { .. }
        | IterState::Values { .. }
        | IterState::Reversed { seq: Value::List(_) | Value::Tuple(_), .. }
        | IterState::Done => true,
        // Their size checks come first and stay failed.
        IterState::Dict { .. } | IterState::Set { .. } => !in_zip,
        IterState::Enumerate { inner, .. } => inner_ok(inner, in_zip),
        IterState::Zip { inners, strict: false, .. } => inners.iter().all(|v| inner_ok(v, true)),
        _ => false,
    }
}

/// What the next step of an iterator in `state` would give (`Some(None)`:
/// the end), without taking it; `None` for kinds it cannot tell
/// ([`steps_natively`]'s, except a dict or set whose size changed).
pub fn peek_next(state: &IterState) -> Option<Option<Value>> {
    let inner = |v: &Value| match v {
        Value::Iter(i) => i.state.try_borrow().ok().and_then(|s| peek_next(&s)),
        _ => None,
    };
    Some(match state {
        IterState::Seq { seq: Value::List(l), index } => l.get(*index),
        IterState::Seq { seq: Value::Tuple(t), index } => t.items.get(*index).cloned(),
        &IterState::Range { next, stop, step } => range_next(&mut { next }, stop, step).map(Value::Int),
        IterState::Str { s, pos } => s.as_str()[*pos..].chars().next().map(|c| Value::str(c.encode_utf8(&mut [0; 4]))),
        IterState::Values { items, index } => items.get(*index).cloned(),
        IterState::Reversed { seq, index } => match seq {
            _ if *index < 0 => None,
            Value::List(l) => l.get(*index as usize),
            Value::Tuple(t) => t.items.get(*index as usize).cloned(),
            _ => return None,
        },
        IterState::Done => None,
        IterState::Dict { dict, index, kind, len } => {
            if dict.len() != *len {
                return None;
            }
            let t = dict.table.borrow();
            let e = t.entries().get(*index..).and_then(|rest| rest.iter().find(|e| !e.key.is_null()));
            e.map(|e| match kind {
                0 => e.key.clone(),
                1 => e.value.clone(),
                _ => Value::tuple(vec![e.key.clone(), e.value.clone()]),
            })
        }
        IterState::Set { set, index, len } => {
            if set.len() != *len {
                return None;
            }
            let t = set.table.borrow();
            t.next_live(*index).map(|(_, k)| k.clone())
        }
        IterState::Enumerate { inner: it, count, .. } => inner(it)?.map(|v| Value::tuple(vec![count.clone(), v])),
        IterState::Zip { inners, .. } => {
            let mut items = Vec::with_capacity(inners.len());
            for it in inners.iter() {
                match inner(it)? {
                    Some(v) => items.push(v),
                    None => return Some(None),
                }
            }
            if items.is_empty() {
                None
            } else {
                Some(Value::tuple(items))
            }
        }
        _ => return None,
    })
}

/// One step of a dict iterator: `pick` of the next live entry's key and value.
/// Raises when the dict changed size since the iterator began (and stays raising).
#[inline(always)]
fn dict_step<T>(dict: &PyDict, index: &mut usize, len: &mut usize, pick: impl FnOnce(&Value, &Value) -> T) -> PyResult<Option<T>> {
    if dict.len() != *len {
        *len = usize::MAX;
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    let t = dict.table.borrow();
    let entries = t.entries();
    while *index < entries.len() {
        let e = &entries[*index];
        *index += 1;
        if !e.key.is_null() {
            return Ok(Some(pick(&e.key, &e.value)));
        }
    }
    Ok(None)
}
