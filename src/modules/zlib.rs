//! The `zlib` module over the C zlib (libz-sys): compress/decompress in
//! every `wbits` mode (zlib, raw deflate, gzip, automatic), streaming
//! compress and decompress objects, crc32/adler32, and CPython's
//! `zlib.error` messages.

use std::cell::RefCell;
use std::os::raw::{c_int, c_uint, c_void};
use std::rc::Rc;

use libz_sys as z;

use super::native::{bind, native_class, new_native_instance, payload, run_source};
use crate::builtins::{add_method, set};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::value::Value;
use crate::vm::bytes::{as_bytes, bytes_val};
use crate::vm::errors::*;
use crate::vm::{PyErr, PyResult, Vm};

thread_local! {
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn zerror(msg: impl Into<String>) -> PyErr {
    match ERROR.with(|c| c.borrow().clone()) {
        Some(Value::Class(c)) => PyErr::new(&c, msg),
        _ => value_error(msg),
    }
}

unsafe extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    libc::calloc(items as usize, size as usize)
}

unsafe extern "C" fn zfree(_opaque: *mut c_void, ptr: *mut c_void) {
    libc::free(ptr)
}

/// A zlib stream, boxed: zlib's state points back at it, so it never moves.
struct Stream {
    strm: Box<z::z_stream>,
    deflate: bool,
    live: bool,
}

impl Stream {
    fn blank() -> Box<z::z_stream> {
        Box::new(z::z_stream {
            next_in: std::ptr::null_mut(),
            avail_in: 0,
            total_in: 0,
            next_out: std::ptr::null_mut(),
            avail_out: 0,
            total_out: 0,
            msg: std::ptr::null_mut(),
            state: std::ptr::null_mut(),
            zalloc,
            zfree,
            opaque: std::ptr::null_mut(),
            data_type: 0,
            adler: 0,
            reserved: 0,
        })
    }

    fn deflater(level: i32, method: i32, wbits: i32, mem_level: i32, strategy: i32) -> PyResult<Stream> {
        let mut strm = Stream::blank();
        // SAFETY: a fresh stream with our allocator; zlib checks the version.
        let err = unsafe { z::deflateInit2_(&mut *strm, level, method, wbits, mem_level, strategy, z::zlibVersion(), std::mem::size_of::<z::z_stream>() as c_int) };
        match err {
            z::Z_OK => Ok(Stream { strm, deflate: true, live: true }),
            z::Z_MEM_ERROR => Err(memory_error("Can't allocate memory for compression object")),
            z::Z_STREAM_ERROR => Err(zerror("Bad compression level")),
            e => Err(zlib_error(&strm, e, "while compressing data")),
        }
    }

    fn inflater(wbits: i32) -> PyResult<Stream> {
        let mut strm = Stream::blank();
        // SAFETY: as in `deflater`.
        let err = unsafe { z::inflateInit2_(&mut *strm, wbits, z::zlibVersion(), std::mem::size_of::<z::z_stream>() as c_int) };
        match err {
            z::Z_OK => Ok(Stream { strm, deflate: false, live: true }),
            z::Z_MEM_ERROR => Err(memory_error("Can't allocate memory for decompression object")),
            e => Err(zlib_error(&strm, e, "while preparing to decompress data")),
        }
    }

    /// Runs deflate or inflate over `input` with `flush`, appending output;
    /// returns zlib's last status and how much input was left unread.
    /// `max_out` (0: unlimited) caps the output of a decompression.
    fn run(&mut self, input: &[u8], flush: c_int, out: &mut Vec<u8>, max_out: usize) -> (c_int, usize) {
        let strm = &mut *self.strm;
        strm.next_in = input.as_ptr() as *mut u8;
        strm.avail_in = input.len() as c_uint;
        let mut status;
        loop {
            let mut chunk = if max_out > 0 { (max_out - out.len()).min(16384) } else { 16384.max(input.len().min(1 << 20)) };
            if chunk == 0 {
                status = z::Z_BUF_ERROR;
                break;
            }
            chunk = chunk.min(u32::MAX as usize);
            let start = out.len();
            out.resize(start + chunk, 0);
            strm.next_out = out[start..].as_mut_ptr();
            strm.avail_out = chunk as c_uint;
            // SAFETY: next_in/next_out point into live buffers of the sizes given.
            status = unsafe {
                if self.deflate {
                    z::deflate(strm, flush)
                } else {
                    z::inflate(strm, flush)
                }
            };
            let produced = chunk - strm.avail_out as usize;
            out.truncate(start + produced);
            if status == z::Z_STREAM_END || (status != z::Z_OK && status != z::Z_BUF_ERROR) {
                break;
            }
            // Done when zlib left output space unused (it has nothing more).
            if strm.avail_out != 0 {
                break;
            }
            if max_out > 0 && out.len() >= max_out {
                break;
            }
        }
        let left = strm.avail_in as usize;
        strm.next_in = std::ptr::null_mut();
        strm.avail_in = 0;
        (status, left)
    }

    fn end(&mut self) {
        if self.live {
            // SAFETY: the stream was initialized and not yet ended.
            unsafe {
                if self.deflate {
                    z::deflateEnd(&mut *self.strm);
                } else {
                    z::inflateEnd(&mut *self.strm);
                }
            }
            self.live = false;
        }
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        self.end();
    }
}

/// CPython's message for a zlib failure: zlib's own text when it has one.
fn zlib_error(strm: &z::z_stream, err: c_int, what: &str) -> PyErr {
    let msg = if strm.msg.is_null() {
        match err {
            z::Z_BUF_ERROR => Some("incomplete or truncated stream".to_owned()),
            z::Z_STREAM_ERROR => Some("inconsistent stream state".to_owned()),
            z::Z_DATA_ERROR => Some("invalid input data".to_owned()),
            z::Z_VERSION_ERROR => Some("library version mismatch".to_owned()),
            _ => None,
        }
    } else {
        // SAFETY: zlib's messages are static NUL-terminated strings.
        Some(unsafe { std::ffi::CStr::from_ptr(strm.msg) }.to_string_lossy().into_owned())
    };
    match msg {
        Some(m) => zerror(format!("Error {} {}: {}", err, what, m)),
        None => zerror(format!("Error {} {}", err, what)),
    }
}

fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    as_bytes(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_of(v).name.as_str())))
}

fn int_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => crate::builtins::arg_int(vm, v),
    }
}

fn compress(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("compress", args, kwargs, &["data", "level", "wbits"], 1, 3)?;
    let data = data_arg(vm, a[0].as_ref().unwrap())?;
    let level = int_arg(vm, a[1].as_ref(), -1)? as i32;
    let wbits = int_arg(vm, a[2].as_ref(), 15)? as i32;
    let mut s = Stream::deflater(level, 8, wbits, 8, 0)?;
    let mut out = Vec::new();
    let (status, _) = s.run(&data, z::Z_FINISH, &mut out, 0);
    if status != z::Z_STREAM_END {
        return Err(zlib_error(&s.strm, status, "while compressing data"));
    }
    Ok(bytes_val(out))
}

fn decompress(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("decompress", args, kwargs, &["data", "wbits", "bufsize"], 1, 3)?;
    let data = data_arg(vm, a[0].as_ref().unwrap())?;
    let wbits = int_arg(vm, a[1].as_ref(), 15)? as i32;
    if int_arg(vm, a[2].as_ref(), 16384)? < 0 {
        return Err(value_error("bufsize must be non-negative"));
    }
    let mut s = Stream::inflater(wbits)?;
    let mut out = Vec::new();
    let (status, _) = s.run(&data, z::Z_NO_FLUSH, &mut out, 0);
    if status != z::Z_STREAM_END {
        let status = if status == z::Z_OK { z::Z_BUF_ERROR } else { status };
        return Err(zlib_error(&s.strm, status, "while decompressing data"));
    }
    Ok(bytes_val(out))
}

fn checksum(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], adler: bool) -> PyResult<Value> {
    let name = if adler { "adler32" } else { "crc32" };
    let a = bind(name, args, kwargs, &["data", "value"], 1, 2)?;
    let data = data_arg(vm, a[0].as_ref().unwrap())?;
    let start = super::binascii::start_value(vm, a[1].as_ref(), adler as u32)?;
    if !adler {
        return Ok(Value::Int(super::binascii::crc32_update(start, &data) as i64));
    }
    let mut v = start;
    for chunk in data.chunks(1 << 30) {
        // SAFETY: zlib reads `len` bytes from a valid slice.
        v = unsafe { z::adler32(v as _, chunk.as_ptr(), chunk.len() as u32) } as u32;
    }
    Ok(Value::Int(v as i64))
}

fn crc32(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    checksum(vm, args, kwargs, false)
}

fn adler32(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    checksum(vm, args, kwargs, true)
}

// ---- streaming objects ----

struct Compressor(RefCell<Stream>);

struct Decompressor {
    stream: RefCell<Stream>,
    unused: RefCell<Vec<u8>>,
    tail: RefCell<Vec<u8>>,
    eof: std::cell::Cell<bool>,
}

fn compressobj(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("compressobj", args, kwargs, &["level", "method", "wbits", "memLevel", "strategy", "zdict"], 0, 6)?;
    let level = int_arg(vm, a[0].as_ref(), -1)? as i32;
    let method = int_arg(vm, a[1].as_ref(), 8)? as i32;
    let wbits = int_arg(vm, a[2].as_ref(), 15)? as i32;
    let mem = int_arg(vm, a[3].as_ref(), 8)? as i32;
    let strategy = int_arg(vm, a[4].as_ref(), 0)? as i32;
    let mut s = Stream::deflater(level, method, wbits, mem, strategy)?;
    if let Some(zd) = &a[5] {
        let zd = data_arg(vm, zd)?;
        // SAFETY: the dictionary slice is valid for the call.
        unsafe { z::deflateSetDictionary(&mut *s.strm, zd.as_ptr(), zd.len() as c_uint) };
    }
    let cls = native_class("zlib.Compress");
    Ok(new_native_instance(cls, Box::new(Compressor(RefCell::new(s)))))
}

fn compressor(v: &Value) -> PyResult<&Compressor> {
    payload::<Compressor>(v).ok_or_else(|| type_error("descriptor requires a 'zlib.Compress' object"))
}

fn c_compress(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("compress", &args[1..], 1, 1)?;
    let data = data_arg(vm, &args[1])?;
    let c = compressor(&args[0])?;
    let mut s = c.0.borrow_mut();
    if !s.live {
        return Err(zerror("Error -2 while compressing data: inconsistent stream state"));
    }
    let mut out = Vec::new();
    let (status, _) = s.run(&data, z::Z_NO_FLUSH, &mut out, 0);
    if status != z::Z_OK && status != z::Z_BUF_ERROR {
        return Err(zlib_error(&s.strm, status, "while compressing data"));
    }
    Ok(bytes_val(out))
}

fn c_flush(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("flush", &args[1..], 0, 1)?;
    let mode = int_arg(vm, args.get(1), z::Z_FINISH as i64)? as c_int;
    let c = compressor(&args[0])?;
    let mut s = c.0.borrow_mut();
    if mode == z::Z_NO_FLUSH {
        return Ok(bytes_val(Vec::new()));
    }
    if !s.live {
        return Err(zerror("Error -2 while flushing: inconsistent stream state"));
    }
    let mut out = Vec::new();
    let (status, _) = s.run(&[], mode, &mut out, 0);
    if mode == z::Z_FINISH {
        if status != z::Z_STREAM_END {
            return Err(zlib_error(&s.strm, status, "while flushing"));
        }
        s.end();
    } else if status != z::Z_OK && status != z::Z_BUF_ERROR {
        return Err(zlib_error(&s.strm, status, "while flushing"));
    }
    Ok(bytes_val(out))
}

fn decompressobj(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("decompressobj", args, kwargs, &["wbits", "zdict"], 0, 2)?;
    let wbits = int_arg(vm, a[0].as_ref(), 15)? as i32;
    let s = Stream::inflater(wbits)?;
    let d = Decompressor { stream: RefCell::new(s), unused: RefCell::new(Vec::new()), tail: RefCell::new(Vec::new()), eof: std::cell::Cell::new(false) };
    if let Some(zd) = &a[1] {
        let zd = data_arg(vm, zd)?;
        if wbits < 0 {
            let mut s = d.stream.borrow_mut();
            // SAFETY: raw streams take the dictionary up front.
            unsafe { z::inflateSetDictionary(&mut *s.strm, zd.as_ptr(), zd.len() as c_uint) };
        }
        return Ok(new_native_instance(native_class("zlib.Decompress"), Box::new((d, Some(zd)))));
    }
    Ok(new_native_instance(native_class("zlib.Decompress"), Box::new((d, None::<Vec<u8>>))))
}

fn decompressor(v: &Value) -> PyResult<&(Decompressor, Option<Vec<u8>>)> {
    payload::<(Decompressor, Option<Vec<u8>>)>(v).ok_or_else(|| type_error("descriptor requires a 'zlib.Decompress' object"))
}

/// Feeds `data` to a decompressor (up to `max_length` output bytes).
fn feed(d: &Decompressor, zdict: &Option<Vec<u8>>, data: &[u8], max_length: usize) -> PyResult<Vec<u8>> {
    let mut s = d.stream.borrow_mut();
    let mut out = Vec::new();
    if d.eof.get() {
        d.unused.borrow_mut().extend_from_slice(data);
        return Ok(out);
    }
    let (mut status, mut left) = s.run(data, z::Z_SYNC_FLUSH, &mut out, max_length);
    if status == z::Z_NEED_DICT {
        if let Some(zd) = zdict {
            // SAFETY: the dictionary slice is valid for the call.
            unsafe { z::inflateSetDictionary(&mut *s.strm, zd.as_ptr(), zd.len() as c_uint) };
            let rest = data[data.len() - left..].to_vec();
            let r = s.run(&rest, z::Z_SYNC_FLUSH, &mut out, max_length);
            status = r.0;
            left = r.1;
        }
    }
    let consumed = data.len() - left;
    if status == z::Z_STREAM_END {
        d.eof.set(true);
        d.unused.borrow_mut().extend_from_slice(&data[consumed..]);
        d.tail.borrow_mut().clear();
    } else if status != z::Z_OK && status != z::Z_BUF_ERROR {
        return Err(zlib_error(&s.strm, status, "while decompressing data"));
    } else {
        *d.tail.borrow_mut() = data[consumed..].to_vec();
    }
    Ok(out)
}

fn d_decompress(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("decompress", &args[1..], kwargs, &["data", "max_length"], 1, 2)?;
    let data = data_arg(vm, a[0].as_ref().unwrap())?;
    let max = int_arg(vm, a[1].as_ref(), 0)?;
    if max < 0 {
        return Err(value_error("max_length must be non-negative"));
    }
    let (d, zdict) = decompressor(&args[0])?;
    Ok(bytes_val(feed(d, zdict, &data, max as usize)?))
}

fn d_flush(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("flush", &args[1..], 0, 1)?;
    if let Some(v) = args.get(1) {
        if crate::builtins::arg_int(vm, v)? <= 0 {
            return Err(value_error("length must be greater than zero"));
        }
    }
    let (d, zdict) = decompressor(&args[0])?;
    let tail = d.tail.borrow().clone();
    Ok(bytes_val(feed(d, zdict, &tail, 0)?))
}

fn d_unused(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(bytes_val(decompressor(&args[0])?.0.unused.borrow().clone()))
}

fn d_tail(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(bytes_val(decompressor(&args[0])?.0.tail.borrow().clone()))
}

fn d_eof(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::bool(decompressor(&args[0])?.0.eof.get()))
}

/// Fills the `zlib` module.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) {
    let cc = native_class("zlib.Compress");
    if cc.dict.get_str(&intern("compress")).is_none() {
        add_method(cc, "compress", c_compress);
        add_method(cc, "flush", c_flush);
        let dc = native_class("zlib.Decompress");
        add_method(dc, "decompress", d_decompress);
        add_method(dc, "flush", d_flush);
        for (n, getter) in [("unused_data", d_unused as NativeFn), ("unconsumed_tail", d_tail), ("eof", d_eof)] {
            let fget = Value::Builtin(Rc::new(Builtin { name: n, func: getter, owner: Some("Decompress") }));
            let prop = Other::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
            dc.dict.set_str(&intern(n), Value::Other(Rc::new(prop)));
        }
        dc.modified();
    }
    crate::modules::add_fns(
        d,
        &[("compress", compress), ("decompress", decompress), ("crc32", crc32), ("adler32", adler32), ("compressobj", compressobj), ("decompressobj", decompressobj)],
    );
    let ints: &[(&str, i64)] = &[
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", 16384),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    for (n, v) in ints {
        set(d, n, Value::Int(*v));
    }
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    let version = unsafe { std::ffi::CStr::from_ptr(z::zlibVersion()) }.to_string_lossy().into_owned();
    set(d, "ZLIB_VERSION", Value::string(version.clone()));
    set(d, "ZLIB_RUNTIME_VERSION", Value::string(version));
    run_source(vm, d, "<frozen zlib>", "class error(Exception):\n    pass\n\nerror.__module__ = 'zlib'\n");
    if let Some(e) = d.get_str(&intern("error")) {
        ERROR.with(|c| *c.borrow_mut() = Some(e));
    }
}
