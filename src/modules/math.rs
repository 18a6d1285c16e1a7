//! The `math` module.

use num_bigint::BigInt;
use num_integer::{Integer, Roots};
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
    asinh => f64::asinh, false;
    acosh => f64::acosh, false;
    fabs => f64::abs, false;
    degrees => f64::to_degrees, true;
    radians => f64::to_radians, false;
    erf => libm_erf, false;
    erfc => libm_erfc, false;
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
    Ok(Value::float(x.atanh()))
}

/// Natural log of a positive int of any size.
fn log_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return Err(value_error("math domain error"));
        }
        let bits = b.bits();
        if bits > 1000 {
            let shift = bits - 64;
            let top = (&**b >> shift as usize).to_f64().unwrap_or(1.0);
            return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
        }
    }
    let x = arg_f64(vm, v)?;
    if x <= 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(x.ln())
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
        return Ok(Value::float(log_of(vm, &args[0])? / std::f64::consts::LN_2));
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
        return Ok(Value::float(log_of(vm, &args[0])? / std::f64::consts::LN_10));
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

fn hypot(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("hypot", kwargs)?;
    let mut acc = 0.0f64;
    let mut vals = Vec::new();
    for a in args {
        vals.push(arg_f64(vm, a)?.abs());
    }
    if vals.iter().any(|v| v.is_infinite()) {
        return Ok(Value::float(f64::INFINITY));
    }
    if vals.len() == 2 {
        return Ok(Value::float(vals[0].hypot(vals[1])));
    }
    for v in vals {
        acc += v * v;
    }
    Ok(Value::float(acc.sqrt()))
}

fn dist(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("dist", kwargs)?;
    check_count("dist", args, 2, 2)?;
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0;
    for (a, b) in p.iter().zip(q.iter()) {
        let d = arg_f64(vm, a)? - arg_f64(vm, b)?;
        acc += d * d;
    }
    Ok(Value::float(acc.sqrt()))
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
    if x <= 0.0 && x.fract() == 0.0 {
        return Err(value_error("math domain error"));
    }
    checked(x, lgamma_sign(x).1 * lgamma_sign(x).0.exp(), true)
}

fn lgamma(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let x = one(vm, "lgamma", args, kwargs)?;
    if x <= 0.0 && x.fract() == 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(Value::float(lgamma_sign(x).0))
}

/// ln|Γ(x)| and the sign of Γ(x) (Lanczos approximation).
fn lgamma_sign(x: f64) -> (f64, f64) {
    if x < 0.5 {
        let s = (std::f64::consts::PI * x).sin();
        let (l, _) = lgamma_sign(1.0 - x);
        return ((std::f64::consts::PI / s.abs()).ln() - l, if s < 0.0 { -1.0 } else { 1.0 });
    }
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.5203681218851,
        -1259.1392167224028,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507343278686905,
        -0.13857109526572012,
        9.984_369_578_019_572e-6,
        1.5056327351493116e-7,
    ];
    let x = x - 1.0;
    let mut a = C[0];
    let t = x + G + 0.5;
    for (i, c) in C.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    (0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + a.ln(), 1.0)
}

fn libm_erf(x: f64) -> f64 {
    // Abramowitz-Stegun 7.1.26 refined with a series for small |x|.
    if x.abs() < 2.0 {
        let mut sum = x;
        let mut term = x;
        let x2 = x * x;
        let mut n = 0.0;
        loop {
            n += 1.0;
            term *= -x2 / n;
            let add = term / (2.0 * n + 1.0);
            sum += add;
            if add.abs() < 1e-17 * sum.abs() {
                break;
            }
        }
        return 2.0 / std::f64::consts::PI.sqrt() * sum;
    }
    1.0f64.copysign(x) - libm_erfc_tail(x.abs()).copysign(x)
}

fn libm_erfc(x: f64) -> f64 {
    if x < 2.0 {
        return 1.0 - libm_erf(x);
    }
    libm_erfc_tail(x)
}

fn libm_erfc_tail(x: f64) -> f64 {
    // Continued fraction for erfc, x >= 2.
    let mut f = 0.0;
    for k in (1..60).rev() {
        f = (k as f64 / 2.0) / (x + f);
    }
    (-x * x).exp() / std::f64::consts::PI.sqrt() / (x + f)
}
