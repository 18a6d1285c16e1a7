//! Helpers shared by the native modules (itertools, collections, functools,
//! operator): per-thread builtin classes for their object kinds, argument
//! binding, running an embedded Python source into a module namespace.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::{new_class_raw, types};
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::iter::new_iter;
use crate::vm::{PyResult, Vm};

thread_local! {
    static CLASSES: RefCell<HashMap<&'static str, &'static Rc<Class>>> = RefCell::new(HashMap::new());
}

/// The builtin class registered under `key` ("module.name"); created on
/// first use with the part after the last dot as its name.
pub fn native_class(key: &'static str) -> &'static Rc<Class> {
    native_class_with(key, NativeKind::Builtin)
}

/// Like [`native_class`], with the instance layout given for a new class.
pub fn native_class_with(key: &'static str, native: NativeKind) -> &'static Rc<Class> {
    registered_class(key, native, true)
}

/// Like [`native_class_with`], for a class shown with its module as CPython
/// shows those of extension modules (`<class '_bz2.BZ2Compressor'>`).
pub fn module_class(key: &'static str, native: NativeKind) -> &'static Rc<Class> {
    registered_class(key, native, false)
}

fn registered_class(key: &'static str, native: NativeKind, builtin: bool) -> &'static Rc<Class> {
    if let Some(c) = CLASSES.with(|m| m.borrow().get(key).copied()) {
        return c;
    }
    let name = key.rsplit('.').next().unwrap_or(key);
    let cls: &'static Rc<Class> = Box::leak(Box::new(new_class_raw(name, &[&types().object], native, builtin)));
    let module = key.split('.').next().unwrap_or(key);
    cls.dict.set_str(&intern("__module__"), Value::str(module));
    CLASSES.with(|m| m.borrow_mut().insert(key, cls));
    cls
}

/// Wraps a native iterator in a value.
pub fn iter_value(it: impl NativeIter + 'static) -> Value {
    new_iter(IterState::Native(Box::new(it)))
}

/// Binds positional and keyword arguments to `names` (CPython-style
/// messages); the first `required` names must be given. `nargs_max` limits
/// how many may be positional.
pub fn bind(
    fname: &str,
    args: &[Value],
    kwargs: &[(Name, Value)],
    names: &[&str],
    required: usize,
    pos_max: usize,
) -> PyResult<Vec<Option<Value>>> {
    if args.len() > pos_max {
        return Err(type_error(if pos_max == names.len() {
            format!("{}() takes at most {} argument{} ({} given)", fname, pos_max, if pos_max == 1 { "" } else { "s" }, args.len() + kwargs.len())
        } else {
            format!("{}() takes at most {} positional argument{} ({} given)", fname, pos_max, if pos_max == 1 { "" } else { "s" }, args.len())
        }));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, k.as_str(), i + 1)));
                }
                out[i] = Some(v.clone());
            }
            None => return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k.as_str()))),
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(type_error(format!("{}() missing required argument '{}' (pos {})", fname, n, i + 1)));
        }
    }
    Ok(out)
}

/// Compiles and runs embedded Python `source` in the module namespace `ns`.
pub fn run_source(vm: &mut Vm, ns: &Rc<PyDict>, filename: &str, source: &str) {
    run_embedded(vm, ns, filename, source, false);
}

/// Compiles and runs embedded Python `source` in `ns`, laid out by its
/// directives (see [`layout`]). With `hide_frames`, its code stands for
/// what CPython implements in C: frames of functions the source does not
/// declare `#@visible` are left out of tracebacks.
pub fn run_embedded(vm: &mut Vm, ns: &Rc<PyDict>, filename: &str, source: &str, hide_frames: bool) {
    let (text, visible) = layout(filename, source);
    let mut code = match crate::compiler::compile(&text, filename, crate::compiler::Mode::Exec) {
        Ok(c) => c,
        Err(e) => panic!("embedded module {} failed to compile: {}", filename, e.msg),
    };
    if hide_frames {
        hide(&mut code, &visible);
    }
    let source = text.as_str();
    vm.sources.insert(filename.into(), source.into());
    ns.set_str(&intern("__builtins__"), Value::Module(Module::new_rc("builtins", vm.builtins.clone())));
    if let Err(e) = crate::run::run_code(vm, code, ns.clone()) {
        let text = vm.format_exception(&e);
        panic!("embedded module {} failed: {}", filename, text);
    }
}

/// The text of an embedded source with its directives applied, and the
/// qualified names its `#@visible` lines list. A line `#@line N` makes the
/// next line line N (blank lines fill the gap): embedded modules standing
/// for CPython's Python modules put the lines their tracebacks can show at
/// CPython's line numbers. Panics when a directive asks for a line already
/// passed (a build-time error in the source).
pub fn layout(filename: &str, source: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(source.len());
    let mut visible = Vec::new();
    let mut line = 1;
    for text in source.lines() {
        let directive = text.trim_start();
        if let Some(n) = directive.strip_prefix("#@line ") {
            let target: usize = n.trim().parse().unwrap_or_else(|_| panic!("{}: bad directive {:?}", filename, text));
            assert!(target >= line, "{}: `#@line {}` comes after line {}", filename, target, line);
            while line < target {
                out.push('\n');
                line += 1;
            }
            continue;
        }
        if let Some(names) = directive.strip_prefix("#@visible ") {
            visible.extend(names.split_whitespace().map(str::to_owned));
        }
        out.push_str(text);
        out.push('\n');
        line += 1;
    }
    (out, visible)
}

/// Marks every code object in `code` (nested ones too) HIDDEN except those
/// whose qualified name is in `visible`.
fn hide(code: &mut Rc<crate::bytecode::Code>, visible: &[String]) {
    let code = Rc::get_mut(code).expect("freshly compiled code is not shared");
    if !visible.iter().any(|v| v == code.qualname.as_str()) {
        code.flags |= crate::bytecode::flags::HIDDEN;
    }
    for c in code.consts.iter_mut() {
        if let Value::Code(inner) = c {
            hide(inner, visible);
        }
    }
}

/// A new instance of a native class carrying `data`.
pub fn new_native_instance(cls: &Rc<Class>, data: Box<dyn std::any::Any>) -> Value {
    Value::Instance(Instance::new_rc(cls.clone(), Attrs::new(cls.root_shape.clone()), NativeData::Any(data)))
}

/// The native payload of type `T` carried by `v`, if any.
pub fn payload<T: 'static>(v: &Value) -> Option<&T> {
    match v {
        Value::Instance(i) => match &i.native {
            NativeData::Any(b) => b.downcast_ref::<T>(),
            _ => None,
        },
        _ => None,
    }
}

/// The class a `__new__` was called for.
pub fn new_target(args: &[Value], default: &Rc<Class>) -> Rc<Class> {
    match args.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => default.clone(),
    }
}

/// An in-memory stream (`io.StringIO`, `io.BytesIO`): what their shared
/// methods need to know.
pub trait MemStream: 'static {
    /// The type named in "descriptor requires a '…' object".
    const TYPE_NAME: &'static str;
    /// CPython's message for use after `close()` (the two types differ).
    const CLOSED_MESSAGE: &'static str;
    /// The closed flag.
    fn closed(&self) -> &std::cell::Cell<bool>;
}

/// The stream payload of `v`.
pub fn stream<T: MemStream>(v: &Value) -> PyResult<&T> {
    payload::<T>(v).ok_or_else(|| type_error(format!("descriptor requires a '{}' object", T::TYPE_NAME)))
}

/// The stream payload of `v`, which must not be closed.
pub fn open_stream<T: MemStream>(v: &Value) -> PyResult<&T> {
    let s = stream::<T>(v)?;
    if s.closed().get() {
        return Err(value_error(T::CLOSED_MESSAGE));
    }
    Ok(s)
}

/// The methods every in-memory stream has, the same for both types.
pub fn stream_methods<T: MemStream>() -> [(&'static str, NativeFn); 9] {
    fn close<T: MemStream>(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
        stream::<T>(&args[0])?.closed().set(true);
        Ok(Value::None)
    }
    fn isclosed<T: MemStream>(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
        Ok(Value::bool(stream::<T>(&args[0])?.closed().get()))
    }
    fn yes<T: MemStream>(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
        open_stream::<T>(&args[0])?;
        Ok(Value::bool(true))
    }
    fn no<T: MemStream>(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
        open_stream::<T>(&args[0])?;
        Ok(Value::bool(false))
    }
    fn flush<T: MemStream>(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
        open_stream::<T>(&args[0])?;
        Ok(Value::None)
    }
    fn enter<T: MemStream>(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
        open_stream::<T>(&args[0])?;
        Ok(args[0].clone())
    }
    [
        ("close", close::<T>),
        ("_isclosed", isclosed::<T>),
        ("readable", yes::<T>),
        ("writable", yes::<T>),
        ("seekable", yes::<T>),
        ("isatty", no::<T>),
        ("flush", flush::<T>),
        ("__enter__", enter::<T>),
        // `__exit__` closes, whatever the exception.
        ("__exit__", close::<T>),
    ]
}
