//! Methods of `dict` (CPython 3.11 semantics and messages).
//!
//! Receivers may be plain dicts or instances of `dict` subclasses (whose
//! native dict lives in `NativeData::Dict`). No table borrow is held across a
//! call into the VM: hashing and key comparison may run Python code.

use std::rc::Rc;

use super::add_method;
use super::list_methods::{descr_error, exactly_one, no_args, no_kw, positional, receiver, slot_descr_error, wrapper_count};
use crate::runtime::objects::*;
use crate::runtime::str::{intern, static_name};
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::iter::new_iter;
use crate::vm::{PyResult, Vm};

/// Registers the methods of `dict`.
pub fn register() {
    let t = types();
    let d = &t.dict;
    add_method(d, "keys", keys);
    add_method(d, "values", values);
    add_method(d, "items", items);
    add_method(d, "get", get);
    add_method(d, "setdefault", setdefault);
    add_method(d, "pop", pop);
    add_method(d, "popitem", popitem);
    add_method(d, "update", update);
    add_method(d, "copy", copy);
    add_method(d, "clear", clear);
    add_method(d, "__init__", dict_init);
    add_method(d, "__getitem__", dict_getitem);
    add_method(d, "__setitem__", dict_setitem);
    add_method(d, "__delitem__", dict_delitem);
    add_method(d, "__contains__", dict_contains);
    add_method(d, "__len__", dict_len);
    add_method(d, "__iter__", dict_iter);
    let fromkeys_fn = Value::Builtin(Rc::new(Builtin { name: "fromkeys", func: fromkeys, owner: Some("dict") }));
    d.dict.set_str(&intern("fromkeys"), Value::Other(Rc::new(Other::ClassMethod(fromkeys_fn))));
    d.dict.set_str(&static_name("__hash__"), Value::None);
}

/// The dict behind a `dict` value or an instance of a `dict` subclass.
fn as_dict(v: &Value) -> Option<Rc<PyDict>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i) => match &i.native {
            NativeData::Dict(d) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The receiver of a `dict` method.
fn recv_dict(vm: &Vm, args: &[Value], method: &str) -> PyResult<Rc<PyDict>> {
    let v = receiver(args, "dict", method)?;
    as_dict(v).ok_or_else(|| descr_error(vm, method, "dict", v))
}

/// The receiver of a `dict` slot wrapper (`__init__`, `__len__`, ...).
fn recv_dict_slot(vm: &Vm, args: &[Value], method: &str) -> PyResult<Rc<PyDict>> {
    let v = receiver(args, "dict", method)?;
    as_dict(v).ok_or_else(|| slot_descr_error(vm, method, "dict", v))
}

fn view(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], method: &str, kind: u8) -> PyResult<Value> {
    let d = recv_dict(vm, args, method)?;
    no_args("dict", method, args, kwargs)?;
    Ok(Value::Other(Rc::new(Other::DictView { dict: d, kind })))
}

fn keys(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    view(vm, args, kwargs, "keys", 0)
}

fn values(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    view(vm, args, kwargs, "values", 1)
}

fn items(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    view(vm, args, kwargs, "items", 2)
}

/// The dict receiver of a call with exactly `1..=2` positional arguments
/// and no keywords: the common shape of `get`, `setdefault` and `pop`,
/// which then skip the generic argument checks (their errors are raised by
/// the generic path, in CPython's order).
#[inline]
fn fast_recv<'a>(args: &'a [Value], kwargs: &[(Name, Value)]) -> Option<&'a PyDict> {
    match args {
        [Value::Dict(d), _] | [Value::Dict(d), _, _] if kwargs.is_empty() => Some(d),
        _ => None,
    }
}

fn get(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d: &PyDict = match fast_recv(args, kwargs) {
        Some(d) => d,
        None => {
            let d = recv_dict(vm, args, "get")?;
            no_kw("dict", "get", kwargs)?;
            positional("get", args.len() - 1, 1, 2)?;
            return get_from(vm, &d, args);
        }
    };
    get_from(vm, d, args)
}

#[inline]
fn get_from(vm: &mut Vm, d: &PyDict, args: &[Value]) -> PyResult<Value> {
    Ok(match vm.dict_get(d, &args[1])? {
        Some(v) => v,
        None => args.get(2).cloned().unwrap_or(Value::None),
    })
}

fn setdefault(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let default = args.get(2).cloned().unwrap_or(Value::None);
    match fast_recv(args, kwargs) {
        Some(d) => vm.dict_setdefault(d, args[1].clone(), default),
        None => {
            let d = recv_dict(vm, args, "setdefault")?;
            no_kw("dict", "setdefault", kwargs)?;
            positional("setdefault", args.len() - 1, 1, 2)?;
            vm.dict_setdefault(&d, args[1].clone(), default)
        }
    }
}

fn pop(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let owned;
    let d: &PyDict = match fast_recv(args, kwargs) {
        Some(d) => d,
        None => {
            owned = recv_dict(vm, args, "pop")?;
            no_kw("dict", "pop", kwargs)?;
            positional("pop", args.len() - 1, 1, 2)?;
            &owned
        }
    };
    let key = &args[1];
    // As CPython: an empty dict answers without hashing the key.
    let found = if d.is_empty() { None } else { vm.dict_remove(d, key)? };
    match found {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(key_error(key.clone())),
        },
    }
}

fn popitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv_dict(vm, args, "popitem")?;
    no_args("dict", "popitem", args, kwargs)?;
    let last = d.table.borrow_mut().pop_last();
    match last {
        Some((k, v)) => {
            d.bump();
            Ok(Value::tuple(vec![k, v]))
        }
        None => Err(key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

/// The native dict of `v` when it can be merged entry by entry: a dict, or a
/// dict subclass instance that does not override `__iter__` (CPython's
/// `dict_merge` fast path).
fn mergeable(v: &Value) -> Option<Rc<PyDict>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i) => match &i.native {
            NativeData::Dict(d) => match i.class.lookup(&static_name("__iter__")) {
                Some(Value::Builtin(b)) if b.owner == Some("dict") && b.name == "__iter__" => Some(d.clone()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// `dict.update(arg)`: a mapping (anything with `keys`) or an iterable of pairs.
pub(super) fn update_arg(vm: &mut Vm, d: &Rc<PyDict>, arg: &Value) -> PyResult<()> {
    if let Some(src) = mergeable(arg) {
        // As CPython's `dict_merge`: the stored hashes, no `__hash__` calls.
        for (h, k, v) in src.items_hashed() {
            vm.dict_set_hashed(d, k, h, v)?;
        }
        return Ok(());
    }
    match vm.get_attr(arg, &intern("keys")) {
        Ok(keys_fn) => {
            let ks = vm.call_value(&keys_fn, &[], &[])?;
            let it = vm.get_iter(&ks)?;
            while let Some(k) = vm.next(&it)? {
                let v = vm.get_item(arg, &k)?;
                vm.dict_set(d, k, v)?;
            }
            Ok(())
        }
        Err(e) if e.matches(&types().attribute_error) => update_from_pairs(vm, d, arg),
        Err(e) => Err(e),
    }
}

/// `PyDict_MergeFromSeq2`: every item must be a 2-item iterable.
fn update_from_pairs(vm: &mut Vm, d: &Rc<PyDict>, arg: &Value) -> PyResult<()> {
    let it = vm.get_iter(arg)?;
    let mut n = 0usize;
    while let Some(item) = vm.next(&it)? {
        let kv = match vm.collect(&item) {
            Ok(kv) => kv,
            Err(e) if e.matches(&types().type_error) => {
                return Err(type_error(format!("cannot convert dictionary update sequence element #{} to a sequence", n)));
            }
            Err(e) => return Err(e),
        };
        if kv.len() != 2 {
            return Err(value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                n,
                kv.len()
            )));
        }
        let mut kv = kv.into_iter();
        let (k, v) = (kv.next().unwrap_or(Value::None), kv.next().unwrap_or(Value::None));
        vm.dict_set(d, k, v)?;
        n += 1;
    }
    Ok(())
}

/// Shared by `update` and `__init__`: at most one positional plus keywords.
fn update_common(vm: &mut Vm, d: &Rc<PyDict>, args: &[Value], kwargs: &[(Name, Value)], name: &str) -> PyResult<()> {
    positional(name, args.len() - 1, 0, 1)?;
    if let Some(arg) = args.get(1) {
        update_arg(vm, d, arg)?;
    }
    for (k, v) in kwargs {
        vm.dict_set(d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(())
}

fn update(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv_dict(vm, args, "update")?;
    update_common(vm, &d, args, kwargs, "update")?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv_dict(vm, args, "copy")?;
    no_args("dict", "copy", args, kwargs)?;
    let n = crate::runtime::gc::new(PyDict::new());
    *n.table.borrow_mut() = d.table.borrow().clone();
    Ok(Value::Dict(n))
}

fn clear(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv_dict(vm, args, "clear")?;
    no_args("dict", "clear", args, kwargs)?;
    let old = std::mem::take(&mut *d.table.borrow_mut());
    d.bump();
    drop(old);
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`, a classmethod: `args[0]` is the class.
fn fromkeys(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let t = types();
    let (cls, rest) = match args.first() {
        Some(Value::Class(c)) => (c.clone(), &args[1..]),
        _ => (t.dict.clone(), args),
    };
    no_kw("dict", "fromkeys", kwargs)?;
    positional("fromkeys", rest.len(), 1, 2)?;
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let iterable = &rest[0];
    let target = if Rc::ptr_eq(&cls, &t.dict) {
        Value::Dict(crate::runtime::gc::new(PyDict::new()))
    } else {
        vm.call_value(&Value::Class(cls), &[], &[])?
    };
    let it = vm.get_iter(iterable)?;
    match &target {
        Value::Dict(d) => {
            let d = d.clone();
            while let Some(k) = vm.next(&it)? {
                vm.dict_set(&d, k, value.clone())?;
            }
        }
        _ => {
            while let Some(k) = vm.next(&it)? {
                vm.set_item(&target, k, value.clone())?;
            }
        }
    }
    Ok(target)
}

// ---------------------------------------------------------------------------
// dunders (for subclasses calling `super().__getitem__(k)` and friends).

fn dict_init(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv_dict_slot(vm, args, "__init__")?;
    update_common(vm, &d, args, kwargs, "dict")?;
    Ok(Value::None)
}

fn dict_getitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv_dict(vm, args, "__getitem__")?;
    exactly_one("dict", "__getitem__", args, kwargs)?;
    let key = &args[1];
    if let Some(v) = vm.dict_get(&d, key)? {
        return Ok(v);
    }
    if let Value::Instance(inst) = &args[0] {
        if let Some(m) = inst.class.lookup(&static_name("__missing__")) {
            return vm.call_value(&m, &[args[0].clone(), key.clone()], &[]);
        }
    }
    Err(key_error(key.clone()))
}

fn dict_setitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv_dict_slot(vm, args, "__setitem__")?;
    wrapper_count(args, kwargs, "__setitem__", 2, " ")?;
    vm.dict_set(&d, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv_dict_slot(vm, args, "__delitem__")?;
    wrapper_count(args, kwargs, "__delitem__", 1, "")?;
    match vm.dict_remove(&d, &args[1])? {
        Some(_) => Ok(Value::None),
        None => Err(key_error(args[1].clone())),
    }
}

fn dict_contains(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv_dict(vm, args, "__contains__")?;
    exactly_one("dict", "__contains__", args, kwargs)?;
    Ok(Value::bool(vm.dict_get(&d, &args[1])?.is_some()))
}

fn dict_len(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv_dict_slot(vm, args, "__len__")?;
    wrapper_count(args, kwargs, "__len__", 0, "")?;
    Ok(Value::Int(d.len() as i64))
}

fn dict_iter(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = recv_dict_slot(vm, args, "__iter__")?;
    wrapper_count(args, kwargs, "__iter__", 0, "")?;
    let len = d.len();
    Ok(new_iter(IterState::Dict { dict: d, index: 0, kind: 0, len }))
}
