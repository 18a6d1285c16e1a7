//! Argument checking helpers for builtin functions, with CPython's messages.

use crate::runtime::objects::Name;
use crate::runtime::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use crate::vm::errors::type_error;

/// Checks a positional argument count in `min..=max`.
#[inline(always)]
pub fn check_count(fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(count_error(fname, n, min, max))
}

/// The TypeError for a wrong number of arguments (cold path of [`check_count`]).
#[cold]
#[inline(never)]
fn count_error(fname: &str, n: usize, min: usize, max: usize) -> PyErr {
    type_error(if min == max {
        match min {
            0 => format!("{}() takes no arguments ({} given)", fname, n),
            1 => format!("{}() takes exactly one argument ({} given)", fname, n),
            _ => format!("{}() takes exactly {} arguments ({} given)", fname, min, n),
        }
    } else if n < min {
        format!("{} expected at least {} argument{}, got {}", fname, min, if min == 1 { "" } else { "s" }, n)
    } else {
        format!("{} expected at most {} argument{}, got {}", fname, max, if max == 1 { "" } else { "s" }, n)
    })
}

/// Rejects keyword arguments.
pub fn no_kwargs(fname: &str, kwargs: &[(Name, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{}() takes no keyword arguments", fname)))
    }
}

/// Finds a keyword argument by name.
pub fn kwarg<'a>(kwargs: &'a [(Name, Value)], name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v)
}

/// Rejects keyword arguments other than `allowed`.
pub fn only_kwargs(fname: &str, kwargs: &[(Name, Value)], allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kwargs {
        if !allowed.contains(&k.as_str()) {
            return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k.as_str())));
        }
    }
    Ok(())
}

/// Converts an argument to i64 (ints and bools), with a TypeError naming the type.
pub fn arg_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::BigInt(_) => Err(crate::vm::errors::overflow_error("Python int too large to convert to C ssize_t")),
        _ => {
            // An int subclass's value, without calling its `__index__`.
            if let Some(n @ (Value::Int(_) | Value::BigInt(_))) = crate::vm::ops::native_value(v) {
                return arg_int(vm, &n.clone());
            }
            if let Some(m) = vm.lookup_special(v, "__index__") {
                if let Value::Instance(_) = v {
                    let r = vm.call_value(&m, std::slice::from_ref(v), &[])?;
                    return arg_int(vm, &r);
                }
            }
            Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_of(v).name.as_str())))
        }
    }
}

/// Converts a number argument to f64 (int, bool, float, `__float__`).
pub fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(b) => crate::runtime::int::bigint_to_f64(b).ok_or_else(|| crate::vm::errors::overflow_error("int too large to convert to float")),
        Value::Instance(_) => {
            // A float or int subclass's value, without calling its `__float__`.
            if let Some(n @ (Value::Float(_) | Value::Int(_) | Value::BigInt(_))) = crate::vm::ops::native_value(v) {
                return arg_f64(vm, &n.clone());
            }
            if let Some(m) = vm.lookup_special(v, "__float__") {
                let r = vm.call_value(&m, std::slice::from_ref(v), &[])?;
                return arg_f64(vm, &r);
            }
            Err(type_error(format!("must be real number, not {}", vm.type_of(v).name.as_str())))
        }
        _ => Err(type_error(format!("must be real number, not {}", vm.type_of(v).name.as_str()))),
    }
}

/// The text of a `str` argument.
pub fn arg_str<'a>(vm: &Vm, fname: &str, v: &'a Value) -> PyResult<&'a str> {
    match crate::vm::ops::native_value(v).unwrap_or(v) {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(type_error(format!("{}() argument must be str, not {}", fname, vm.type_of(v).name.as_str()))),
    }
}
