//! Text file I/O behind the builtin `open()`: native read/write primitives
//! plus a small file class in embedded Python (`fileio.py`), loaded on the
//! first call to `open()` so startup stays cheap.

use std::io::Write;
use std::rc::Rc;

use super::add_fns;
use super::native::run_source;
use crate::builtins::check_count;
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

const SOURCE: &str = include_str!("fileio.py");

/// Fills the hidden `_fileio` module.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) {
    add_fns(d, &[("_read_text", read_text), ("_write_text", write_text), ("_create_text", create_text), ("_unsupported", unsupported)]);
    run_source(vm, d, "<frozen _fileio>", SOURCE);
}

/// The OSError subclass for a failed call on `path` (`e.errno`,
/// `e.filename` set as by `OSError(errno, strerror, path)`).
fn os_err(e: &std::io::Error, path: &str) -> PyErr {
    crate::builtins::exceptions::os_error_from_io(e, Some(Value::str(path)))
}

fn path_arg(args: &[Value]) -> PyResult<String> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.as_str().to_owned()),
        _ => Err(type_error("expected str, bytes or os.PathLike object")),
    }
}

fn read_text(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("_read_text", args, 1, 1)?;
    let path = path_arg(args)?;
    let _ = vm;
    match std::fs::read(&path) {
        Ok(bytes) => {
            let s = crate::vm::bytes::decode_bytes(&bytes, "utf-8", "strict")?;
            Ok(Value::string(s.replace("\r\n", "\n")))
        }
        Err(e) => Err(os_err(&e, &path)),
    }
}

fn write_text(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("_write_text", args, 3, 3)?;
    let path = path_arg(args)?;
    let text = match &args[1] {
        Value::Str(s) => s.clone(),
        _ => return Err(type_error("text must be str")),
    };
    let append = matches!(args[2], Value::Bool(b) if b.get());
    let file = std::fs::OpenOptions::new().create(true).write(true).append(append).truncate(!append).open(&path);
    match file {
        Ok(mut f) => f.write_all(text.as_str().as_bytes()).map(|_| Value::None).map_err(|e| os_err(&e, &path)),
        Err(e) => Err(os_err(&e, &path)),
    }
}

fn create_text(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("_create_text", args, 1, 1)?;
    let path = path_arg(args)?;
    match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
        Ok(_) => Ok(Value::None),
        Err(e) => Err(os_err(&e, &path)),
    }
}

fn unsupported(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let msg = match args.first() {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        _ => String::new(),
    };
    Ok(PyErr::with_args(&types().os_error, vec![Value::string(msg)]).value())
}

/// The builtin `open()`: loads `_fileio` on first use and delegates to it.
pub fn open(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let m = vm.import_module("_fileio")?;
    let f = vm.get_attr(&m, &intern("open"))?;
    vm.call_value(&f, args, kwargs)
}
