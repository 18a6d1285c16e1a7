//! Files behind the builtin `open()`: a native buffered file over an OS
//! descriptor (the base of `FileIO`, `BufferedReader`, `BufferedWriter` and
//! `BufferedRandom`), and the text layer `TextIOWrapper` in embedded Python
//! (`fileio.py`), loaded on the first call to `open()` so startup stays cheap.
//!
//! The native part owns the descriptor and the write buffer, so that a file
//! dropped without `close()` still flushes its data and closes its
//! descriptor (CPython does it when the object is freed), and the files alive
//! at exit are flushed by [`flush_all`] (CPython flushes them at shutdown).

use std::cell::RefCell;
use std::io::{Read, Write};
use std::rc::{Rc, Weak};

use super::add_fns;
use super::native::{bind, new_native_instance, new_target, payload, run_embedded};
use crate::builtins::exceptions::os_error_from_io;
use crate::builtins::{add_method, arg_int};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::{new_class_raw, types};
use crate::runtime::value::Value;
use crate::vm::bytes::{as_bytes, bytes_val, with_bytes};
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

const SOURCE: &str = include_str!("fileio.py");

/// Writes are gathered up to this many bytes (CPython's buffers are 8 KiB;
/// fewer system calls cost nothing in behaviour, as reads see the buffer).
const WRITE_BUFFER: usize = 64 * 1024;
/// The size of one read-ahead.
const READ_CHUNK: usize = 64 * 1024;

/// Fills the hidden `_fileio` module: the native file class and the
/// descriptor functions `fileio.py` opens files with.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) {
    add_fns(d, &super::os::FD_FUNCTIONS);
    add_fns(d, &[("_isdir", is_dir_fd)]);
    for (name, v) in super::os::INT_CONSTANTS {
        d.set_str(&intern(name), Value::Int(v));
    }
    d.set_str(&intern("_File"), Value::Class(class()));
    run_embedded(vm, d, "<frozen _fileio>", SOURCE, true);
}

/// An open file: its descriptor and buffers.
struct FileState {
    /// -1 once closed.
    fd: i32,
    closefd: bool,
    readable: bool,
    writable: bool,
    /// Unbuffered (`FileIO`, `buffering=0`): every call is one system call.
    raw: bool,
    /// Bytes read ahead, unread from `rpos` on.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Bytes written, not yet given to the system.
    wbuf: Vec<u8>,
}

impl FileState {
    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    fn flush_writes(&mut self) -> std::io::Result<()> {
        let mut done = 0;
        while done < self.wbuf.len() {
            match fd_file(self.fd).write(&self.wbuf[done..]) {
                Ok(n) => done += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.wbuf.drain(..done);
                    return Err(e);
                }
            }
        }
        self.wbuf.clear();
        Ok(())
    }

    /// Gives back the bytes read ahead: the descriptor's position becomes
    /// the logical one (before a write or a seek).
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let unread = self.unread();
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0 {
            // SAFETY: lseek has no memory-safety preconditions.
            if unsafe { libc::lseek(self.fd, -(unread as libc::off_t), libc::SEEK_CUR) } < 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
        Ok(())
    }

    /// One read system call of up to `n` bytes (retried when interrupted).
    fn read_some(&mut self, vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
        let mut buf = vec![0u8; n];
        loop {
            match fd_file(self.fd).read(&mut buf) {
                Ok(got) => {
                    buf.truncate(got);
                    return Ok(buf);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.check_signals()?,
                Err(e) => return Err(os_error_from_io(&e, None)),
            }
        }
    }

    /// Refills the read-ahead; false at the end of the file.
    fn fill(&mut self, vm: &mut Vm) -> PyResult<bool> {
        let chunk = self.read_some(vm, READ_CHUNK)?;
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let got = !chunk.is_empty();
        self.rbuf.extend_from_slice(&chunk);
        Ok(got)
    }

    fn take(&mut self, n: usize) -> Vec<u8> {
        let end = self.rpos.saturating_add(n).min(self.rbuf.len());
        let out = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        out
    }

    fn close(&mut self) -> std::io::Result<()> {
        if self.fd < 0 {
            return Ok(());
        }
        let flushed = self.flush_writes();
        let fd = std::mem::replace(&mut self.fd, -1);
        self.rbuf.clear();
        self.rpos = 0;
        if self.closefd {
            // SAFETY: the descriptor is this file's own and is closed once.
            if unsafe { libc::close(fd) } != 0 {
                return flushed.and(Err(std::io::Error::last_os_error()));
            }
        }
        flushed
    }
}

impl Drop for FileState {
    fn drop(&mut self) {
        let _ = self.close();
    }
}

/// A `File` over a descriptor the state owns (never closed by the wrapper).
fn fd_file(fd: i32) -> std::mem::ManuallyDrop<std::fs::File> {
    use std::os::unix::io::FromRawFd;
    // SAFETY: the File is never dropped, so the descriptor stays the state's.
    std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) })
}

/// The payload of a native file object.
struct NativeFile(Rc<RefCell<FileState>>);

thread_local! {
    static CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
    /// Every file with a write buffer, to flush at exit.
    static OPEN_FILES: RefCell<Vec<Weak<RefCell<FileState>>>> = const { RefCell::new(Vec::new()) };
}

/// Flushes the write buffers of the files still alive (at exit, as
/// CPython's shutdown does; errors are ignored as there).
pub fn flush_all() {
    let files: Vec<_> = OPEN_FILES.with(|f| std::mem::take(&mut *f.borrow_mut()));
    for f in files.iter().filter_map(Weak::upgrade) {
        if let Ok(mut state) = f.try_borrow_mut() {
            if state.fd >= 0 {
                let _ = state.flush_writes();
            }
        }
    }
}

fn register(state: &Rc<RefCell<FileState>>) {
    OPEN_FILES.with(|f| {
        let mut files = f.borrow_mut();
        // Forget the dead ones once in a while, so the list stays as long
        // as the files alive.
        if files.len() >= 64 && files.len().is_power_of_two() {
            files.retain(|w| w.strong_count() > 0);
        }
        files.push(Rc::downgrade(state));
    });
}

/// The native class `_File` (methods registered on first use).
fn class() -> Rc<Class> {
    if let Some(c) = CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let cls = new_class_raw("_File", &[&types().object], NativeKind::Any, false);
    cls.dict.set_str(&intern("__module__"), Value::str("_io"));
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", file_new),
        ("read", read),
        ("read1", read1),
        ("readall", readall),
        ("readline", readline),
        ("readlines", readlines),
        ("__iter__", iter_self),
        ("__next__", next_line),
        ("peek", peek),
        ("write", write),
        ("_write_str", write_str),
        ("flush", flush),
        ("seek", seek),
        ("tell", tell),
        ("truncate", truncate),
        ("close", close),
        ("_isclosed", is_closed),
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("_raw_view", raw_view),
    ];
    for (n, f) in methods {
        add_method(&cls, n, *f);
    }
    CLASS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    cls
}

/// `_File(fd, readable, writable, closefd, raw)`.
fn file_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let cls = new_target(args, &class());
    let a = bind("_File", &args[1..], kwargs, &["fd", "readable", "writable", "closefd", "raw"], 5, 5)?;
    let fd = arg_int(vm, a[0].as_ref().unwrap())? as i32;
    let mut flag = |i: usize| vm.truthy(a[i].as_ref().unwrap());
    let (readable, writable, closefd, raw) = (flag(1)?, flag(2)?, flag(3)?, flag(4)?);
    let state = Rc::new(RefCell::new(FileState { fd, closefd, readable, writable, raw, rbuf: Vec::new(), rpos: 0, wbuf: Vec::new() }));
    if writable && !raw {
        register(&state);
    }
    Ok(new_native_instance(&cls, Box::new(NativeFile(state))))
}

fn state(v: &Value) -> PyResult<Rc<RefCell<FileState>>> {
    payload::<NativeFile>(v).map(|f| f.0.clone()).ok_or_else(|| type_error("descriptor requires an '_io' file object"))
}

/// The state of an open file; the ValueError CPython gives for `op` on a
/// closed one otherwise.
fn open_state(v: &Value, op: &str) -> PyResult<Rc<RefCell<FileState>>> {
    let s = state(v)?;
    let (closed, raw) = {
        let st = s.borrow();
        (st.fd < 0, st.raw)
    };
    if closed {
        let msg = match op {
            _ if raw => "I/O operation on closed file".to_owned(),
            "read" | "readline" | "seek" | "peek" | "read1" => format!("{} of closed file", op),
            "write" => "write to closed file".to_owned(),
            "flush" => "I/O operation on closed file.".to_owned(),
            "flush-writer" => "flush of closed file".to_owned(),
            _ => "I/O operation on closed file".to_owned(),
        };
        return Err(value_error(msg));
    }
    Ok(s)
}

/// `io.UnsupportedOperation(msg)`.
fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = vm.import_module("_fileio").and_then(|io| vm.get_attr(&io, &intern("UnsupportedOperation")));
    match cls {
        Ok(Value::Class(c)) => PyErr::new(&c, msg),
        _ => PyErr::new(&types().os_error, msg),
    }
}

/// The state of a readable open file. A buffered file that cannot read
/// says so before saying it is closed (CPython's order); a raw one the
/// other way round.
fn for_reading(vm: &mut Vm, v: &Value, op: &str) -> PyResult<Rc<RefCell<FileState>>> {
    let s = state(v)?;
    let (readable, raw) = {
        let st = s.borrow();
        (st.readable, st.raw)
    };
    if !readable && !raw {
        // Buffered writers read lines with IOBase's readline, which calls read.
        return Err(unsupported(vm, if op == "readline" { "read" } else { op }));
    }
    let s = open_state(v, op)?;
    if !readable {
        return Err(unsupported(vm, "File not open for reading"));
    }
    let flushed = s.borrow_mut().flush_writes();
    flushed.map_err(|e| os_error_from_io(&e, None))?;
    Ok(s)
}

/// A size argument: None or negative mean "all".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = arg_int(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// Reads to the end of the file.
fn read_to_end(vm: &mut Vm, st: &mut FileState) -> PyResult<Vec<u8>> {
    let mut out = st.take(usize::MAX);
    loop {
        match fd_file(st.fd).read_to_end(&mut out) {
            Ok(_) => return Ok(out),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.check_signals()?,
            Err(e) => return Err(os_error_from_io(&e, None)),
        }
    }
}

fn read(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("read", &args[1..], kwargs, &["size"], 0, 1)?;
    let size = size_arg(vm, a[0].as_ref())?;
    let s = for_reading(vm, &args[0], "read")?;
    let mut st = s.borrow_mut();
    let Some(n) = size else { return Ok(bytes_val(read_to_end(vm, &mut st)?)) };
    if st.raw {
        return Ok(bytes_val(st.read_some(vm, n)?));
    }
    while st.unread() < n {
        if !st.fill(vm)? {
            break;
        }
    }
    Ok(bytes_val(st.take(n)))
}

/// `read1(size=-1)`: what the read-ahead holds, or one system call's worth.
fn read1(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("read1", &args[1..], kwargs, &["size"], 0, 1)?;
    let size = size_arg(vm, a[0].as_ref())?.unwrap_or(READ_CHUNK);
    let s = for_reading(vm, &args[0], "read1")?;
    let mut st = s.borrow_mut();
    if st.unread() == 0 {
        if st.raw {
            return Ok(bytes_val(st.read_some(vm, size)?));
        }
        st.fill(vm)?;
    }
    Ok(bytes_val(st.take(size)))
}

fn readall(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    bind("readall", &args[1..], kwargs, &[], 0, 0)?;
    let s = for_reading(vm, &args[0], "read")?;
    let mut st = s.borrow_mut();
    Ok(bytes_val(read_to_end(vm, &mut st)?))
}

/// The next line (through its `\n`), at most `limit` bytes.
fn line(vm: &mut Vm, st: &mut FileState, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let limit = limit.unwrap_or(usize::MAX);
    let mut scanned = 0;
    loop {
        let avail = &st.rbuf[st.rpos..];
        if let Some(i) = avail[scanned..].iter().position(|&c| c == b'\n') {
            return Ok(st.take((scanned + i + 1).min(limit)));
        }
        scanned = avail.len();
        if scanned >= limit || !st.fill(vm)? {
            return Ok(st.take(limit));
        }
    }
}

fn readline(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("readline", &args[1..], kwargs, &["size"], 0, 1)?;
    let limit = size_arg(vm, a[0].as_ref())?;
    let s = for_reading(vm, &args[0], "readline")?;
    let mut st = s.borrow_mut();
    Ok(bytes_val(line(vm, &mut st, limit)?))
}

fn readlines(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("readlines", &args[1..], kwargs, &["hint"], 0, 1)?;
    let hint = size_arg(vm, a[0].as_ref())?.filter(|&h| h > 0).unwrap_or(usize::MAX);
    let s = for_reading(vm, &args[0], "readline")?;
    let mut st = s.borrow_mut();
    let mut lines = Vec::new();
    let mut total = 0;
    while total < hint {
        let l = line(vm, &mut st, None)?;
        if l.is_empty() {
            break;
        }
        total += l.len();
        lines.push(bytes_val(l));
    }
    Ok(Value::list(lines))
}

fn iter_self(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    open_state(&args[0], "iter")?;
    Ok(args[0].clone())
}

fn next_line(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = for_reading(vm, &args[0], "readline")?;
    let mut st = s.borrow_mut();
    let l = line(vm, &mut st, None)?;
    if l.is_empty() {
        return Err(PyErr::with_args(&types().stop_iteration, vec![]));
    }
    Ok(bytes_val(l))
}

fn peek(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    bind("peek", &args[1..], kwargs, &["size"], 0, 1)?;
    let s = for_reading(vm, &args[0], "peek")?;
    let mut st = s.borrow_mut();
    if st.unread() == 0 {
        st.fill(vm)?;
    }
    Ok(bytes_val(st.rbuf[st.rpos..].to_vec()))
}

/// Appends `data` to the file's writes (or writes it now, unbuffered).
fn write_data(vm: &mut Vm, this: &Value, data: &[u8]) -> PyResult<usize> {
    let s = state(this)?;
    let (writable, raw) = {
        let st = s.borrow();
        (st.writable, st.raw)
    };
    if !writable && !raw {
        return Err(unsupported(vm, "write"));
    }
    let s = open_state(this, "write")?;
    if !writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let mut st = s.borrow_mut();
    if st.unread() > 0 {
        st.drop_read_ahead().map_err(|e| os_error_from_io(&e, None))?;
    }
    st.wbuf.extend_from_slice(data);
    if st.raw || st.wbuf.len() >= WRITE_BUFFER {
        st.flush_writes().map_err(|e| os_error_from_io(&e, None))?;
    }
    Ok(data.len())
}

fn write(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("write", &args[1..], kwargs, &["buffer"], 1, 1)?;
    let data = a[0].as_ref().unwrap();
    let n = match with_bytes(data, |b| b.to_vec()).or_else(|| as_bytes(data)) {
        Some(b) => write_data(vm, &args[0], &b)?,
        None => return Err(type_error(format!("a bytes-like object is required, not '{}'", vm.type_of(data).name.as_str()))),
    };
    Ok(Value::Int(n as i64))
}

/// `_write_str(s)`: writes the UTF-8 bytes of `s` (the text layer's fast path).
fn write_str(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match args.get(1) {
        Some(Value::Str(s)) => {
            write_data(vm, &args[0], s.as_str().as_bytes())?;
            Ok(Value::None)
        }
        _ => Err(type_error("_write_str needs a str")),
    }
}

fn flush(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let writable = state(&args[0])?.borrow().writable;
    let s = open_state(&args[0], if writable { "flush-writer" } else { "flush" })?;
    let r = s.borrow_mut().flush_writes();
    r.map(|_| Value::None).map_err(|e| os_error_from_io(&e, None))
}

fn seek(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("seek", &args[1..], kwargs, &["target", "whence"], 1, 2)?;
    let target = a[0].as_ref().unwrap();
    if matches!(target, Value::Float(_)) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let pos = arg_int(vm, target)?;
    let whence = match &a[1] {
        Some(w) => arg_int(vm, w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!("whence value {} unsupported", whence)));
    }
    let s = open_state(&args[0], "seek")?;
    let mut st = s.borrow_mut();
    st.flush_writes().map_err(|e| os_error_from_io(&e, None))?;
    let pos = if whence == 1 { pos - st.unread() as i64 } else { pos };
    st.rbuf.clear();
    st.rpos = 0;
    // SAFETY: lseek has no memory-safety preconditions.
    let r = unsafe { libc::lseek(st.fd, pos as libc::off_t, whence as libc::c_int) };
    if r < 0 {
        return Err(os_error_from_io(&std::io::Error::last_os_error(), None));
    }
    Ok(Value::Int(r as i64))
}

/// The logical position: the descriptor's, less what was read ahead, plus
/// what waits to be written.
fn position(st: &FileState) -> PyResult<i64> {
    // SAFETY: lseek has no memory-safety preconditions.
    let r = unsafe { libc::lseek(st.fd, 0, libc::SEEK_CUR) };
    if r < 0 {
        return Err(os_error_from_io(&std::io::Error::last_os_error(), None));
    }
    Ok(r as i64 - st.unread() as i64 + st.wbuf.len() as i64)
}

fn tell(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = open_state(&args[0], "tell")?;
    let st = s.borrow();
    Ok(Value::Int(position(&st)?))
}

fn truncate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("truncate", &args[1..], kwargs, &["pos"], 0, 1)?;
    let s = open_state(&args[0], "truncate")?;
    if !s.borrow().writable {
        return Err(unsupported(vm, "truncate"));
    }
    let size = match &a[0] {
        None | Some(Value::None) => position(&s.borrow())?,
        Some(v) => arg_int(vm, v)?,
    };
    let mut st = s.borrow_mut();
    st.flush_writes().map_err(|e| os_error_from_io(&e, None))?;
    st.drop_read_ahead().map_err(|e| os_error_from_io(&e, None))?;
    fd_file(st.fd).set_len(size.max(0) as u64).map_err(|e| os_error_from_io(&e, None))?;
    Ok(Value::Int(size))
}

fn close(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = state(&args[0])?;
    let r = s.borrow_mut().close();
    r.map(|_| Value::None).map_err(|e| os_error_from_io(&e, None))
}

fn is_closed(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::bool(state(&args[0])?.borrow().fd < 0))
}

fn fileno(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = open_state(&args[0], "fileno")?;
    let fd = s.borrow().fd;
    Ok(Value::Int(fd as i64))
}

fn isatty(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = open_state(&args[0], "isatty")?;
    let fd = s.borrow().fd;
    // SAFETY: isatty has no memory-safety preconditions.
    Ok(Value::bool(unsafe { libc::isatty(fd) } == 1))
}

fn readable(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = open_state(&args[0], "readable")?;
    let r = s.borrow().readable;
    Ok(Value::bool(r))
}

fn writable(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = open_state(&args[0], "writable")?;
    let w = s.borrow().writable;
    Ok(Value::bool(w))
}

fn seekable(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = open_state(&args[0], "seekable")?;
    let fd = s.borrow().fd;
    // SAFETY: lseek has no memory-safety preconditions.
    Ok(Value::bool(unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) } >= 0))
}

/// `_raw_view(cls)`: an unbuffered file of class `cls` over the same
/// descriptor, which it does not close (a buffered file's `raw`).
fn raw_view(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = state(&args[0])?;
    let st = s.borrow();
    let view = FileState { fd: st.fd, closefd: false, readable: st.readable, writable: st.writable, raw: true, rbuf: Vec::new(), rpos: 0, wbuf: Vec::new() };
    let cls = match args.get(1) {
        Some(Value::Class(c)) => c.clone(),
        _ => class(),
    };
    Ok(new_native_instance(&cls, Box::new(NativeFile(Rc::new(RefCell::new(view))))))
}

/// `_isdir(fd)`: whether the descriptor is a directory's (`open()` refuses those).
fn is_dir_fd(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let fd = arg_int(vm, &args[0])? as i32;
    let m = fd_file(fd).metadata().map_err(|e| os_error_from_io(&e, None))?;
    Ok(Value::bool(m.is_dir()))
}

/// The builtin `open()`: loads `_fileio` on first use and delegates to it.
pub fn open(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let m = vm.import_module("_fileio")?;
    let f = vm.get_attr(&m, &intern("open"))?;
    vm.call_value(&f, args, kwargs)
}
