//! The `math` module.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::add_fns;
use crate::builtins::{arg_f64, check_count, no_kwargs, set};
use crate::runtime::int::to_bigint;
use crate::runtime::objects::*;
use crate::runtime::value::{B64, Value};
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// Fills the module namespace.
pub fn fill(d: &PyDict) {
    set(d, "pi", Value::float(std::f64::consts::PI));
    set(d, "e", Value::float(std::f64::consts::E));
    set(d, "tau", Value::float(std::f64::consts::TAU));
    set(d, "inf", Value::float(f64::INFINITY));
    set(d, "nan", Value::float(f64::NAN));
    add_fns(
        d,
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("log1p", log1p),
            ("expm1", expm1),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("pow", pow),
            ("fabs", fabs),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("hypot", hypot),
            ("degrees", degrees),
            ("radians", radians),
            ("copysign", copysign),
            ("fmod", fmod),
            ("isnan", isnan),
            ("isinf", isinf),
            ("isfinite", isfinite),
            ("isclose", isclose),
            ("gcd", gcd),
            ("lcm", lcm),
            ("factorial", factorial),
            ("isqrt", isqrt),
            ("comb", comb),
            ("perm", perm),
            ("fsum", fsum),
            ("prod", prod),
            ("modf", modf),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("dist", dist),
            ("erf", erf),
            ("erfc", erfc),
            ("gamma", gamma),
            ("lgamma", lgamma),
            ("cbrt", cbrt),
            ("exp2", exp2),
            ("remainder", remainder),
            ("nextafter", nextafter),
            ("ulp", ulp),
        ],
    );
}

fn one(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<f64> {
    no_kwargs(name, kwargs)?;
    check_count(name, args, 1, 1)?;
    arg_f64(vm, &args[0])
}

/// Checks a libm result like CPython's math_1: NaN from a non-NaN input is a
/// domain error, infinity from a finite input is a range error.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { overflow_error("math range error") } else { value_error("math domain error") });
    }
    Ok(Value::float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
                let x = one(vm, stringify!($name), args, kwargs)?;
                let f: fn(f64) -> f64 = $f;
                checked(x, f(x), $overflow)
            }
        )*
    };
}

unary! {
    exp => f64::exp, true;
    expm1 => f64::exp_m1, true;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => c_asinh, false;
    acosh => c_acosh, false;
    fabs => f64::abs, false;
    degrees => f64::to_degrees, true;
    radians => f64::to_radians, false;
    erf => c_erf, false;
    erfc => c_erfc, false;
    cbrt => libc_cbrt, false;
    exp2 => f64::exp2, true;
}

mod libm_c {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
    }
}

/// The C library's asinh (Rust's f64::asinh uses its own formula).
fn c_asinh(x: f64) -> f64 {
    // SAFETY: a pure libm function on doubles.
    unsafe { libm_c::asinh(x) }
}

/// The C library's acosh.
fn c_acosh(x: f64) -> f64 {
    // SAFETY: a pure libm function on doubles.
    unsafe { libm_c::acosh(x) }
}

/// The C library's erf, as CPython 3.11 uses.
fn c_erf(x: f64) -> f64 {
    // SAFETY: a pure libm function on doubles.
    unsafe { libm_c::erf(x) }
}

/// The C library's erfc, as CPython 3.11 uses.
fn c_erfc(x: f64) -> f64 {
    // SAFETY: a pure libm function on doubles.
    unsafe { libm_c::erfc(x) }
}

/// glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), which CPython calls; the
/// cbrt linked into Rust binaries rounds differently.
fn libc_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = crate::runtime::int::frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    let r = ym * 2f64.powi(xe / 3);
    r.copysign(x)
}

fn remainder(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (x, y) = two(vm, "remainder", args, kwargs)?;
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return Err(value_error("math domain error"));
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return Ok(Value::float(1.0f64.copysign(x) * r));
    }
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    if y.is_nan() {
        return Ok(Value::float(y));
    }
    if x.is_infinite() {
        return Err(value_error("math domain error"));
    }
    Ok(Value::float(x))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if y > x {
        x.next_up()
    } else {
        x.next_down()
    }
}

fn nextafter(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (x, y) = two(vm, "nextafter", args, kwargs)?;
    Ok(Value::float(next_toward(x, y)))
}

fn ulp(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let x = one(vm, "ulp", args, kwargs)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let x2 = next_toward(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::float(x - next_toward(x, f64::NEG_INFINITY)));
    }
    Ok(Value::float(x2 - x))
}

fn sqrt(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let x = one(vm, "sqrt", args, kwargs)?;
    if x < 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::float(x.sqrt()))
}

fn atanh(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let x = one(vm, "atanh", args, kwargs)?;
    if x.abs() >= 1.0 {
        return Err(value_error("math domain error"));
    }
    // SAFETY: a pure libm function on doubles.
    Ok(Value::float(unsafe { libm_c::atanh(x) }))
}

/// Natural log of a positive int of any size.
fn log_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    log_with(vm, v, f64::ln)
}

/// `func(v)` for a positive number, as CPython's loghelper: ints too large
/// for a float use frexp, `func(m) + func(2.0) * e`.
fn log_with(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return Err(value_error("math domain error"));
        }
        if let Some(x) = crate::runtime::int::bigint_to_f64(b) {
            return Ok(func(x));
        }
        let bits = b.bits();
        let shift = bits - 64;
        let top = (&**b >> shift as usize).to_f64().unwrap_or(1.0);
        let m = top / 18446744073709551616.0;
        return Ok(func(m) + func(2.0) * bits as f64);
    }
    let x = arg_f64(vm, v)?;
    if x <= 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(func(x))
}

fn log(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("log", kwargs)?;
    check_count("log", args, 1, 2)?;
    let n = log_of(vm, &args[0])?;
    match args.get(1) {
        None => Ok(Value::float(n)),
        Some(b) => {
            let d = log_of(vm, b)?;
            if d == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            Ok(Value::float(n / d))
        }
    }
}

fn log2(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("log2", kwargs)?;
    check_count("log2", args, 1, 1)?;
    if let Value::BigInt(_) = &args[0] {
        return Ok(Value::float(log_with(vm, &args[0], f64::log2)?));
    }
    let x = arg_f64(vm, &args[0])?;
    if x <= 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::float(x.log2()))
}

fn log10(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("log10", kwargs)?;
    check_count("log10", args, 1, 1)?;
    if let Value::BigInt(_) = &args[0] {
        return Ok(Value::float(log_with(vm, &args[0], f64::log10)?));
    }
    let x = arg_f64(vm, &args[0])?;
    if x <= 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::float(x.log10()))
}

fn log1p(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let x = one(vm, "log1p", args, kwargs)?;
    if x <= -1.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::float(x.ln_1p()))
}

fn two(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<(f64, f64)> {
    no_kwargs(name, kwargs)?;
    check_count(name, args, 2, 2)?;
    Ok((arg_f64(vm, &args[0])?, arg_f64(vm, &args[1])?))
}

fn atan2(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (y, x) = two(vm, "atan2", args, kwargs)?;
    Ok(Value::float(y.atan2(x)))
}

fn pow(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (x, y) = two(vm, "pow", args, kwargs)?;
    if x == 0.0 && y < 0.0 {
        return Err(value_error("math domain error"));
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        return Err(value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

fn copysign(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (x, y) = two(vm, "copysign", args, kwargs)?;
    Ok(Value::float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (x, y) = two(vm, "fmod", args, kwargs)?;
    if y == 0.0 || x.is_infinite() {
        return Err(value_error("math domain error"));
    }
    Ok(Value::float(x % y))
}

fn ldexp(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("ldexp", kwargs)?;
    check_count("ldexp", args, 2, 2)?;
    let x = arg_f64(vm, &args[0])?;
    let e = crate::builtins::arg_int(vm, &args[1])?;
    let r = x * 2f64.powi(e.clamp(-2000, 2000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(Value::float(r))
}

/// CPython 3.11's vector_norm: the accurate Euclidean norm of finite,
/// non-negative coordinates (`max` is the largest).
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::runtime::int::frexp(max);
    if max_e < -1023 {
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = 2f64.powi(-max_e);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    for &v in vec.iter() {
        let mut x = v * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        x = hi * hi;
        let mut oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let mut x = h;
    let t = x * T27;
    let hi = t - (t - x);
    let lo = x - hi;
    x = -hi * hi;
    let mut oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

fn hypot(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("hypot", kwargs)?;
    let mut vals = Vec::with_capacity(args.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for a in args {
        let x = arg_f64(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vals.push(x);
    }
    Ok(Value::float(vector_norm(&mut vals, max, found_nan)))
}

fn dist(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("dist", kwargs)?;
    check_count("dist", args, 2, 2)?;
    for a in args {
        if !matches!(a, Value::Tuple(_) | Value::List(_)) {
            return Err(type_error(format!("dist() argument must be tuple, not {}", vm.type_of(a).name.as_str())));
        }
    }
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut vals = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(q.iter()) {
        let x = (arg_f64(vm, a)? - arg_f64(vm, b)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vals.push(x);
    }
    Ok(Value::float(vector_norm(&mut vals, max, found_nan)))
}

fn int_result(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Name, Value)], f: fn(f64) -> f64, method: &'static str) -> PyResult<Value> {
    no_kwargs(name, kwargs)?;
    check_count(name, args, 1, 1)?;
    match &args[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(args[0].clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Instance(_) => match vm.lookup_special(&args[0], method) {
            Some(m) => vm.call_value(&m, &args[..1], &[]),
            None => {
                let x = arg_f64(vm, &args[0])?;
                float_to_int(f(x))
            }
        },
        v => {
            let x = arg_f64(vm, v)?;
            float_to_int(f(x))
        }
    }
}

fn float_to_int(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    Ok(crate::runtime::int::f64_to_int(x).unwrap_or(Value::Int(0)))
}

fn floor(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    int_result(vm, "floor", args, kwargs, f64::floor, "__floor__")
}

fn ceil(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    int_result(vm, "ceil", args, kwargs, f64::ceil, "__ceil__")
}

fn trunc(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    int_result(vm, "trunc", args, kwargs, f64::trunc, "__trunc__")
}

fn pred(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Name, Value)], f: fn(f64) -> bool) -> PyResult<Value> {
    let x = one(vm, name, args, kwargs)?;
    Ok(Value::bool(f(x)))
}

fn isnan(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    pred(vm, "isnan", args, kwargs, f64::is_nan)
}

fn isinf(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    pred(vm, "isinf", args, kwargs, f64::is_infinite)
}

fn isfinite(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    pred(vm, "isfinite", args, kwargs, f64::is_finite)
}

fn isclose(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::only_kwargs("isclose", kwargs, &["rel_tol", "abs_tol"])?;
    check_count("isclose", args, 2, 2)?;
    let a = arg_f64(vm, &args[0])?;
    let b = arg_f64(vm, &args[1])?;
    let rel = match crate::builtins::kwarg(kwargs, "rel_tol") {
        Some(v) => arg_f64(vm, &v.clone())?,
        None => 1e-9,
    };
    let abs_tol = match crate::builtins::kwarg(kwargs, "abs_tol") {
        Some(v) => arg_f64(vm, &v.clone())?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(B64::TRUE));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(B64::FALSE));
    }
    let diff = (b - a).abs();
    Ok(Value::bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs_tol))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match to_bigint(v) {
        Some(b) => Ok(b),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_of(v).name.as_str()))),
    }
}

fn gcd(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("gcd", kwargs)?;
    let mut g = BigInt::zero();
    for a in args {
        g = g.gcd(&int_arg(vm, a)?);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("lcm", kwargs)?;
    let mut l = BigInt::one();
    for a in args {
        let b = int_arg(vm, a)?;
        if b.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&b);
    }
    Ok(Value::from_bigint(l.abs()))
}

fn factorial(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("factorial", kwargs)?;
    check_count("factorial", args, 1, 1)?;
    if let Value::Float(_) = &args[0] {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(vm, &args[0])?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    if n > 200_000 {
        return Err(memory_error(""));
    }
    let mut acc = BigInt::one();
    for k in 2..=n {
        acc *= k;
    }
    Ok(Value::from_bigint(acc))
}

fn isqrt(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("isqrt", kwargs)?;
    check_count("isqrt", args, 1, 1)?;
    let n = int_arg(vm, &args[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn comb(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("comb", kwargs)?;
    check_count("comb", args, 2, 2)?;
    let n = int_arg(vm, &args[0])?;
    let k = int_arg(vm, &args[1])?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k).to_u64().unwrap_or(0);
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(acc))
}

fn perm(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("perm", kwargs)?;
    check_count("perm", args, 1, 2)?;
    let n = int_arg(vm, &args[0])?;
    let k = match args.get(1) {
        Some(v) if !v.is_none() => int_arg(vm, v)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut acc = BigInt::one();
    let k = k.to_u64().unwrap_or(0);
    for i in 0..k {
        acc *= &n - i;
    }
    Ok(Value::from_bigint(acc))
}

fn fsum(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("fsum", kwargs)?;
    check_count("fsum", args, 1, 1)?;
    let items = vm.collect(&args[0])?;
    // Shewchuk's exact summation (as CPython's msum).
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    for it in items {
        let mut x = arg_f64(vm, &it)?;
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        return Ok(Value::float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn prod(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::only_kwargs("prod", kwargs, &["start"])?;
    check_count("prod", args, 1, 1)?;
    let mut acc = crate::builtins::kwarg(kwargs, "start").cloned().unwrap_or(Value::Int(1));
    for it in vm.collect(&args[0])? {
        acc = vm.binary_op(crate::bytecode::BinOp::Mul, &acc, &it)?;
    }
    Ok(acc)
}

fn modf(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let x = one(vm, "modf", args, kwargs)?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![Value::float(0.0f64.copysign(x)), Value::float(x)]));
    }
    Ok(Value::tuple(vec![Value::float(x.fract()), Value::float(x.trunc())]))
}

fn frexp(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let x = one(vm, "frexp", args, kwargs)?;
    let (m, e) = crate::runtime::int::frexp(x);
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

fn gamma(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let x = one(vm, "gamma", args, kwargs)?;
    match m_tgamma(x) {
        Ok(r) => Ok(Value::float(r)),
        Err(true) => Err(overflow_error("math range error")),
        Err(false) => Err(value_error("math domain error")),
    }
}

fn lgamma(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let x = one(vm, "lgamma", args, kwargs)?;
    match m_lgamma(x) {
        Ok(r) => Ok(Value::float(r)),
        Err(true) => Err(overflow_error("math range error")),
        Err(false) => Err(value_error("math domain error")),
    }
}

// CPython's mathmodule.c Lanczos implementation of gamma / lgamma, so results
// agree to the last bit.
const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0,
    87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
    2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn m_sinpi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// Γ(x); `Err(true)` is a range error, `Err(false)` a domain error.
fn m_tgamma(x: f64) -> Result<f64, bool> {
    let pi = std::f64::consts::PI;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Err(false) };
    }
    if x == 0.0 {
        return Err(false);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(false);
        }
        if x <= 23.0 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(true) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 { Ok(0.0 / m_sinpi(x)) } else { Err(true) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let mut z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -pi / m_sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() { Err(true) } else { Ok(r) }
}

/// ln|Γ(x)|; errors as for `m_tgamma`.
fn m_lgamma(x: f64) -> Result<f64, bool> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(false) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = 1.144_729_885_849_400_2 - m_sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() { Err(true) } else { Ok(r) }
}

