//! `complex` numbers: CPython's arithmetic algorithms (`_Py_c_quot`,
//! `_Py_c_pow`, `c_powi`), comparison, hashing, repr, `format()` and the
//! `complex(...)` constructor.

use std::rc::Rc;

use super::errors::*;
use super::{PyResult, Vm};
use crate::bytecode::BinOp;
use crate::runtime::int::bigint_to_f64;
use crate::runtime::numfmt;
use crate::runtime::objects::*;
use crate::runtime::types::types;
use crate::runtime::value::Value;

/// A complex value as a pair of floats.
pub type C = (f64, f64);

/// Builds a `complex` value.
pub fn complex(re: f64, im: f64) -> Value {
    Value::Other(Rc::new(Other::Complex { re, im }))
}

/// The parts of a `complex` value.
#[inline]
pub fn as_complex(v: &Value) -> Option<C> {
    match v {
        Value::Other(o) => match &**o {
            Other::Complex { re, im } => Some((*re, *im)),
            _ => None,
        },
        _ => None,
    }
}

/// True for `complex` values.
#[inline]
pub fn is_complex(v: &Value) -> bool {
    as_complex(v).is_some()
}

/// A real number operand widened to complex (`None` for non-numbers).
fn real_operand(v: &Value) -> Option<PyResult<C>> {
    Some(Ok(match v {
        Value::Int(i) => (*i as f64, 0.0),
        Value::Bool(b) => (b.get() as i64 as f64, 0.0),
        Value::Float(f) => (f.get(), 0.0),
        Value::BigInt(b) => match bigint_to_f64(b) {
            Some(f) => (f, 0.0),
            None => return Some(Err(overflow_error("int too large to convert to float"))),
        },
        _ => return as_complex(v).map(Ok),
    }))
}

/// An operand of `BINARY_OP_COMPLEX`: a complex, a float, or an int that
/// converts to a float exactly (what CPython's widening gives then too).
#[inline(always)]
fn fast_operand(v: &Value) -> Option<C> {
    match v {
        Value::Float(f) => Some((f.get(), 0.0)),
        Value::Int(i) if i.unsigned_abs() < 1 << 53 => Some((*i as f64, 0.0)),
        _ => as_complex(v),
    }
}

/// `BINARY_OP_COMPLEX`: `a op b` for `+ - * /` when either operand is
/// complex and the other a complex, float or small int; `None` for
/// anything else (other types or operators, division by zero), which the
/// generic instruction then handles with its errors.
pub fn complex_binary_fast(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    if !is_complex(a) && !is_complex(b) {
        return None;
    }
    let (x, y) = (fast_operand(a)?, fast_operand(b)?);
    let r = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mul => c_prod(x, y),
        BinOp::TrueDiv => c_quot(x, y)?,
        _ => return None,
    };
    Some(complex(r.0, r.1))
}

/// Whether `BINARY_OP_COMPLEX` takes these operands (see [`complex_binary_fast`]).
pub fn complex_binary_fits(op: BinOp, a: &Value, b: &Value) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv)
        && (is_complex(a) || is_complex(b))
        && fast_operand(a).is_some()
        && fast_operand(b).is_some()
}

/// `a * b`.
pub fn c_prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` (CPython's `_Py_c_quot`); `None` on division by zero.
pub fn c_quot(a: C, b: C) -> Option<C> {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** b` (CPython's `_Py_c_pow`); `Err(())` for zero to a negative or complex power.
pub fn c_pow(a: C, b: C) -> Result<C, ()> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(());
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn c_powu(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

fn c_powi(x: C, n: i64) -> Result<C, ()> {
    if !(-100..=100).contains(&n) {
        c_pow(x, (n as f64, 0.0))
    } else if n > 0 {
        Ok(c_powu(x, n))
    } else {
        c_quot((1.0, 0.0), c_powu(x, -n)).ok_or(())
    }
}

/// `a ** b` as `complex.__pow__` computes it, with its errors.
pub fn complex_pow(a: C, b: C) -> PyResult<C> {
    let int_exp = b.0 as i64;
    let r = if b.1 == 0.0 && b.0 == int_exp as f64 { c_powi(a, int_exp) } else { c_pow(a, b) };
    let r = r.map_err(|_| zero_division_error("0.0 to a negative or complex power"))?;
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(overflow_error("complex exponentiation"));
    }
    Ok(r)
}

/// `abs(z)` (CPython's `_Py_c_abs` plus the overflow check).
pub fn complex_abs(z: C) -> PyResult<f64> {
    let r = if z.0.is_infinite() || z.1.is_infinite() {
        f64::INFINITY
    } else if z.0.is_nan() || z.1.is_nan() {
        f64::NAN
    } else {
        z.0.hypot(z.1)
    };
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(r)
}

/// Float text as complex repr uses it (`repr` without a trailing `.0`).
fn part_repr(x: f64) -> String {
    let s = numfmt::float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_owned(),
        None => s,
    }
}

/// `repr(z)` exactly as CPython.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", part_repr(im))
    } else {
        let mut i = part_repr(im);
        if !i.starts_with('-') {
            i.insert(0, '+');
        }
        format!("({}{}j)", part_repr(re), i)
    }
}

/// `format(z, spec)` as `complex.__format__`.
pub fn complex_format(re: f64, im: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let fs = numfmt::parse_format_spec_for(spec, "complex").map_err(value_error)?;
    if fs.zero && fs.fill.is_none() {
        return Err(value_error("Zero padding is not allowed in complex format specifier"));
    }
    if fs.align == Some('=') {
        return Err(value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let ty = fs.ty;
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(value_error(format!("Unknown format code '{}' for object of type 'complex'", t)));
        }
    }
    let (skip_re, parens) = if ty.is_none() { (re == 0.0 && re.is_sign_positive(), true) } else { (false, false) };
    let part = |x: f64, force_sign: bool| -> PyResult<String> {
        let mut s = match (ty, fs.precision) {
            (None, None) => {
                let mut t = part_repr(x);
                if fs.sign == Some('+') && !t.starts_with('-') {
                    t.insert(0, '+');
                } else if fs.sign == Some(' ') && !t.starts_with('-') {
                    t.insert(0, ' ');
                }
                t
            }
            _ => {
                let sub = numfmt::FormatSpec {
                    sign: fs.sign,
                    alternate: fs.alternate,
                    grouping: fs.grouping,
                    precision: fs.precision,
                    ty: Some(match ty {
                        None | Some('n') => 'g',
                        Some(t) => t,
                    }),
                    ..Default::default()
                };
                numfmt::format_float(x, &sub).map_err(value_error)?
            }
        };
        if force_sign && !s.starts_with('-') && !s.starts_with('+') {
            if s.starts_with(' ') {
                s.remove(0);
            }
            s.insert(0, '+');
        }
        Ok(s)
    };
    let body = if skip_re {
        format!("{}j", part(im, false)?)
    } else {
        let r = part(re, false)?;
        let i = part(im, true)?;
        if parens {
            format!("({}{}j)", r, i)
        } else {
            format!("{}{}j", r, i)
        }
    };
    Ok(numfmt::pad(&body, &fs, '>'))
}

/// Scans a float prefix as `strtod` would; returns its length.
fn float_prefix(s: &[u8]) -> usize {
    let mut i = 0;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    let rest = &s[i..];
    let lower: Vec<u8> = rest.iter().take(8).map(|c| c.to_ascii_lowercase()).collect();
    if lower.starts_with(b"infinity") {
        return i + 8;
    }
    if lower.starts_with(b"inf") || lower.starts_with(b"nan") {
        return i + 3;
    }
    let start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let mut digits = i > start;
    if i < s.len() && s[i] == b'.' {
        let d0 = i + 1;
        let mut j = d0;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > d0 || digits {
            digits = true;
            i = j;
        }
    }
    if !digits {
        return 0;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let d0 = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > d0 {
            i = j;
        }
    }
    i
}

fn parse_prefix(s: &[u8], n: usize) -> f64 {
    let t = std::str::from_utf8(&s[..n]).unwrap_or("0");
    numfmt::parse_float(t).unwrap_or(0.0)
}

/// Parses `complex("1+2j")`; `None` when malformed.
pub fn parse_complex(text: &str) -> Option<C> {
    let mut t = text.trim();
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')')?.trim();
    }
    let t = if t.contains('_') {
        // Underscores only between digits, as in float literals.
        let b = t.as_bytes();
        for (i, c) in b.iter().enumerate() {
            if *c == b'_' && !(i > 0 && i + 1 < b.len() && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit()) {
                return None;
            }
        }
        t.replace('_', "")
    } else {
        t.to_owned()
    };
    let s = t.as_bytes();
    let (mut x, mut y) = (0.0, 0.0);
    let mut i;
    let n = float_prefix(s);
    if n > 0 {
        let z = parse_prefix(s, n);
        i = n;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            x = z;
            let m = float_prefix(&s[i..]);
            if m > 0 {
                y = parse_prefix(&s[i..], m);
                i += m;
            } else {
                y = if s[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !(i < s.len() && (s[i] == b'j' || s[i] == b'J')) {
                return None;
            }
            i += 1;
        } else if i < s.len() && (s[i] == b'j' || s[i] == b'J') {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        i = 0;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            y = if s[i] == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            y = 1.0;
        }
        if !(i < s.len() && (s[i] == b'j' || s[i] == b'J')) {
            return None;
        }
        i += 1;
    }
    if i != s.len() {
        return None;
    }
    Some((x, y))
}

impl Vm {
    /// Arithmetic where at least one operand is complex; `None` otherwise
    /// (or for operators complex does not support).
    pub fn complex_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if !is_complex(a) && !is_complex(b) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (real_operand(a), real_operand(b)) else {
            return Ok(None);
        };
        let (x, y) = (x?, y?);
        let r = match op {
            BinOp::Add => (x.0 + y.0, x.1 + y.1),
            BinOp::Sub => (x.0 - y.0, x.1 - y.1),
            BinOp::Mul => c_prod(x, y),
            BinOp::TrueDiv => c_quot(x, y).ok_or_else(|| zero_division_error("complex division by zero"))?,
            BinOp::Pow => complex_pow(x, y)?,
            _ => return Ok(None),
        };
        Ok(Some(complex(r.0, r.1)))
    }

    /// `a == b` when one side is complex (`None` when neither is).
    pub fn complex_eq(&mut self, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let (z, other) = match (as_complex(a), as_complex(b)) {
            (Some(x), Some(y)) => return Ok(Some(x.0 == y.0 && x.1 == y.1)),
            (Some(x), None) => (x, b),
            (None, Some(y)) => (y, a),
            (None, None) => return Ok(None),
        };
        match other {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => {
                if z.1 != 0.0 {
                    return Ok(Some(false));
                }
                Ok(Some(self.eq(&Value::float(z.0), other)?))
            }
            _ => Ok(Some(false)),
        }
    }

    /// `hash(z)` as CPython.
    pub fn complex_hash(&mut self, v: &Value, z: C) -> PyResult<i64> {
        let part = |vm: &mut Vm, x: f64| -> PyResult<i64> {
            if x.is_nan() {
                Ok((v.heap_ptr().unwrap_or(0) >> 4) as i64)
            } else {
                vm.hash(&Value::float(x))
            }
        };
        let hr = part(self, z.0)? as u64;
        let hi = part(self, z.1)? as u64;
        let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
        Ok(if h == -1 { -2 } else { h })
    }

    /// Converts an argument to complex as `PyComplex_AsCComplex` (complex,
    /// `__complex__`, then real numbers).
    pub fn to_complex(&mut self, v: &Value) -> PyResult<C> {
        if let Some(z) = as_complex(v) {
            return Ok(z);
        }
        if let Value::Instance(_) = v {
            if let Some(m) = self.lookup_special(v, "__complex__") {
                let r = self.call_value(&m, std::slice::from_ref(v), &[])?;
                return as_complex(&r).ok_or_else(|| {
                    type_error(format!("__complex__ returned non-complex (type {})", self.type_of(&r).name.as_str()))
                });
            }
        }
        Ok((crate::builtins::arg_f64(self, v)?, 0.0))
    }
}

/// `complex(real=0, imag=0)` / `complex("1+2j")`.
pub fn complex_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::only_kwargs("complex", kwargs, &["real", "imag"])?;
    let args = &args[1.min(args.len())..];
    if args.len() > 2 {
        return Err(type_error(format!("complex() takes at most 2 arguments ({} given)", args.len())));
    }
    let mut r = args.first().cloned();
    let mut i = args.get(1).cloned();
    for (k, v) in kwargs {
        let slot = if k.as_str() == "real" { &mut r } else { &mut i };
        if slot.is_some() {
            return Err(type_error(format!(
                "argument for complex() given by name ('{}') and position ({})",
                k.as_str(),
                if k.as_str() == "real" { 1 } else { 2 }
            )));
        }
        *slot = Some(v.clone());
    }
    let Some(r) = r else {
        let im = match &i {
            None => 0.0,
            Some(v) => imag_arg(vm, v)?.0,
        };
        return Ok(complex(0.0, im));
    };
    if let Value::Str(s) = &r {
        if i.is_some() {
            return Err(type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(s.as_str()) {
            Some((re, im)) => Ok(complex(re, im)),
            None => Err(value_error("complex() arg is a malformed string")),
        };
    }
    if let Some(Value::Str(_)) = &i {
        return Err(type_error("complex() second arg can't be a string"));
    }
    if is_complex(&r) && i.is_none() {
        return Ok(r);
    }
    let (cr, cr_is_complex) = match &r {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => (crate::builtins::arg_f64(vm, &r)?, 0.0f64),
        Value::Instance(_) => {
            let z = vm.to_complex(&r).map_err(|_| {
                type_error(format!("complex() first argument must be a string or a number, not '{}'", vm.type_of(&r).name.as_str()))
            })?;
            (z.0, z.1)
        }
        _ => match as_complex(&r) {
            Some(z) => z,
            None => {
                return Err(type_error(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    vm.type_of(&r).name.as_str()
                )))
            }
        },
    };
    let r_is_complex = !matches!(r, Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_));
    let (mut re, cr_im) = (cr, cr_is_complex);
    let mut im = cr_im;
    if let Some(iv) = &i {
        let (ir, ii) = imag_arg(vm, iv)?;
        if is_complex(iv) {
            re -= ii;
        }
        im = if r_is_complex { ir + cr_im } else { ir };
    }
    Ok(complex(re, im))
}

fn imag_arg(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Some(z) = as_complex(v) {
        return Ok(z);
    }
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Instance(_) => {
            Ok((crate::builtins::arg_f64(vm, v).map_err(|_| {
                type_error(format!("complex() second argument must be a number, not '{}'", vm.type_of(v).name.as_str()))
            })?, 0.0))
        }
        _ => Err(type_error(format!("complex() second argument must be a number, not '{}'", vm.type_of(v).name.as_str()))),
    }
}

fn self_complex(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<C> {
    match args.first().and_then(as_complex) {
        Some(z) => Ok(z),
        None => Err(type_error(format!(
            "descriptor '{}' for 'complex' objects doesn't apply to a '{}' object",
            name,
            args.first().map(|v| vm.type_of(v).name.as_str().to_owned()).unwrap_or_default()
        ))),
    }
}

fn conjugate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs("conjugate", kwargs)?;
    let z = self_complex(vm, args, "conjugate")?;
    crate::builtins::check_count("conjugate", &args[1..], 0, 0)?;
    Ok(complex(z.0, -z.1))
}

fn dunder_format(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let z = self_complex(vm, args, "__format__")?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        _ => return Err(type_error("__format__() argument must be str")),
    };
    Ok(Value::string(complex_format(z.0, z.1, &spec)?))
}

fn getnewargs(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let z = self_complex(vm, args, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::float(z.0), Value::float(z.1)]))
}

/// Registers the constructor and methods of `complex`.
pub fn register() {
    let t = types();
    crate::builtins::add_method(&t.complex, "__new__", complex_new);
    crate::builtins::add_method(&t.complex, "conjugate", conjugate);
    crate::builtins::add_method(&t.complex, "__format__", dunder_format);
    crate::builtins::add_method(&t.complex, "__getnewargs__", getnewargs);
}
