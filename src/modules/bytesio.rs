//! Native core of `io.BytesIO`: an in-memory binary buffer and a position
//! (the Python class in io.py derives from it and from `BufferedIOBase`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::builtins::{add_method, arg_int, check_count, no_kwargs};
use crate::modules::native::{bind, new_native_instance, new_target, open_stream, stream, stream_methods, MemStream};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::{new_class_raw, types};
use crate::runtime::value::Value;
use crate::vm::bytes::{as_bytes, bytes_val};
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

struct Bio {
    buf: RefCell<Vec<u8>>,
    /// Current position (may be past the end).
    pos: Cell<usize>,
    closed: Cell<bool>,
}

/// The native base class `_BytesIO` (methods registered on first use).
pub fn class() -> Rc<Class> {
    if let Some(c) = CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let cls = &new_class_raw("_BytesIO", &[&types().object], NativeKind::Any, false);
    cls.dict.set_str(&intern("__module__"), Value::str("_io"));
    CLASS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", bio_new),
        ("__init__", bio_init),
        ("write", write),
        ("writelines", writelines),
        ("getvalue", getvalue),
        ("read", read),
        ("read1", read),
        ("readline", readline),
        ("readlines", readlines),
        ("readinto", readinto),
        ("__iter__", iter),
        ("__next__", next),
        ("tell", tell),
        ("seek", seek),
        ("truncate", truncate),
    ];
    for (n, f) in methods {
        add_method(cls, n, *f);
    }
    for (n, f) in stream_methods::<Bio>() {
        add_method(cls, n, f);
    }
    cls.clone()
}

thread_local! {
    static CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

fn bio(v: &Value) -> PyResult<&Bio> {
    stream::<Bio>(v)
}

fn open(v: &Value) -> PyResult<&Bio> {
    open_stream::<Bio>(v)
}

impl MemStream for Bio {
    const TYPE_NAME: &'static str = "_io.BytesIO";
    const CLOSED_MESSAGE: &'static str = "I/O operation on closed file.";
    fn closed(&self) -> &Cell<bool> {
        &self.closed
    }
}

fn bytes_like(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    as_bytes(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_of(v).name.as_str())))
}

/// A size argument: None or negative mean "all".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    let n = match v {
        None | Some(Value::None) => return Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => arg_int(vm, v)?,
        Some(v @ Value::Instance(_)) if vm.lookup_special(v, "__index__").is_some() => arg_int(vm, v)?,
        Some(v) => {
            return Err(type_error(format!("argument should be integer or None, not '{}'", vm.type_of(v).name.as_str())));
        }
    };
    Ok(if n < 0 { None } else { Some(n as usize) })
}

fn bio_new(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let cls = new_target(args, &class());
    Ok(new_native_instance(&cls, Box::new(Bio { buf: RefCell::new(Vec::new()), pos: Cell::new(0), closed: Cell::new(false) })))
}

fn bio_init(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("BytesIO", &args[1..], kwargs, &["initial_bytes"], 0, 1)?;
    let s = bio(&args[0])?;
    let init = match &a[0] {
        None | Some(Value::None) => Vec::new(),
        Some(v) => bytes_like(vm, v)?,
    };
    *s.buf.borrow_mut() = init;
    s.pos.set(0);
    s.closed.set(false);
    Ok(Value::None)
}

fn write_bytes(s: &Bio, data: &[u8]) -> usize {
    let n = data.len();
    if n == 0 {
        return 0;
    }
    let pos = s.pos.get();
    let mut buf = s.buf.borrow_mut();
    if pos > buf.len() {
        buf.resize(pos, 0);
    }
    let overlap = (buf.len() - pos).min(n);
    buf[pos..pos + overlap].copy_from_slice(&data[..overlap]);
    buf.extend_from_slice(&data[overlap..]);
    s.pos.set(pos + n);
    n
}

fn write(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("write", kwargs)?;
    check_count("write", &args[1..], 1, 1)?;
    let s = open(&args[0])?;
    let data = bytes_like(vm, &args[1])?;
    Ok(Value::Int(write_bytes(s, &data) as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("writelines", kwargs)?;
    check_count("writelines", &args[1..], 1, 1)?;
    open(&args[0])?;
    let it = vm.get_iter(&args[1])?;
    while let Some(line) = vm.next(&it)? {
        let s = open(&args[0])?;
        let data = bytes_like(vm, &line)?;
        write_bytes(s, &data);
    }
    Ok(Value::None)
}

fn getvalue(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("getvalue", kwargs)?;
    check_count("getvalue", &args[1..], 0, 0)?;
    let s = open(&args[0])?;
    let b = s.buf.borrow().clone();
    Ok(bytes_val(b))
}

/// The bytes from the position to `end`, advancing the position.
fn take(s: &Bio, end: usize) -> Value {
    let pos = s.pos.get();
    let buf = s.buf.borrow();
    let end = end.min(buf.len());
    if pos >= end {
        return bytes_val(Vec::new());
    }
    s.pos.set(end);
    bytes_val(buf[pos..end].to_vec())
}

fn read(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("read", kwargs)?;
    check_count("read", &args[1..], 0, 1)?;
    let s = open(&args[0])?;
    let size = size_arg(vm, args.get(1))?;
    let pos = s.pos.get();
    let end = match size {
        Some(n) => pos.saturating_add(n),
        None => usize::MAX,
    };
    Ok(take(s, end))
}

/// End of the line starting at the position (after its `\n`), capped by `limit` bytes.
fn line_end(s: &Bio, limit: Option<usize>) -> usize {
    let pos = s.pos.get();
    let buf = s.buf.borrow();
    if pos >= buf.len() {
        return pos;
    }
    let mut end = match buf[pos..].iter().position(|&c| c == b'\n') {
        Some(i) => pos + i + 1,
        None => buf.len(),
    };
    if let Some(n) = limit {
        end = end.min(pos + n);
    }
    end
}

fn readline(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("readline", kwargs)?;
    check_count("readline", &args[1..], 0, 1)?;
    let s = open(&args[0])?;
    let size = size_arg(vm, args.get(1))?;
    let end = line_end(s, size);
    Ok(take(s, end))
}

fn readlines(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("readlines", kwargs)?;
    check_count("readlines", &args[1..], 0, 1)?;
    let s = open(&args[0])?;
    let hint = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::Bool(_))) => Some(arg_int(vm, v)?).filter(|&h| h > 0).map(|h| h as usize),
        Some(v) => return Err(type_error(format!("integer argument expected, got '{}'", vm.type_of(v).name.as_str()))),
    };
    let mut out = Vec::new();
    let mut total = 0;
    while s.pos.get() < s.buf.borrow().len() {
        let start = s.pos.get();
        let end = line_end(s, None);
        out.push(take(s, end));
        total += end - start;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(out))
}

fn readinto(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("readinto", kwargs)?;
    check_count("readinto", &args[1..], 1, 1)?;
    let s = open(&args[0])?;
    let target = match &args[1] {
        Value::Other(o) => match &**o {
            Other::ByteArray(b) => b,
            _ => return Err(type_error("readinto() argument must be read-write bytes-like object, not bytes")),
        },
        v => {
            return Err(type_error(format!(
                "readinto() argument must be read-write bytes-like object, not {}",
                vm.type_of(v).name.as_str()
            )))
        }
    };
    let want = target.borrow().len();
    let data = take(s, s.pos.get().saturating_add(want));
    let data = as_bytes(&data).unwrap_or_default();
    target.borrow_mut()[..data.len()].copy_from_slice(&data);
    Ok(Value::Int(data.len() as i64))
}

fn iter(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    bio(&args[0])?;
    Ok(args[0].clone())
}

fn next(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = open(&args[0])?;
    let end = line_end(s, None);
    if end <= s.pos.get() {
        return Err(PyErr::with_args(&types().stop_iteration, vec![]));
    }
    Ok(take(s, end))
}

fn tell(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("tell", kwargs)?;
    check_count("tell", &args[1..], 0, 0)?;
    Ok(Value::Int(open(&args[0])?.pos.get() as i64))
}

fn seek(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("seek", kwargs)?;
    check_count("seek", &args[1..], 1, 2)?;
    let s = open(&args[0])?;
    let pos = arg_int(vm, &args[1])?;
    let whence = match args.get(2) {
        Some(w) => arg_int(vm, w)?,
        None => 0,
    };
    let new = match whence {
        0 => {
            if pos < 0 {
                return Err(value_error(format!("negative seek value {}", pos)));
            }
            pos
        }
        1 => (s.pos.get() as i64).saturating_add(pos).max(0),
        2 => (s.buf.borrow().len() as i64).saturating_add(pos).max(0),
        _ => return Err(value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence))),
    };
    s.pos.set(new as usize);
    Ok(Value::Int(new))
}

fn truncate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("truncate", kwargs)?;
    check_count("truncate", &args[1..], 0, 1)?;
    let s = open(&args[0])?;
    let size = match args.get(1) {
        None | Some(Value::None) => s.pos.get() as i64,
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => arg_int(vm, v)?,
        Some(v @ Value::Instance(_)) if vm.lookup_special(v, "__index__").is_some() => arg_int(vm, v)?,
        Some(v) => {
            return Err(type_error(format!("argument should be integer or None, not '{}'", vm.type_of(v).name.as_str())));
        }
    };
    if size < 0 {
        return Err(value_error(format!("negative size value {}", size)));
    }
    let mut buf = s.buf.borrow_mut();
    if (size as usize) < buf.len() {
        buf.truncate(size as usize);
    }
    Ok(Value::Int(size))
}







