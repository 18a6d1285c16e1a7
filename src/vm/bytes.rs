//! `bytes` and `bytearray`: construction, operators, repr, hashing,
//! subscripts, the common methods, and the str <-> bytes codecs
//! (utf-8, ascii, latin-1).

use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

use super::errors::*;
use super::{PyResult, Vm};
use crate::builtins::{add_method, arg_int, kwarg};
use crate::bytecode::BinOp;
use crate::runtime::objects::*;
use crate::runtime::types::types;
use crate::runtime::value::Value;

/// A new `bytes` value.
pub fn bytes_val(v: Vec<u8>) -> Value {
    Value::Other(Rc::new(Other::Bytes(v)))
}

/// A new `bytearray` value.
pub fn bytearray_val(v: Vec<u8>) -> Value {
    Value::Other(Rc::new(Other::ByteArray(RefCell::new(v))))
}

/// A value of the same kind as `like` (bytes or bytearray).
fn same_kind(like: &Value, v: Vec<u8>) -> Value {
    if is_bytearray(like) { bytearray_val(v) } else { bytes_val(v) }
}

/// True for `bytearray` values.
pub fn is_bytearray(v: &Value) -> bool {
    matches!(v, Value::Other(o) if matches!(&**o, Other::ByteArray(_)))
}

/// True for `bytes` or `bytearray` values.
pub fn is_bytes_like(v: &Value) -> bool {
    matches!(v, Value::Other(o) if matches!(&**o, Other::Bytes(_) | Other::ByteArray(_)))
}

/// A copy of the content of a bytes-like value.
pub fn as_bytes(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Other(o) => match &**o {
            Other::Bytes(b) => Some(b.clone()),
            Other::ByteArray(b) => Some(b.borrow().clone()),
            _ => None,
        },
        Value::Instance(i) => match &i.native {
            NativeData::Value(inner) => as_bytes(inner),
            _ => crate::builtins::memoryview::view_bytes(v).or_else(|| crate::modules::array::array_bytes(v)),
        },
        _ => None,
    }
}

/// Runs `f` on the content of a bytes-like value, borrowed in place (no
/// copy); `None` for other values. `f` must not run Python code: a
/// bytearray stays borrowed while it runs.
#[inline]
pub fn with_bytes<R>(v: &Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match v {
        Value::Other(o) => match &**o {
            Other::Bytes(b) => Some(f(b)),
            Other::ByteArray(b) => Some(f(&b.borrow())),
            _ => None,
        },
        _ => None,
    }
}

/// `target += source` for a bytearray `target` and a bytes-like `source`
/// that is another object, in place; false (nothing done) otherwise.
#[inline(never)]
pub fn extend_bytearray(target: &Value, source: &Value) -> bool {
    let (Value::Other(t), Value::Other(s)) = (target, source) else { return false };
    if Rc::ptr_eq(t, s) {
        return false;
    }
    let Other::ByteArray(cell) = &**t else { return false };
    let Ok(mut data) = cell.try_borrow_mut() else { return false };
    with_bytes(source, |y| data.extend_from_slice(y)).is_some()
}

/// The length of a bytes-like value (0 for other values).
pub fn bytes_len(v: &Value) -> usize {
    with_bytes(v, <[u8]>::len).unwrap_or(0)
}

/// `bytearray[i] = v` done in place for an index in range and a value in
/// 0..=255; false (nothing changed) otherwise, and for other types.
pub fn store_byte(container: &Value, i: i64, v: i64) -> bool {
    let (Value::Other(o), 0..=255) = (container, v) else { return false };
    let Other::ByteArray(cell) = &**o else { return false };
    let Ok(mut data) = cell.try_borrow_mut() else { return false };
    let j = if i < 0 { i.wrapping_add(data.len() as i64) } else { i };
    match data.get_mut(j as usize) {
        Some(slot) if j >= 0 => *slot = v as u8,
        _ => return false,
    }
    true
}

/// `count` bytes from `start` of a bytes or bytearray value, as a new value
/// of its kind (the caller clamped the bounds); `None` for other values.
pub fn slice_same_kind(v: &Value, start: usize, count: usize) -> Option<Value> {
    if !is_bytes_like(v) {
        return None;
    }
    let out = with_bytes(v, |data| data[start..start + count].to_vec())?;
    Some(same_kind(v, out))
}

/// Item `i` of a bytes-like value (negative counts from the end); `None`
/// when out of range or not bytes-like.
#[inline]
pub fn byte_at(v: &Value, i: i64) -> Option<u8> {
    with_bytes(v, |data| {
        let j = if i < 0 { i.wrapping_add(data.len() as i64) } else { i };
        if j < 0 { None } else { data.get(j as usize).copied() }
    })
    .flatten()
}

/// The content of a bytes-like argument, or TypeError.
fn need_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    as_bytes(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_of(v).name.as_str())))
}

/// `repr()` of bytes content (without the `bytearray(...)` wrapper).
pub fn bytes_repr(b: &[u8]) -> String {
    bytes_repr_impl(b, false)
}

/// `always_escape_single`: bytearray's repr escapes `'` even inside `"..."`.
fn bytes_repr_impl(b: &[u8], always_escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote || (always_escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(0x20..0x7f).contains(&c) => out.push_str(&format!("\\x{:02x}", c)),
            c => out.push(c as char),
        }
    }
    out.push(quote as char);
    out
}

/// repr of a bytes or bytearray value.
pub fn repr_of(o: &Other) -> Option<String> {
    match o {
        Other::Bytes(b) => Some(bytes_repr(b)),
        Other::ByteArray(b) => Some(format!("bytearray({})", bytes_repr_impl(&b.borrow(), true))),
        _ => None,
    }
}

/// Hash of bytes content (equal to the hash of the same ASCII str).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 { -2 } else { h }
}

fn byte_of(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<u8> {
    // An int too big for a machine word is out of range too (not an OverflowError).
    if matches!(v, Value::BigInt(_)) {
        return Err(value_error(msg.to_owned()));
    }
    let i = arg_int(vm, v)?;
    if !(0..256).contains(&i) {
        return Err(value_error(msg.to_owned()));
    }
    Ok(i as u8)
}

/// Normalized codec name: "utf-8", "ascii" or "latin-1".
fn codec(name: &str) -> PyResult<&'static str> {
    let n = name.to_ascii_lowercase().replace('_', "-");
    Ok(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => "utf-8",
        "ascii" | "us-ascii" | "646" => "ascii",
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" | "latin" => "latin-1",
        _ => return Err(PyErr::new(&types().lookup_error, format!("unknown encoding: {}", name))),
    })
}

/// The `\xNN` / `\uNNNN` / `\UNNNNNNNN` escape of a character in codec error messages.
pub fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode_str(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let enc = codec(encoding)?;
    if enc == "utf-8" {
        return Ok(s.as_bytes().to_vec());
    }
    let limit: u32 = if enc == "ascii" { 0x80 } else { 0x100 };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            _ => {
                let mut j = i + 1;
                while j < chars.len() && chars[j] as u32 >= limit {
                    j += 1;
                }
                let reason = format!("ordinal not in range({})", limit);
                return Err(unicode_error(&types().unicode_encode_error, enc, Value::str(s), i, j, &reason));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// `UnicodeEncodeError`/`UnicodeDecodeError(encoding, object, start, end,
/// reason)` with the attributes CPython's codecs set.
fn unicode_error(cls: &Rc<Class>, encoding: &str, object: Value, start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(cls, vec![Value::str(encoding), object, Value::Int(start as i64), Value::Int(end as i64), Value::str(reason)])
}

/// `bytes.decode(encoding, errors)`.
pub fn decode_bytes(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let enc = codec(encoding)?;
    match enc {
        "latin-1" => Ok(b.iter().map(|&c| c as char).collect()),
        "ascii" => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => {
                            return Err(unicode_error(&types().unicode_decode_error, "ascii", bytes_val(b.to_vec()), i, i + 1, "ordinal not in range(128)"))
                        }
                    }
                }
            }
            Ok(out)
        }
        _ => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_owned()),
            Err(e) => match errors {
                "replace" => Ok(String::from_utf8_lossy(b).into_owned()),
                "ignore" => Ok(String::from_utf8_lossy(b).replace('\u{fffd}', "")),
                _ => {
                    let pos = e.valid_up_to();
                    let c = b[pos];
                    let reason = match e.error_len() {
                        None => "unexpected end of data",
                        Some(_) if (0x80..0xc2).contains(&c) || c >= 0xf5 => "invalid start byte",
                        Some(_) => "invalid continuation byte",
                    };
                    let end = pos + e.error_len().unwrap_or(b.len() - pos);
                    Err(unicode_error(&types().unicode_decode_error, "utf-8", bytes_val(b.to_vec()), pos, end, reason))
                }
            },
        },
    }
}

/// Content of a bytes object built from one constructor argument.
fn from_source(vm: &mut Vm, name: &str, src: &Value, encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Vec<u8>> {
    if let Value::Str(s) = src {
        let Some(enc) = encoding else { return Err(type_error("string argument without an encoding")) };
        let enc = crate::builtins::arg_str(vm, name, enc)?.to_owned();
        let errs = match errors {
            Some(e) => crate::builtins::arg_str(vm, name, e)?.to_owned(),
            None => "strict".to_owned(),
        };
        return encode_str(s.as_str(), &enc, &errs);
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    // `bytes(x)` asks x.__bytes__() first (`bytes(path)`), as CPython's.
    if let (Value::Instance(_), "bytes") = (src, name) {
        if let Some(method) = vm.lookup_special(src, "__bytes__") {
            let r = vm.call_value(&method, std::slice::from_ref(src), &[])?;
            return match &r {
                Value::Other(o) if matches!(&**o, Other::Bytes(_)) => Ok(as_bytes(&r).unwrap_or_default()),
                _ => Err(type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_of(&r).name.as_str()))),
            };
        }
    }
    if let Some(b) = as_bytes(src) {
        return Ok(b);
    }
    if let Value::Int(_) | Value::Bool(_) | Value::BigInt(_) = src {
        let n = arg_int(vm, src)?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    if matches!(src, Value::Float(_)) {
        return Err(type_error(format!("cannot convert '{}' object to {}", vm.type_of(src).name.as_str(), name)));
    }
    let it = vm.get_iter(src).map_err(|_| type_error(format!("cannot convert '{}' object to {}", vm.type_of(src).name.as_str(), name)))?;
    let msg = if name == "bytes" { "bytes must be in range(0, 256)" } else { "byte must be in range(0, 256)" };
    let mut out = Vec::new();
    while let Some(x) = vm.next(&it)? {
        out.push(byte_of(vm, &x, msg)?);
    }
    Ok(out)
}

fn new_common(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Vec<u8>> {
    crate::builtins::only_kwargs(name, kwargs, &["source", "encoding", "errors"])?;
    let args = &args[1.min(args.len())..];
    if args.len() > 3 {
        return Err(type_error(format!("{}() takes at most 3 arguments ({} given)", name, args.len())));
    }
    let src = args.first().or_else(|| kwarg(kwargs, "source"));
    let enc = args.get(1).or_else(|| kwarg(kwargs, "encoding"));
    let errs = args.get(2).or_else(|| kwarg(kwargs, "errors"));
    match src {
        None => {
            if enc.is_some() || errs.is_some() {
                return Err(type_error(if enc.is_some() { "encoding without a string argument" } else { "errors without a string argument" }));
            }
            Ok(Vec::new())
        }
        Some(s) => from_source(vm, name, s, enc, errs),
    }
}

fn bytes_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let t = crate::runtime::types::types();
    let subclass = match args.first() {
        Some(Value::Class(c)) if !Rc::ptr_eq(c, &t.bytes) => Some(c.clone()),
        _ => None,
    };
    if let (Some(b @ Value::Other(o)), true, None) = (args.get(1), args.len() == 2 && kwargs.is_empty(), &subclass) {
        if matches!(&**o, Other::Bytes(_)) {
            return Ok(b.clone());
        }
    }
    let v = bytes_val(new_common(vm, "bytes", args, kwargs)?);
    match subclass {
        Some(cls) => crate::builtins::subclass_instance(&cls, &t.bytes, v),
        None => Ok(v),
    }
}

fn bytearray_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(bytearray_val(new_common(vm, "bytearray", args, kwargs)?))
}

/// Finds `needle` in `hay` (first occurrence).
fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

impl Vm {
    /// Binary operators on bytes-like operands (`None` when not applicable).
    pub fn bytes_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if !is_bytes_like(a) && !is_bytes_like(b) {
            return Ok(None);
        }
        match op {
            BinOp::Add => {
                let Some(x) = as_bytes(a) else { return Ok(None) };
                let y = match as_bytes(b) {
                    Some(y) => y,
                    None => {
                        if matches!(b, Value::Instance(_)) {
                            return Ok(None);
                        }
                        return Err(type_error(format!(
                            "can't concat {} to {}",
                            self.type_of(b).name.as_str(),
                            self.type_of(a).name.as_str()
                        )));
                    }
                };
                let mut v = x;
                v.extend_from_slice(&y);
                Ok(Some(same_kind(a, v)))
            }
            BinOp::Mul => {
                let (seq, n) = if is_bytes_like(a) { (a, b) } else { (b, a) };
                if !matches!(n, Value::Int(_) | Value::Bool(_)) {
                    return Ok(None);
                }
                let n = arg_int(self, n)?.max(0) as usize;
                let x = as_bytes(seq).unwrap_or_default();
                if x.len().saturating_mul(n) > 1 << 34 {
                    return Err(memory_error(""));
                }
                Ok(Some(same_kind(seq, x.repeat(n))))
            }
            BinOp::Mod => {
                let Some(fmt) = as_bytes(a) else { return Ok(None) };
                let out = self.bytes_percent_format(&fmt, b)?;
                Ok(Some(same_kind(a, out)))
            }
            _ => Ok(None),
        }
    }

    /// `a += b` / `a *= b` on a bytearray (mutates in place).
    pub fn bytearray_inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let Value::Other(o) = a else { return Ok(None) };
        let Other::ByteArray(cell) = &**o else { return Ok(None) };
        match op {
            BinOp::Add => {
                // In place from bytes or another bytearray (the hot loop's
                // BINARY_OP_EXTEND_BYTEARRAY); `ba += ba` and memoryviews copy first.
                if !extend_bytearray(a, b) {
                    let Some(y) = as_bytes(b) else {
                        return Err(type_error(format!("can't concat {} to bytearray", self.type_of(b).name.as_str())));
                    };
                    cell.borrow_mut().extend_from_slice(&y);
                }
                Ok(Some(a.clone()))
            }
            BinOp::Mul if matches!(b, Value::Int(_) | Value::Bool(_)) => {
                let n = arg_int(self, b)?.max(0) as usize;
                let x = cell.borrow().clone();
                *cell.borrow_mut() = x.repeat(n);
                Ok(Some(a.clone()))
            }
            _ => Ok(None),
        }
    }

    /// Equality of bytes-like values (`None` when either is not bytes-like).
    pub fn bytes_eq(&self, a: &Value, b: &Value) -> Option<bool> {
        if !is_bytes_like(a) && !is_bytes_like(b) {
            return None;
        }
        match with_bytes(a, |x| with_bytes(b, |y| x == y)).flatten() {
            Some(r) => Some(r),
            _ if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) => None,
            _ => Some(false),
        }
    }

    /// Ordering of two bytes-like values.
    pub fn bytes_order(&self, a: &Value, b: &Value) -> Option<Ordering> {
        with_bytes(a, |x| with_bytes(b, |y| x.cmp(y))).flatten()
    }

    /// `item in b`.
    pub fn bytes_contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(found) = with_bytes(container, |hay| with_bytes(item, |needle| find_sub(hay, needle).is_some())).flatten() {
            return Ok(found);
        }
        match item {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let c = byte_of(self, item, "byte must be in range(0, 256)")?;
                Ok(with_bytes(container, |hay| hay.contains(&c)).unwrap_or(false))
            }
            _ => Err(type_error(format!("a bytes-like object is required, not '{}'", self.type_of(item).name.as_str()))),
        }
    }

    /// `b[key]`.
    pub fn bytes_get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        // The indices are computed before the buffer is borrowed: `__index__`
        // of a key or slice bound may run Python code that resizes it.
        if let Value::Slice(s) = key {
            let len = bytes_len(obj);
            let (start, _, step, count) = self.slice_indices(s, len)?;
            let out = with_bytes(obj, |data| {
                if step == 1 {
                    data[start as usize..start as usize + count].to_vec()
                } else {
                    (0..count as i64).map(|k| data[(start + k * step) as usize]).collect()
                }
            });
            return Ok(same_kind(obj, out.unwrap_or_default()));
        }
        let i = match key {
            Value::Int(i) => *i,
            _ => self.to_index(key, if is_bytearray(obj) { "bytearray indices" } else { "byte indices" })?,
        };
        match byte_at(obj, i) {
            Some(c) => Ok(Value::Int(c as i64)),
            None => Err(index_error(if is_bytearray(obj) { "bytearray index out of range" } else { "index out of range" })),
        }
    }

    /// `ba[key] = value` for a bytearray.
    pub fn bytearray_set_item(&mut self, cell: &RefCell<Vec<u8>>, key: Value, value: Value) -> PyResult<()> {
        let len = cell.borrow().len();
        if let Value::Slice(s) = &key {
            let new = match as_bytes(&value) {
                Some(b) => b,
                None => {
                    if matches!(value, Value::Int(_) | Value::Str(_)) {
                        return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
                    }
                    from_source(self, "bytearray", &value, None, None)?
                }
            };
            let (start, stop, step, count) = self.slice_indices(s, len)?;
            let mut data = cell.borrow_mut();
            if step == 1 {
                let stop = stop.max(start);
                data.splice(start as usize..stop as usize, new);
            } else {
                if new.len() != count {
                    return Err(value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        new.len(),
                        count
                    )));
                }
                let mut i = start;
                for v in new {
                    data[i as usize] = v;
                    i += step;
                }
            }
            return Ok(());
        }
        let i = self.to_index(&key, "bytearray indices")?;
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(index_error("bytearray index out of range"));
        }
        let c = byte_of(self, &value, "byte must be in range(0, 256)")?;
        cell.borrow_mut()[j as usize] = c;
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

fn recv(vm: &Vm, name: &str, args: &[Value]) -> PyResult<Vec<u8>> {
    match args.first().map(|v| crate::vm::ops::native_value(v).unwrap_or(v)) {
        Some(v) if is_bytes_like(v) => Ok(as_bytes(v).unwrap_or_default()),
        Some(v) => Err(type_error(format!("descriptor '{}' requires a 'bytes' object but received a '{}'", name, vm.type_of(v).name.as_str()))),
        None => Err(type_error(format!("unbound method bytes.{}() needs an argument", name))),
    }
}

fn opt_str(vm: &Vm, fname: &str, v: Option<&Value>, default: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_owned()),
        Some(v) => Ok(crate::builtins::arg_str(vm, fname, v)?.to_owned()),
    }
}

fn decode(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let data = recv(vm, "decode", args)?;
    crate::builtins::only_kwargs("decode", kwargs, &["encoding", "errors"])?;
    let enc = opt_str(vm, "decode", args.get(1).or_else(|| kwarg(kwargs, "encoding")), "utf-8")?;
    let errs = opt_str(vm, "decode", args.get(2).or_else(|| kwarg(kwargs, "errors")), "strict")?;
    Ok(Value::string(decode_bytes(&data, &enc, &errs)?))
}

fn hex(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let data = recv(vm, "hex", args)?;
    crate::builtins::only_kwargs("hex", kwargs, &["sep", "bytes_per_sep"])?;
    let sep = match args.get(1).or_else(|| kwarg(kwargs, "sep")) {
        None => None,
        Some(Value::Str(s)) => Some(s.as_str().to_owned()),
        Some(v) => Some(String::from_utf8_lossy(&need_bytes(vm, v)?).into_owned()),
    };
    let per = match args.get(2).or_else(|| kwarg(kwargs, "bytes_per_sep")) {
        None => 1,
        Some(v) => arg_int(vm, v)?,
    };
    let digits: Vec<String> = data.iter().map(|c| format!("{:02x}", c)).collect();
    let Some(sep) = sep else { return Ok(Value::string(digits.concat())) };
    if sep.chars().count() != 1 {
        return Err(value_error("sep must be length 1."));
    }
    let n = per.unsigned_abs().max(1) as usize;
    let mut groups: Vec<String> = Vec::new();
    if per < 0 {
        for ch in digits.chunks(n) {
            groups.push(ch.concat());
        }
    } else {
        let first = digits.len() % n;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        for ch in digits[first..].chunks(n) {
            groups.push(ch.concat());
        }
    }
    Ok(Value::string(groups.join(&sep)))
}

fn fromhex_common(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<u8>> {
    let s = match args.last() {
        Some(Value::Str(s)) => s.clone(),
        Some(v) => return Err(type_error(format!("fromhex() argument must be str, not {}", vm.type_of(v).name.as_str()))),
        None => return Err(type_error("fromhex() takes exactly one argument (0 given)")),
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => {
                return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)))
            }
            _ => return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i))),
        }
        i += 2;
    }
    Ok(out)
}

fn fromhex(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(bytes_val(fromhex_common(vm, args)?))
}

fn ba_fromhex(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(bytearray_val(fromhex_common(vm, args)?))
}

fn join(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let sep = recv(vm, "join", args)?;
    let Some(it) = args.get(1) else { return Err(type_error("join() takes exactly one argument (0 given)")) };
    let items = vm.collect(it)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match as_bytes(x) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    vm.type_of(x).name.as_str()
                )))
            }
        }
    }
    Ok(same_kind(&args[0], out))
}

/// (start, end) of optional slice arguments clamped to `len`.
fn bounds(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        if i < 0 { (i + len as i64).max(0) as usize } else { (i as usize).min(len) }
    };
    let start = match args.first() {
        None | Some(Value::None) => 0,
        Some(v) => norm(arg_int(vm, v)?),
    };
    let end = match args.get(1) {
        None | Some(Value::None) => len,
        Some(v) => norm(arg_int(vm, v)?),
    };
    Ok((start, end))
}

fn starts_ends(vm: &mut Vm, args: &[Value], name: &str, ends: bool) -> PyResult<Value> {
    let data = recv(vm, name, args)?;
    let Some(pat) = args.get(1) else { return Err(type_error(format!("{}() takes at least 1 argument (0 given)", name))) };
    let (s, e) = bounds(vm, &args[2..], data.len())?;
    let hay = if s <= e { &data[s..e] } else { &data[0..0] };
    let pats: Vec<Value> = match super::ops::tuple_of(pat) {
        Some(Value::Tuple(t)) => t.items.clone(),
        _ => vec![pat.clone()],
    };
    for p in &pats {
        let p = as_bytes(p).ok_or_else(|| {
            type_error(format!(
                "{} first arg must be bytes or a tuple of bytes, not {}",
                name,
                vm.type_of(p).name.as_str()
            ))
        })?;
        if s > data.len() || s > e && !p.is_empty() {
            continue;
        }
        if if ends { hay.ends_with(&p) } else { hay.starts_with(&p) } {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn startswith(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

fn sub_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    match v {
        None => Err(type_error("expected at least 1 argument, got 0")),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => Ok(vec![byte_of(vm, v, "byte must be in range(0, 256)")?]),
        Some(v) => as_bytes(v).ok_or_else(|| {
            type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_of(v).name.as_str()
            ))
        }),
    }
}

fn find_impl(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    let data = recv(vm, name, args)?;
    let sub = sub_arg(vm, args.get(1))?;
    let (s, e) = bounds(vm, args.get(2..).unwrap_or(&[]), data.len())?;
    if s > e || e - s < sub.len() {
        return Ok(None);
    }
    let hay = &data[s..e];
    Ok(if rev { rfind_sub(hay, &sub) } else { find_sub(hay, &sub) }.map(|i| i + s))
}

fn find(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, "find", false)?.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, args, "rfind", true)?.map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let data = recv(vm, "count", args)?;
    let sub = sub_arg(vm, args.get(1))?;
    let (s, e) = bounds(vm, args.get(2..).unwrap_or(&[]), data.len())?;
    if s > e {
        return Ok(Value::Int(0));
    }
    let hay = &data[s..e];
    if sub.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = find_sub(&hay[i..], &sub) {
        n += 1;
        i += p + sub.len();
    }
    Ok(Value::Int(n))
}

fn replace(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let data = recv(vm, "replace", args)?;
    if args.len() < 3 {
        return Err(type_error(format!("replace expected at least 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    let old = need_bytes(vm, &args[1])?;
    let new = need_bytes(vm, &args[2])?;
    let mut limit = match args.get(3) {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    let mut out = Vec::new();
    let mut i = 0;
    if old.is_empty() {
        for &c in &data {
            if limit != 0 {
                out.extend_from_slice(&new);
                limit -= 1;
            }
            out.push(c);
        }
        if limit != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(same_kind(&args[0], out));
    }
    while limit != 0 {
        match find_sub(&data[i..], &old) {
            Some(p) => {
                out.extend_from_slice(&data[i..i + p]);
                out.extend_from_slice(&new);
                i += p + old.len();
                limit -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[i..]);
    Ok(same_kind(&args[0], out))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], name: &str, rev: bool) -> PyResult<Value> {
    let data = recv(vm, name, args)?;
    crate::builtins::only_kwargs(name, kwargs, &["sep", "maxsplit"])?;
    let sep = match args.get(1).or_else(|| kwarg(kwargs, "sep")) {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(vm, v)?),
    };
    let maxsplit = match args.get(2).or_else(|| kwarg(kwargs, "maxsplit")) {
        None => -1,
        Some(v) => arg_int(vm, v)?,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut rest: &[u8] = &data;
            let mut n = maxsplit;
            loop {
                if n == 0 {
                    break;
                }
                let pos = if rev { rfind_sub(rest, &sep) } else { find_sub(rest, &sep) };
                let Some(p) = pos else { break };
                if rev {
                    parts.push(rest[p + sep.len()..].to_vec());
                    rest = &rest[..p];
                } else {
                    parts.push(rest[..p].to_vec());
                    rest = &rest[p + sep.len()..];
                }
                n -= 1;
            }
            parts.push(rest.to_vec());
            if rev {
                parts.reverse();
            }
        }
        None => {
            let mut v: Vec<u8> = data.clone();
            if rev {
                v.reverse();
            }
            let mut i = 0;
            let mut n = maxsplit;
            while i < v.len() {
                while i < v.len() && is_space(v[i]) {
                    i += 1;
                }
                if i >= v.len() {
                    break;
                }
                if n == 0 {
                    let mut rest = v[i..].to_vec();
                    while rest.last().is_some_and(|&c| is_space(c)) {
                        rest.pop();
                    }
                    parts.push(rest);
                    break;
                }
                let st = i;
                while i < v.len() && !is_space(v[i]) {
                    i += 1;
                }
                parts.push(v[st..i].to_vec());
                n -= 1;
            }
            if rev {
                for p in parts.iter_mut() {
                    p.reverse();
                }
                parts.reverse();
            }
        }
    }
    let like = args[0].clone();
    Ok(Value::list(parts.into_iter().map(|p| same_kind(&like, p)).collect()))
}

fn split(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    split_impl(vm, args, kwargs, "split", false)
}

fn rsplit(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    split_impl(vm, args, kwargs, "rsplit", true)
}

fn strip_impl(vm: &mut Vm, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let data = recv(vm, name, args)?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(vm, v)?),
    };
    let strip = |c: u8| match &chars {
        None => is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut s = 0;
    let mut e = data.len();
    if left {
        while s < e && strip(data[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(data[e - 1]) {
            e -= 1;
        }
    }
    Ok(same_kind(&args[0], data[s..e].to_vec()))
}

fn strip(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn upper(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv(vm, "upper", args)?;
    Ok(same_kind(&args[0], d.to_ascii_uppercase()))
}

fn lower(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv(vm, "lower", args)?;
    Ok(same_kind(&args[0], d.to_ascii_lowercase()))
}

fn pred(vm: &mut Vm, args: &[Value], name: &str, f: fn(&u8) -> bool) -> PyResult<Value> {
    let d = recv(vm, name, args)?;
    Ok(Value::bool(!d.is_empty() && d.iter().all(f)))
}

fn isdigit(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    pred(vm, args, "isdigit", u8::is_ascii_digit)
}

fn isalpha(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    pred(vm, args, "isalpha", u8::is_ascii_alphabetic)
}

fn isalnum(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    pred(vm, args, "isalnum", u8::is_ascii_alphanumeric)
}

fn isspace(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    pred(vm, args, "isspace", |c| is_space(*c))
}

fn getnewargs(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv(vm, "__getnewargs__", args)?;
    Ok(Value::tuple(vec![bytes_val(d)]))
}

fn ba_cell<'a>(vm: &Vm, name: &str, args: &'a [Value]) -> PyResult<&'a RefCell<Vec<u8>>> {
    if let Some(Value::Other(o)) = args.first() {
        if let Other::ByteArray(c) = &**o {
            return Ok(c);
        }
    }
    Err(type_error(format!(
        "descriptor '{}' requires a 'bytearray' object but received a '{}'",
        name,
        args.first().map(|v| vm.type_of(v).name.as_str().to_owned()).unwrap_or_default()
    )))
}

fn ba_append(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("append", &args[1.min(args.len())..], 1, 1)?;
    let c = byte_of(vm, &args[1], "byte must be in range(0, 256)")?;
    ba_cell(vm, "append", args)?.borrow_mut().push(c);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("extend", &args[1.min(args.len())..], 1, 1)?;
    if matches!(args[1], Value::Str(_)) {
        return Err(type_error("expected iterable of integers; got: 'str'"));
    }
    let more = from_source(vm, "bytearray", &args[1], None, None)?;
    ba_cell(vm, "extend", args)?.borrow_mut().extend_from_slice(&more);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let idx = match args.get(1) {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    let cell = ba_cell(vm, "pop", args)?;
    let mut d = cell.borrow_mut();
    if d.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let j = if idx < 0 { idx + d.len() as i64 } else { idx };
    if j < 0 || j >= d.len() as i64 {
        return Err(index_error("pop index out of range"));
    }
    Ok(Value::Int(d.remove(j as usize) as i64))
}

fn ba_clear(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    ba_cell(vm, "clear", args)?.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = ba_cell(vm, "copy", args)?.borrow().clone();
    Ok(bytearray_val(d))
}

fn ba_insert(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("insert", &args[1.min(args.len())..], 2, 2)?;
    let i = arg_int(vm, &args[1])?;
    let c = byte_of(vm, &args[2], "byte must be in range(0, 256)")?;
    let cell = ba_cell(vm, "insert", args)?;
    let mut d = cell.borrow_mut();
    let len = d.len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    d.insert(j as usize, c);
    Ok(Value::None)
}

fn ba_reverse(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    ba_cell(vm, "reverse", args)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn byteorder_arg(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) if s.as_str() == "big" => Ok(true),
        Some(Value::Str(s)) if s.as_str() == "little" => Ok(false),
        Some(Value::Str(_)) => Err(value_error("byteorder must be either 'little' or 'big'")),
        Some(v) => Err(type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", vm.type_of(v).name.as_str()))),
    }
}

fn signed_arg(vm: &mut Vm, kwargs: &[(Name, Value)]) -> PyResult<bool> {
    match kwarg(kwargs, "signed") {
        None => Ok(false),
        Some(v) => vm.truthy(v),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    use num_bigint::BigInt;
    crate::builtins::only_kwargs("to_bytes", kwargs, &["length", "byteorder", "signed"])?;
    let n: BigInt = match args.first() {
        Some(Value::Int(i)) => BigInt::from(*i),
        Some(Value::Bool(b)) => BigInt::from(b.get() as i64),
        Some(Value::BigInt(b)) => (**b).clone(),
        _ => return Err(type_error("descriptor 'to_bytes' requires an 'int' object")),
    };
    let length = match args.get(1).or_else(|| kwarg(kwargs, "length")) {
        None => 1,
        Some(v) => arg_int(vm, v)?,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let big = byteorder_arg(vm, args.get(2).or_else(|| kwarg(kwargs, "byteorder")))?;
    let signed = signed_arg(vm, kwargs)?;
    let neg = n.sign() == num_bigint::Sign::Minus;
    if neg && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut v = if signed { n.to_signed_bytes_be() } else { n.to_bytes_be().1 };
    if v == [0] && !neg {
        v.clear();
    }
    if v.len() > length as usize {
        return Err(overflow_error("int too big to convert"));
    }
    let mut out = vec![if neg { 0xff } else { 0 }; length as usize - v.len()];
    out.extend_from_slice(&v);
    if !big {
        out.reverse();
    }
    Ok(bytes_val(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn int_from_bytes(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    use num_bigint::BigInt;
    crate::builtins::only_kwargs("from_bytes", kwargs, &["bytes", "byteorder", "signed"])?;
    let args = if matches!(args.first(), Some(Value::Class(_))) { &args[1..] } else { args };
    let Some(src) = args.first().or_else(|| kwarg(kwargs, "bytes")) else {
        return Err(type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut data = match as_bytes(src) {
        Some(b) => b,
        None => from_source(vm, "bytes", src, None, None)?,
    };
    let big = byteorder_arg(vm, args.get(1).or_else(|| kwarg(kwargs, "byteorder")))?;
    let signed = signed_arg(vm, kwargs)?;
    if !big {
        data.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_be(&data) } else { BigInt::from_bytes_be(num_bigint::Sign::Plus, &data) };
    Ok(Value::from_bigint(n))
}

/// Installs the methods of `bytes` and `bytearray`.
pub fn register() {
    let t = types();
    add_method(&t.bytes, "__new__", bytes_new);
    add_method(&t.bytearray, "__new__", bytearray_new);
    for (cls, name, f) in [
        (&t.bytes, "fromhex", fromhex as NativeFn),
        (&t.bytearray, "fromhex", ba_fromhex),
        (&t.int, "from_bytes", int_from_bytes),
    ] {
        let b = Value::Builtin(Rc::new(Builtin { name, func: f, owner: Some(if name == "from_bytes" { "int" } else { "bytes" }) }));
        cls.dict.set_str(&crate::runtime::str::intern(name), Value::Other(Rc::new(Other::ClassMethod(b))));
        cls.modified();
    }
    add_method(&t.int, "to_bytes", int_to_bytes);
    add_method(&t.bytes, "__getnewargs__", getnewargs);
    let common: [(&'static str, NativeFn); 21] = [
        ("decode", decode),
        ("hex", hex),
        ("join", join),
        ("startswith", startswith),
        ("endswith", endswith),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("count", count),
        ("replace", replace),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
    ];
    for (name, f) in common.into_iter().chain(TEXT_METHODS) {
        add_method(&t.bytes, name, f);
        add_method(&t.bytearray, name, f);
    }
    for cls in [&t.bytes, &t.bytearray] {
        let f = Value::Other(Rc::new(Other::StaticMethod(crate::builtins::builtin_fn("maketrans", maketrans))));
        cls.dict.set_str(&crate::runtime::str::intern("maketrans"), f);
        cls.modified();
    }
    for (name, f) in [
        ("append", ba_append as NativeFn),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("insert", ba_insert),
        ("reverse", ba_reverse),
        ("__copy__", ba_copy),
        ("__deepcopy__", ba_copy),
    ] {
        add_method(&t.bytearray, name, f);
    }
}

// ---------------------------------------------------------------------------
// The rest of the bytes/bytearray text methods (translate, partition,
// padding, case and prefix helpers), as CPython's `bytes_methods.c` gives them.
// ---------------------------------------------------------------------------

/// The 256-byte table of `translate`: `None` (identity) or a bytes-like of length 256.
fn translate_table(vm: &Vm, v: Option<&Value>) -> PyResult<Option<Vec<u8>>> {
    match v {
        None => Err(type_error("translate() takes at least 1 argument (0 given)")),
        Some(Value::None) => Ok(None),
        Some(v) => {
            let table = need_bytes(vm, v)?;
            if table.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Ok(Some(table))
        }
    }
}

/// `bytes.translate(table, /, delete=b'')`.
fn translate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::only_kwargs("translate", kwargs, &["delete"])?;
    let data = recv(vm, "translate", args)?;
    let table = translate_table(vm, args.get(1))?;
    let delete = match args.get(2).or_else(|| kwarg(kwargs, "delete")) {
        Some(v) => need_bytes(vm, v)?,
        None => Vec::new(),
    };
    let mut deleted = [false; 256];
    for &c in &delete {
        deleted[c as usize] = true;
    }
    let out: Vec<u8> = data
        .iter()
        .filter(|&&c| !deleted[c as usize])
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(same_kind(&args[0], out))
}

/// `bytes.maketrans(frm, to)` (a static method): the identity table with `frm[i]` mapped to `to[i]`.
fn maketrans(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("maketrans", args, 2, 2)?;
    let from = need_bytes(vm, &args[0])?;
    let to = need_bytes(vm, &args[1])?;
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(bytes_val(table))
}

fn partition_impl(vm: &mut Vm, args: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    let data = recv(vm, name, args)?;
    crate::builtins::check_count(name, &args[1.min(args.len())..], 1, 1)?;
    let sep = need_bytes(vm, &args[1])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let like = &args[0];
    let parts = match if rev { rfind_sub(&data, &sep) } else { find_sub(&data, &sep) } {
        Some(i) => [data[..i].to_vec(), sep.clone(), data[i + sep.len()..].to_vec()],
        None if rev => [Vec::new(), Vec::new(), data],
        None => [data, Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(parts.into_iter().map(|p| same_kind(like, p)).collect()))
}

fn partition(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

/// `bytes.splitlines(keepends=False)`: splits at `\n`, `\r` and `\r\n` only (not str's wider set).
fn splitlines(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::only_kwargs("splitlines", kwargs, &["keepends"])?;
    let data = recv(vm, "splitlines", args)?;
    let keepends = match args.get(1).or_else(|| kwarg(kwargs, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let eol = match data[i] {
            b'\n' => 1,
            b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keepends { i + eol } else { i };
        lines.push(same_kind(&args[0], data[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < data.len() {
        lines.push(same_kind(&args[0], data[start..].to_vec()));
    }
    Ok(Value::list(lines))
}

/// `ljust`, `rjust`, `center`: `width` and an optional one-byte fill.
fn pad_impl(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let data = recv(vm, name, args)?;
    crate::builtins::check_count(name, &args[1.min(args.len())..], 1, 2)?;
    let width = arg_int(vm, &args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match as_bytes(v) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    vm.type_of(v).name.as_str()
                )))
            }
        },
    };
    if width <= data.len() {
        return Ok(same_kind(&args[0], data));
    }
    let pad = width - data.len();
    let left = match name {
        "ljust" => 0,
        "rjust" => pad,
        // CPython's centering: the extra byte goes left when both the padding and the width are odd.
        _ => pad / 2 + (pad & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.resize(width, fill);
    Ok(same_kind(&args[0], out))
}

fn ljust(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    pad_impl(vm, args, "ljust")
}

fn rjust(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    pad_impl(vm, args, "rjust")
}

fn center(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    pad_impl(vm, args, "center")
}

fn zfill(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let data = recv(vm, "zfill", args)?;
    crate::builtins::check_count("zfill", &args[1.min(args.len())..], 1, 1)?;
    let width = arg_int(vm, &args[1])?.max(0) as usize;
    if width <= data.len() {
        return Ok(same_kind(&args[0], data));
    }
    let sign = matches!(data.first(), Some(b'+' | b'-')) as usize;
    let mut out = data[..sign].to_vec();
    out.resize(width - data.len() + sign, b'0');
    out.extend_from_slice(&data[sign..]);
    Ok(same_kind(&args[0], out))
}

/// `isupper`/`islower`: at least one cased byte and none of the other case.
fn cased_pred(vm: &mut Vm, args: &[Value], name: &str, upper: bool) -> PyResult<Value> {
    let d = recv(vm, name, args)?;
    let (want, other): (fn(&u8) -> bool, fn(&u8) -> bool) =
        if upper { (u8::is_ascii_uppercase, u8::is_ascii_lowercase) } else { (u8::is_ascii_lowercase, u8::is_ascii_uppercase) };
    Ok(Value::bool(d.iter().any(want) && !d.iter().any(other)))
}

fn isupper(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    cased_pred(vm, args, "isupper", true)
}

fn islower(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    cased_pred(vm, args, "islower", false)
}

fn isascii(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv(vm, "isascii", args)?;
    Ok(Value::bool(d.is_ascii()))
}

fn affix_impl(vm: &mut Vm, args: &[Value], name: &str, prefix: bool) -> PyResult<Value> {
    let data = recv(vm, name, args)?;
    crate::builtins::check_count(name, &args[1.min(args.len())..], 1, 1)?;
    let affix = need_bytes(vm, &args[1])?;
    let out = if prefix && data.starts_with(&affix) {
        data[affix.len()..].to_vec()
    } else if !prefix && data.ends_with(&affix) {
        data[..data.len() - affix.len()].to_vec()
    } else {
        data
    };
    Ok(same_kind(&args[0], out))
}

fn removeprefix(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    affix_impl(vm, args, "removeprefix", true)
}

fn removesuffix(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    affix_impl(vm, args, "removesuffix", false)
}

fn rindex(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

/// `capitalize`, `title`, `swapcase`: ASCII case mapping byte by byte.
fn case_impl(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let mut d = recv(vm, name, args)?;
    match name {
        "capitalize" => {
            d.make_ascii_lowercase();
            if let Some(first) = d.first_mut() {
                first.make_ascii_uppercase();
            }
        }
        "title" => {
            let mut after_cased = false;
            for c in d.iter_mut() {
                if after_cased { c.make_ascii_lowercase() } else { c.make_ascii_uppercase() }
                after_cased = c.is_ascii_alphabetic();
            }
        }
        _ => {
            for c in d.iter_mut() {
                *c = if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            }
        }
    }
    Ok(same_kind(&args[0], d))
}

fn capitalize(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    case_impl(vm, args, "capitalize")
}

fn title(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    case_impl(vm, args, "title")
}

fn swapcase(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    case_impl(vm, args, "swapcase")
}

/// The methods above, installed on `bytes` and `bytearray` by [`register`].
const TEXT_METHODS: [(&str, NativeFn); 17] = [
    ("translate", translate),
    ("partition", partition),
    ("rpartition", rpartition),
    ("splitlines", splitlines),
    ("ljust", ljust),
    ("rjust", rjust),
    ("center", center),
    ("zfill", zfill),
    ("isupper", isupper),
    ("islower", islower),
    ("isascii", isascii),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("rindex", rindex),
    ("capitalize", capitalize),
    ("title", title),
    ("swapcase", swapcase),
];
