//! `memoryview` over `bytes`, `bytearray`, `array.array` (and over another memoryview):
//! a one-dimensional window (start, item count, stride) into the object's
//! bytes, read and — for a bytearray — written in place, so writes through
//! the view change the bytearray. `cast()` reinterprets a contiguous view
//! with another native `struct` format (`'B'`, `'h'`, `'i'`, `'q'`, `'d'`, ...).
//!
//! Not modelled: multi-dimensional shapes, and export counting (CPython
//! refuses to resize a bytearray while a view exists; here a view over a
//! bytearray that shrank raises `ValueError` on access instead).

use std::cell::Cell;
use std::rc::Rc;


use super::{add_method, check_count, no_kwargs};
use crate::modules::native::{bind, native_class_with, new_native_instance, payload};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::value::Value;
use crate::vm::bytes::{bytes_val, hash_bytes};
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// A view: `len` items of `format` starting at byte `start` of `obj`, the
/// next item `stride` bytes further (negative for reversed slices).
struct MemView {
    obj: Value,
    start: usize,
    len: usize,
    stride: isize,
    format: Format,
    released: Cell<bool>,
}

/// A native `struct` format of one item.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Format(u8);

impl Format {
    fn parse(s: &str) -> Option<Format> {
        let code = match s.as_bytes() {
            [c] | [b'@', c] => *c,
            _ => return None,
        };
        b"bBchHiIlLqQnNfd?".contains(&code).then_some(Format(code))
    }
    fn size(self) -> usize {
        match self.0 {
            b'b' | b'B' | b'c' | b'?' => 1,
            b'h' | b'H' => 2,
            b'i' | b'I' | b'f' | b'w' => 4,
            _ => 8,
        }
    }
    fn is_byte(self) -> bool {
        matches!(self.0, b'b' | b'B' | b'c')
    }
    fn name(self) -> String {
        (self.0 as char).to_string()
    }
    /// CPython's error for items of a format its views cannot read or write
    /// (`w`, the UCS-4 characters of an `array('u')`).
    fn check_items(self) -> PyResult<()> {
        if self.0 == b'w' {
            return Err(not_implemented_error("memoryview: format w not supported"));
        }
        Ok(())
    }
    /// The Python value of one item's bytes (native byte order), by the
    /// `struct` module's codec.
    fn unpack(self, b: &[u8]) -> Value {
        crate::modules::structmod::decode_item(self.0, b, cfg!(target_endian = "little"))
    }
    /// The bytes of `v` as one item, or CPython's error for a value of the
    /// wrong type or range.
    fn pack(self, v: &Value) -> PyResult<Vec<u8>> {
        let invalid = |kind: &str| value_or_type_error(kind, self);
        let n = self.size();
        match self.0 {
            b'c' => match crate::vm::bytes::as_bytes(v) {
                Some(b) if b.len() == 1 && !matches!(v, Value::Instance(_)) => Ok(b),
                Some(_) => Err(invalid("value")),
                None => Err(invalid("type")),
            },
            b'f' | b'd' => {
                let x = match v {
                    Value::Float(f) => f.get(),
                    Value::Int(i) => *i as f64,
                    Value::Bool(b) => b.get() as i64 as f64,
                    _ => return Err(invalid("type")),
                };
                Ok(if n == 4 { (x as f32).to_ne_bytes().to_vec() } else { x.to_ne_bytes().to_vec() })
            }
            b'?' => match v {
                Value::Bool(b) => Ok(vec![b.get() as u8]),
                Value::Int(i) => Ok(vec![(*i != 0) as u8]),
                _ => Err(invalid("type")),
            },
            code => {
                let i = match v {
                    Value::Int(i) => *i as i128,
                    Value::Bool(b) => b.get() as i128,
                    Value::BigInt(b) => i128::try_from(&**b).map_err(|_| invalid("value"))?,
                    _ => return Err(invalid("type")),
                };
                let bits = 8 * n as u32;
                let (lo, hi) = if code.is_ascii_lowercase() { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
                if i < lo || i > hi {
                    return Err(invalid("value"));
                }
                Ok((i as u64).to_ne_bytes()[..n].to_vec())
            }
        }
    }
}

fn value_or_type_error(kind: &str, f: Format) -> crate::vm::PyErr {
    let msg = format!("memoryview: invalid {} for format '{}'", kind, f.name());
    if kind == "type" { type_error(msg) } else { value_error(msg) }
}

/// The class `memoryview` (methods registered on first use).
pub fn class() -> &'static Rc<Class> {
    let cls = native_class_with("builtins.memoryview", NativeKind::Any);
    if cls.dict.get_str(&intern("tobytes")).is_none() {
        let methods: &[(&'static str, NativeFn)] = &[
            ("__new__", mv_new),
            ("__repr__", mv_repr),
            ("__len__", mv_len),
            ("__getitem__", mv_getitem),
            ("__setitem__", mv_setitem),
            ("__eq__", mv_eq),
            ("__hash__", mv_hash),
            ("__iter__", mv_iter),
            ("__enter__", mv_enter),
            ("__exit__", mv_exit),
            ("tobytes", mv_tobytes),
            ("tolist", mv_tolist),
            ("hex", mv_hex),
            ("release", mv_release),
            ("cast", mv_cast),
            ("toreadonly", mv_toreadonly),
        ];
        for (n, f) in methods {
            add_method(cls, n, *f);
        }
        for (n, getter) in [
            ("format", mv_format as NativeFn),
            ("itemsize", mv_itemsize),
            ("nbytes", mv_nbytes),
            ("readonly", mv_readonly),
            ("ndim", mv_ndim),
            ("shape", mv_shape),
            ("strides", mv_strides),
            ("obj", mv_obj),
            ("contiguous", mv_contiguous),
            ("c_contiguous", mv_contiguous),
            ("f_contiguous", mv_contiguous),
        ] {
            let fget = Value::Builtin(Rc::new(Builtin { name: n, func: getter, owner: Some("memoryview") }));
            let prop = Other::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
            cls.dict.set_str(&intern(n), Value::Other(Rc::new(prop)));
        }
        cls.modified();
    }
    cls
}

/// The bytes a memoryview shows (for `bytes(mv)`, `b"".join`, writes, ...);
/// `None` for other values and released views.
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let mv = payload::<MemView>(v)?;
    if mv.released.get() {
        return None;
    }
    mv.read_all().ok()
}

impl MemView {
    fn readonly(&self) -> bool {
        !crate::vm::bytes::is_bytearray(&self.obj) && crate::modules::array::buffer_shape(&self.obj).is_none()
    }
    fn nbytes(&self) -> usize {
        self.len * self.format.size()
    }
    fn contiguous(&self) -> bool {
        self.stride == self.format.size() as isize || self.len <= 1
    }
    /// Whether the view still lies inside a buffer of `len` bytes (a
    /// bytearray may have shrunk since the view was made).
    fn fits(&self, len: usize) -> bool {
        if self.len == 0 {
            return true;
        }
        let last = self.start as isize + (self.len as isize - 1) * self.stride;
        last >= 0 && last as usize + self.format.size() <= len && self.start + self.format.size() <= len
    }
    /// Runs `f` on the underlying bytes.
    fn with_buf<R>(&self, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
        let resized = || value_error("memoryview: underlying buffer was resized");
        if crate::modules::array::buffer_shape(&self.obj).is_some() {
            return crate::modules::array::with_array_bytes(&self.obj, |b| self.fits(b.len()).then(|| f(b))).flatten().ok_or_else(resized);
        }
        let Value::Other(o) = &self.obj else { return Err(resized()) };
        match &**o {
            Other::Bytes(b) if self.fits(b.len()) => Ok(f(b)),
            Other::ByteArray(b) if self.fits(b.borrow().len()) => Ok(f(&b.borrow())),
            _ => Err(resized()),
        }
    }
    /// Runs `f` on the bytes of the underlying bytearray.
    fn with_buf_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> PyResult<R> {
        if crate::modules::array::buffer_shape(&self.obj).is_some() {
            let r = crate::modules::array::with_array_bytes_mut(&self.obj, |b| self.fits(b.len()).then(|| f(b)));
            return r.flatten().ok_or_else(|| value_error("memoryview: underlying buffer was resized"));
        }
        let Value::Other(o) = &self.obj else { return Err(type_error("cannot modify read-only memory")) };
        match &**o {
            Other::ByteArray(b) => {
                let mut b = b.borrow_mut();
                if !self.fits(b.len()) {
                    return Err(value_error("memoryview: underlying buffer was resized"));
                }
                Ok(f(&mut b))
            }
            _ => Err(type_error("cannot modify read-only memory")),
        }
    }
    /// Byte offset of item `i` (in range).
    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.stride) as usize
    }
    fn read_all(&self) -> PyResult<Vec<u8>> {
        let size = self.format.size();
        self.with_buf(|b| {
            let mut out = Vec::with_capacity(self.nbytes());
            for i in 0..self.len {
                let o = self.offset(i);
                out.extend_from_slice(&b[o..o + size]);
            }
            out
        })
    }
    fn items(&self) -> PyResult<Vec<Value>> {
        self.format.check_items()?;
        let size = self.format.size();
        let raw = self.read_all()?;
        Ok(raw.chunks(size).map(|c| self.format.unpack(c)).collect())
    }
}

/// The view behind a method's receiver, refusing released ones.
fn view(v: &Value) -> PyResult<&MemView> {
    let mv = payload::<MemView>(v).ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))?;
    if mv.released.get() {
        return Err(value_error("operation forbidden on released memoryview object"));
    }
    Ok(mv)
}

fn new_view(mv: MemView) -> Value {
    new_native_instance(class(), Box::new(mv))
}

/// `memoryview(obj)`.
fn mv_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("memoryview", &args[1..], kwargs, &["object"], 1, 1)?;
    let obj = a[0].clone().unwrap_or(Value::None);
    if let Some(mv) = payload::<MemView>(&obj) {
        let mv = view(&obj).map(|_| mv)?;
        return Ok(new_view(MemView { obj: mv.obj.clone(), start: mv.start, len: mv.len, stride: mv.stride, format: mv.format, released: Cell::new(false) }));
    }
    let len = match &obj {
        Value::Other(o) => match &**o {
            Other::Bytes(b) => Some(b.len()),
            Other::ByteArray(b) => Some(b.borrow().len()),
            _ => None,
        },
        _ => None,
    };
    if let Some((len, code)) = crate::modules::array::buffer_shape(&obj) {
        let format = Format(code.buffer_format());
        return Ok(new_view(MemView { obj, start: 0, len, stride: format.size() as isize, format, released: Cell::new(false) }));
    }
    match len {
        Some(len) => Ok(new_view(MemView { obj, start: 0, len, stride: 1, format: Format(b'B'), released: Cell::new(false) })),
        None => Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", vm.type_of(&obj).name.as_str()))),
    }
}

fn mv_repr(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let released = payload::<MemView>(&args[0]).is_some_and(|m| m.released.get());
    let addr = match &args[0] {
        Value::Instance(i) => Rc::as_ptr(i) as usize,
        _ => 0,
    };
    Ok(Value::string(format!("<{}memory at {:#x}>", if released { "released " } else { "" }, addr)))
}

fn mv_len(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(view(&args[0])?.len as i64))
}

/// The item index `key` names, or CPython's error.
fn item_index(vm: &mut Vm, mv: &MemView, key: &Value) -> PyResult<usize> {
    if !matches!(key, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) && !matches!(key, Value::Instance(_)) {
        return Err(type_error("memoryview: invalid slice key"));
    }
    let i = vm.to_index(key, "memoryview index")?;
    let j = if i < 0 { i + mv.len as i64 } else { i };
    if j < 0 || j >= mv.len as i64 {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

/// `mv[key]`: an item, or a view of a slice.
fn mv_getitem(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__getitem__", args, 2, 2)?;
    let mv = view(&args[0])?;
    if let Value::Slice(s) = &args[1] {
        let (start, _, step, count) = vm.slice_indices(s, mv.len)?;
        let first = if count == 0 { mv.start } else { mv.offset(start as usize) };
        return Ok(new_view(MemView { obj: mv.obj.clone(), start: first, len: count, stride: mv.stride * step as isize, format: mv.format, released: Cell::new(false) }));
    }
    if matches!(&args[1], Value::Tuple(t) if t.items.is_empty()) {
        return Err(type_error("invalid indexing of 1-dim memory"));
    }
    let i = item_index(vm, mv, &args[1])?;
    mv.format.check_items()?;
    let (o, size) = (mv.offset(i), mv.format.size());
    let raw = mv.with_buf(|b| b[o..o + size].to_vec())?;
    Ok(mv.format.unpack(&raw))
}

/// `mv[key] = value`: writes an item, or a same-length slice, into the bytearray.
fn mv_setitem(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__setitem__", args, 3, 3)?;
    let mv = view(&args[0])?;
    if mv.readonly() {
        return Err(type_error("cannot modify read-only memory"));
    }
    let size = mv.format.size();
    if let Value::Slice(s) = &args[1] {
        let (start, _, step, count) = vm.slice_indices(s, mv.len)?;
        let src = match payload::<MemView>(&args[2]) {
            Some(other) => {
                let other = view(&args[2]).map(|_| other)?;
                if other.format != mv.format {
                    return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
                }
                other.read_all()?
            }
            None => match crate::vm::bytes::as_bytes(&args[2]) {
                Some(b) if mv.format.is_byte() => b,
                Some(_) => return Err(value_error("memoryview assignment: lvalue and rvalue have different structures")),
                None => return Err(type_error(format!("a bytes-like object is required, not '{}'", vm.type_of(&args[2]).name.as_str()))),
            },
        };
        if src.len() != count * size {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        let offsets: Vec<usize> = (0..count).map(|k| mv.offset((start + k as i64 * step) as usize)).collect();
        mv.with_buf_mut(|b| {
            for (k, o) in offsets.iter().enumerate() {
                b[*o..*o + size].copy_from_slice(&src[k * size..(k + 1) * size]);
            }
        })?;
        return Ok(Value::None);
    }
    let i = item_index(vm, mv, &args[1])?;
    mv.format.check_items()?;
    let packed = mv.format.pack(&args[2])?;
    let o = mv.offset(i);
    mv.with_buf_mut(|b| b[o..o + size].copy_from_slice(&packed))?;
    Ok(Value::None)
}

/// `mv == other`: equal items under each side's format (bytes-like objects
/// compare as unsigned bytes).
fn mv_eq(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("__eq__", args, 2, 2)?;
    let Some(mv) = payload::<MemView>(&args[0]) else { return Ok(crate::runtime::objects::not_implemented()) };
    if matches!((&args[0], &args[1]), (Value::Instance(a), Value::Instance(b)) if Rc::ptr_eq(a, b)) && !mv.released.get() {
        return Ok(Value::bool(true));
    }
    let other_items = match payload::<MemView>(&args[1]) {
        Some(o) if o.released.get() => return Ok(Value::bool(false)),
        Some(o) => o.items()?,
        None => match crate::vm::bytes::as_bytes(&args[1]) {
            Some(b) => b.into_iter().map(|x| Value::Int(x as i64)).collect(),
            None => return Ok(crate::runtime::objects::not_implemented()),
        },
    };
    if mv.released.get() {
        return Ok(Value::bool(false));
    }
    let mine = mv.items()?;
    if mine.len() != other_items.len() {
        return Ok(Value::bool(false));
    }
    for (a, b) in mine.iter().zip(other_items.iter()) {
        if !vm.eq(a, b)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

/// `hash(mv)`: that of its bytes, for read-only views of byte formats.
fn mv_hash(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let mv = view(&args[0])?;
    if !mv.readonly() {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !mv.format.is_byte() {
        return Err(value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    Ok(Value::Int(hash_bytes(&mv.read_all()?)))
}

fn mv_iter(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let items = view(&args[0])?.items()?;
    vm.get_iter(&Value::tuple(items))
}

fn mv_enter(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    view(&args[0])?;
    Ok(args[0].clone())
}

fn mv_exit(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if let Some(mv) = payload::<MemView>(&args[0]) {
        mv.released.set(true);
    }
    Ok(Value::None)
}

fn mv_release(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("release", kwargs)?;
    check_count("release", &args[1..], 0, 0)?;
    mv_exit(_vm, &args[..1], &[])
}

fn mv_tobytes(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    bind("tobytes", &args[1..], kwargs, &["order"], 0, 1)?;
    Ok(bytes_val(view(&args[0])?.read_all()?))
}

fn mv_tolist(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("tolist", kwargs)?;
    check_count("tolist", &args[1..], 0, 0)?;
    Ok(Value::list(view(&args[0])?.items()?))
}

/// `mv.hex(sep, bytes_per_sep)`: as `bytes.hex` of its bytes.
fn mv_hex(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let b = bytes_val(view(&args[0])?.read_all()?);
    let hex = vm.get_attr(&b, &intern("hex"))?;
    vm.call_value(&hex, &args[1..], kwargs)
}

/// `mv.cast(format)`: the same bytes seen as items of another format; one
/// of the two formats must be a byte format and the view contiguous.
fn mv_cast(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("cast", &args[1..], kwargs, &["format", "shape"], 1, 2)?;
    let mv = view(&args[0])?;
    let fmt = match &a[0] {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(v) => return Err(type_error(format!("cast() argument 'format' must be str, not {}", vm.type_of(v).name.as_str()))),
        None => unreachable!("bind checked the required argument"),
    };
    if let Some(shape) = &a[1] {
        let dims = vm.collect(shape)?;
        if dims.len() != 1 {
            return Err(not_implemented_error("memoryview.cast() to more than one dimension is not supported by quicken"));
        }
    }
    let format = Format::parse(&fmt)
        .ok_or_else(|| value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"))?;
    if !mv.contiguous() {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if !format.is_byte() && !mv.format.is_byte() {
        return Err(type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = mv.nbytes();
    if nbytes % format.size() != 0 {
        return Err(type_error("memoryview: length is not a multiple of itemsize"));
    }
    if let Some(shape) = &a[1] {
        let dims = vm.collect(shape)?;
        if !matches!(dims.first(), Some(Value::Int(n)) if *n as usize * format.size() == nbytes) {
            return Err(type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
    }
    Ok(new_view(MemView { obj: mv.obj.clone(), start: mv.start, len: nbytes / format.size(), stride: format.size() as isize, format, released: Cell::new(false) }))
}

/// `mv.toreadonly()`: a read-only view of a copy when the object is writable.
fn mv_toreadonly(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let mv = view(&args[0])?;
    if mv.readonly() {
        return Ok(new_view(MemView { obj: mv.obj.clone(), start: mv.start, len: mv.len, stride: mv.stride, format: mv.format, released: Cell::new(false) }));
    }
    Err(not_implemented_error("memoryview.toreadonly() of a writable buffer is not supported by quicken"))
}

fn mv_format(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::string(view(&args[0])?.format.name()))
}

fn mv_itemsize(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(view(&args[0])?.format.size() as i64))
}

fn mv_nbytes(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(view(&args[0])?.nbytes() as i64))
}

fn mv_readonly(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::bool(view(&args[0])?.readonly()))
}

fn mv_ndim(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    view(&args[0])?;
    Ok(Value::Int(1))
}

fn mv_shape(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::Int(view(&args[0])?.len as i64)]))
}

fn mv_strides(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::Int(view(&args[0])?.stride as i64)]))
}

fn mv_obj(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(view(&args[0])?.obj.clone())
}

fn mv_contiguous(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::bool(view(&args[0])?.contiguous()))
}
