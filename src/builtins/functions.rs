//! The builtin functions (`print`, `len`, `sorted`, `min`, ...).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::args::*;
use super::{builtin_fn, set};
use crate::bytecode::{BinOp, CmpOp};
use crate::runtime::numfmt;
use crate::runtime::objects::*;
use crate::runtime::str::{intern, static_name};
use crate::runtime::types::types;
use crate::runtime::value::{B64, Value};
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};
use crate::vm::iter::new_iter;
use crate::vm::ops::plain_native;

/// Registers the builtin functions in `ns`.
pub fn register(ns: &PyDict) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("any", any),
        ("all", all),
        ("sorted", sorted),
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("id", id),
        ("hash", hash),
        ("iter", iter),
        ("next", next),
        ("repr", repr),
        ("ascii", ascii),
        ("format", format),
        ("ord", ord),
        ("chr", chr),
        ("bin", bin),
        ("hex", hex),
        ("oct", oct),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("callable", callable),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("input", input),
        ("__build_class__", build_class),
        ("__import__", import),
        ("open", crate::modules::open),
    ];
    for (name, f) in fns {
        set(ns, name, builtin_fn(name, *f));
    }
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn import(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = crate::modules::native::bind("__import__", args, kwargs, &["name", "globals", "locals", "fromlist", "level"], 1, 5)?;
    let name = match &a[0] {
        Some(Value::Str(s)) => s.clone(),
        Some(v) => return Err(type_error(format!("__import__() argument 1 must be str, not {}", vm.type_of(v).name.as_str()))),
        None => unreachable!("parse_args checks required arguments"),
    };
    let globals = match &a[1] {
        Some(Value::Dict(d)) => Some(d.clone()),
        _ => None,
    };
    let fromlist = a[3].clone().unwrap_or(Value::None);
    let level = match &a[4] {
        None => 0,
        Some(v) => arg_int(vm, v)?,
    };
    if level < 0 {
        return Err(value_error("level must be >= 0"));
    }
    vm.import_name(name.as_str(), globals.as_deref(), &fromlist, level as usize)
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
fn build_class(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    vm.build_class(args[0].clone(), args[1].clone(), args[2..].to_vec(), kwargs.to_vec())
}

/// Writes text to a file-like object: a standard output stream through its
/// buffer, anything else by its `write` method.
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    match crate::modules::stdio::text_stream_fd(file) {
        Some(fd) if fd != 0 => vm.write_std(fd, text.as_bytes()),
        _ => {
            let w = vm.get_attr(file, &intern("write"))?;
            vm.call_value(&w, &[Value::str(text)], &[])?;
            Ok(())
        }
    }
}

/// `file.flush()`, through the buffer for a standard output stream.
fn flush_file(vm: &mut Vm, file: &Value) -> PyResult<()> {
    match crate::modules::stdio::text_stream_fd(file) {
        Some(fd) if fd != 0 => vm.out_stream(fd).flush().map_err(|e| crate::vm::stdio::io_error(&e)),
        _ => {
            let f = vm.get_attr(file, &intern("flush"))?;
            vm.call_value(&f, &[], &[])?;
            Ok(())
        }
    }
}

/// `sys.<name>` (`stdin`, `stdout`, `stderr`) as the program left it, once
/// `sys` is imported; `None` before (the standard stream is used then).
fn sys_stream(vm: &Vm, name: &str) -> Option<Value> {
    vm.sys_dict.as_ref()?.get_str(&intern(name))
}

fn print(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    only_kwargs("print", kwargs, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(kwargs, "sep") {
        None | Some(Value::None) => " ".to_owned(),
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(v) => return Err(type_error(format!("sep must be None or a string, not {}", vm.type_of(v).name.as_str()))),
    };
    let end = match kwarg(kwargs, "end") {
        None | Some(Value::None) => "\n".to_owned(),
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(v) => return Err(type_error(format!("end must be None or a string, not {}", vm.type_of(v).name.as_str()))),
    };
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a {
            Value::Str(s) => out.push_str(s.as_str()),
            Value::Int(n) => {
                use std::fmt::Write;
                let _ = write!(out, "{}", n);
            }
            _ => out.push_str(&vm.str_of(a)?),
        }
    }
    out.push_str(&end);
    let file = match kwarg(kwargs, "file") {
        None | Some(Value::None) => sys_stream(vm, "stdout"),
        Some(f) => Some(f.clone()),
    };
    match &file {
        None => vm.write_stdout(&out)?,
        // `sys.stdout = None`: print does nothing, as in CPython.
        Some(Value::None) => return Ok(Value::None),
        Some(f) => write_to(vm, f, &out)?,
    }
    if let Some(fl) = kwarg(kwargs, "flush") {
        if vm.truthy(&fl.clone())? {
            match &file {
                None => vm.stdout.flush().map_err(|e| crate::vm::stdio::io_error(&e))?,
                Some(f) => flush_file(vm, f)?,
            }
        }
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("len", kwargs)?;
    check_count("len", args, 1, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

fn abs(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("abs", kwargs)?;
    check_count("abs", args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::float(f.get().abs()),
        v if crate::vm::complex::is_complex(v) => {
            Value::float(crate::vm::complex::complex_abs(crate::vm::complex::as_complex(v).unwrap_or_default())?)
        }
        v => match vm.lookup_special(v, "__abs__") {
            Some(m) if matches!(v, Value::Instance(_)) => vm.call_value(&m, std::slice::from_ref(v), &[])?,
            _ => return Err(type_error(format!("bad operand type for abs(): '{}'", vm.type_of(v).name.as_str()))),
        },
    })
}

/// `a < b` as a bool.
/// `a > b` as a truth value (ints and floats compared natively).
fn greater(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x > y),
        (Value::Float(x), Value::Float(y)) => Ok(x.get() > y.get()),
        _ => {
            if let Some(r) = crate::vm::tuple_compare(CmpOp::Gt, a, b) {
                return Ok(r);
            }
            let r = vm.compare(CmpOp::Gt, a, b)?;
            match r {
                Value::Bool(b) => Ok(b.get()),
                _ => vm.truthy(&r),
            }
        }
    }
}

pub fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x.get() < y.get()),
        _ => {
            // Sort and min/max keys are often tuples of ints and strs.
            if let Some(r) = crate::vm::tuple_compare(CmpOp::Lt, a, b) {
                return Ok(r);
            }
            let r = vm.compare(CmpOp::Lt, a, b)?;
            match r {
                Value::Bool(b) => Ok(b.get()),
                _ => vm.truthy(&r),
            }
        }
    }
}

fn min_max(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], name: &str, want_max: bool) -> PyResult<Value> {
    only_kwargs(name, kwargs, &["key", "default"])?;
    let key = kwarg(kwargs, "key").cloned().filter(|k| !k.is_none());
    let default = kwarg(kwargs, "default").cloned();
    if key.is_none() && default.is_none() && args.len() > 1 {
        if let Some(v) = extreme_int(args, want_max) {
            return Ok(v);
        }
    }
    let mut best: Option<(Value, Value)> = None;
    match args.len() {
        0 => return Err(type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 if !matches!(args[0], Value::List(_) | Value::Tuple(_) | Value::Range(_)) => {
            // Streamed, as CPython does: the key runs between steps, and
            // what is not the best so far dies at once.
            let iter = vm.get_iter(&args[0])?;
            while let Some(it) = vm.next(&iter)? {
                keep_extreme(vm, &mut best, it, key.as_ref(), want_max)?;
            }
        }
        _ => {
            let items = if args.len() == 1 {
                vm.collect(&args[0])?
            } else if default.is_some() {
                return Err(type_error(format!("Cannot specify a default for {}() with multiple positional arguments", name)));
            } else {
                args.to_vec()
            };
            if key.is_none() {
                if let Some(v) = extreme_int(&items, want_max) {
                    return Ok(v);
                }
            }
            for it in items {
                keep_extreme(vm, &mut best, it, key.as_ref(), want_max)?;
            }
        }
    }
    match best {
        Some((v, _)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

/// One step of `min`/`max`: `it` replaces `best` (item, key) when it is
/// strictly better.
fn keep_extreme(vm: &mut Vm, best: &mut Option<(Value, Value)>, it: Value, key: Option<&Value>, want_max: bool) -> PyResult<()> {
    let k = match key {
        Some(f) => vm.call_value(f, std::slice::from_ref(&it), &[])?,
        None => it.clone(),
    };
    let better = match best {
        None => true,
        // CPython asks `item > best` for max (so a failing comparison
        // names '>' and the operands in that order), `item < best` for min.
        Some((_, bk)) => {
            if want_max {
                greater(vm, &k, bk)?
            } else {
                lt(vm, &k, bk)?
            }
        }
    };
    if better {
        *best = Some((it, k));
    }
    Ok(())
}

/// `min`/`max` of a non-empty run of ints, compared natively (the first of
/// equal extremes wins, as the general loop's strict comparison); `None`
/// when some item is not an int.
fn extreme_int(items: &[Value], want_max: bool) -> Option<Value> {
    let mut best: Option<i64> = None;
    for item in items {
        let Value::Int(i) = item else { return None };
        best = Some(match best {
            Some(b) if (want_max && b >= *i) || (!want_max && b <= *i) => b,
            _ => *i,
        });
    }
    best.map(Value::Int)
}

fn min(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    min_max(vm, args, kwargs, "min", false)
}

fn max(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    min_max(vm, args, kwargs, "max", true)
}

fn sum(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    only_kwargs("sum", kwargs, &["start"])?;
    check_count("sum", args, 1, 2)?;
    let mut acc = args.get(1).cloned().or_else(|| kwarg(kwargs, "start").cloned()).unwrap_or(Value::Int(0));
    if matches!(acc, Value::Str(_)) {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(BinOp::Add, &acc, &x)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::float(a.get() + b.get()),
            _ => vm.binary_op(BinOp::Add, &acc, &x)?,
        };
    }
    Ok(acc)
}

fn any(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("any", kwargs)?;
    check_count("any", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(B64::TRUE));
        }
    }
    Ok(Value::Bool(B64::FALSE))
}

fn all(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("all", kwargs)?;
    check_count("all", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(B64::FALSE));
        }
    }
    Ok(Value::Bool(B64::TRUE))
}

/// Stable merge sort using only `<` (as CPython), with an optional key and
/// reverse. Comparison errors propagate; inconsistent orders never panic.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    if key.is_none() && sort_ints_in_place(items, reverse) {
        return Ok(());
    }
    let keys: Vec<Value> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call_value(f, std::slice::from_ref(it), &[])?);
            }
            ks
        }
        None => items.clone(),
    };
    let n = items.len();
    let mut idx: Vec<usize> = (0..n).collect();
    if sort_by_int_keys(&mut idx, &keys, reverse) {
        permute(items, idx);
        return Ok(());
    }
    let mut buf: Vec<usize> = vec![0; n];
    // Bottom-up merge sort over indices.
    let mut width = 1;
    // Insertion-sort runs of 8 first.
    const RUN: usize = 8;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start {
                let (a, b) = (idx[j - 1], idx[j]);
                let before = if reverse { lt(vm, &keys[a], &keys[b])? } else { lt(vm, &keys[b], &keys[a])? };
                if before {
                    idx.swap(j - 1, j);
                    j -= 1;
                } else {
                    break;
                }
            }
        }
        start = end;
    }
    width = width.max(RUN);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            // Runs already in order (the right run's first item does not go
            // before the left run's last) are kept as they are: sorted input
            // costs one comparison per merge, as with CPython's adaptive sort.
            if mid < hi {
                let (a, b) = (idx[mid - 1], idx[mid]);
                let out_of_order = if reverse { lt(vm, &keys[a], &keys[b])? } else { lt(vm, &keys[b], &keys[a])? };
                if !out_of_order {
                    buf[lo..hi].copy_from_slice(&idx[lo..hi]);
                    lo = hi;
                    continue;
                }
            }
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                let (a, b) = (idx[i], idx[j]);
                let take_right = if reverse { lt(vm, &keys[a], &keys[b])? } else { lt(vm, &keys[b], &keys[a])? };
                if take_right {
                    buf[k] = b;
                    j += 1;
                } else {
                    buf[k] = a;
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                buf[k] = idx[i];
                i += 1;
                k += 1;
            }
            while j < hi {
                buf[k] = idx[j];
                j += 1;
                k += 1;
            }
            lo = hi;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    permute(items, idx);
    Ok(())
}

/// Sorts a list of ints (no key) natively: equal ints cannot be told apart,
/// so any order of them is the stable one. False (nothing done) when an
/// item is not an int.
fn sort_ints_in_place(items: &mut [Value], reverse: bool) -> bool {
    if !items.iter().all(|v| matches!(v, Value::Int(_))) {
        return false;
    }
    let as_int = |v: &Value| if let Value::Int(i) = v { *i } else { 0 };
    if reverse {
        items.sort_unstable_by_key(|v| std::cmp::Reverse(as_int(v)));
    } else {
        items.sort_unstable_by_key(as_int);
    }
    true
}

/// Orders `idx` by `keys` when every key is an int, with a native stable
/// sort (equal keys keep their order, also when reversed, as CPython's);
/// false (nothing done) otherwise.
fn sort_by_int_keys(idx: &mut [usize], keys: &[Value], reverse: bool) -> bool {
    if !keys.iter().all(|v| matches!(v, Value::Int(_))) {
        return false;
    }
    let key = |i: usize| if let Value::Int(k) = keys[i] { k } else { 0 };
    if reverse {
        idx.sort_by(|&a, &b| key(b).cmp(&key(a)));
    } else {
        idx.sort_by_key(|&i| key(i));
    }
    true
}

/// Rearranges `items` so that position `k` holds the item that was at `idx[k]`
/// (`idx` a permutation).
fn permute(items: &mut Vec<Value>, idx: Vec<usize>) {
    let old = std::mem::take(items);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    *items = idx.into_iter().map(|i| slots[i].take().unwrap_or(Value::None)).collect();
}

fn sorted(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    only_kwargs("sorted", kwargs, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let mut items = vm.collect(&args[0])?;
    let key = kwarg(kwargs, "key").cloned().filter(|k| !k.is_none());
    let reverse = match kwarg(kwargs, "reverse") {
        Some(r) => vm.truthy(&r.clone())?,
        None => false,
    };
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn reversed(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("reversed", kwargs)?;
    check_count("reversed", args, 1, 1)?;
    let v = &args[0];
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => {
            let n = vm.len(v)? as isize;
            Ok(new_iter(IterState::Reversed { seq: v.clone(), index: n - 1 }))
        }
        Value::Dict(d) => {
            let mut keys = d.keys();
            keys.reverse();
            Ok(new_iter(IterState::Values { items: keys, index: 0 }))
        }
        Value::Other(o) if matches!(&**o, Other::DictView { .. } | Other::Bytes(_) | Other::ByteArray(_)) => {
            let mut items = vm.collect(v)?;
            items.reverse();
            Ok(new_iter(IterState::Values { items, index: 0 }))
        }
        Value::Instance(_) | Value::Class(_) => {
            if let Some(m) = vm.lookup_special(v, "__reversed__") {
                return vm.call_value(&m, std::slice::from_ref(v), &[]);
            }
            if vm.lookup_special(v, "__getitem__").is_some() || crate::vm::ops::native_of(v).is_some() {
                let n = vm.len(v)? as isize;
                let seq = crate::vm::ops::native_of(v).unwrap_or_else(|| v.clone());
                return Ok(new_iter(IterState::Reversed { seq, index: n - 1 }));
            }
            Err(type_error(format!("'{}' object is not reversible", vm.type_of(v).name.as_str())))
        }
        _ => Err(type_error(format!("'{}' object is not reversible", vm.type_of(v).name.as_str()))),
    }
}

fn enumerate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    only_kwargs("enumerate", kwargs, &["start"])?;
    check_count("enumerate", args, 1, 2)?;
    let start = args.get(1).cloned().or_else(|| kwarg(kwargs, "start").cloned()).unwrap_or(Value::Int(0));
    let inner = vm.get_iter(&args[0])?;
    Ok(new_iter(IterState::Enumerate { inner, count: start, last: TupleRecycler::default() }))
}

fn zip(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    only_kwargs("zip", kwargs, &["strict"])?;
    let strict = match kwarg(kwargs, "strict") {
        Some(v) => vm.truthy(&v.clone())?,
        None => false,
    };
    let mut inners = Vec::new();
    for (i, a) in args.iter().enumerate() {
        inners.push(vm.get_iter(a).map_err(|e| {
            if e.matches(&types().type_error) {
                type_error(format!("zip argument #{} must support iteration", i + 1))
            } else {
                e
            }
        })?);
    }
    Ok(new_iter(IterState::Zip { inners: inners.into(), strict, last: TupleRecycler::default() }))
}

fn map(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("map", kwargs)?;
    if args.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut inners = Vec::new();
    for a in &args[1..] {
        inners.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Map { func: args[0].clone(), inners: inners.into() }))
}

fn filter(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("filter", kwargs)?;
    check_count("filter", args, 2, 2)?;
    let inner = vm.get_iter(&args[1])?;
    Ok(new_iter(IterState::Filter { func: args[0].clone(), inner }))
}

fn class_or_tuple(vm: &mut Vm, v: &Value, cls: &Value, fname: &str, check: &mut dyn FnMut(&mut Vm, &Rc<Class>) -> PyResult<bool>) -> PyResult<bool> {
    // Any other object may answer for itself (`int | str`, typing's forms).
    let hook_name = if fname == "issubclass" { "__subclasscheck__" } else { "__instancecheck__" };
    let hook = if matches!(cls, Value::Instance(_)) { vm.lookup_special(cls, hook_name) } else { None };
    if let Some(hook) = hook {
        let r = vm.call_value(&hook, &[cls.clone(), v.clone()], &[])?;
        return vm.truthy(&r);
    }
    match cls {
        Value::Class(c) => check(vm, c),
        _ => {
            let Some(Value::Tuple(t)) = crate::vm::ops::tuple_of(cls) else {
                let (one, many) = if fname == "issubclass" { ("class", "classes") } else { ("type", "types") };
                return Err(type_error(format!("{}() arg 2 must be a {}, a tuple of {}, or a union", fname, one, many)));
            };
            for c in t.items.iter() {
                if class_or_tuple(vm, v, c, fname, check)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("isinstance", kwargs)?;
    check_count("isinstance", args, 2, 2)?;
    let v = args[0].clone();
    let r = class_or_tuple(vm, &args[0], &args[1], "isinstance", &mut |vm, c| vm.isinstance_hooked(&v, c))?;
    Ok(Value::bool(r))
}

fn issubclass(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("issubclass", kwargs)?;
    check_count("issubclass", args, 2, 2)?;
    let sub = args[0].clone();
    let r = class_or_tuple(vm, &args[0], &args[1], "issubclass", &mut |vm, c| vm.issubclass_hooked(&sub, c))?;
    Ok(Value::bool(r))
}

/// The interned attribute name `v` of `getattr`/`setattr`/`hasattr`/`delattr`
/// (CPython 3.11's message does not name the function).
fn attr_name(vm: &Vm, v: &Value) -> PyResult<Name> {
    match crate::vm::ops::native_value(v).unwrap_or(v) {
        Value::Str(s) => Ok(intern(s.as_str())),
        _ => Err(type_error(format!("attribute name must be string, not '{}'", vm.type_of(v).name.as_str()))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("getattr", kwargs)?;
    check_count("getattr", args, 2, 3)?;
    let name = attr_name(vm, &args[1])?;
    if args.len() == 3 {
        return Ok(vm.get_attr_opt(&args[0], &name)?.unwrap_or_else(|| args[2].clone()));
    }
    vm.get_attr(&args[0], &name)
}

fn setattr(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("setattr", kwargs)?;
    check_count("setattr", args, 3, 3)?;
    let name = attr_name(vm, &args[1])?;
    vm.set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("hasattr", kwargs)?;
    check_count("hasattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    Ok(Value::bool(vm.get_attr_opt(&args[0], &name)?.is_some()))
}

fn delattr(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("delattr", kwargs)?;
    check_count("delattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    vm.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn id(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("id", kwargs)?;
    check_count("id", args, 1, 1)?;
    Ok(super::introspect::identity(&args[0]))
}

fn hash(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("hash", kwargs)?;
    check_count("hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn iter(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("iter", kwargs)?;
    check_count("iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(new_iter(IterState::Callable { func: args[0].clone(), sentinel: args[1].clone() }));
    }
    vm.get_iter(&args[0])
}

fn next(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("next", kwargs)?;
    check_count("next", args, 1, 2)?;
    let it = &args[0];
    let generator = matches!(it, Value::Generator(g) if g.kind == GenKind::Generator);
    if !(generator || matches!(it, Value::Iter(_))) && vm.lookup_special(it, "__next__").is_none() {
        return Err(type_error(format!("'{}' object is not an iterator", vm.type_of(it).name.as_str())));
    }
    if let (true, Value::Generator(g)) = (generator, it) {
        return match vm.gen_resume(g, Value::None)? {
            crate::vm::GenResume::Yield(v) => Ok(v),
            crate::vm::GenResume::Return(r) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(if r.is_none() { PyErr::with_args(&types().stop_iteration, vec![]) } else { PyErr::with_args(&types().stop_iteration, vec![r]) }),
            },
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::with_args(&types().stop_iteration, vec![])),
        },
    }
}

fn repr(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("repr", kwargs)?;
    check_count("repr", args, 1, 1)?;
    Ok(Value::string(vm.repr(&args[0])?))
}

fn ascii(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("ascii", kwargs)?;
    check_count("ascii", args, 1, 1)?;
    Ok(Value::string(crate::runtime::str::ascii_escape(&vm.repr(&args[0])?)))
}

fn format(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("format", kwargs)?;
    check_count("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_owned(),
        Some(v) => return Err(type_error(format!("format() argument 2 must be str, not {}", vm.type_of(v).name.as_str()))),
        None => String::new(),
    };
    Ok(Value::string(vm.format(&args[0], &spec)?))
}

fn ord(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("ord", kwargs)?;
    check_count("ord", args, 1, 1)?;
    match crate::vm::ops::native_value(&args[0]).unwrap_or(&args[0]) {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(type_error(format!("ord() expected a character, but string of length {} found", s.char_len())));
            }
            Ok(Value::Int(s.char_at(0) as i64))
        }
        // A bytes or bytearray of one byte gives that byte (as CPython's ord does).
        v if crate::vm::bytes::is_bytes_like(v) => match crate::vm::bytes::with_bytes(v, |b| b.to_vec()).unwrap_or_default()[..] {
            [byte] => Ok(Value::Int(byte as i64)),
            ref b => Err(type_error(format!("ord() expected a character, but string of length {} found", b.len()))),
        },
        v => Err(type_error(format!("ord() expected string of length 1, but {} found", vm.type_of(v).name.as_str()))),
    }
}

fn chr(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("chr", kwargs)?;
    check_count("chr", args, 1, 1)?;
    let i = arg_int(vm, &args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::char(c)),
        None if (0xd800..0xe000).contains(&i) => Ok(Value::string('\u{fffd}'.to_string())),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn int_arg_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => {
            if let (Value::Instance(_), Some(m)) = (v, vm.lookup_special(v, "__index__")) {
                let r = vm.call_value(&m, std::slice::from_ref(v), &[])?;
                return int_arg_big(vm, &r);
            }
            Err(type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_of(v).name.as_str())))
        }
    }
}

fn radix(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], name: &str, prefix: &str, base: u32) -> PyResult<Value> {
    no_kwargs(name, kwargs)?;
    check_count(name, args, 1, 1)?;
    let b = int_arg_big(vm, &args[0])?;
    let digits = b.abs().to_str_radix(base);
    Ok(Value::string(format!("{}{}{}", if b.is_negative() { "-" } else { "" }, prefix, digits)))
}

fn bin(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    radix(vm, args, kwargs, "bin", "0b", 2)
}

fn hex(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    radix(vm, args, kwargs, "hex", "0x", 16)
}

fn oct(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    radix(vm, args, kwargs, "oct", "0o", 8)
}

/// Rounds half to even to an integer value.
fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

fn round(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    only_kwargs("round", kwargs, &["ndigits"])?;
    check_count("round", args, 1, 2)?;
    let nd = args.get(1).cloned().or_else(|| kwarg(kwargs, "ndigits").cloned()).filter(|v| !v.is_none());
    match &plain_native(&args[0], "__round__") {
        Value::Float(f) => match nd {
            None => {
                if f.get().is_nan() {
                    return Err(value_error("cannot convert float NaN to integer"));
                }
                if f.get().is_infinite() {
                    return Err(overflow_error("cannot convert float infinity to integer"));
                }
                let r = round_half_even(f.get());
                Ok(crate::runtime::int::f64_to_int(r).unwrap_or(Value::Int(0)))
            }
            Some(n) => {
                let n = arg_int(vm, &n)?;
                let r = numfmt::round_float(f.get(), n);
                if r.is_infinite() && f.get().is_finite() {
                    return Err(overflow_error("rounded value too large to represent"));
                }
                Ok(Value::float(r))
            }
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let v = match &args[0] {
                Value::Bool(b) => Value::Int(b.get() as i64),
                v => v.clone(),
            };
            match nd {
                None => Ok(v),
                Some(n) => {
                    let n = arg_int(vm, &n)?;
                    if n >= 0 {
                        return Ok(v);
                    }
                    let b = crate::runtime::int::to_bigint(&v).unwrap_or_default();
                    let p = num_traits::pow(BigInt::from(10), (-n) as usize);
                    let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
                    let twice = &r * 2;
                    let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
                    Ok(Value::from_bigint(q * p))
                }
            }
        }
        v => match vm.lookup_special(v, "__round__") {
            Some(m) if matches!(v, Value::Instance(_)) => {
                let mut a = vec![v.clone()];
                if let Some(n) = nd {
                    a.push(n);
                }
                vm.call_value(&m, &a, &[])
            }
            _ => Err(type_error(format!("type {} doesn't define __round__ method", vm.type_of(v).name.as_str()))),
        },
    }
}

fn divmod(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("divmod", kwargs)?;
    check_count("divmod", args, 2, 2)?;
    let (a, b) = (&plain_native(&args[0], "__divmod__"), &plain_native(&args[1], "__rdivmod__"));
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if *y == 0 {
            return Err(zero_division_error("integer division or modulo by zero"));
        }
        if let Some(q) = crate::runtime::int::floordiv_i64(*x, *y) {
            return Ok(Value::tuple(vec![Value::Int(q), Value::Int(crate::runtime::int::mod_i64(*x, *y))]));
        }
    }
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        if let Some(m) = vm.lookup_special(a, "__divmod__").filter(|_| matches!(a, Value::Instance(_))) {
            return vm.call_value(&m, &[a.clone(), b.clone()], &[]);
        }
        if let Some(m) = vm.lookup_special(b, "__rdivmod__").filter(|_| matches!(b, Value::Instance(_))) {
            return vm.call_value(&m, &[b.clone(), a.clone()], &[]);
        }
    }
    let is_num = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_));
    if !is_num(a) || !is_num(b) {
        return Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_of(a).name.as_str(),
            vm.type_of(b).name.as_str()
        )));
    }
    if matches!(b, Value::Int(0) | Value::Bool(B64::FALSE)) && !matches!(a, Value::Float(_)) {
        return Err(zero_division_error("integer division or modulo by zero"));
    }
    if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
        let x = arg_f64(vm, a)?;
        let y = arg_f64(vm, b)?;
        if y == 0.0 {
            return Err(zero_division_error("float divmod()"));
        }
        let (q, r) = crate::vm::ops::float_divmod(x, y);
        return Ok(Value::tuple(vec![Value::float(q), Value::float(r)]));
    }
    if matches!(a, Value::BigInt(_)) || matches!(b, Value::BigInt(_)) {
        // One big-int division for both results (b != 0 was checked above
        // for small b; a big b is never zero).
        use std::borrow::Cow;
        fn big(v: &Value) -> Option<Cow<'_, BigInt>> {
            match v {
                Value::BigInt(b) => Some(Cow::Borrowed(&**b)),
                Value::Int(i) => Some(Cow::Owned(BigInt::from(*i))),
                Value::Bool(t) => Some(Cow::Owned(BigInt::from(t.get() as i64))),
                _ => None,
            }
        }
        if let (Some(x), Some(y)) = (big(a), big(b)) {
            let (q, r) = crate::runtime::int::divmod_big(&x, &y);
            return Ok(Value::tuple(vec![Value::from_bigint(q), Value::from_bigint(r)]));
        }
    }
    let q = vm.binary_op(BinOp::FloorDiv, a, b)?;
    let r = vm.binary_op(BinOp::Mod, a, b)?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    only_kwargs("pow", kwargs, &["base", "exp", "mod"])?;
    check_count("pow", args, 2, 3)?;
    let m = args.get(2).cloned().or_else(|| kwarg(kwargs, "mod").cloned()).filter(|v| !v.is_none());
    match m {
        None => vm.binary_op(BinOp::Pow, &args[0], &args[1]),
        Some(m) if matches!(&args[0], Value::Instance(_)) => {
            // A class's own three-argument `__pow__` (decimal.Decimal's).
            let r = match vm.lookup_special(&args[0], "__pow__") {
                Some(f) => vm.call_value(&f, &[args[0].clone(), args[1].clone(), m.clone()], &[])?,
                None => not_implemented(),
            };
            if matches!(&r, Value::Other(o) if matches!(**o, Other::NotImplemented)) {
                return Err(type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    vm.type_of(&args[0]).name.as_str(),
                    vm.type_of(&args[1]).name.as_str(),
                    vm.type_of(&m).name.as_str()
                )));
            }
            Ok(r)
        }
        Some(m) => {
            let int = |v: &Value| crate::runtime::int::to_bigint(&plain_native(v, "__pow__"));
            let (Some(a), Some(b), Some(m)) = (int(&args[0]), int(&args[1]), int(&m)) else {
                return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            };
            if m.is_zero() {
                return Err(value_error("pow() 3rd argument cannot be 0"));
            }
            let (a, b) = if b.is_negative() {
                // Modular inverse.
                let inv = mod_inverse(&a, &m).ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
                (inv, -b)
            } else {
                (a, b)
            };
            Ok(Value::from_bigint(crate::runtime::int::pow_mod(&a, &b, &m)))
        }
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m_abs = m.abs();
    let (mut old_r, mut r) = (num_integer::Integer::mod_floor(a, &m_abs), m_abs.clone());
    let (mut old_s, mut s) = (BigInt::from(1), BigInt::from(0));
    while !r.is_zero() {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if old_r != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&old_s, &m_abs))
}

fn callable(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("callable", kwargs)?;
    check_count("callable", args, 1, 1)?;
    let _ = vm;
    Ok(Value::bool(is_callable(&args[0])))
}

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup(&static_name("__call__")).is_some(),
        Value::Other(o) => matches!(&**o, Other::StaticMethod(_) | Other::ClassMethod(_)),
        _ => false,
    }
}

fn globals(vm: &mut Vm, _args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Dict(vm.current_globals()))
}

/// `locals()`: the calling frame's namespace (module level, class body) or,
/// in a function, its locals dict brought up to date (CPython 3.11's: one
/// dict per frame; assigning to it does not change the variables).
fn locals(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("locals", kwargs)?;
    if !args.is_empty() {
        return Err(type_error(format!("locals() takes no arguments ({} given)", args.len())));
    }
    Ok(Value::Dict(super::introspect::caller_locals(vm)?))
}

fn vars(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("vars", kwargs)?;
    check_count("vars", args, 0, 1)?;
    match args.first() {
        None => Ok(Value::Dict(super::introspect::caller_locals(vm)?)),
        Some(v) => vm.get_attr(v, &static_name("__dict__")).map_err(|_| type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("dir", kwargs)?;
    check_count("dir", args, 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    match args.first() {
        None => {
            for k in super::introspect::caller_locals(vm)?.keys() {
                if let Value::Str(s) = k {
                    names.push(s.as_str().to_owned());
                }
            }
        }
        Some(v) => {
            // A `__dir__` written in Python (on the class, or on a class's metaclass).
            let hook = match v {
                Value::Class(c) => crate::vm::classes::meta_override(c, "__dir__"),
                Value::Instance(i) => i.class.lookup(&static_name("__dir__")).filter(|f| !matches!(f, Value::Builtin(_))),
                _ => None,
            };
            if let Some(f) = hook {
                let r = vm.call_value(&f, std::slice::from_ref(v), &[])?;
                let mut items = vm.collect(&r)?;
                sort_values(vm, &mut items, None, false)?;
                return Ok(Value::list(items));
            }
            let cls = match v {
                Value::Class(c) => c.clone(),
                _ => vm.type_of(v),
            };
            if let Value::Instance(i) = v {
                for k in i.dict().keys() {
                    if let Value::Str(s) = k {
                        names.push(s.as_str().to_owned());
                    }
                }
            }
            // A module's dir() is its namespace alone (CPython's module.__dir__).
            let classes: Vec<&Rc<Class>> = if let Value::Module(m) = v {
                for k in m.dict.keys() {
                    if let Value::Str(s) = k {
                        names.push(s.as_str().to_owned());
                    }
                }
                Vec::new()
            } else {
                std::iter::once(&cls).chain(cls.mro.iter()).collect()
            };
            for c in classes {
                for k in c.dict.keys() {
                    if let Value::Str(s) = k {
                        names.push(s.as_str().to_owned());
                    }
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// `input([prompt])`: the prompt goes to `sys.stdout` (to stderr when both
/// standard streams are terminals, as CPython's `PyOS_Readline` writes it),
/// the line comes from `sys.stdin`, through the buffer `sys.stdin` reads.
fn input(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    use crate::modules::stdio::text_stream_fd;
    no_kwargs("input", kwargs)?;
    check_count("input", args, 0, 1)?;
    let fin = sys_stream(vm, "stdin");
    let fout = sys_stream(vm, "stdout");
    for (stream, what) in [(&fin, "stdin"), (&fout, "stdout")] {
        if let Some(Value::None) = stream {
            return Err(runtime_error(format!("input(): lost sys.{}", what)));
        }
    }
    // Errors flushing stderr and stdout are ignored here, as in CPython.
    match sys_stream(vm, "stderr") {
        Some(Value::None) => {}
        Some(err) => {
            let _ = flush_file(vm, &err);
        }
        None => {
            let _ = vm.stderr.flush();
        }
    }
    let std_in = fin.as_ref().map_or(true, |f| text_stream_fd(f) == Some(0));
    let std_out = fout.as_ref().map_or(true, |f| text_stream_fd(f) == Some(1));
    let terminal = std_in && std_out && crate::vm::stdio::isatty(0) && crate::vm::stdio::isatty(1);
    if let Some(p) = args.first() {
        let prompt = vm.str_of(p)?;
        if terminal {
            vm.flush_stdout();
            vm.write_std(2, prompt.as_bytes())?;
            let _ = vm.stderr.flush();
        } else {
            match &fout {
                Some(f) => write_to(vm, f, &prompt)?,
                None => vm.write_stdout(&prompt)?,
            }
        }
    }
    match &fout {
        Some(f) => {
            let _ = flush_file(vm, f);
        }
        None => vm.flush_stdout(),
    }
    let mut line = match &fin {
        Some(f) if !std_in => {
            let readline = vm.get_attr(f, &intern("readline"))?;
            match vm.call_value(&readline, &[], &[])? {
                Value::Str(s) => s.as_str().to_owned(),
                v => return Err(type_error(format!("object.readline() returned non-string ({})", vm.type_of(&v).name.as_str()))),
            }
        }
        _ => {
            if vm.stdin.closed {
                return Err(crate::vm::stdio::closed_file());
            }
            let bytes = vm.read_stdin(|stdin, on_signal| stdin.read_line(None, true, on_signal))?;
            crate::vm::stdio::decode(bytes)
        }
    };
    if line.is_empty() {
        return Err(PyErr::new(&types().eof_error, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(Value::string(line))
}

#[allow(dead_code)]
fn to_i64_lossy(b: &BigInt) -> i64 {
    b.to_i64().unwrap_or(0)
}
