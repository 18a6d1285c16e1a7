//! The `bisect` module, following CPython 3.11's `_bisectmodule.c`: the same
//! midpoints and `<` operand order, so user `__lt__` sees the same calls.

use super::add_fns;
use super::heapq::lt;
use crate::builtins::arg_int;
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// Fills the module namespace.
pub fn fill(d: &PyDict) {
    add_fns(
        d,
        &[
            ("bisect_right", bisect_right),
            ("bisect_left", bisect_left),
            ("insort_right", insort_right),
            ("insort_left", insort_left),
            ("bisect", bisect_right),
            ("insort", insort_right),
        ],
    );
}

/// Parsed `(a, x, lo=0, hi=None, *, key=None)`.
struct Args {
    a: Value,
    x: Value,
    lo: i64,
    hi: Option<i64>,
    key: Value,
}

/// Argument Clinic style binding, with its messages.
fn parse(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Args> {
    const NAMES: [&str; 5] = ["a", "x", "lo", "hi", "key"];
    if args.len() > 4 {
        return Err(type_error(format!("{}() takes at most 4 positional arguments ({} given)", fname, args.len())));
    }
    let mut slots: [Option<Value>; 5] = Default::default();
    for (i, a) in args.iter().enumerate() {
        slots[i] = Some(a.clone());
    }
    for (k, v) in kwargs {
        match NAMES.iter().position(|n| *n == k.as_str()) {
            Some(i) if i < args.len() => {
                return Err(type_error(format!("argument for {}() given by name ('{}') and position ({})", fname, k.as_str(), i + 1)));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => return Err(type_error(format!("'{}' is an invalid keyword argument for {}()", k.as_str(), fname))),
        }
    }
    for i in 0..2 {
        if slots[i].is_none() {
            return Err(type_error(format!("{}() missing required argument '{}' (pos {})", fname, NAMES[i], i + 1)));
        }
    }
    let lo = match &slots[2] {
        Some(v) => arg_int(vm, v)?,
        None => 0,
    };
    let hi = match &slots[3] {
        None | Some(Value::None) => None,
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => Some(arg_int(vm, v)?),
        Some(v) => {
            return Err(type_error(format!("argument should be integer or None, not '{}'", vm.type_of(v).name.as_str())));
        }
    };
    Ok(Args {
        a: slots[0].take().unwrap(),
        x: slots[1].take().unwrap(),
        lo,
        hi,
        key: slots[4].take().unwrap_or(Value::None),
    })
}

/// `len(a)` as `PySequence_Size`.
fn seq_len(vm: &mut Vm, a: &Value) -> PyResult<i64> {
    match a {
        Value::List(l) => Ok(l.len() as i64),
        Value::Tuple(t) => Ok(t.items.len() as i64),
        Value::Dict(_) => Err(type_error("dict is not a sequence")),
        _ => Ok(vm.len(a)? as i64),
    }
}

/// `a[i]` as `PySequence_GetItem`.
#[inline]
fn seq_item(vm: &mut Vm, a: &Value, i: i64) -> PyResult<Value> {
    match a {
        Value::List(l) => {
            if let Some(v) = l.get(i as usize) {
                return Ok(v);
            }
        }
        Value::Tuple(t) => {
            if let Some(v) = t.items.get(i as usize) {
                return Ok(v.clone());
            }
        }
        Value::Dict(_) => return Err(type_error("dict is not a sequence")),
        _ => {}
    }
    vm.get_item(a, &Value::Int(i))
}

/// The insertion point; `right` selects bisect_right (`x < a[mid]`) over
/// bisect_left (`a[mid] < x`).
fn search(vm: &mut Vm, a: &Value, x: &Value, lo: i64, hi: Option<i64>, key: &Value, right: bool) -> PyResult<i64> {
    let mut lo = lo;
    if lo < 0 {
        return Err(value_error("lo must be non-negative"));
    }
    let mut hi = match hi {
        Some(h) if h != -1 => h,
        _ => seq_len(vm, a)?,
    };
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = seq_item(vm, a, mid)?;
        if !key.is_none() {
            item = vm.call_value(key, std::slice::from_ref(&item), &[])?;
        }
        let res = if right { lt(vm, x, &item)? } else { lt(vm, &item, x)? };
        if res == right {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_right(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let p = parse(vm, "bisect_right", args, kwargs)?;
    Ok(Value::Int(search(vm, &p.a, &p.x, p.lo, p.hi, &p.key, true)?))
}

fn bisect_left(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let p = parse(vm, "bisect_left", args, kwargs)?;
    Ok(Value::Int(search(vm, &p.a, &p.x, p.lo, p.hi, &p.key, false)?))
}

fn insort(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &[(Name, Value)], right: bool) -> PyResult<Value> {
    let p = parse(vm, fname, args, kwargs)?;
    let ix = if p.key.is_none() {
        search(vm, &p.a, &p.x, p.lo, p.hi, &p.key, right)?
    } else {
        let kx = vm.call_value(&p.key, std::slice::from_ref(&p.x), &[])?;
        search(vm, &p.a, &kx, p.lo, p.hi, &p.key, right)?
    };
    if let Value::List(l) = &p.a {
        l.insert(ix.max(0) as usize, p.x);
        return Ok(Value::None);
    }
    let insert = vm.get_attr(&p.a, &intern("insert"))?;
    vm.call_value(&insert, &[Value::Int(ix), p.x], &[])?;
    Ok(Value::None)
}

fn insort_right(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    insort(vm, "insort_right", args, kwargs, true)
}

fn insort_left(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    insort(vm, "insort_left", args, kwargs, false)
}
