//! Native `io.StringIO`: an in-memory text buffer (positions count code
//! points, as in CPython).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::modules::native::{bind, new_native_instance, new_target, open_stream, stream, stream_methods, MemStream};
use crate::builtins::{add_method, arg_int, check_count, no_kwargs};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::{new_class_raw, types};
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

struct Sio {
    buf: RefCell<String>,
    /// Length of `buf` in code points.
    len: Cell<usize>,
    /// Current position in code points (may be past the end).
    pos: Cell<usize>,
    closed: Cell<bool>,
    /// A known (code point, byte offset) pair in `buf`.
    hint: Cell<(usize, usize)>,
}

impl Sio {
    /// Byte offset of code point `i` (clamped to the end). Non-ASCII
    /// buffers scan from the last position looked up when possible, so
    /// sequential reads stay linear.
    fn byte_at(&self, buf: &str, i: usize) -> usize {
        if buf.len() == self.len.get() {
            return i.min(buf.len());
        }
        let (hc, hb) = self.hint.get();
        let (from_c, from_b) = if i >= hc && hb <= buf.len() { (hc, hb) } else { (0, 0) };
        let b = buf[from_b..].char_indices().nth(i - from_c).map(|(b, _)| from_b + b).unwrap_or(buf.len());
        if b < buf.len() {
            self.hint.set((i, b));
        }
        b
    }

    /// Forgets cached offsets at or after code point `pos` (the buffer
    /// changed from there on).
    fn changed_from(&self, pos: usize) {
        if self.hint.get().0 > pos {
            self.hint.set((0, 0));
        }
    }
}

/// The `StringIO` class (methods registered on first use).
pub fn class() -> Rc<Class> {
    if let Some(c) = CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let cls = &new_class_raw("StringIO", &[&types().object], NativeKind::Any, false);
    cls.dict.set_str(&intern("__module__"), Value::str("_io"));
    CLASS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    {
        let methods: &[(&'static str, NativeFn)] = &[
            ("__new__", sio_new),
            ("__init__", sio_init),
            ("write", write),
            ("getvalue", getvalue),
            ("read", read),
            ("readline", readline),
            ("readlines", readlines),
            ("__iter__", iter),
            ("__next__", next),
            ("tell", tell),
            ("seek", seek),
            ("truncate", truncate),
        ];
        for (n, f) in methods {
            add_method(cls, n, *f);
        }
        for (n, f) in stream_methods::<Sio>() {
            add_method(cls, n, f);
        }
    }
    cls.clone()
}

thread_local! {
    static CLASS: RefCell<Option<Rc<Class>>> = RefCell::new(None);
}

fn sio(v: &Value) -> PyResult<&Sio> {
    stream::<Sio>(v)
}

fn open(v: &Value) -> PyResult<&Sio> {
    open_stream::<Sio>(v)
}

impl MemStream for Sio {
    const TYPE_NAME: &'static str = "_io.StringIO";
    const CLOSED_MESSAGE: &'static str = "I/O operation on closed file";
    fn closed(&self) -> &Cell<bool> {
        &self.closed
    }
}

fn sio_new(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let _ = vm;
    let cls = new_target(args, &class());
    Ok(new_native_instance(
        &cls,
        Box::new(Sio { buf: RefCell::new(String::new()), len: Cell::new(0), pos: Cell::new(0), closed: Cell::new(false), hint: Cell::new((0, 0)) }),
    ))
}

fn sio_init(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("StringIO", &args[1..], kwargs, &["initial_value", "newline"], 0, 2)?;
    let s = sio(&args[0])?;
    let init = match &a[0] {
        None | Some(Value::None) => String::new(),
        Some(v) => match v.as_str() {
            Some(p) => p.as_str().to_owned(),
            None => {
                return Err(type_error(format!(
                    "initial_value must be str or None, not {}",
                    vm.type_of(v).name.as_str()
                )))
            }
        },
    };
    s.len.set(init.chars().count());
    *s.buf.borrow_mut() = init;
    s.hint.set((0, 0));
    s.pos.set(0);
    s.closed.set(false);
    Ok(Value::None)
}

fn write(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("write", kwargs)?;
    check_count("write", &args[1..], 1, 1)?;
    let s = open(&args[0])?;
    let text = match args[1].as_str() {
        Some(p) => p.clone(),
        None => return Err(type_error(format!("string argument expected, got '{}'", vm.type_of(&args[1]).name.as_str()))),
    };
    let t = text.as_str();
    let n = t.chars().count();
    if n == 0 {
        return Ok(Value::Int(0));
    }
    let pos = s.pos.get();
    let len = s.len.get();
    s.changed_from(pos);
    let mut buf = s.buf.borrow_mut();
    if pos >= len {
        for _ in len..pos {
            buf.push('\0');
        }
        buf.push_str(t);
        s.len.set(pos + n);
    } else {
        let start = s.byte_at(&buf, pos);
        let end = if pos + n >= len { buf.len() } else { s.byte_at(&buf, pos + n) };
        buf.replace_range(start..end, t);
        s.hint.set((pos, start));
        s.len.set(len.max(pos + n));
    }
    s.pos.set(pos + n);
    Ok(Value::Int(n as i64))
}

fn getvalue(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("getvalue", kwargs)?;
    check_count("getvalue", &args[1..], 0, 0)?;
    let s = open(&args[0])?;
    let b = s.buf.borrow();
    Ok(Value::str(&b))
}

fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = arg_int(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn take(s: &Sio, end_chars: usize) -> Value {
    let pos = s.pos.get();
    let buf = s.buf.borrow();
    let a = s.byte_at(&buf, pos);
    let b = s.byte_at(&buf, end_chars);
    s.pos.set(end_chars);
    Value::str(&buf[a..b])
}

fn read(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("read", kwargs)?;
    check_count("read", &args[1..], 0, 1)?;
    let size = size_arg(vm, args.get(1))?;
    let s = open(&args[0])?;
    let (pos, len) = (s.pos.get(), s.len.get());
    if pos >= len {
        return Ok(Value::str(""));
    }
    let end = match size {
        Some(n) => len.min(pos + n),
        None => len,
    };
    Ok(take(s, end))
}

fn line_end(s: &Sio, limit: Option<usize>) -> usize {
    let pos = s.pos.get();
    let len = s.len.get();
    let buf = s.buf.borrow();
    let start = s.byte_at(&buf, pos);
    let rest = &buf[start..];
    let mut end = match rest.find('\n') {
        Some(i) => pos + if buf.len() == len { i } else { rest[..i].chars().count() } + 1,
        None => len,
    };
    if let Some(n) = limit {
        end = end.min(pos + n);
    }
    end
}

fn readline(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("readline", kwargs)?;
    check_count("readline", &args[1..], 0, 1)?;
    let size = size_arg(vm, args.get(1))?;
    let s = open(&args[0])?;
    if s.pos.get() >= s.len.get() {
        return Ok(Value::str(""));
    }
    let end = line_end(s, size);
    Ok(take(s, end))
}

fn readlines(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("readlines", kwargs)?;
    check_count("readlines", &args[1..], 0, 1)?;
    let hint = size_arg(vm, args.get(1))?.filter(|&h| h > 0);
    let s = open(&args[0])?;
    let mut out = Vec::new();
    let mut total = 0;
    while s.pos.get() < s.len.get() {
        let start = s.pos.get();
        let end = line_end(s, None);
        out.push(take(s, end));
        total += end - start;
        if let Some(h) = hint {
            if total >= h {
                break;
            }
        }
    }
    Ok(Value::list(out))
}

fn iter(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    open(&args[0])?;
    Ok(args[0].clone())
}

fn next(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = open(&args[0])?;
    if s.pos.get() >= s.len.get() {
        return Err(PyErr::with_args(&types().stop_iteration, vec![]));
    }
    let end = line_end(s, None);
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
    let pos = arg_int(vm, &args[1])?;
    let whence = match args.get(2) {
        Some(w) => arg_int(vm, w)?,
        None => 0,
    };
    let s = open(&args[0])?;
    match whence {
        0 => {
            if pos < 0 {
                return Err(value_error(format!("Negative seek position {}", pos)));
            }
            s.pos.set(pos as usize);
        }
        1 => {
            if pos != 0 {
                return Err(os_error("Can't do nonzero cur-relative seeks"));
            }
        }
        2 => {
            if pos != 0 {
                return Err(os_error("Can't do nonzero end-relative seeks"));
            }
            s.pos.set(s.len.get());
        }
        _ => return Err(value_error(format!("Invalid whence ({}, should be 0, 1 or 2)", whence))),
    }
    Ok(Value::Int(s.pos.get() as i64))
}

fn truncate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("truncate", kwargs)?;
    check_count("truncate", &args[1..], 0, 1)?;
    let size = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(arg_int(vm, v)?),
    };
    let s = open(&args[0])?;
    let size = size.unwrap_or(s.pos.get() as i64);
    if size < 0 {
        return Err(value_error(format!("Negative size value {}", size)));
    }
    let size = size as usize;
    if size < s.len.get() {
        s.changed_from(size);
        let mut buf = s.buf.borrow_mut();
        let b = s.byte_at(&buf, size);
        buf.truncate(b);
        s.len.set(size);
    }
    Ok(Value::Int(size as i64))
}








/// Moves the Python-defined extras (`_sio_closed`, `_sio_writelines`) of
/// the `io` namespace into the class.
pub fn finish(d: &PyDict) {
    let cls = class();
    for (key, attr) in [("_sio_closed", "closed"), ("_sio_writelines", "writelines")] {
        let k = intern(key);
        if let Some(v) = d.get_str(&k) {
            cls.dict.set_str(&intern(attr), v);
            d.del_str(&k);
        }
    }
    cls.modified();
}
