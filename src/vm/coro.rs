//! Coroutines and async generators: the awaitable protocol behind `await`,
//! `async for` and `async with`, the methods of coroutine and async
//! generator objects, and the objects they hand out (`coro.__await__()`,
//! `agen.asend()`, `agen.athrow()`, `agen.aclose()`, `anext(it, default)`).
//!
//! A coroutine is a [`Generator`] of kind [`GenKind::Coroutine`]: `await x`
//! compiles to `GET_AWAITABLE` and the `yield from` loop, so everything a
//! coroutine awaits is driven by `send`/`throw` like a sub-generator. An
//! async generator's frame yields two kinds of values: those of its own
//! `yield` expressions, wrapped by `ASYNC_GEN_WRAP` into an
//! `async_generator_wrapped_value`, and those an `await` inside it passes up
//! to the event loop. The awaitable its `__anext__` returns tells them apart:
//! a wrapped value ends the `await` (as `StopIteration(value)`), any other
//! goes on up.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::errors::*;
use super::{GenResume, PyResult, Vm};
use crate::builtins::{add_method, check_count, no_kwargs};
use crate::modules::native::{new_native_instance, payload};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::runtime::gc::{visit_rc, Payload};

impl Payload for Wrapped {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.0);
    }
    fn clear(&self) {}
}
impl Payload for ASend {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit_rc(&self.gen, visit);
        visit(&self.value);
    }
    fn clear(&self) {}
}
impl Payload for AThrow {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit_rc(&self.gen, visit);
        if let Some(exc) = &self.exc {
            visit(exc);
        }
    }
    fn clear(&self) {}
}
impl Payload for CoroWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit_rc(&self.0, visit);
    }
    fn clear(&self) {}
}
impl Payload for ANext {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.awaitable);
        visit(&self.default);
        if let Ok(iter) = self.iter.try_borrow() {
            if let Some(it) = iter.as_ref() {
                visit(it);
            }
        }
    }
    fn clear(&self) {
        let old = self.iter.try_borrow_mut().map(|mut it| it.take());
        drop(old);
    }
}

/// Lets the cycle collector see what the objects coroutines hand out hold
/// (an awaitable kept in the frame of the generator it drives is a cycle).
/// Their fields are fixed at creation, so clearing drops only what can
/// change (`anext`'s iterator); the generators' frames break the cycles.
pub fn register_gc_payloads() {
    use crate::runtime::gc::register_payload;
    register_payload::<Wrapped>();
    register_payload::<ASend>();
    register_payload::<AThrow>();
    register_payload::<CoroWrapper>();
    register_payload::<ANext>();
}

/// What `GET_AWAITABLE`'s argument says about where the awaitable came from
/// (it only changes the error message).
pub mod awaited {
    /// `await x`.
    pub const AWAIT: u32 = 0;
    /// The result of `__aenter__` in `async with`.
    pub const AENTER: u32 = 1;
    /// The result of `__aexit__` in `async with`.
    pub const AEXIT: u32 = 2;
}

/// The payload of an `async_generator_wrapped_value`: what an async
/// generator's `yield` produced.
struct Wrapped(Value);

/// Progress of an `asend`/`athrow` awaitable (CPython's `AwaitableState`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Progress {
    /// Not sent into yet.
    Init,
    /// Driving the generator.
    Iter,
    /// Done: awaiting it again is an error.
    Closed,
}

/// `agen.asend(value)` / `agen.__anext__()`.
struct ASend {
    gen: Rc<Generator>,
    value: Value,
    progress: Cell<Progress>,
}

/// `agen.athrow(exc)` (`exc` set) / `agen.aclose()` (`exc` None).
struct AThrow {
    gen: Rc<Generator>,
    exc: Option<Value>,
    progress: Cell<Progress>,
}

/// `coro.__await__()`: an iterator over the coroutine.
struct CoroWrapper(Rc<Generator>);

/// `anext(aiter, default)`: awaits `aiter.__anext__()`, with `default` for
/// its end.
struct ANext {
    awaitable: Value,
    default: Value,
    iter: RefCell<Option<Value>>,
}

/// Wraps the value of an async generator's `yield` (`ASYNC_GEN_WRAP`).
pub fn wrap_async_yield(v: Value) -> Value {
    new_native_instance(&types().async_generator_wrapped_value, Box::new(Wrapped(v)))
}

/// `StopIteration(value)` (no args for `None`, as a `return` without value).
fn stop_iteration(v: Value) -> PyErr {
    PyErr::with_args(&types().stop_iteration, if v.is_none() { vec![] } else { vec![v] })
}

fn stop_async_iteration() -> PyErr {
    PyErr::with_args(&types().stop_async_iteration, vec![])
}

/// The exception `throw(typ[, val[, tb]])` raises (the arguments after the receiver).
pub fn thrown(vm: &mut Vm, args: &[Value]) -> PyResult<PyErr> {
    let not_exception = |vm: &Vm, v: &Value| type_error(format!("exceptions must be classes or instances deriving from BaseException, not {}", vm.type_of(v).name.as_str()));
    let exc = match (&args[0], args.get(1)) {
        (Value::Class(c), _) if !c.is_subclass(&types().base_exception) => return Err(not_exception(vm, &args[0])),
        (Value::Class(c), Some(v)) if !v.is_none() => {
            if vm.isinstance(v, c) {
                v.clone()
            } else if let Value::Tuple(t) = v {
                // A tuple gives the constructor's arguments.
                vm.call_value(&args[0], &t.items, &[])?
            } else {
                vm.call_value(&args[0], std::slice::from_ref(v), &[])?
            }
        }
        (Value::Instance(_), Some(v)) if !v.is_none() => return Err(type_error("instance exception may not have a separate value")),
        (Value::Instance(i), _) if i.exc().is_none() => return Err(not_exception(vm, &args[0])),
        (Value::Class(_) | Value::Instance(_), _) => args[0].clone(),
        _ => return Err(not_exception(vm, &args[0])),
    };
    Ok(vm.make_raise(exc))
}

impl Vm {
    /// `GET_AWAITABLE`: the iterator `await v` delegates to: a coroutine
    /// itself, or what `v.__await__()` returns.
    pub fn get_awaitable(&mut self, v: &Value, from: u32) -> PyResult<Value> {
        if let Value::Generator(g) = v {
            if g.kind == GenKind::Coroutine {
                if g.frame.borrow().as_ref().is_some_and(|f| g.started.get() && suspended_sub(f).is_some()) {
                    return Err(runtime_error("coroutine is being awaited already"));
                }
                return Ok(v.clone());
            }
        }
        let Some(method) = self.lookup_special(v, "__await__") else {
            let tname = self.type_of(v).name.as_str().to_owned();
            return Err(type_error(match from {
                awaited::AENTER => format!("'async with' received an object from __aenter__ that does not implement __await__: {}", tname),
                awaited::AEXIT => format!("'async with' received an object from __aexit__ that does not implement __await__: {}", tname),
                _ => format!("object {} can't be used in 'await' expression", tname),
            }));
        };
        let it = self.call_value(&method, std::slice::from_ref(v), &[])?;
        match &it {
            Value::Generator(g) if g.kind == GenKind::Coroutine => Err(type_error("__await__() returned a coroutine")),
            Value::Generator(g) if g.kind == GenKind::Generator => Ok(it),
            Value::Iter(_) => Ok(it),
            _ if !matches!(it, Value::Generator(_)) && self.lookup_special(&it, "__next__").is_some() => Ok(it),
            _ => Err(type_error(format!("__await__() returned non-iterator of type '{}'", self.type_of(&it).name.as_str()))),
        }
    }

    /// `GET_AITER`: `type(v).__aiter__(v)`, which must have `__anext__`.
    pub fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        let Some(method) = self.lookup_special(v, "__aiter__") else {
            return Err(type_error(format!("'async for' requires an object with __aiter__ method, got {}", self.type_of(v).name.as_str())));
        };
        let it = self.call_value(&method, std::slice::from_ref(v), &[])?;
        if self.lookup_special(&it, "__anext__").is_none() {
            return Err(type_error(format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", self.type_of(&it).name.as_str())));
        }
        Ok(it)
    }

    /// `GET_ANEXT`: the awaitable for the next item of the async iterator `it`.
    pub fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        if let Value::Generator(g) = it {
            if g.kind == GenKind::AsyncGenerator {
                init_hooks(self, g)?;
                return Ok(asend(g, Value::None));
            }
        }
        let Some(method) = self.lookup_special(it, "__anext__") else {
            return Err(type_error(format!("'async for' requires an iterator with __anext__ method, got {}", self.type_of(it).name.as_str())));
        };
        let next = self.call_value(&method, std::slice::from_ref(it), &[])?;
        self.get_awaitable(&next, awaited::AWAIT).map_err(|e| {
            if e.matches(&types().type_error) {
                type_error(format!("'async for' received an invalid object from __anext__: {}", self.type_of(&next).name.as_str()))
            } else {
                e
            }
        })
    }

    /// `BEFORE_ASYNC_WITH`: the bound `__aexit__` and the result of `__aenter__()`.
    pub fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let protocol_error = |vm: &Vm, missing: &str| type_error(format!("'{}' object does not support the asynchronous context manager protocol{}", vm.type_of(mgr).name.as_str(), missing));
        let Some(enter) = self.lookup_special(mgr, "__aenter__") else { return Err(protocol_error(self, "")) };
        let Some(exit) = self.lookup_special(mgr, "__aexit__") else { return Err(protocol_error(self, " (missed __aexit__ method)")) };
        let exit = Value::BoundMethod(BoundMethod::new_rc(exit, mgr.clone()));
        let entered = self.call_value(&enter, std::slice::from_ref(mgr), &[])?;
        Ok((exit, entered))
    }

    /// Throws `e` into the iterator a suspended `yield from`/`await`
    /// delegates to: its `throw` method, or `e` back when it has none.
    pub(crate) fn throw_to(&mut self, sub: &Value, e: PyErr) -> PyResult<GenResume> {
        if let Value::Generator(g) = sub {
            return self.gen_resume_with(g, Err(e));
        }
        let method = match self.get_attr(sub, &intern("throw")) {
            Ok(m) => m,
            Err(lookup) if lookup.matches(&types().attribute_error) => return Err(e),
            Err(lookup) => return Err(lookup),
        };
        match self.call_value(&method, &[e.value()], &[]) {
            Ok(v) => Ok(GenResume::Yield(v)),
            Err(stop) if stop.matches(&types().stop_iteration) => Ok(GenResume::Return(stop.args().first().cloned().unwrap_or(Value::None))),
            Err(other) => Err(other),
        }
    }

    /// Closes the iterator a suspended `yield from`/`await` delegates to
    /// (its `close` method, if any).
    pub(crate) fn close_iter(&mut self, sub: &Value) -> PyResult<()> {
        if let Value::Generator(g) = sub {
            return self.close_generator(g);
        }
        match self.get_attr(sub, &intern("close")) {
            Ok(m) => self.call_value(&m, &[], &[]).map(drop),
            Err(lookup) if lookup.matches(&types().attribute_error) => Ok(()),
            Err(lookup) => Err(lookup),
        }
    }

    /// `gen.close()`: GeneratorExit thrown in at the suspension point (after
    /// closing what it delegates to); the frame must not yield again.
    pub fn close_generator(&mut self, g: &Rc<Generator>) -> PyResult<()> {
        if !g.started.get() || g.frame.borrow().is_none() {
            *g.frame.borrow_mut() = None;
            return Ok(());
        }
        let err = PyErr::with_args(&types().generator_exit, vec![]);
        match self.gen_resume_with(g, Err(err)) {
            Ok(GenResume::Yield(_)) => Err(runtime_error(format!("{} ignored GeneratorExit", g.kind.noun()))),
            Ok(GenResume::Return(_)) => Ok(()),
            Err(e) if e.matches(&types().generator_exit) || e.matches(&types().stop_iteration) => {
                *g.frame.borrow_mut() = None;
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

/// The iterator a frame suspended in `yield from`/`await` delegates to (at
/// the top of its stack while it waits at the `YIELD_FROM`).
pub fn suspended_sub(f: &super::Frame) -> Option<&Value> {
    (f.pc < f.code.len() && f.code.instr(f.pc).op.base_form() == crate::bytecode::Op::YieldFrom).then(|| f.peek(1))
}

/// At the first iteration of async generator `g`: calls the firstiter hook
/// and keeps the finalizer hook for `g`'s end (CPython's
/// `async_gen_init_hooks`).
fn init_hooks(vm: &mut Vm, g: &Rc<Generator>) -> PyResult<()> {
    if g.hooks_inited.replace(true) {
        return Ok(());
    }
    let (firstiter, finalizer) = vm.asyncgen_hooks.clone();
    *g.finalizer.borrow_mut() = finalizer;
    if !firstiter.is_none() {
        vm.call_value(&firstiter, &[Value::Generator(g.clone())], &[])?;
    }
    Ok(())
}

/// A new `asend` awaitable of `g` sending `value`.
fn asend(g: &Rc<Generator>, value: Value) -> Value {
    new_native_instance(&types().async_generator_asend, Box::new(ASend { gen: g.clone(), value, progress: Cell::new(Progress::Init) }))
}

/// Turns what resuming async generator `g` gave into what awaiting its
/// `asend`/`athrow` gives: a wrapped value ends the await with it, another
/// yielded value passes on up, the generator's end is StopAsyncIteration.
fn unwrap_async_yield(g: &Generator, r: PyResult<GenResume>, progress: &Cell<Progress>) -> PyResult<Value> {
    let out = match r {
        Ok(GenResume::Yield(v)) => match payload::<Wrapped>(&v) {
            Some(w) => Err(stop_iteration(w.0.clone())),
            None => return Ok(v),
        },
        Ok(GenResume::Return(_)) => Err(stop_async_iteration()),
        Err(e) => Err(e),
    };
    if let Err(e) = &out {
        if e.matches(&types().stop_async_iteration) || e.matches(&types().generator_exit) {
            g.closed.set(true);
        }
    }
    g.running_async.set(false);
    progress.set(Progress::Closed);
    out
}

fn gen_arg(v: &Value, kind: GenKind) -> PyResult<Rc<Generator>> {
    match v {
        Value::Generator(g) if g.kind == kind => Ok(g.clone()),
        _ => Err(type_error(format!("descriptor requires a '{}' object", match kind {
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
            GenKind::Generator => "generator",
        }))),
    }
}

fn state<'v, T: 'static>(v: &'v Value, what: &str) -> PyResult<&'v T> {
    payload::<T>(v).ok_or_else(|| type_error(format!("descriptor requires a '{}' object", what)))
}

// ---- coroutine

fn coro_await(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__await__", args, 1, 1)?;
    let g = gen_arg(&args[0], GenKind::Coroutine)?;
    Ok(new_native_instance(&types().coroutine_wrapper, Box::new(CoroWrapper(g))))
}

fn wrapper_gen(v: &Value) -> PyResult<Value> {
    Ok(Value::Generator(state::<CoroWrapper>(v, "coroutine_wrapper")?.0.clone()))
}

fn wrapper_send(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("send", args, 2, 2)?;
    let g = wrapper_gen(&args[0])?;
    crate::builtins::gen_send(vm, &[g, args[1].clone()], kwargs)
}

fn wrapper_next(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__next__", args, 1, 1)?;
    let g = wrapper_gen(&args[0])?;
    crate::builtins::gen_send(vm, &[g, Value::None], kwargs)
}

fn wrapper_throw(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("throw", args, 2, 4)?;
    let mut full = vec![wrapper_gen(&args[0])?];
    full.extend_from_slice(&args[1..]);
    crate::builtins::gen_throw(vm, &full, kwargs)
}

fn wrapper_close(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("close", args, 1, 1)?;
    let Value::Generator(g) = wrapper_gen(&args[0])? else { return Ok(Value::None) };
    vm.close_generator(&g).map(|()| Value::None)
}

fn return_self(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__iter__", args, 1, 1)?;
    Ok(args[0].clone())
}

// ---- async generator

fn agen_anext(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__anext__", args, 1, 1)?;
    let g = gen_arg(&args[0], GenKind::AsyncGenerator)?;
    init_hooks(vm, &g)?;
    Ok(asend(&g, Value::None))
}

fn agen_asend(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("asend", args, 2, 2)?;
    let g = gen_arg(&args[0], GenKind::AsyncGenerator)?;
    init_hooks(vm, &g)?;
    Ok(asend(&g, args[1].clone()))
}

fn agen_athrow(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("athrow", args, 2, 4)?;
    let g = gen_arg(&args[0], GenKind::AsyncGenerator)?;
    let exc = thrown(vm, &args[1..])?.value();
    init_hooks(vm, &g)?;
    Ok(new_native_instance(&types().async_generator_athrow, Box::new(AThrow { gen: g, exc: Some(exc), progress: Cell::new(Progress::Init) })))
}

fn agen_aclose(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("aclose", args, 1, 1)?;
    let g = gen_arg(&args[0], GenKind::AsyncGenerator)?;
    init_hooks(vm, &g)?;
    Ok(new_native_instance(&types().async_generator_athrow, Box::new(AThrow { gen: g, exc: None, progress: Cell::new(Progress::Init) })))
}

// ---- asend

fn asend_send_value(vm: &mut Vm, a: &ASend, sent: Value) -> PyResult<Value> {
    let g = &a.gen;
    let r = match a.progress.get() {
        Progress::Closed => return Err(runtime_error("cannot reuse already awaited __anext__()/asend()")),
        Progress::Init => {
            if g.running_async.get() {
                a.progress.set(Progress::Closed);
                return Err(runtime_error("anext(): asynchronous generator is already running"));
            }
            let v = if sent.is_none() { a.value.clone() } else { sent };
            a.progress.set(Progress::Iter);
            g.running_async.set(true);
            vm.gen_resume(g, v)
        }
        Progress::Iter => vm.gen_resume(g, sent),
    };
    unwrap_async_yield(g, r, &a.progress)
}

fn asend_send(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("send", args, 2, 2)?;
    let a = state::<ASend>(&args[0], "async_generator_asend")?;
    asend_send_value(vm, a, args[1].clone())
}

fn asend_next(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__next__", args, 1, 1)?;
    let a = state::<ASend>(&args[0], "async_generator_asend")?;
    asend_send_value(vm, a, Value::None)
}

fn asend_throw(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("throw", args, 2, 4)?;
    let a = state::<ASend>(&args[0], "async_generator_asend")?;
    if a.progress.get() == Progress::Closed {
        return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let e = thrown(vm, &args[1..])?;
    let r = vm.gen_resume_with(&a.gen, Err(e));
    unwrap_async_yield(&a.gen, r, &a.progress)
}

fn asend_close(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("close", args, 1, 1)?;
    state::<ASend>(&args[0], "async_generator_asend")?.progress.set(Progress::Closed);
    Ok(Value::None)
}

// ---- athrow / aclose

/// The end of an `aclose()` await: the generator yielded a value instead of
/// finishing (an error), or finished or raised.
fn aclose_outcome(t: &AThrow, r: PyResult<GenResume>) -> PyResult<Value> {
    let g = &t.gen;
    let err = match r {
        Ok(GenResume::Yield(v)) => {
            if payload::<Wrapped>(&v).is_none() {
                return Ok(v);
            }
            runtime_error("async generator ignored GeneratorExit")
        }
        Ok(GenResume::Return(_)) => stop_iteration(Value::None),
        Err(e) if e.matches(&types().stop_async_iteration) || e.matches(&types().generator_exit) => stop_iteration(Value::None),
        Err(e) => e,
    };
    g.running_async.set(false);
    t.progress.set(Progress::Closed);
    Err(err)
}

fn athrow_send_value(vm: &mut Vm, t: &AThrow, sent: Value) -> PyResult<Value> {
    let g = &t.gen;
    let what = if t.exc.is_some() { "athrow()" } else { "aclose()" };
    if t.progress.get() == Progress::Closed {
        return Err(runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    if g.frame.borrow().is_none() && !g.running.get() {
        t.progress.set(Progress::Closed);
        return Err(stop_iteration(Value::None));
    }
    if t.progress.get() == Progress::Init {
        if g.running_async.get() {
            t.progress.set(Progress::Closed);
            return Err(runtime_error(format!("{}: asynchronous generator is already running", what)));
        }
        if g.closed.get() {
            t.progress.set(Progress::Closed);
            return Err(stop_async_iteration());
        }
        if !sent.is_none() {
            return Err(runtime_error("can't send non-None value to a just-started coroutine"));
        }
        t.progress.set(Progress::Iter);
        g.running_async.set(true);
        return match &t.exc {
            None => {
                g.closed.set(true);
                let r = vm.gen_resume_with(g, Err(PyErr::with_args(&types().generator_exit, vec![])));
                aclose_outcome(t, r)
            }
            Some(exc) => {
                let e = vm.make_raise(exc.clone());
                let r = vm.gen_resume_with(g, Err(e));
                unwrap_async_yield(g, r, &t.progress)
            }
        };
    }
    let r = vm.gen_resume(g, sent);
    match t.exc {
        Some(_) => unwrap_async_yield(g, r, &t.progress),
        None => aclose_outcome(t, r),
    }
}

fn athrow_send(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("send", args, 2, 2)?;
    let t = state::<AThrow>(&args[0], "async_generator_athrow")?;
    athrow_send_value(vm, t, args[1].clone())
}

fn athrow_next(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__next__", args, 1, 1)?;
    let t = state::<AThrow>(&args[0], "async_generator_athrow")?;
    athrow_send_value(vm, t, Value::None)
}

fn athrow_throw(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("throw", args, 2, 4)?;
    let t = state::<AThrow>(&args[0], "async_generator_athrow")?;
    if t.progress.get() == Progress::Closed {
        return Err(runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let e = thrown(vm, &args[1..])?;
    let r = vm.gen_resume_with(&t.gen, Err(e));
    match t.exc {
        Some(_) => unwrap_async_yield(&t.gen, r, &t.progress),
        None => aclose_outcome(t, r),
    }
}

fn athrow_close(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("close", args, 1, 1)?;
    state::<AThrow>(&args[0], "async_generator_athrow")?.progress.set(Progress::Closed);
    Ok(Value::None)
}

// ---- anext(aiter, default)

/// `anext(aiter[, default])`.
pub fn builtin_anext(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("anext", kwargs)?;
    check_count("anext", args, 1, 2)?;
    let it = &args[0];
    let Some(method) = vm.lookup_special(it, "__anext__") else {
        return Err(type_error(format!("'{}' object is not an async iterator", vm.type_of(it).name.as_str())));
    };
    let awaitable = vm.call_value(&method, std::slice::from_ref(it), &[])?;
    match args.get(1) {
        None => Ok(awaitable),
        Some(default) => Ok(new_native_instance(&types().anext_awaitable, Box::new(ANext { awaitable, default: default.clone(), iter: RefCell::new(None) }))),
    }
}

/// `aiter(obj)`.
pub fn builtin_aiter(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("aiter", kwargs)?;
    check_count("aiter", args, 1, 1)?;
    let Some(method) = vm.lookup_special(&args[0], "__aiter__") else {
        return Err(type_error(format!("'{}' object is not an async iterable", vm.type_of(&args[0]).name.as_str())));
    };
    let it = vm.call_value(&method, std::slice::from_ref(&args[0]), &[])?;
    if vm.lookup_special(&it, "__anext__").is_none() {
        return Err(type_error(format!("aiter() returned not an async iterator of type '{}'", vm.type_of(&it).name.as_str())));
    }
    Ok(it)
}

/// Runs one step of an `anext(it, default)` awaitable: `step` drives the
/// awaitable of `it.__anext__()`; its StopAsyncIteration becomes the
/// default as the await's result.
fn anext_step(vm: &mut Vm, this: &Value, step: impl FnOnce(&mut Vm, &Value) -> PyResult<GenResume>) -> PyResult<Value> {
    let a = state::<ANext>(this, "anext_awaitable")?;
    let existing = a.iter.borrow().clone();
    let it = match existing {
        Some(it) => it,
        None => {
            let it = vm.get_awaitable(&a.awaitable, awaited::AWAIT)?;
            *a.iter.borrow_mut() = Some(it.clone());
            it
        }
    };
    match step(vm, &it) {
        Ok(GenResume::Yield(v)) => Ok(v),
        Ok(GenResume::Return(v)) => Err(stop_iteration(v)),
        Err(e) if e.matches(&types().stop_async_iteration) => Err(stop_iteration(a.default.clone())),
        Err(e) => Err(e),
    }
}

fn anext_send(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("send", args, 2, 2)?;
    let sent = args[1].clone();
    anext_step(vm, &args[0], |vm, it| vm.send_to(it, sent))
}

fn anext_next(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__next__", args, 1, 1)?;
    anext_step(vm, &args[0], |vm, it| vm.send_to(it, Value::None))
}

fn anext_throw(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("throw", args, 2, 4)?;
    let e = thrown(vm, &args[1..])?;
    anext_step(vm, &args[0], |vm, it| vm.throw_to(it, e))
}

fn anext_close(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("close", args, 1, 1)?;
    let it = state::<ANext>(&args[0], "anext_awaitable")?.iter.borrow().clone();
    if let Some(it) = it {
        vm.close_iter(&it)?;
    }
    Ok(Value::None)
}

/// Registers the methods of coroutines, async generators and their awaitables.
pub fn register() {
    let t = types();
    for (name, f) in [
        ("send", crate::builtins::gen_send as NativeFn),
        ("throw", crate::builtins::gen_throw),
        ("close", crate::builtins::gen_close),
        ("__await__", coro_await),
    ] {
        add_method(&t.coroutine, name, f);
    }
    for (name, f) in [("send", wrapper_send as NativeFn), ("throw", wrapper_throw), ("close", wrapper_close), ("__next__", wrapper_next), ("__iter__", return_self)] {
        add_method(&t.coroutine_wrapper, name, f);
    }
    for (name, f) in [("__aiter__", return_self as NativeFn), ("__anext__", agen_anext), ("asend", agen_asend), ("athrow", agen_athrow), ("aclose", agen_aclose)] {
        add_method(&t.async_generator, name, f);
    }
    let awaitables: [(&Rc<Class>, [NativeFn; 4]); 3] = [
        (&t.async_generator_asend, [asend_send, asend_throw, asend_close, asend_next]),
        (&t.async_generator_athrow, [athrow_send, athrow_throw, athrow_close, athrow_next]),
        (&t.anext_awaitable, [anext_send, anext_throw, anext_close, anext_next]),
    ];
    for (cls, [send, throw, close, next]) in awaitables {
        for (name, f) in [("send", send), ("throw", throw), ("close", close), ("__next__", next), ("__iter__", return_self), ("__await__", return_self)] {
            add_method(cls, name, f);
        }
    }
}

// ---- helpers of the embedded asyncio

thread_local! {
    /// The async generators asyncio's loop saw start (its firstiter hook),
    /// held weakly as CPython's loop holds them in a WeakSet: closed by
    /// `shutdown_asyncgens()` at the end of `asyncio.run`.
    static TRACKED_AGENS: RefCell<Vec<std::rc::Weak<Generator>>> = const { RefCell::new(Vec::new()) };
}

/// `_track_agen(agen)`: the loop's firstiter hook.
fn track_agen(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("_track_agen", args, 1, 1)?;
    if let Value::Generator(g) = &args[0] {
        TRACKED_AGENS.with(|t| {
            let mut t = t.borrow_mut();
            // Dead entries go when the list has doubled since the last sweep.
            if t.len() >= 64 && t.len().is_power_of_two() {
                t.retain(|w| w.strong_count() > 0);
            }
            t.push(Rc::downgrade(g));
        });
    }
    Ok(Value::None)
}

/// `_take_tracked_agens()`: the tracked async generators still alive and
/// unfinished, in the order they started; the tracking starts over.
fn take_tracked_agens(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("_take_tracked_agens", args, 0, 0)?;
    let tracked = TRACKED_AGENS.with(|t| std::mem::take(&mut *t.borrow_mut()));
    let live = tracked.iter().filter_map(|w| w.upgrade()).filter(|g| g.frame.borrow().is_some() || g.running.get()).map(Value::Generator).collect();
    Ok(Value::list(live))
}

/// `_set_asyncgen_hooks(firstiter, finalizer)`: installs the hooks, returns
/// the previous pair.
fn set_asyncgen_hooks(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("_set_asyncgen_hooks", args, 2, 2)?;
    let (first, fin) = std::mem::replace(&mut vm.asyncgen_hooks, (args[0].clone(), args[1].clone()));
    Ok(Value::tuple(vec![first, fin]))
}

/// `_tb_depth(exc)`: how many traceback entries `exc` has.
fn tb_depth(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("_tb_depth", args, 1, 1)?;
    let n = match &args[0] {
        Value::Instance(i) => i.exc().map_or(0, |d| d.borrow().traceback.len()),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

/// `_tb_cut(exc, n)`: keeps the first (innermost) `n` traceback entries of
/// `exc`: a future re-raises its exception with the traceback it had when
/// it was set, as CPython's C future does.
fn tb_cut(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("_tb_cut", args, 2, 2)?;
    if let (Value::Instance(i), Value::Int(n)) = (&args[0], &args[1]) {
        if let Some(d) = i.exc() {
            d.borrow_mut().traceback.truncate((*n).max(0) as usize);
        }
    }
    Ok(Value::None)
}

/// Adds the native helpers the embedded asyncio uses to its namespace.
pub fn add_asyncio_helpers(d: &PyDict) {
    crate::modules::add_fns(
        d,
        &[
            ("_track_agen", track_agen),
            ("_take_tracked_agens", take_tracked_agens),
            ("_set_asyncgen_hooks", set_asyncgen_hooks),
            ("_tb_depth", tb_depth),
            ("_tb_cut", tb_cut),
        ],
    );
}
