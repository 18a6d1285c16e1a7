//! Introspection of the running program: frame objects (`sys._getframe`),
//! traceback objects (`e.__traceback__`, `sys.exc_info()`), reference counts
//! (`sys.getrefcount`), object sizes (`sys.getsizeof`, `object.__sizeof__`),
//! `sys.intern` and `id()`.
//!
//! A frame object watches its frame (see `vm::frames`): while the frame runs
//! its attributes are read from it; once it ended, they are its last state.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::args::*;
use super::add_method;
use crate::bytecode::Code;
use crate::modules::native::{native_class, new_native_instance, payload};
use crate::runtime::gc::{visit_rc, Payload};
use crate::runtime::objects::*;
use crate::runtime::str::{intern, intern_object, PyStr};
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{FrameLocals, FrameRecord, FrameWatch, PyResult, Vm};

/// What `sys.getrefcount` reports for immediates (`None`, bools, ints that
/// fit in 64 bits, floats), which quicken never allocates or counts: CPython
/// 3.12's count for its immortal objects.
pub const IMMEDIATE_REFCOUNT: i64 = 4_294_967_295;

/// The payload of a frame object.
struct FrameView(Rc<FrameWatch>);

/// The payload of a traceback object: entries outermost first (the order
/// of `tb_next`); this one is `entries[index]`.
struct TracebackView {
    entries: Rc<Vec<TracebackEntry>>,
    index: usize,
    /// `tb_next` and `tb_frame` once made.
    next: RefCell<Option<Value>>,
    frame: RefCell<Option<Value>>,
}

impl Payload for FrameView {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // A watch shared with a running frame or a callee's watch is
        // not this object's alone: what it holds counts as held from
        // outside.
        if Rc::strong_count(&self.0) != 1 {
            return;
        }
        let watch = &self.0;
        if let Ok(record) = watch.last.try_borrow() {
            match &record.locals {
                FrameLocals::Fast(values) => values.iter().for_each(&mut *visit),
                FrameLocals::Namespace(ns) => visit_rc(ns, visit),
                _ => {}
            }
            visit_rc(&record.globals, visit);
        }
        if let Ok(locals) = watch.locals.try_borrow() {
            if let Some(d) = locals.as_ref() {
                visit_rc(d, visit);
            }
        }
    }
    fn clear(&self) {
        if Rc::strong_count(&self.0) != 1 {
            return;
        }
        let old = self.0.last.try_borrow_mut().map(|mut r| std::mem::replace(&mut r.locals, FrameLocals::Unknown));
        let dict = self.0.locals.try_borrow_mut().map(|mut d| d.take());
        drop((old, dict));
    }
}
impl Payload for TracebackView {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for cached in [&self.next, &self.frame] {
            if let Ok(v) = cached.try_borrow() {
                if let Some(v) = v.as_ref() {
                    visit(v);
                }
            }
        }
    }
    fn clear(&self) {
        let next = self.next.try_borrow_mut().map(|mut v| v.take());
        let frame = self.frame.try_borrow_mut().map(|mut v| v.take());
        drop((next, frame));
    }
}

/// Lets the cycle collector see what frame and traceback objects hold: a
/// function that keeps its own frame object in a variable makes a cycle
/// (the frame object records the variables when the frame ends), as in
/// CPython.
pub fn register_gc_payloads() {
    use crate::runtime::gc::register_payload;
    register_payload::<FrameView>();
    register_payload::<TracebackView>();
}

/// An attribute of a native class: a property with a builtin getter (and
/// setter, if any).
fn add_property(cls: &Class, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    let builtin = |func: NativeFn| Value::Builtin(Rc::new(Builtin { name, func, owner: None }));
    let fset = set.map_or(Value::None, builtin);
    cls.dict.set_str(&intern(name), Value::Other(Rc::new(Other::Property { fget: builtin(get), fset, fdel: Value::None, doc: Value::None })));
}

/// A `__new__` for a native class (called with the class first).
fn add_new(cls: &Class, new: NativeFn) {
    cls.dict.set_str(&intern("__new__"), Value::Builtin(Rc::new(Builtin { name: "__new__", func: new, owner: None })));
}

thread_local! {
    static FRAME_CLASS: std::cell::OnceCell<&'static Rc<Class>> = const { std::cell::OnceCell::new() };
    static TRACEBACK_CLASS: std::cell::OnceCell<&'static Rc<Class>> = const { std::cell::OnceCell::new() };
}

/// The `frame` type.
fn frame_class() -> &'static Rc<Class> {
    FRAME_CLASS.with(|c| {
        *c.get_or_init(|| {
            let cls = native_class("builtins.frame");
            let getters: [(&'static str, NativeFn); 9] = [
                ("f_back", f_back),
                ("f_code", f_code),
                ("f_lineno", f_lineno),
                ("f_lasti", f_lasti),
                ("f_locals", f_locals),
                ("f_globals", f_globals),
                ("f_builtins", f_builtins),
                ("f_trace", f_trace),
                ("f_trace_lines", f_trace_lines),
            ];
            for (name, get) in getters {
                add_property(cls, name, get, (name == "f_lineno").then_some(set_f_lineno as NativeFn));
            }
            add_new(cls, frame_new);
            add_method(cls, "__repr__", frame_repr);
            add_method(cls, "clear", frame_clear);
            cls
        })
    })
}

/// The `traceback` type.
fn traceback_class() -> &'static Rc<Class> {
    TRACEBACK_CLASS.with(|c| {
        *c.get_or_init(|| {
            let cls = native_class("builtins.traceback");
            let getters: [(&'static str, NativeFn); 4] = [("tb_next", tb_next), ("tb_frame", tb_frame), ("tb_lineno", tb_lineno), ("tb_lasti", tb_lasti)];
            for (name, get) in getters {
                add_property(cls, name, get, None);
            }
            add_new(cls, traceback_new);
            add_method(cls, "__repr__", traceback_repr);
            cls
        })
    })
}

/// The frame object of `watch`: the one made before while it lives.
fn frame_object(watch: &Rc<FrameWatch>) -> Value {
    if let Some(object) = watch.object.borrow().upgrade() {
        return Value::Instance(object);
    }
    let object = new_native_instance(frame_class(), Box::new(FrameView(watch.clone())));
    if let Value::Instance(i) = &object {
        *watch.object.borrow_mut() = Rc::downgrade(i);
    }
    object
}

/// The watch behind a frame object, brought up to date when its frame runs.
fn live_watch<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Rc<FrameWatch>> {
    let watch = &payload::<FrameView>(v).ok_or_else(|| type_error("descriptor requires a 'frame' object"))?.0;
    vm.refresh_watch(watch);
    Ok(watch)
}

fn f_back(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let watch = live_watch(vm, &args[0])?;
    let back = watch.back.borrow().clone();
    match back {
        Some(back) => Ok(frame_object(&back)),
        None if watch.partial => Err(not_implemented_error("f_back of a traceback's frame (tb_frame.f_back) is not kept by quicken; use sys._getframe() for the live stack")),
        None => Ok(Value::None),
    }
}

fn f_code(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Code(live_watch(vm, &args[0])?.last.borrow().code.clone()))
}

fn f_lineno(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(live_watch(vm, &args[0])?.last.borrow().line as i64))
}

fn frame_new(_vm: &mut Vm, _args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Err(type_error("cannot create 'frame' instances"))
}

/// Jumps are for trace functions, which quicken does not run.
fn set_f_lineno(_vm: &mut Vm, _args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Err(value_error("f_lineno can only be set by a trace function"))
}

/// CPython's `f_lasti` is a byte offset into 2-byte instructions.
fn f_lasti(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(2 * live_watch(vm, &args[0])?.last.borrow().lasti as i64))
}

/// `f_locals`: see [`Vm::watched_locals`].
fn f_locals(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let watch = live_watch(vm, &args[0])?;
    Ok(Value::Dict(vm.watched_locals(watch)?))
}

fn f_globals(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Dict(live_watch(vm, &args[0])?.last.borrow().globals.clone()))
}

fn f_builtins(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let globals = live_watch(vm, &args[0])?.last.borrow().globals.clone();
    Ok(Value::Dict(builtins_of(vm, &globals)))
}

/// The builtins a frame with these globals uses: its `__builtins__` (a
/// module or a dict), else the interpreter's.
fn builtins_of(vm: &Vm, globals: &PyDict) -> Rc<PyDict> {
    match globals.get_str(&intern("__builtins__")) {
        Some(Value::Module(m)) => m.dict.clone(),
        Some(Value::Dict(d)) => d,
        _ => vm.builtins.clone(),
    }
}

/// No tracing in quicken: `f_trace` is always `None`.
fn f_trace(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    live_watch(vm, &args[0])?;
    Ok(Value::None)
}

fn f_trace_lines(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    live_watch(vm, &args[0])?;
    Ok(Value::bool(true))
}

fn frame_repr(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let r = live_watch(vm, &args[0])?.last.borrow().clone();
    let addr = args[0].heap_ptr().unwrap_or(0);
    Ok(Value::string(format!("<frame at {:#x}, file '{}', line {}, code {}>", addr, r.code.filename, r.line, r.code.name.as_str())))
}

/// `frame.clear()`: drops the `f_locals` dict; a running frame cannot be
/// cleared.
fn frame_clear(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let watch = &payload::<FrameView>(&args[0]).ok_or_else(|| type_error("descriptor requires a 'frame' object"))?.0;
    if vm.refresh_watch(watch) {
        return Err(runtime_error("cannot clear an executing frame"));
    }
    watch.locals.borrow_mut().take();
    Ok(Value::None)
}

/// `sys._getframe([depth])`: the frame `depth` calls below the top of the
/// stack (0: the caller of `_getframe`).
pub fn sys_getframe(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("_getframe", kwargs)?;
    check_count("_getframe", args, 0, 1)?;
    let depth = match args.first() {
        Some(v) => arg_int(vm, v)?,
        None => 0,
    };
    match vm.watch_frame(depth.max(0) as usize, true) {
        Some(watch) => Ok(frame_object(&watch)),
        None => Err(value_error("call stack is not deep enough")),
    }
}

/// `locals()` in the calling frame: its namespace (module, class body) or,
/// in a function, its locals dict (the frame's `f_locals`: one dict per
/// frame, brought up to date by each call).
pub fn caller_locals(vm: &Vm) -> PyResult<Rc<PyDict>> {
    if vm.at_module_level() {
        return Ok(vm.current_globals());
    }
    match vm.watch_frame(0, false) {
        Some(watch) => vm.watched_locals(&watch),
        None => Ok(vm.current_globals()),
    }
}

/// The calling frame's globals and, when separate from them, its locals
/// (what `eval(src)`/`exec(src)` run in).
pub fn caller_namespaces(vm: &Vm) -> PyResult<(Rc<PyDict>, Option<Rc<PyDict>>)> {
    let globals = vm.current_globals();
    if vm.at_module_level() {
        return Ok((globals, None));
    }
    Ok((globals, Some(caller_locals(vm)?)))
}

// ---- Tracebacks.

/// `e.__traceback__`: the traceback object of an exception instance (`None`
/// before it was raised).
pub fn traceback_of(inst: &Instance) -> Value {
    let Some(exc) = inst.exc() else { return Value::None };
    let entries: Vec<TracebackEntry> = exc.borrow().traceback.iter().rev().cloned().collect();
    if entries.is_empty() {
        return Value::None;
    }
    new_traceback_object(Rc::new(entries), 0)
}

/// `e.__traceback__ = tb` (or `e.with_traceback(tb)`): `None` or a
/// traceback object, whose entries from there on become the exception's.
pub fn set_traceback(inst: &Instance, tb: &Value) -> PyResult<()> {
    let entries = match tb {
        Value::None => Vec::new(),
        _ => match payload::<TracebackView>(tb) {
            Some(view) => view.entries[view.index..].iter().rev().cloned().collect(),
            None => return Err(type_error("__traceback__ must be a traceback or None")),
        },
    };
    if let Some(exc) = inst.exc() {
        exc.borrow_mut().traceback = entries;
    }
    Ok(())
}

/// `TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`: an entry for
/// the frame's code and globals in front of `tb_next`'s.
fn traceback_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = crate::modules::native::bind("TracebackType", &args[1..], kwargs, &["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], 4, 4)?;
    let [Some(next), Some(frame), Some(lasti), Some(lineno)] = &a[..] else { unreachable!("bind checked the count") };
    let rest: Vec<TracebackEntry> = match next {
        Value::None => Vec::new(),
        v => match payload::<TracebackView>(v) {
            Some(view) => view.entries[view.index..].to_vec(),
            None => return Err(type_error(format!("expected traceback object or None, got '{}'", vm.type_of(v).name.as_str()))),
        },
    };
    let Some(FrameView(watch)) = payload::<FrameView>(frame) else {
        return Err(type_error(format!("TracebackType() argument 'tb_frame' must be frame, not {}", vm.type_of(frame).name.as_str())));
    };
    let (lasti, lineno) = (arg_int(vm, lasti)?, arg_int(vm, lineno)?);
    let record = watch.last.borrow();
    let entry = TracebackEntry { code: record.code.clone(), globals: record.globals.clone(), line: lineno.max(0) as u32, pc: (lasti.max(0) / 2) as u32 };
    let mut entries = vec![entry];
    entries.extend(rest);
    Ok(new_traceback_object(Rc::new(entries), 0))
}

fn new_traceback_object(entries: Rc<Vec<TracebackEntry>>, index: usize) -> Value {
    new_native_instance(traceback_class(), Box::new(TracebackView { entries, index, next: RefCell::new(None), frame: RefCell::new(None) }))
}

fn traceback_view(v: &Value) -> PyResult<&TracebackView> {
    payload::<TracebackView>(v).ok_or_else(|| type_error("descriptor requires a 'traceback' object"))
}

fn tb_next(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let view = traceback_view(&args[0])?;
    let mut next = view.next.borrow_mut();
    let v = next.get_or_insert_with(|| {
        if view.index + 1 < view.entries.len() {
            new_traceback_object(view.entries.clone(), view.index + 1)
        } else {
            Value::None
        }
    });
    Ok(v.clone())
}

/// The frame of a traceback entry: its code, line and globals (its locals
/// and callers are not kept).
fn tb_frame(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let view = traceback_view(&args[0])?;
    let mut frame = view.frame.borrow_mut();
    let v = frame.get_or_insert_with(|| {
        let e = &view.entries[view.index];
        let record = FrameRecord { code: e.code.clone(), lasti: e.pc as usize, line: e.line, globals: e.globals.clone(), locals: FrameLocals::Unknown };
        frame_object(&Rc::new(FrameWatch::new(record, true)))
    });
    Ok(v.clone())
}

fn tb_lineno(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let view = traceback_view(&args[0])?;
    Ok(Value::Int(view.entries[view.index].line as i64))
}

fn tb_lasti(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let view = traceback_view(&args[0])?;
    Ok(Value::Int(2 * view.entries[view.index].pc as i64))
}

fn traceback_repr(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    traceback_view(&args[0])?;
    Ok(Value::string(format!("<traceback object at {:#x}>", args[0].heap_ptr().unwrap_or(0))))
}

// ---- Reference counts, sizes, identity.

/// `sys.getrefcount(obj)`: the strong count of the object's `Rc`, which
/// counts the references CPython counts (names, container slots, attributes,
/// the argument being passed); [`IMMEDIATE_REFCOUNT`] for immediates.
pub fn sys_getrefcount(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("getrefcount", kwargs)?;
    if args.len() != 1 {
        return Err(type_error(format!("sys.getrefcount() takes exactly one argument ({} given)", args.len())));
    }
    Ok(Value::Int(args[0].ref_count().map_or(IMMEDIATE_REFCOUNT, |n| n as i64)))
}

/// Bytes of an `Rc<T>` allocation: the strong and weak counts, then `T`.
fn rc_bytes<T>() -> usize {
    2 * std::mem::size_of::<usize>() + std::mem::size_of::<T>()
}

/// Bytes of a vector's buffer.
fn vec_bytes<T>(v: &Vec<T>) -> usize {
    v.capacity() * std::mem::size_of::<T>()
}

/// What `v` occupies in quicken's memory (`object.__sizeof__`): the
/// 16-byte value itself for immediates; for heap objects their allocation
/// (reference counts and struct) plus the buffers the object owns alone
/// (items, text, tables, digits), not the objects those refer to. Memory
/// allocator overhead is not counted (as CPython does not count it).
pub fn object_size(v: &Value) -> usize {
    let value = std::mem::size_of::<Value>();
    match v {
        Value::Null | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => value,
        Value::BigInt(b) => rc_bytes::<BigInt>() + b.iter_u64_digits().len() * 8,
        Value::Str(s) => rc_bytes::<PyStr>() + s.as_str().len(),
        Value::List(l) => rc_bytes::<PyList>() + l.heap_bytes(),
        Value::Tuple(t) => rc_bytes::<PyTuple>() + vec_bytes(&t.items),
        Value::Dict(d) => rc_bytes::<PyDict>() + d.table.borrow().heap_bytes(),
        Value::Set(s) => rc_bytes::<PySet>() + s.table.borrow().heap_bytes(),
        Value::Function(f) => rc_bytes::<Function>() + vec_bytes(&f.closure) + vec_bytes(&f.defaults.borrow()),
        Value::Builtin(_) => rc_bytes::<Builtin>(),
        Value::BoundMethod(_) => rc_bytes::<BoundMethod>(),
        Value::Class(_) => rc_bytes::<Class>(),
        Value::Instance(i) => rc_bytes::<Instance>() + i.attrs.try_borrow().map_or(0, |a| vec_bytes(&a.values)),
        Value::Module(m) => rc_bytes::<Module>() + m.name.capacity(),
        Value::Iter(_) => rc_bytes::<PyIter>(),
        Value::Generator(g) => {
            let frame = g.frame.try_borrow().ok().and_then(|f| f.as_ref().map(|f| std::mem::size_of::<crate::vm::Frame>() + vec_bytes(&f.slots)));
            rc_bytes::<Generator>() + frame.unwrap_or(0)
        }
        Value::Cell(_) => rc_bytes::<RefCell<Value>>(),
        Value::Range(_) => rc_bytes::<Range>(),
        Value::Slice(_) => rc_bytes::<Slice>(),
        Value::Code(c) => rc_bytes::<Code>() + code_bytes(c),
        Value::Other(o) => {
            rc_bytes::<Other>()
                + match &**o {
                    Other::Bytes(b) => b.capacity(),
                    Other::ByteArray(b) => b.try_borrow().map_or(0, |b| b.capacity()),
                    _ => 0,
                }
        }
    }
}

/// The tables a code object owns: instructions with their caches, lines,
/// positions and the name and constant vectors.
fn code_bytes(c: &Code) -> usize {
    let slice = |n: usize, each: usize| n * each;
    slice(c.units.len(), std::mem::size_of::<crate::bytecode::Unit>())
        + slice(c.lines.len(), 4)
        + slice(c.positions.len(), std::mem::size_of::<crate::bytecode::Position>())
        + slice(c.consts.len() + c.names.len() + c.varnames.len() + c.cellvars.len() + c.freevars.len(), std::mem::size_of::<Value>())
}

/// `object.__sizeof__()`.
fn object_sizeof(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("__sizeof__", kwargs)?;
    check_count("__sizeof__", &args[1..], 0, 0)?;
    Ok(Value::Int(object_size(&args[0]) as i64))
}

/// `sys.getsizeof(obj[, default])`: `obj.__sizeof__()` (a class may define
/// its own). quicken adds no garbage-collector header, as CPython does for
/// its tracked objects. `default` is returned when `__sizeof__` raises
/// `TypeError`.
pub fn sys_getsizeof(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = crate::modules::native::bind("getsizeof", args, kwargs, &["object", "default"], 1, 2)?;
    let obj = a[0].clone().unwrap_or(Value::None);
    match (size_of_object(vm, &obj), &a[1]) {
        (Err(e), Some(default)) if e.matches(&types().type_error) => Ok(default.clone()),
        (r, _) => r.map(Value::Int),
    }
}

/// `obj.__sizeof__()` as `sys.getsizeof` checks it.
fn size_of_object(vm: &mut Vm, obj: &Value) -> PyResult<i64> {
    let size = match vm.lookup_special(obj, "__sizeof__") {
        Some(method) => vm.call_value(&method, std::slice::from_ref(obj), &[])?,
        None => return Err(type_error(format!("Type {} doesn't define __sizeof__", vm.type_of(obj).name.as_str()))),
    };
    let n = match &size {
        Value::Int(n) => *n,
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(_) => return Err(overflow_error("Python int too large to convert to C ssize_t")),
        _ => return Err(type_error("an integer is required")),
    };
    if n < 0 {
        return Err(value_error("__sizeof__() should return >= 0"));
    }
    Ok(n)
}

/// `sys.intern(s)`: the interned string equal to `s`; when there is none,
/// `s` itself becomes it (so `sys.intern(s) is s`, as in CPython).
pub fn sys_intern(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("intern", kwargs)?;
    check_count("intern", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => Ok(Value::Str(intern_object(s))),
        Value::Instance(i) if matches!(i.native, NativeData::Value(Value::Str(_))) => Err(type_error(format!("can't intern {}", i.class.name.as_str()))),
        v => Err(type_error(format!("intern() argument must be str, not {}", vm.type_of(v).name.as_str()))),
    }
}

/// `id(v)`: the address of a heap object (stable while it lives: objects
/// never move). Immediates have no address; their ids are made from their
/// kind and payload, so that equal immediates (which are identical, `is`)
/// share an id and no id is shared with another live object: ints of
/// moderate size and `None`/bools get ids above every user-space address,
/// other ints and floats ids of 2**64 and above.
pub fn identity(v: &Value) -> Value {
    const BASE: i64 = 1 << 62;
    const HALF_RANGE: i64 = 1 << 59;
    match v.heap_ptr() {
        Some(p) => Value::Int(p as i64),
        None => match v {
            Value::Int(i) if (-HALF_RANGE..HALF_RANGE).contains(i) => Value::Int(BASE + 2 * (i + HALF_RANGE)),
            Value::None => Value::Int(BASE + (1 << 61)),
            Value::Bool(b) => Value::Int(BASE + (1 << 61) + 2 + 2 * b.get() as i64),
            Value::Int(i) => Value::from_bigint((BigInt::from(v.tag()) << 64) + BigInt::from(*i as u64)),
            Value::Float(f) => Value::from_bigint((BigInt::from(v.tag()) << 64) + BigInt::from(f.get().to_bits())),
            _ => Value::Int(BASE + (1 << 61) + 8),
        },
    }
}

/// Registers `object.__sizeof__`.
pub fn register() {
    add_method(&types().object, "__sizeof__", object_sizeof);
}

/// Builtin function values for the `sys` module.
pub fn sys_functions() -> [(&'static str, NativeFn); 4] {
    [
        ("_getframe", sys_getframe),
        ("getrefcount", sys_getrefcount),
        ("getsizeof", sys_getsizeof),
        ("intern", sys_intern),
    ]
}
