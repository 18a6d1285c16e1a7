//! `sys.stdin`, `sys.stdout`, `sys.stderr`: text streams like CPython's
//! `_io.TextIOWrapper`, each with a binary `buffer` (`_io.BufferedReader` /
//! `_io.BufferedWriter`, `_io.FileIO` under `-u`). The objects are thin
//! handles: the bytes live in the VM's stream buffers (`crate::vm::stdio`),
//! which `print` and `input()` use directly, so the objects and the builtins
//! share one buffer per stream.
//!
//! (The files of `open()` read a file whole and append by path, which does
//! not fit a pipe or a terminal; these streams are separate for that reason.)

use std::rc::Rc;

use super::native::{bind, new_native_instance, payload};
use crate::builtins::{add_method, builtin_fn, check_count, no_kwargs, set};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::{new_class_raw, types};
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::stdio::{closed_file, decode, io_error, isatty, stream_name_mode, text_stream_repr};
use crate::vm::{PyResult, Vm};

/// The payload of a standard stream object: which descriptor, which layer.
pub struct StdStream {
    fd: i32,
    binary: bool,
}

/// The descriptor behind a standard *text* stream object (`sys.stdout`
/// as created, or `sys.__stderr__`); `None` for anything else.
pub fn text_stream_fd(v: &Value) -> Option<i32> {
    payload::<StdStream>(v).filter(|s| !s.binary).map(|s| s.fd)
}

/// Creates the three text streams (with their buffers) for `sys`.
pub fn create(vm: &mut Vm) -> [Value; 3] {
    let text_cls = stream_class("TextIOWrapper", TEXT_METHODS);
    let unbuffered = vm.stdout.write_through;
    let reader_cls = stream_class("BufferedReader", BINARY_METHODS);
    let writer_cls = stream_class(if unbuffered { "FileIO" } else { "BufferedWriter" }, BINARY_METHODS);
    [0, 1, 2].map(|fd| {
        let (name, mode) = stream_name_mode(fd);
        let buffer = new_native_instance(if fd == 0 { &reader_cls } else { &writer_cls }, Box::new(StdStream { fd, binary: true }));
        set_attrs(&buffer, &[("name", Value::str(name)), ("mode", Value::str(if fd == 0 { "rb" } else { "wb" }))]);
        let text = new_native_instance(&text_cls, Box::new(StdStream { fd, binary: false }));
        set_attrs(
            &text,
            &[
                ("name", Value::str(name)),
                ("mode", Value::str(mode)),
                ("encoding", Value::str("utf-8")),
                // CPython's choice in a C or UTF-8 locale (as on this platform).
                ("errors", Value::str(if fd == 2 { "backslashreplace" } else { "surrogateescape" })),
                ("newlines", Value::None),
                ("buffer", buffer),
            ],
        );
        text
    })
}

fn set_attrs(v: &Value, attrs: &[(&str, Value)]) {
    if let Value::Instance(i) = v {
        for (name, value) in attrs {
            i.set_attr(&intern(name), value.clone());
        }
    }
}

type Methods = &'static [(&'static str, NativeFn)];

const TEXT_METHODS: Methods = &[
    ("write", write),
    ("writelines", writelines),
    ("read", read),
    ("readline", readline),
    ("readlines", readlines),
    ("__next__", next),
    ("reconfigure", reconfigure),
    ("detach", detach),
];

const BINARY_METHODS: Methods = &[("write", write), ("read", read), ("readline", readline), ("readlines", readlines), ("__next__", next)];

/// A class of standard stream objects: `methods` plus what every stream has.
fn stream_class(name: &str, methods: Methods) -> Rc<Class> {
    let cls = new_class_raw(name, &[&types().object], NativeKind::Any, true);
    cls.dict.set_str(&intern("__module__"), Value::str("_io"));
    let common: Methods = &[
        ("flush", flush),
        ("fileno", fileno),
        ("isatty", is_a_tty),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("close", close),
        ("__iter__", iter_self),
        ("__enter__", iter_self),
        ("__exit__", exit),
        ("__repr__", repr),
    ];
    for (n, f) in methods.iter().chain(common) {
        add_method(&cls, n, *f);
    }
    let properties: Methods = &[("closed", closed), ("line_buffering", line_buffering), ("write_through", write_through)];
    for (n, f) in properties {
        let getter = Other::Property { fget: builtin_fn(n, *f), fset: Value::None, fdel: Value::None, doc: Value::None };
        set(&cls.dict, n, Value::Other(Rc::new(getter)));
    }
    cls
}

fn this(v: &Value) -> PyResult<&StdStream> {
    payload::<StdStream>(v).ok_or_else(|| type_error("descriptor requires an '_io.TextIOWrapper' object"))
}

fn is_closed(vm: &Vm, s: &StdStream) -> bool {
    match s.fd {
        0 => vm.stdin.closed,
        1 => vm.stdout.closed,
        _ => vm.stderr.closed,
    }
}

/// The stream of `args[0]`, which must be open.
fn open(vm: &Vm, args: &[Value]) -> PyResult<(i32, bool)> {
    let s = this(&args[0])?;
    if is_closed(vm, s) {
        return Err(closed_file());
    }
    Ok((s.fd, s.binary))
}

/// `io.UnsupportedOperation(what)`.
fn unsupported(vm: &mut Vm, what: &str) -> PyErr {
    let class = vm.import_module("io").and_then(|io| vm.get_attr(&io, &intern("UnsupportedOperation")));
    match class.and_then(|cls| vm.call_value(&cls, &[Value::str(what)], &[])) {
        Ok(exc) => vm.make_raise(exc),
        Err(e) => e,
    }
}

fn write(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("write", kwargs)?;
    check_count("write", &args[1..], 1, 1)?;
    let (fd, binary) = open(vm, args)?;
    if fd == 0 {
        return Err(unsupported(vm, "not writable"));
    }
    if binary {
        let Some(data) = crate::vm::bytes::as_bytes(&args[1]) else {
            return Err(type_error(format!("a bytes-like object is required, not '{}'", vm.type_of(&args[1]).name.as_str())));
        };
        vm.out_stream(fd).write_binary(&data).map_err(|e| io_error(&e))?;
        return Ok(Value::Int(data.len() as i64));
    }
    let Value::Str(text) = &args[1] else {
        return Err(type_error(format!("write() argument must be str, not {}", vm.type_of(&args[1]).name.as_str())));
    };
    vm.write_std(fd, text.as_str().as_bytes())?;
    Ok(Value::Int(text.char_len() as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("writelines", kwargs)?;
    check_count("writelines", &args[1..], 1, 1)?;
    for line in vm.collect(&args[1])? {
        write(vm, &[args[0].clone(), line], &[])?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (fd, _) = open(vm, args)?;
    if fd != 0 {
        vm.out_stream(fd).flush().map_err(|e| io_error(&e))?;
    }
    Ok(Value::None)
}

/// A size argument: `None` or negative means "all".
fn size_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = crate::builtins::arg_int(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// The checks every read makes: open, and standard input.
fn readable_stream(vm: &mut Vm, args: &[Value]) -> PyResult<bool> {
    let (fd, binary) = open(vm, args)?;
    if fd != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(binary)
}

/// Wraps bytes read as the stream's type: `bytes` or `str`.
fn read_result(binary: bool, data: Vec<u8>) -> Value {
    if binary {
        crate::vm::bytes::bytes_val(data)
    } else {
        Value::string(decode(data))
    }
}

fn read(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("read", &args[1..], kwargs, &["size"], 0, 1)?;
    let binary = readable_stream(vm, args)?;
    let n = size_arg(vm, &a[0])?;
    let data = vm.read_stdin(|stdin, on_signal| stdin.read(n, !binary, on_signal))?;
    Ok(read_result(binary, data))
}

fn readline(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("readline", &args[1..], kwargs, &["size"], 0, 1)?;
    let binary = readable_stream(vm, args)?;
    let n = size_arg(vm, &a[0])?;
    let line = vm.read_stdin(|stdin, on_signal| stdin.read_line(n, !binary, on_signal))?;
    Ok(read_result(binary, line))
}

fn readlines(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("readlines", &args[1..], kwargs, &["hint"], 0, 1)?;
    let binary = readable_stream(vm, args)?;
    // As CPython: lines are read until their total size reaches the hint.
    let hint = size_arg(vm, &a[0])?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = vm.read_stdin(|stdin, on_signal| stdin.read_line(None, !binary, on_signal))?;
        if line.is_empty() {
            break;
        }
        total += line.len();
        lines.push(read_result(binary, line));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn next(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let binary = readable_stream(vm, args)?;
    let line = vm.read_stdin(|stdin, on_signal| stdin.read_line(None, !binary, on_signal))?;
    if line.is_empty() {
        return Err(PyErr::with_args(&types().stop_iteration, vec![]));
    }
    Ok(read_result(binary, line))
}

fn iter_self(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    open(vm, args)?;
    Ok(args[0].clone())
}

fn exit(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    close(vm, &args[..1], &[])
}

fn close(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let fd = this(&args[0])?.fd;
    if fd == 0 {
        vm.stdin.closed = true;
        return Ok(Value::None);
    }
    let stream = vm.out_stream(fd);
    if stream.closed {
        return Ok(Value::None);
    }
    // Closed even when the flush fails, which then raises.
    let flushed = stream.flush();
    stream.closed = true;
    flushed.map_err(|e| io_error(&e))?;
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(open(vm, args)?.0 as i64))
}

fn is_a_tty(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::bool(isatty(open(vm, args)?.0)))
}

fn readable(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::bool(open(vm, args)?.0 == 0))
}

fn writable(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::bool(open(vm, args)?.0 != 0))
}

/// True when the descriptor can seek (a file, not a pipe or terminal).
fn seekable(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let fd = open(vm, args)?.0;
    // SAFETY: lseek to the current position changes nothing.
    Ok(Value::bool(unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) } >= 0))
}

fn closed(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = this(&args[0])?;
    Ok(Value::bool(is_closed(vm, s)))
}

fn line_buffering(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let fd = this(&args[0])?.fd;
    Ok(Value::bool(fd != 0 && vm.out_stream(fd).line_buffering))
}

fn write_through(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let fd = this(&args[0])?.fd;
    Ok(Value::bool(fd != 0 && vm.out_stream(fd).write_through))
}

/// `reconfigure(*, line_buffering=None, write_through=None)` (the encoding
/// stays UTF-8: other encodings are outside quicken's subset).
/// `TextIOWrapper.detach()`: the binary buffer below the text stream, for a
/// program that goes on with bytes (`sys.stdin = sys.stdin.detach()`). Both
/// layers share the VM's buffer, so nothing read ahead is lost; unlike
/// CPython's, the text object stays usable afterwards.
fn detach(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("detach", &args[1.min(args.len())..], 0, 0)?;
    this(&args[0])?;
    vm.get_attr(&args[0], &intern("buffer"))
}

fn reconfigure(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("reconfigure", &args[1..], 0, 0)?;
    let a = bind("reconfigure", &[], kwargs, &["encoding", "errors", "newline", "line_buffering", "write_through"], 0, 0)?;
    let (fd, _) = open(vm, args)?;
    for (i, what) in [(0, "encoding"), (2, "newline")] {
        if let Some(v) = &a[i] {
            let ok = match v {
                Value::None => true,
                Value::Str(s) => if what == "encoding" { matches!(s.as_str().to_ascii_lowercase().as_str(), "utf-8" | "utf8") } else { s.as_str() == "\n" },
                _ => false,
            };
            if !ok {
                return Err(value_error(format!("quicken's standard streams support only {}", if what == "encoding" { "encoding='utf-8'" } else { "newline='\\n'" })));
            }
        }
    }
    if fd == 0 {
        return Ok(Value::None);
    }
    let mut flags = [None, None];
    for (slot, i) in [(0, 3), (1, 4)] {
        if let Some(v) = &a[i] {
            if !v.is_none() {
                flags[slot] = Some(vm.truthy(v)?);
            }
        }
    }
    let stream = vm.out_stream(fd);
    stream.flush().map_err(|e| io_error(&e))?;
    if let Some(b) = flags[0] {
        stream.line_buffering = b;
    }
    if let Some(b) = flags[1] {
        stream.write_through = b;
    }
    Ok(Value::None)
}

fn repr(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = this(&args[0])?;
    Ok(Value::string(if s.binary {
        let class = match &args[0] {
            Value::Instance(i) => i.class.name.as_str().to_owned(),
            _ => "BufferedWriter".into(),
        };
        let name = stream_name_mode(s.fd).0;
        if class == "FileIO" {
            format!("<_io.FileIO name='{}' mode='wb' closefd=False>", name)
        } else {
            format!("<_io.{} name='{}'>", class, name)
        }
    } else {
        text_stream_repr(s.fd)
    }))
}
