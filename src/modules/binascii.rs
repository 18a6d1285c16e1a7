//! The `binascii` module: hex and base64 conversions and CRCs, with
//! CPython's `binascii.Error` messages (what `base64` is built on).

use std::cell::RefCell;
use std::rc::Rc;

use super::native::{bind, run_source};
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::value::Value;
use crate::vm::bytes::{as_bytes, bytes_val};
use crate::vm::errors::*;
use crate::vm::{PyErr, PyResult, Vm};

thread_local! {
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn error(msg: impl Into<String>) -> PyErr {
    match ERROR.with(|c| c.borrow().clone()) {
        Some(Value::Class(c)) => PyErr::new(&c, msg),
        _ => value_error(msg),
    }
}

/// The bytes of a `binascii` argument: bytes-like, or (for the a2b
/// functions) an ASCII str.
fn data_arg(vm: &Vm, v: &Value, allow_str: bool) -> PyResult<Vec<u8>> {
    if let Value::Str(s) = v {
        if allow_str {
            if !s.is_ascii() {
                return Err(value_error("string argument should contain only ASCII characters"));
            }
            return Ok(s.as_str().as_bytes().to_vec());
        }
        return Err(type_error(format!("a bytes-like object is required, not '{}'", vm.type_of(v).name.as_str())));
    }
    as_bytes(v).ok_or_else(|| {
        if allow_str {
            type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", vm.type_of(v).name.as_str()))
        } else {
            type_error(format!("a bytes-like object is required, not '{}'", vm.type_of(v).name.as_str()))
        }
    })
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 of `data` (padded).
pub fn b64_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 { B64[(n >> 6) as usize & 63] } else { b'=' });
        out.push(if chunk.len() > 2 { B64[n as usize & 63] } else { b'=' });
    }
    out
}

fn b64_value(c: u8) -> Option<u8> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    })
}

/// Decodes base64 by CPython's rules: in the default mode characters
/// outside the alphabet are skipped and decoding stops at complete
/// padding; `strict` refuses both.
fn b64_decode(data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad = 0;
    let mut left: u32 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    let mut chars = 0usize;
    if strict && data.first() == Some(&b'=') {
        return Err(error("Leading padding not allowed"));
    }
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        i += 1;
        if c == b'=' {
            padding_started = true;
            pads += 1;
            if quad >= 2 && quad + pads >= 4 {
                if strict && i < data.len() {
                    return Err(error("Excess data after padding"));
                }
                return Ok(out);
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error("Discontinuous padding not allowed"));
        }
        chars += 1;
        let v = v as u32;
        match quad {
            0 => {
                left = v;
                quad = 1;
            }
            1 => {
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0xf;
                quad = 2;
            }
            2 => {
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 3;
                quad = 3;
            }
            _ => {
                out.push(((left << 6) | v) as u8);
                quad = 0;
            }
        }
    }
    if quad != 0 {
        if quad == 1 {
            return Err(error(format!("Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4", chars)));
        }
        return Err(error("Incorrect padding"));
    }
    Ok(out)
}

fn b2a_base64(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("b2a_base64", args, kwargs, &["data", "newline"], 1, 1)?;
    let data = data_arg(vm, a[0].as_ref().unwrap(), false)?;
    let mut out = b64_encode(&data);
    let newline = match &a[1] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if newline {
        out.push(b'\n');
    }
    Ok(bytes_val(out))
}

fn a2b_base64(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("a2b_base64", args, kwargs, &["data", "strict_mode"], 1, 1)?;
    let data = data_arg(vm, a[0].as_ref().unwrap(), true)?;
    let strict = match &a[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(bytes_val(b64_decode(&data, strict)?))
}

/// Hex digits of `data`, with `sep` every `per_sep` bytes (counted from
/// the right when positive, as CPython does).
fn hex_with_sep(data: &[u8], sep: Option<u8>, per_sep: i64) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per_sep.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if per_sep > 0 { (n - i) % group == 0 } else { i % group == 0 };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn hexlify(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("hexlify", args, kwargs, &["data", "sep", "bytes_per_sep"], 1, 3)?;
    let data = data_arg(vm, a[0].as_ref().unwrap(), false)?;
    let sep = match &a[1] {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) if s.as_str().len() == 1 && s.is_ascii() => Some(s.as_str().as_bytes()[0]),
        Some(v) => match as_bytes(v) {
            Some(b) if b.len() == 1 => Some(b[0]),
            _ => return Err(value_error("sep must be length 1.")),
        },
    };
    let per = match &a[2] {
        Some(v) => crate::builtins::arg_int(vm, v)?,
        None => 1,
    };
    Ok(bytes_val(hex_with_sep(&data, sep, per)))
}

fn unhexlify(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("unhexlify", args, kwargs, &["hexstr"], 1, 1)?;
    let data = data_arg(vm, a[0].as_ref().unwrap(), true)?;
    if data.len() % 2 != 0 {
        return Err(error("Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error("Non-hexadecimal digit found")),
        }
    }
    Ok(bytes_val(out))
}

/// CRC-32 (zlib's) continuing from `value`.
pub fn crc32_update(value: u32, data: &[u8]) -> u32 {
    let mut crc = value;
    for chunk in data.chunks(1 << 30) {
        // SAFETY: zlib reads `len` bytes from a valid slice.
        crc = unsafe { libz_sys::crc32(crc as _, chunk.as_ptr(), chunk.len() as u32) } as u32;
    }
    crc
}

/// The unsigned 32-bit start value of a checksum argument.
pub fn start_value(vm: &mut Vm, v: Option<&Value>, default: u32) -> PyResult<u32> {
    Ok(match v {
        None => default,
        Some(Value::Int(i)) => *i as u32,
        Some(Value::BigInt(b)) => {
            let m = &**b % num_bigint::BigInt::from(1u64 << 32);
            let m = if m < num_bigint::BigInt::from(0) { m + num_bigint::BigInt::from(1u64 << 32) } else { m };
            u32::try_from(&m).unwrap_or(0)
        }
        Some(v) => crate::builtins::arg_int(vm, v)? as u32,
    })
}

fn crc32(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("crc32", args, kwargs, &["data", "crc"], 1, 2)?;
    let data = data_arg(vm, a[0].as_ref().unwrap(), false)?;
    let start = start_value(vm, a[1].as_ref(), 0)?;
    Ok(Value::Int(crc32_update(start, &data) as i64))
}

fn crc_hqx(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("crc_hqx", args, kwargs, &["data", "crc"], 2, 2)?;
    let data = data_arg(vm, a[0].as_ref().unwrap(), false)?;
    let mut crc = (crate::builtins::arg_int(vm, a[1].as_ref().unwrap())? & 0xffff) as u16;
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    Ok(Value::Int(crc as i64))
}

/// Fills the `binascii` module.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) {
    crate::modules::add_fns(
        d,
        &[
            ("b2a_base64", b2a_base64),
            ("a2b_base64", a2b_base64),
            ("hexlify", hexlify),
            ("b2a_hex", hexlify),
            ("unhexlify", unhexlify),
            ("a2b_hex", unhexlify),
            ("crc32", crc32),
            ("crc_hqx", crc_hqx),
        ],
    );
    run_source(
        vm,
        d,
        "<frozen binascii>",
        "class Error(ValueError):\n    pass\n\nclass Incomplete(Exception):\n    pass\n\nError.__module__ = Incomplete.__module__ = 'binascii'\n",
    );
    if let Some(e) = d.get_str(&intern("Error")) {
        ERROR.with(|c| *c.borrow_mut() = Some(e));
    }
}
