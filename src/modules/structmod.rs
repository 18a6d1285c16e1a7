//! The `struct` module: every format code, byte order, size and alignment
//! of CPython 3.11 (64-bit Linux), `Struct` objects and `struct.error`
//! messages. The item codec ([`decode_item`], [`encode_int_bytes`]) is also
//! what `memoryview` and `array` use for their native formats.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::native::{bind, iter_value, native_class, new_native_instance, payload, run_source};
use crate::builtins::{add_method, set};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::value::Value;
use crate::vm::bytes::{as_bytes, bytes_val};
use crate::vm::errors::*;
use crate::vm::{PyErr, PyResult, Vm};

/// How a format lays items out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    /// `@`: native order, native sizes, alignment.
    Native,
    /// `=`, `<`, `>`, `!`: standard sizes, no alignment.
    Standard { little: bool },
}

/// One code of a format with its repeat count and offset.
#[derive(Clone, Copy, Debug)]
struct Field {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

/// A parsed format.
#[derive(Debug)]
struct Layout {
    mode: Mode,
    fields: Vec<Field>,
    size: usize,
    /// Number of values packed/unpacked.
    items: usize,
}

impl Layout {
    fn little(&self) -> bool {
        match self.mode {
            Mode::Native => cfg!(target_endian = "little"),
            Mode::Standard { little } => little,
        }
    }
}

/// The size of one item of `code` (`None`: not a code of this mode).
fn code_size(code: u8, mode: Mode) -> Option<usize> {
    let native = mode == Mode::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn struct_error(msg: impl Into<String>) -> PyErr {
    let cls = ERROR.with(|c| c.borrow().clone());
    match cls {
        Some(Value::Class(c)) => PyErr::new(&c, msg),
        _ => value_error(msg),
    }
}

fn parse_layout(fmt: &[u8]) -> PyResult<Layout> {
    let (mode, body) = match fmt.first() {
        Some(b'@') => (Mode::Native, &fmt[1..]),
        Some(b'=') => (Mode::Standard { little: cfg!(target_endian = "little") }, &fmt[1..]),
        Some(b'<') => (Mode::Standard { little: true }, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Mode::Standard { little: false }, &fmt[1..]),
        _ => (Mode::Native, fmt),
    };
    let mut fields = Vec::new();
    let mut offset = 0usize;
    let mut items = 0usize;
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < body.len() && body[i].is_ascii_digit() {
                n = n.checked_mul(10).and_then(|n| n.checked_add((body[i] - b'0') as usize)).ok_or_else(|| struct_error("total struct size too long"))?;
                i += 1;
            }
            if i >= body.len() {
                return Err(struct_error("repeat count given without format specifier"));
            }
            count = n;
        }
        let code = body[i];
        i += 1;
        let size = code_size(code, mode).ok_or_else(|| struct_error("bad char in struct format"))?;
        if mode == Mode::Native {
            let align = if matches!(code, b's' | b'p' | b'x') { 1 } else { size };
            offset = offset.div_ceil(align) * align;
        }
        fields.push(Field { code, count, offset, size });
        match code {
            b's' | b'p' => {
                offset += count;
                items += 1;
            }
            b'x' => offset += count,
            _ => {
                offset = offset.checked_add(count.checked_mul(size).ok_or_else(|| struct_error("total struct size too long"))?).ok_or_else(|| struct_error("total struct size too long"))?;
                items += count;
            }
        }
    }
    Ok(Layout { mode, fields, size: offset, items })
}

thread_local! {
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
    static CACHE: RefCell<HashMap<Vec<u8>, Rc<Layout>>> = RefCell::new(HashMap::new());
}

/// The layout of a format argument (str or bytes), cached.
fn layout_of(vm: &Vm, fname: &str, v: &Value) -> PyResult<Rc<Layout>> {
    let key: Vec<u8> = match v {
        Value::Str(s) => s.as_str().as_bytes().to_vec(),
        Value::Other(o) if matches!(&**o, Other::Bytes(_)) => as_bytes(v).unwrap(),
        _ => {
            return Err(type_error(format!("{}() argument 1 must be a str or bytes object, not {}", fname, vm.type_of(v).name.as_str())));
        }
    };
    if let Some(l) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(l);
    }
    let l = Rc::new(parse_layout(&key)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() > 256 {
            c.clear();
        }
        c.insert(key, l.clone());
    });
    Ok(l)
}

// ---- the item codec ----

/// The Python value of one item of `code` stored in `b` (its size), in
/// little- or big-endian order. Shared with `memoryview` and `array`.
pub fn decode_item(code: u8, b: &[u8], little: bool) -> Value {
    let mut raw = [0u8; 8];
    let n = b.len().min(8);
    if little {
        raw[..n].copy_from_slice(&b[..n]);
    } else {
        for k in 0..n {
            raw[k] = b[n - 1 - k];
        }
    }
    let bits = u64::from_le_bytes(raw);
    let signed = || if n == 8 { bits as i64 } else { ((bits << (64 - 8 * n)) as i64) >> (64 - 8 * n) };
    match code {
        b'c' => bytes_val(b.to_vec()),
        b'?' => Value::bool(bits != 0),
        b'e' => Value::float(half_to_f64(bits as u16)),
        b'f' => Value::float(f32::from_bits(bits as u32) as f64),
        b'd' => Value::float(f64::from_bits(bits)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => Value::Int(signed()),
        _ if bits > i64::MAX as u64 => Value::from_bigint(BigInt::from(bits)),
        _ => Value::Int(bits as i64),
    }
}

/// The low `size` bytes of `v` (two's complement) in the byte order asked.
pub fn encode_int_bytes(v: u64, size: usize, little: bool) -> Vec<u8> {
    let le = v.to_le_bytes();
    let mut out = le[..size].to_vec();
    if !little {
        out.reverse();
    }
    out
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 => {
            if frac == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    }
}

/// IEEE half precision of `x`, rounded to nearest even; `None` on overflow.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // Subnormal halves are multiples of 2^-24.
    if a < 2f64.powi(-14) {
        let m = round_half_even(a / 2f64.powi(-24));
        return Some(sign | m as u16);
    }
    let mut e = a.log2().floor() as i32;
    if 2f64.powi(e) > a {
        e -= 1;
    }
    if 2f64.powi(e + 1) <= a {
        e += 1;
    }
    let mut m = round_half_even((a / 2f64.powi(e) - 1.0) * 1024.0);
    if m == 1024.0 {
        m = 0.0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | m as u16)
}

fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (r - x).abs() == 0.5 && r % 2.0 != 0.0 {
        r - x.signum()
    } else {
        r
    }
}

/// The integer value of a pack argument (`__index__` allowed).
fn pack_int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Instance(_) => {
            if let Some(m) = vm.lookup_special(v, "__index__") {
                let r = vm.call_value(&m, std::slice::from_ref(v), &[])?;
                return pack_int(vm, &r);
            }
            Err(struct_error("required argument is not an integer"))
        }
        _ => Err(struct_error("required argument is not an integer")),
    }
}

fn range_error(code: u8, lo: i128, hi: i128) -> PyErr {
    let name = match code {
        b'b' => "byte format".to_owned(),
        b'B' => "ubyte format".to_owned(),
        b'h' => "short format".to_owned(),
        b'H' => "ushort format".to_owned(),
        c => format!("'{}' format", c as char),
    };
    struct_error(format!("{} requires {} <= number <= {}", name, lo, hi))
}

/// Packs one value of `code` (size `size`) into `out`.
fn pack_one(vm: &mut Vm, code: u8, size: usize, little: bool, native: bool, v: &Value, out: &mut Vec<u8>) -> PyResult<()> {
    match code {
        b'?' => {
            let t = vm.truthy(v)?;
            out.push(t as u8);
        }
        b'c' => match v {
            Value::Other(o) if matches!(&**o, Other::Bytes(b) if b.len() == 1) || matches!(&**o, Other::ByteArray(b) if b.borrow().len() == 1) => {
                out.extend(as_bytes(v).unwrap());
            }
            _ => return Err(struct_error("char format requires a bytes object of length 1")),
        },
        b'e' | b'f' | b'd' => {
            let x = match v {
                Value::Float(f) => f.get(),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => match crate::builtins::arg_f64(vm, v) {
                    Ok(x) => x,
                    Err(e) if e.matches(&crate::runtime::types::types().overflow_error) => return Err(e),
                    Err(_) => match pack_int(vm, v) {
                        Ok(i) => i.to_f64().unwrap_or(f64::INFINITY),
                        Err(_) => return Err(struct_error("required argument is not a float")),
                    },
                },
                _ => return Err(struct_error("required argument is not a float")),
            };
            let bits: u64 = match code {
                b'e' => f64_to_half(x).ok_or_else(|| overflow_error("float too large to pack with e format"))? as u64,
                b'f' => {
                    let y = x as f32;
                    if y.is_infinite() && x.is_finite() && !native {
                        return Err(overflow_error("float too large to pack with f format"));
                    }
                    y.to_bits() as u64
                }
                _ => x.to_bits(),
            };
            out.extend(encode_int_bytes(bits, size, little));
        }
        _ => {
            let i = pack_int(vm, v)?;
            let out_of_range = || struct_error("argument out of range");
            let bits: u64 = match code {
                b'b' | b'h' | b'B' | b'H' => {
                    let n = i.to_i64().ok_or_else(out_of_range)? as i128;
                    let (lo, hi) = match code {
                        b'b' => (-128, 127),
                        b'B' => (0, 255),
                        b'h' => (-32768, 32767),
                        _ => (0, 65535),
                    };
                    if n < lo || n > hi {
                        return Err(range_error(code, lo, hi));
                    }
                    n as u64
                }
                b'P' => match i.to_i64() {
                    Some(n) => n as u64,
                    None => i.to_u64().ok_or_else(out_of_range)?,
                },
                c if c.is_ascii_lowercase() => {
                    let n = i.to_i64().ok_or_else(out_of_range)?;
                    if size < 8 {
                        let hi = (1i64 << (8 * size - 1)) - 1;
                        let lo = -hi - 1;
                        if n < lo || n > hi {
                            return Err(range_error(code, lo as i128, hi as i128));
                        }
                    }
                    n as u64
                }
                _ => {
                    if i.is_negative() {
                        return Err(out_of_range());
                    }
                    let n = i.to_u64().ok_or_else(out_of_range)?;
                    if size < 8 && n >= 1u64 << (8 * size) {
                        return Err(range_error(code, 0, ((1u64 << (8 * size)) - 1) as i128));
                    }
                    n
                }
            };
            out.extend(encode_int_bytes(bits, size, little));
        }
    }
    Ok(())
}

/// Packs `values` by `layout`.
fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Value]) -> PyResult<Vec<u8>> {
    if values.len() != layout.items {
        return Err(struct_error(format!("pack expected {} items for packing (got {})", layout.items, values.len())));
    }
    let little = layout.little();
    let native = layout.mode == Mode::Native;
    let mut out = Vec::with_capacity(layout.size);
    let mut vi = 0;
    for f in &layout.fields {
        out.resize(f.offset, 0);
        match f.code {
            b'x' => out.resize(f.offset + f.count, 0),
            b's' | b'p' => {
                let v = &values[vi];
                vi += 1;
                let data = match v {
                    Value::Other(o) if matches!(&**o, Other::Bytes(_) | Other::ByteArray(_)) => as_bytes(v).unwrap(),
                    _ => return Err(struct_error(format!("argument for '{}' must be a bytes object", f.code as char))),
                };
                if f.code == b's' {
                    let n = data.len().min(f.count);
                    out.extend_from_slice(&data[..n]);
                    out.resize(f.offset + f.count, 0);
                } else if f.count > 0 {
                    let n = data.len().min(f.count - 1);
                    out.push(n.min(255) as u8);
                    out.extend_from_slice(&data[..n]);
                    out.resize(f.offset + f.count, 0);
                }
            }
            _ => {
                for _ in 0..f.count {
                    pack_one(vm, f.code, f.size, little, native, &values[vi], &mut out)?;
                    vi += 1;
                }
            }
        }
    }
    out.resize(layout.size, 0);
    Ok(out)
}

/// Unpacks `data` (exactly `layout.size` bytes).
fn unpack_values(layout: &Layout, data: &[u8]) -> Value {
    let little = layout.little();
    let mut out = Vec::with_capacity(layout.items);
    for f in &layout.fields {
        match f.code {
            b'x' => {}
            b's' => out.push(bytes_val(data[f.offset..f.offset + f.count].to_vec())),
            b'p' => {
                if f.count == 0 {
                    out.push(bytes_val(Vec::new()));
                } else {
                    let n = (data[f.offset] as usize).min(f.count - 1);
                    out.push(bytes_val(data[f.offset + 1..f.offset + 1 + n].to_vec()));
                }
            }
            code => {
                for k in 0..f.count {
                    let at = f.offset + k * f.size;
                    out.push(decode_item(code, &data[at..at + f.size], little));
                }
            }
        }
    }
    Value::tuple(out)
}

// ---- module functions ----

fn buffer_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    as_bytes(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", vm.type_of(v).name.as_str())))
}

fn do_pack(vm: &mut Vm, layout: &Layout, values: &[Value]) -> PyResult<Value> {
    Ok(bytes_val(pack_values(vm, layout, values)?))
}

fn do_unpack(vm: &mut Vm, layout: &Layout, buf: &Value) -> PyResult<Value> {
    let data = buffer_bytes(vm, buf)?;
    if data.len() != layout.size {
        return Err(struct_error(format!("unpack requires a buffer of {} bytes", layout.size)));
    }
    Ok(unpack_values(layout, &data))
}

fn do_unpack_from(vm: &mut Vm, layout: &Layout, buf: &Value, offset: Option<&Value>) -> PyResult<Value> {
    let data = buffer_bytes(vm, buf)?;
    let mut off = match offset {
        Some(v) => crate::builtins::arg_int(vm, v)?,
        None => 0,
    };
    let len = data.len() as i64;
    if off < 0 {
        if off + len < 0 {
            return Err(struct_error(format!("offset {} out of range for {}-byte buffer", off, len)));
        }
        off += len;
    }
    let off = off as usize;
    if data.len() < off || data.len() - off < layout.size {
        return Err(struct_error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            layout.size + off,
            layout.size,
            off,
            data.len()
        )));
    }
    Ok(unpack_values(layout, &data[off..off + layout.size]))
}

fn do_pack_into(vm: &mut Vm, layout: &Layout, buf: &Value, offset: &Value, values: &[Value]) -> PyResult<Value> {
    let packed = pack_values(vm, layout, values)?;
    let Value::Other(o) = buf else {
        return Err(type_error(format!("argument must be read-write bytes-like object, not {}", vm.type_of(buf).name.as_str())));
    };
    let Other::ByteArray(cell) = &**o else {
        return Err(type_error(format!("argument must be read-write bytes-like object, not {}", vm.type_of(buf).name.as_str())));
    };
    let mut off = crate::builtins::arg_int(vm, offset)?;
    let len = cell.borrow().len() as i64;
    if off < 0 {
        if off + len < 0 {
            return Err(struct_error(format!("offset {} out of range for {}-byte buffer", off, len)));
        }
        off += len;
    }
    let off = off as usize;
    if (len as usize) < off || (len as usize) - off < layout.size {
        if off as i64 > len {
            return Err(struct_error(format!("offset {} out of range for {}-byte buffer", off, len)));
        }
        return Err(struct_error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            layout.size + off,
            layout.size,
            off,
            len
        )));
    }
    cell.borrow_mut()[off..off + layout.size].copy_from_slice(&packed);
    Ok(Value::None)
}

/// The iterator of `iter_unpack`.
struct IterUnpack {
    layout: Rc<Layout>,
    data: Vec<u8>,
    pos: usize,
}

impl NativeIter for IterUnpack {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.pos + self.layout.size > self.data.len() {
            return Ok(None);
        }
        let v = unpack_values(&self.layout, &self.data[self.pos..self.pos + self.layout.size]);
        self.pos += self.layout.size;
        Ok(Some(v))
    }
    fn class(&self) -> &'static Rc<Class> {
        native_class("_struct.unpack_iterator")
    }
}

fn do_iter_unpack(vm: &mut Vm, layout: Rc<Layout>, buf: &Value) -> PyResult<Value> {
    let data = buffer_bytes(vm, buf)?;
    if layout.size == 0 {
        return Err(struct_error("cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % layout.size != 0 {
        return Err(struct_error(format!("iterative unpacking requires a buffer of a multiple of {} bytes", layout.size)));
    }
    Ok(iter_value(IterUnpack { layout, data, pos: 0 }))
}

fn need_format<'a>(fname: &str, args: &'a [Value], min: usize) -> PyResult<&'a Value> {
    if args.len() < min {
        return Err(type_error(format!("{} expected at least {} argument{}, got {}", fname, min, if min == 1 { "" } else { "s" }, args.len())));
    }
    Ok(&args[0])
}

fn f_pack(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let layout = layout_of(vm, "Struct", need_format("pack", args, 1)?)?;
    do_pack(vm, &layout, &args[1..])
}

fn f_unpack(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("unpack", args, 2, 2)?;
    let layout = layout_of(vm, "Struct", &args[0])?;
    do_unpack(vm, &layout, &args[1])
}

fn f_unpack_from(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("unpack_from", args, kwargs, &["format", "buffer", "offset"], 2, 3)?;
    let layout = layout_of(vm, "Struct", a[0].as_ref().unwrap())?;
    do_unpack_from(vm, &layout, a[1].as_ref().unwrap(), a[2].as_ref())
}

fn f_pack_into(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let layout = layout_of(vm, "Struct", need_format("pack_into", args, 3)?)?;
    do_pack_into(vm, &layout, &args[1], &args[2], &args[3..])
}

fn f_iter_unpack(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("iter_unpack", args, 2, 2)?;
    let layout = layout_of(vm, "Struct", &args[0])?;
    do_iter_unpack(vm, layout, &args[1])
}

fn f_calcsize(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("calcsize", args, 1, 1)?;
    Ok(Value::Int(layout_of(vm, "Struct", &args[0])?.size as i64))
}

fn f_clearcache(_vm: &mut Vm, _args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}

// ---- Struct objects ----

struct StructObj {
    layout: Rc<Layout>,
    format: Value,
}

fn struct_obj(v: &Value) -> PyResult<&StructObj> {
    payload::<StructObj>(v).ok_or_else(|| type_error("descriptor requires a '_struct.Struct' object"))
}

fn s_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("Struct", &args[1..], kwargs, &["format"], 1, 1)?;
    let fmt = a[0].clone().unwrap();
    let layout = layout_of(vm, "Struct", &fmt)?;
    let format = match &fmt {
        Value::Str(_) => fmt.clone(),
        _ => Value::string(String::from_utf8_lossy(&as_bytes(&fmt).unwrap()).into_owned()),
    };
    let cls = super::native::new_target(args, struct_class());
    Ok(new_native_instance(&cls, Box::new(StructObj { layout, format })))
}

fn s_init(_vm: &mut Vm, _args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

fn s_pack(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let layout = struct_obj(&args[0])?.layout.clone();
    do_pack(vm, &layout, &args[1..])
}

fn s_unpack(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("unpack", &args[1..], 1, 1)?;
    let layout = struct_obj(&args[0])?.layout.clone();
    do_unpack(vm, &layout, &args[1])
}

fn s_unpack_from(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("unpack_from", &args[1..], kwargs, &["buffer", "offset"], 1, 2)?;
    let layout = struct_obj(&args[0])?.layout.clone();
    do_unpack_from(vm, &layout, a[0].as_ref().unwrap(), a[1].as_ref())
}

fn s_pack_into(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if args.len() < 3 {
        return Err(type_error(format!("pack_into expected at least 2 arguments, got {}", args.len() - 1)));
    }
    let layout = struct_obj(&args[0])?.layout.clone();
    do_pack_into(vm, &layout, &args[1], &args[2], &args[3..])
}

fn s_iter_unpack(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("iter_unpack", &args[1..], 1, 1)?;
    let layout = struct_obj(&args[0])?.layout.clone();
    do_iter_unpack(vm, layout, &args[1])
}

fn s_format(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(struct_obj(&args[0])?.format.clone())
}

fn s_size(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(struct_obj(&args[0])?.layout.size as i64))
}

fn struct_class() -> &'static Rc<Class> {
    native_class_any("_struct.Struct")
}

fn native_class_any(key: &'static str) -> &'static Rc<Class> {
    super::native::native_class_with(key, NativeKind::Any)
}

/// Fills the `struct` module.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) {
    let cls = struct_class();
    if cls.dict.get_str(&intern("pack")).is_none() {
        let methods: &[(&'static str, NativeFn)] = &[
            ("__new__", s_new),
            ("__init__", s_init),
            ("pack", s_pack),
            ("unpack", s_unpack),
            ("unpack_from", s_unpack_from),
            ("pack_into", s_pack_into),
            ("iter_unpack", s_iter_unpack),
        ];
        for (n, f) in methods {
            add_method(cls, n, *f);
        }
        for (n, getter) in [("format", s_format as NativeFn), ("size", s_size)] {
            let fget = Value::Builtin(Rc::new(Builtin { name: n, func: getter, owner: Some("Struct") }));
            let prop = Other::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
            cls.dict.set_str(&intern(n), Value::Other(Rc::new(prop)));
        }
        cls.modified();
    }
    set(d, "Struct", Value::Class(cls.clone()));
    crate::modules::add_fns(
        d,
        &[
            ("pack", f_pack),
            ("unpack", f_unpack),
            ("unpack_from", f_unpack_from),
            ("pack_into", f_pack_into),
            ("iter_unpack", f_iter_unpack),
            ("calcsize", f_calcsize),
            ("_clearcache", f_clearcache),
        ],
    );
    run_source(vm, d, "<frozen struct>", "class error(Exception):\n    pass\n\nerror.__module__ = 'struct'\n");
    if let Some(e) = d.get_str(&intern("error")) {
        ERROR.with(|c| *c.borrow_mut() = Some(e));
    }
}
