//! The `_bz2` module: `BZ2Compressor` and `BZ2Decompressor` over libbzip2
//! (the `bzip2` crate's Rust port of libbzip2 1.0.8, which writes the same
//! bytes as the C library CPython links). The Python half, `bz2`
//! (bz2.py), builds `compress`, `decompress`, `BZ2File` and `open` on them.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use bzip2::{Action, Compress, Compression, Decompress, Status};

use super::native::{bind, module_class, new_native_instance, new_target, payload};
use crate::builtins::{add_method, check_count, set};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::bytes::{as_bytes, bytes_val};
use crate::vm::errors::*;
use crate::vm::{PyErr, PyResult, Vm};

/// Output grows by this much per libbzip2 call (CPython's first block size).
const CHUNK: usize = 32 * 1024;

/// A compression stream; `None` once `flush()` finished it.
struct Compressor(RefCell<Option<Compress>>);

/// A decompression stream and what CPython's `BZ2Decompressor` exposes.
struct Decompressor {
    stream: RefCell<Decompress>,
    /// Input given but not yet consumed (kept when `max_length` stopped early).
    pending: RefCell<Vec<u8>>,
    unused_data: RefCell<Vec<u8>>,
    eof: Cell<bool>,
    needs_input: Cell<bool>,
}

/// CPython's exception for a libbzip2 failure (`catch_bz2_error`).
fn bz2_error(e: bzip2::Error) -> PyErr {
    match e {
        bzip2::Error::Data | bzip2::Error::DataMagic => os_error("Invalid data stream"),
        bzip2::Error::Param => value_error("Internal error - invalid parameters passed to libbzip2"),
        bzip2::Error::Sequence => runtime_error("Internal error - Invalid sequence of commands sent to libbzip2"),
    }
}

fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    as_bytes(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_of(v).name.as_str())))
}

fn compressor_class() -> &'static Rc<Class> {
    module_class("_bz2.BZ2Compressor", NativeKind::Any)
}

fn decompressor_class() -> &'static Rc<Class> {
    module_class("_bz2.BZ2Decompressor", NativeKind::Any)
}

fn compressor(v: &Value) -> PyResult<&Compressor> {
    payload::<Compressor>(v).ok_or_else(|| type_error("descriptor requires a '_bz2.BZ2Compressor' object"))
}

fn decompressor(v: &Value) -> PyResult<&Decompressor> {
    payload::<Decompressor>(v).ok_or_else(|| type_error("descriptor requires a '_bz2.BZ2Decompressor' object"))
}

fn compressor_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("BZ2Compressor() takes no keyword arguments"));
    }
    check_count("BZ2Compressor", &args[1..], 0, 1)?;
    let level = match args.get(1) {
        None => 9,
        Some(v) => crate::builtins::arg_int(vm, v)?,
    };
    if !(1..=9).contains(&level) {
        return Err(value_error("compresslevel must be between 1 and 9"));
    }
    let stream = Compress::new(Compression::new(level as u32), 0);
    Ok(new_native_instance(&new_target(args, compressor_class()), Box::new(Compressor(RefCell::new(Some(stream))))))
}

/// Runs `action` over `input` until libbzip2 has consumed it all (Run) or
/// ended the stream (Finish), collecting the output.
fn compress_all(stream: &mut Compress, input: &[u8], action: Action) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(CHUNK);
    let start_in = stream.total_in();
    loop {
        if out.capacity() == out.len() {
            out.reserve(CHUNK.max(out.len() / 2));
        }
        let consumed = (stream.total_in() - start_in) as usize;
        let status = stream.compress_vec(&input[consumed..], &mut out, action).map_err(bz2_error)?;
        let consumed = (stream.total_in() - start_in) as usize;
        match action {
            Action::Finish if status == Status::StreamEnd => return Ok(out),
            Action::Run if consumed == input.len() => return Ok(out),
            _ => {}
        }
    }
}

fn c_compress(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("compress", &args[1..], 1, 1)?;
    let data = data_arg(vm, &args[1])?;
    let c = compressor(&args[0])?;
    let mut slot = c.0.borrow_mut();
    let stream = slot.as_mut().ok_or_else(|| value_error("Compressor has been flushed"))?;
    Ok(bytes_val(compress_all(stream, &data, Action::Run)?))
}

fn c_flush(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("flush", &args[1..], 0, 0)?;
    let c = compressor(&args[0])?;
    let mut slot = c.0.borrow_mut();
    let mut stream = slot.take().ok_or_else(|| value_error("Repeated call to flush()"))?;
    Ok(bytes_val(compress_all(&mut stream, &[], Action::Finish)?))
}

fn decompressor_new(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("BZ2Decompressor() takes no keyword arguments"));
    }
    check_count("BZ2Decompressor", &args[1..], 0, 0)?;
    let d = Decompressor {
        stream: RefCell::new(Decompress::new(false)),
        pending: RefCell::new(Vec::new()),
        unused_data: RefCell::new(Vec::new()),
        eof: Cell::new(false),
        needs_input: Cell::new(true),
    };
    Ok(new_native_instance(&new_target(args, decompressor_class()), Box::new(d)))
}

/// `BZ2Decompressor.decompress(data, max_length=-1)`, as CPython's
/// `decompress_buf`: input that `max_length` left unread is kept for the
/// next call, and `needs_input` says whether more input is wanted.
fn d_decompress(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("decompress", &args[1..], kwargs, &["data", "max_length"], 1, 2)?;
    let data = data_arg(vm, a[0].as_ref().unwrap())?;
    let max_length = match &a[1] {
        None => -1,
        Some(v) => crate::builtins::arg_int(vm, v)?,
    };
    let d = decompressor(&args[0])?;
    if d.eof.get() {
        return Err(PyErr::new(&types().eof_error, "End of stream already reached"));
    }
    let mut input = std::mem::take(&mut *d.pending.borrow_mut());
    input.extend_from_slice(&data);
    let limit = if max_length < 0 { usize::MAX } else { max_length as usize };
    let mut stream = d.stream.borrow_mut();
    let start_in = stream.total_in();
    let mut out: Vec<u8> = Vec::new();
    let mut ended = false;
    loop {
        let room = limit - out.len();
        if room == 0 {
            break;
        }
        let start_out = out.len();
        let want = room.min(CHUNK.max(start_out));
        out.resize(start_out + want, 0);
        let consumed = (stream.total_in() - start_in) as usize;
        let before = stream.total_out();
        let status = stream.decompress(&input[consumed..], &mut out[start_out..]);
        out.truncate(start_out + (stream.total_out() - before) as usize);
        if status.map_err(bz2_error)? == Status::StreamEnd {
            ended = true;
            break;
        }
        // Output space left over means libbzip2 wants more input.
        if out.len() < start_out + want {
            break;
        }
    }
    let consumed = (stream.total_in() - start_in) as usize;
    let rest = &input[consumed..];
    if ended {
        d.eof.set(true);
        d.needs_input.set(false);
        d.unused_data.borrow_mut().extend_from_slice(rest);
    } else if rest.is_empty() {
        d.needs_input.set(true);
    } else {
        d.needs_input.set(false);
        *d.pending.borrow_mut() = rest.to_vec();
    }
    Ok(bytes_val(out))
}

fn d_unused_data(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(bytes_val(decompressor(&args[0])?.unused_data.borrow().clone()))
}

fn d_eof(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::bool(decompressor(&args[0])?.eof.get()))
}

fn d_needs_input(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::bool(decompressor(&args[0])?.needs_input.get()))
}

/// Fills the `_bz2` module.
pub fn fill(_vm: &mut Vm, d: &Rc<PyDict>) {
    let cc = compressor_class();
    if cc.dict.get_str(&intern("compress")).is_none() {
        add_method(cc, "__new__", compressor_new);
        add_method(cc, "compress", c_compress);
        add_method(cc, "flush", c_flush);
        cc.modified();
        let dc = decompressor_class();
        add_method(dc, "__new__", decompressor_new);
        add_method(dc, "decompress", d_decompress);
        for (n, getter) in [("unused_data", d_unused_data as NativeFn), ("eof", d_eof), ("needs_input", d_needs_input)] {
            let fget = Value::Builtin(Rc::new(Builtin { name: n, func: getter, owner: Some("BZ2Decompressor") }));
            let prop = Other::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
            dc.dict.set_str(&intern(n), Value::Other(Rc::new(prop)));
        }
        dc.modified();
    }
    set(d, "BZ2Compressor", Value::Class(cc.clone()));
    set(d, "BZ2Decompressor", Value::Class(decompressor_class().clone()));
}
