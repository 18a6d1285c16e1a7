//! The `cmath` module (CPython's algorithms for finite arguments).

use super::add_fns;
use crate::builtins::{arg_f64, check_count, no_kwargs, set};
use crate::runtime::objects::*;
use crate::runtime::value::Value;
use crate::vm::complex::{c_quot, complex, complex_abs, C};
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
const E: f64 = std::f64::consts::E;
const MANT_DIG: i32 = 53;

fn large_double() -> f64 {
    f64::MAX / 4.0
}
fn log_large_double() -> f64 {
    (f64::MAX / 4.0).ln()
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// Fills the module namespace.
pub fn fill(d: &PyDict) {
    set(d, "pi", Value::float(std::f64::consts::PI));
    set(d, "e", Value::float(E));
    set(d, "tau", Value::float(std::f64::consts::TAU));
    set(d, "inf", Value::float(f64::INFINITY));
    set(d, "infj", complex(0.0, f64::INFINITY));
    set(d, "nan", Value::float(f64::NAN));
    set(d, "nanj", complex(0.0, f64::NAN));
    add_fns(
        d,
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("log", log),
            ("log10", log10),
            ("phase", phase),
            ("polar", polar),
            ("rect", rect),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("isclose", isclose),
            ("isnan", isnan),
            ("isinf", isinf),
            ("isfinite", isfinite),
        ],
    );
}

fn one(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<C> {
    no_kwargs(name, kwargs)?;
    check_count(name, args, 1, 1)?;
    vm.to_complex(&args[0])
}

fn domain() -> PyErr {
    value_error("math domain error")
}

fn c_sqrt(z: C) -> C {
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.1.is_infinite() {
            return (f64::INFINITY, z.1);
        }
        if z.0 == f64::NEG_INFINITY {
            return (if z.1.is_nan() { f64::NAN } else { 0.0 }, f64::INFINITY.copysign(z.1));
        }
        if z.0 == f64::INFINITY {
            return (f64::INFINITY, if z.1.is_nan() { f64::NAN } else { 0.0f64.copysign(z.1) });
        }
        return (f64::NAN, f64::NAN);
    }
    let mut ar = z.0.abs();
    let ai = z.1.abs();
    let s = if ar < f64::MIN_POSITIVE && ai < f64::MIN_POSITIVE {
        ar = ldexp(ar, 53);
        ldexp((ar + ar.hypot(ldexp(ai, 53))).sqrt(), -27)
    } else {
        ar /= 8.0;
        2.0 * (ar + ar.hypot(ai / 8.0)).sqrt()
    };
    let d = ai / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

/// Complex natural log; `Err` for log(0).
fn c_log(z: C) -> Result<C, ()> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_nan() || z.1.is_nan() {
            let inf = z.0.is_infinite() || z.1.is_infinite();
            return Ok((if inf { f64::INFINITY } else { f64::NAN }, f64::NAN));
        }
        return Ok((f64::INFINITY, z.1.atan2(z.0)));
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > large_double() || ay > large_double() {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG)).ln() - MANT_DIG as f64 * LN2
        } else {
            return Err(());
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok((re, z.1.atan2(z.0)))
}

fn c_exp(z: C) -> PyResult<C> {
    let r = if z.0.is_finite() && z.1.is_finite() {
        if z.0 > log_large_double() {
            let l = (z.0 - 1.0).exp();
            (l * z.1.cos() * E, l * z.1.sin() * E)
        } else {
            let l = z.0.exp();
            (l * z.1.cos(), l * z.1.sin())
        }
    } else {
        let l = z.0.exp();
        if z.1 == 0.0 {
            return Ok((l, z.1));
        }
        return Ok((l * z.1.cos(), l * z.1.sin()));
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(overflow_error("math range error"));
    }
    Ok(r)
}

fn c_sinh(z: C) -> PyResult<C> {
    let r = if z.0.abs() > log_large_double() {
        let x1 = z.0 - 1f64.copysign(z.0);
        (z.1.cos() * x1.sinh() * E, z.1.sin() * x1.cosh() * E)
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    if (r.0.is_infinite() || r.1.is_infinite()) && z.0.is_finite() && z.1.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(r)
}

fn c_cosh(z: C) -> PyResult<C> {
    let r = if z.0.abs() > log_large_double() {
        let x1 = z.0 - 1f64.copysign(z.0);
        (z.1.cos() * x1.cosh() * E, z.1.sin() * x1.sinh() * E)
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    if (r.0.is_infinite() || r.1.is_infinite()) && z.0.is_finite() && z.1.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(r)
}

fn c_tanh(z: C) -> C {
    if z.0.abs() > log_large_double() {
        (1f64.copysign(z.0), 4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp())
    } else {
        let tx = z.0.tanh();
        let ty = z.1.tan();
        let cx = 1.0 / z.0.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    }
}

fn cv(z: C) -> Value {
    complex(z.0, z.1)
}

fn sqrt(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(cv(c_sqrt(one(vm, "sqrt", args, kwargs)?)))
}

fn exp(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(cv(c_exp(one(vm, "exp", args, kwargs)?)?))
}

fn log(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("log", kwargs)?;
    check_count("log", args, 1, 2)?;
    let x = vm.to_complex(&args[0])?;
    let mut r = c_log(x).map_err(|_| domain())?;
    if let Some(b) = args.get(1) {
        let b = vm.to_complex(b)?;
        let lb = c_log(b).map_err(|_| domain())?;
        r = c_quot(r, lb).ok_or_else(domain)?;
    }
    Ok(cv(r))
}

fn log10(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let z = one(vm, "log10", args, kwargs)?;
    let r = c_log(z).map_err(|_| domain())?;
    Ok(complex(r.0 / LN10, r.1 / LN10))
}

fn phase(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let z = one(vm, "phase", args, kwargs)?;
    Ok(Value::float(z.1.atan2(z.0)))
}

fn polar(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let z = one(vm, "polar", args, kwargs)?;
    let r = complex_abs(z).map_err(|_| overflow_error("math range error"))?;
    Ok(Value::tuple(vec![Value::float(r), Value::float(z.1.atan2(z.0))]))
}

fn rect(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("rect", kwargs)?;
    check_count("rect", args, 2, 2)?;
    let r = arg_f64(vm, &args[0])?;
    let phi = arg_f64(vm, &args[1])?;
    if r.is_finite() && phi.is_infinite() && r != 0.0 {
        return Err(domain());
    }
    if phi == 0.0 {
        return Ok(complex(r, r * phi));
    }
    Ok(complex(r * phi.cos(), r * phi.sin()))
}

fn sin(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let z = one(vm, "sin", args, kwargs)?;
    let s = c_sinh((-z.1, z.0))?;
    Ok(complex(s.1, -s.0))
}

fn cos(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let z = one(vm, "cos", args, kwargs)?;
    Ok(cv(c_cosh((-z.1, z.0))?))
}

fn tan(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let z = one(vm, "tan", args, kwargs)?;
    let s = c_tanh((-z.1, z.0));
    Ok(complex(s.1, -s.0))
}

fn sinh(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(cv(c_sinh(one(vm, "sinh", args, kwargs)?)?))
}

fn cosh(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(cv(c_cosh(one(vm, "cosh", args, kwargs)?)?))
}

fn tanh(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(cv(c_tanh(one(vm, "tanh", args, kwargs)?)))
}

fn isnan(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let z = one(vm, "isnan", args, kwargs)?;
    Ok(Value::bool(z.0.is_nan() || z.1.is_nan()))
}

fn isinf(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let z = one(vm, "isinf", args, kwargs)?;
    Ok(Value::bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let z = one(vm, "isfinite", args, kwargs)?;
    Ok(Value::bool(z.0.is_finite() && z.1.is_finite()))
}

fn isclose(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::only_kwargs("isclose", kwargs, &["rel_tol", "abs_tol"])?;
    check_count("isclose", args, 2, 2)?;
    let a = vm.to_complex(&args[0])?;
    let b = vm.to_complex(&args[1])?;
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
    if a.0 == b.0 && a.1 == b.1 {
        return Ok(Value::bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = complex_abs((a.0 - b.0, a.1 - b.1))?;
    let ab = complex_abs(b)?;
    let aa = complex_abs(a)?;
    Ok(Value::bool(diff <= rel * ab || diff <= rel * aa || diff <= abs_tol))
}
