//! Methods of `list` and `tuple`, plus the argument-checking helpers shared
//! with `dict_methods` and `set_methods` (CPython's exact messages).
//!
//! Lists live behind a `RefCell`; no borrow is ever held across a call into
//! the VM (comparisons and hashing may run Python code that mutates the list).

use std::rc::Rc;

use super::add_method;
use super::args::arg_int;
use crate::bytecode::BinOp;
use crate::runtime::list::ListStore;
use crate::runtime::objects::*;
use crate::runtime::str::static_name;
use crate::runtime::types::types;
use crate::runtime::value::{B64, Value};
use crate::vm::errors::*;
use crate::vm::iter::new_iter;
use crate::vm::{PyResult, Vm};

/// Registers the methods of `list` and `tuple`.
pub fn register() {
    let t = types();
    let l = &t.list;
    add_method(l, "append", append);
    add_method(l, "extend", extend);
    add_method(l, "insert", insert);
    add_method(l, "pop", pop);
    add_method(l, "remove", remove);
    add_method(l, "index", list_index);
    add_method(l, "count", list_count);
    add_method(l, "sort", sort);
    add_method(l, "reverse", reverse);
    add_method(l, "copy", copy);
    add_method(l, "clear", clear);
    add_method(l, "__init__", list_init);
    add_method(l, "__getitem__", list_getitem);
    add_method(l, "__setitem__", list_setitem);
    add_method(l, "__delitem__", list_delitem);
    add_method(l, "__len__", list_len);
    add_method(l, "__contains__", list_contains);
    add_method(l, "__iter__", list_iter);
    add_method(l, "__add__", list_add);
    add_method(l, "__iadd__", list_iadd);
    add_method(l, "__mul__", list_mul);
    add_method(l, "__rmul__", list_mul);
    add_method(l, "__eq__", list_eq);
    l.dict.set_str(&static_name("__hash__"), Value::None);

    let tu = &t.tuple;
    add_method(tu, "index", tuple_index);
    add_method(tu, "count", tuple_count);
    add_method(tu, "__getitem__", tuple_getitem);
    add_method(tu, "__len__", tuple_len);
    add_method(tu, "__contains__", tuple_contains);
    add_method(tu, "__iter__", tuple_iter);
    add_method(tu, "__add__", tuple_add);
}

// ---------------------------------------------------------------------------
// Shared argument helpers (also used by dict_methods and set_methods).

/// The receiver (`args[0]`), or CPython's error for an unbound call without one.
pub(super) fn receiver<'a>(args: &'a [Value], owner: &str, method: &str) -> PyResult<&'a Value> {
    args.first().ok_or_else(|| type_error(format!("unbound method {}.{}() needs an argument", owner, method)))
}

/// "descriptor 'm' for 'owner' objects doesn't apply to a 'T' object".
pub(super) fn descr_error(vm: &Vm, method: &str, owner: &str, v: &Value) -> PyErr {
    type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        method,
        owner,
        vm.type_of(v).name.as_str()
    ))
}

/// "descriptor 'm' requires a 'owner' object but received a 'T'" (slot wrappers).
pub(super) fn slot_descr_error(vm: &Vm, method: &str, owner: &str, v: &Value) -> PyErr {
    type_error(format!(
        "descriptor '{}' requires a '{}' object but received a '{}'",
        method,
        owner,
        vm.type_of(v).name.as_str()
    ))
}

/// METH_O: "list.append() takes exactly one argument (N given)".
pub(super) fn exactly_one(owner: &str, method: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<()> {
    no_kw(owner, method, kwargs)?;
    let n = args.len().saturating_sub(1);
    if n != 1 {
        return Err(type_error(format!("{}.{}() takes exactly one argument ({} given)", owner, method, n)));
    }
    Ok(())
}

/// METH_NOARGS: "list.copy() takes no arguments (N given)".
pub(super) fn no_args(owner: &str, method: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<()> {
    no_kw(owner, method, kwargs)?;
    let n = args.len().saturating_sub(1);
    if n != 0 {
        return Err(type_error(format!("{}.{}() takes no arguments ({} given)", owner, method, n)));
    }
    Ok(())
}

/// "list.pop() takes no keyword arguments".
pub(super) fn no_kw(owner: &str, method: &str, kwargs: &[(Name, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{}.{}() takes no keyword arguments", owner, method)))
    }
}

/// Argument-clinic positional counts: "pop expected at most 1 argument, got 2".
/// `n` excludes the receiver.
pub(super) fn positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if min == max && n != min {
        return Err(type_error(format!("{} expected {} argument{}, got {}", name, min, plural(min), n)));
    }
    if n < min {
        return Err(type_error(format!("{} expected at least {} argument{}, got {}", name, min, plural(min), n)));
    }
    if n > max {
        return Err(type_error(format!("{} expected at most {} argument{}, got {}", name, max, plural(max), n)));
    }
    Ok(())
}

/// Slot-wrapper counts: "expected 1 argument, got 0" (`prefix` is "" or " ").
pub(super) fn wrapper_count(args: &[Value], kwargs: &[(Name, Value)], method: &str, want: usize, prefix: &str) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(type_error(format!("wrapper {}() takes no keyword arguments", method)));
    }
    let n = args.len().saturating_sub(1);
    if n != want {
        return Err(type_error(format!("{}expected {} argument{}, got {}", prefix, want, if want == 1 { "" } else { "s" }, n)));
    }
    Ok(())
}

/// A start/stop argument of `index()` (`_PyEval_SliceIndexNotNone`), clamped
/// against `len` like CPython.
pub(super) fn slice_index_arg(vm: &mut Vm, v: &Value, len: usize) -> PyResult<usize> {
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(b) => {
            if num_traits::Signed::is_negative(&**b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
        Value::Instance(_) if vm.lookup_special(v, "__index__").is_some() => arg_int(vm, v)?,
        _ => return Err(type_error("slice indices must be integers or have an __index__ method")),
    };
    let len = len as i64;
    let j = if i < 0 { (i + len).max(0) } else { i };
    Ok(j.min(len.max(0)).max(0) as usize)
}

// ---------------------------------------------------------------------------
// Receivers.

/// The list behind a `list` value or an instance of a `list` subclass.
fn as_list(v: &Value) -> Option<Rc<PyList>> {
    match v {
        Value::List(l) => Some(l.clone()),
        Value::Instance(i) => match &i.native {
            NativeData::List(l) => Some(l.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The receiver of a `list` method (`args[0]`), with CPython's errors.
fn recv_list(vm: &Vm, args: &[Value], method: &str) -> PyResult<Rc<PyList>> {
    let v = receiver(args, "list", method)?;
    as_list(v).ok_or_else(|| descr_error(vm, method, "list", v))
}

/// Receiver of a slot wrapper (`__init__`, `__len__`, ...).
fn recv_list_slot(vm: &Vm, args: &[Value], method: &str) -> PyResult<Rc<PyList>> {
    let v = receiver(args, "list", method)?;
    as_list(v).ok_or_else(|| slot_descr_error(vm, method, "list", v))
}

/// The tuple behind a `tuple` value or a tuple-subclass instance.
fn as_tuple(v: &Value) -> Option<Rc<PyTuple>> {
    match v {
        Value::Tuple(t) => Some(t.clone()),
        Value::Instance(i) => match &i.native {
            NativeData::Value(Value::Tuple(t)) => Some(t.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn recv_tuple(vm: &Vm, args: &[Value], method: &str, slot: bool) -> PyResult<Rc<PyTuple>> {
    let v = receiver(args, "tuple", method)?;
    as_tuple(v).ok_or_else(|| if slot { slot_descr_error(vm, method, "tuple", v) } else { descr_error(vm, method, "tuple", v) })
}

/// Item `i` of a list, if still in range (short borrow).
#[inline]
fn item_at(l: &PyList, i: usize) -> Option<Value> {
    l.get(i)
}

/// `a == b` with CPython's identity shortcut (`PyObject_RichCompare(item, x, Py_EQ)`).
#[inline]
fn same(vm: &mut Vm, item: &Value, x: &Value) -> PyResult<bool> {
    Ok(item.is(x) || vm.eq(item, x)?)
}

// ---------------------------------------------------------------------------
// list methods.

fn append(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list(vm, args, "append")?;
    exactly_one("list", "append", args, kwargs)?;
    l.push(args[1].clone());
    Ok(Value::None)
}

/// Appends every item of `src` to `l` (`list.extend`).
fn extend_from(vm: &mut Vm, l: &PyList, src: &Value) -> PyResult<()> {
    match src {
        Value::List(s) => l.extend_list(s),
        Value::Tuple(t) => l.extend(t.items.clone()),
        _ => {
            if let Some(s) = as_list(src) {
                l.extend_list(&s);
                return Ok(());
            }
            let it = vm.get_iter(src)?;
            while let Some(x) = vm.next(&it)? {
                l.push(x);
            }
        }
    }
    Ok(())
}

fn extend(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list(vm, args, "extend")?;
    exactly_one("list", "extend", args, kwargs)?;
    extend_from(vm, &l, &args[1])?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list(vm, args, "insert")?;
    no_kw("list", "insert", kwargs)?;
    positional("insert", args.len() - 1, 2, 2)?;
    let i = arg_int(vm, &args[1])?;
    let n = l.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(j as usize, args[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list(vm, args, "pop")?;
    no_kw("list", "pop", kwargs)?;
    positional("pop", args.len() - 1, 0, 1)?;
    let i = match args.get(1) {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    let n = l.len() as i64;
    if n == 0 {
        return Err(index_error("pop from empty list"));
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    if j == n - 1 {
        return l.pop().ok_or_else(|| index_error("pop index out of range"));
    }
    l.remove(j as usize).ok_or_else(|| index_error("pop index out of range"))
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list(vm, args, "remove")?;
    exactly_one("list", "remove", args, kwargs)?;
    let x = &args[1];
    let mut i = 0;
    while let Some(item) = item_at(&l, i) {
        if same(vm, &item, x)? {
            drop(l.remove(i));
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn list_index(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list(vm, args, "index")?;
    no_kw("list", "index", kwargs)?;
    positional("index", args.len() - 1, 1, 3)?;
    let x = &args[1];
    let len = l.len();
    let start = match args.get(2) {
        Some(v) => slice_index_arg(vm, v, len)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => slice_index_arg(vm, v, len)?,
        None => usize::MAX,
    };
    let mut i = start;
    while i < stop {
        let Some(item) = item_at(&l, i) else { break };
        if same(vm, &item, x)? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    let r = vm.repr(x)?;
    Err(value_error(format!("{} is not in list", r)))
}

fn list_count(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list(vm, args, "count")?;
    exactly_one("list", "count", args, kwargs)?;
    let x = &args[1];
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = item_at(&l, i) {
        if same(vm, &item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list(vm, args, "sort")?;
    if args.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kwargs {
        match k.as_str() {
            "key" => key = Some(v.clone()).filter(|f| !f.is_none()),
            "reverse" => reverse = arg_int(vm, v)? != 0,
            other => return Err(type_error(format!("'{}' is an invalid keyword argument for sort()", other))),
        }
    }
    // As CPython: the list appears empty while sorting; mutations made
    // meanwhile are detected and discarded.
    if key.is_none() && l.sort_fast(reverse) {
        return Ok(Value::None);
    }
    let store = l.take();
    let (compact, generic) = match &store {
        ListStore::Compact { .. } => (true, false),
        ListStore::Values { generic, .. } => (false, *generic),
    };
    let mut items = store.into_values();
    let r = super::functions::sort_values(vm, &mut items, key.as_ref(), reverse);
    let store = if compact { PyList::new_compacting(items).take() } else { ListStore::Values { items, generic } };
    let meddled = l.put_back(store);
    r?;
    if meddled {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list(vm, args, "reverse")?;
    no_args("list", "reverse", args, kwargs)?;
    l.reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list(vm, args, "copy")?;
    no_args("list", "copy", args, kwargs)?;
    Ok(Value::List(crate::runtime::gc::new(l.copy())))
}

fn clear(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list(vm, args, "clear")?;
    no_args("list", "clear", args, kwargs)?;
    l.clear();
    Ok(Value::None)
}

// ---------------------------------------------------------------------------
// list dunders (for subclasses calling `super().__getitem__(i)` and friends).

fn list_init(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list_slot(vm, args, "__init__")?;
    if !kwargs.is_empty() {
        return Err(type_error("list() takes no keyword arguments"));
    }
    positional("list", args.len() - 1, 0, 1)?;
    l.clear();
    if let Some(src) = args.get(1) {
        extend_from(vm, &l, src)?;
    }
    Ok(Value::None)
}

fn list_getitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list(vm, args, "__getitem__")?;
    exactly_one("list", "__getitem__", args, kwargs)?;
    vm.get_item(&Value::List(l), &args[1])
}

fn list_setitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list_slot(vm, args, "__setitem__")?;
    wrapper_count(args, kwargs, "__setitem__", 2, " ")?;
    vm.set_item(&Value::List(l), args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list_slot(vm, args, "__delitem__")?;
    wrapper_count(args, kwargs, "__delitem__", 1, "")?;
    vm.del_item(&Value::List(l), &args[1])?;
    Ok(Value::None)
}

fn list_len(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list_slot(vm, args, "__len__")?;
    wrapper_count(args, kwargs, "__len__", 0, "")?;
    Ok(Value::Int(l.len() as i64))
}

fn list_contains(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list_slot(vm, args, "__contains__")?;
    wrapper_count(args, kwargs, "__contains__", 1, "")?;
    let x = &args[1];
    let mut i = 0;
    while let Some(item) = item_at(&l, i) {
        if same(vm, &item, x)? {
            return Ok(Value::Bool(B64::TRUE));
        }
        i += 1;
    }
    Ok(Value::Bool(B64::FALSE))
}

fn list_iter(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list_slot(vm, args, "__iter__")?;
    wrapper_count(args, kwargs, "__iter__", 0, "")?;
    Ok(new_iter(IterState::Seq { seq: Value::List(l), index: 0 }))
}

fn list_add(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list_slot(vm, args, "__add__")?;
    wrapper_count(args, kwargs, "__add__", 1, "")?;
    let other = &args[1];
    match as_list(other) {
        Some(o) => Ok(Value::List(crate::runtime::gc::new(l.concat(&o)))),
        // Leave room for the right operand's `__radd__`.
        None if matches!(other, Value::Instance(_)) => Ok(crate::runtime::objects::not_implemented()),
        None => Err(type_error(format!("can only concatenate list (not \"{}\") to list", vm.type_of(other).name.as_str()))),
    }
}

fn list_iadd(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list_slot(vm, args, "__iadd__")?;
    wrapper_count(args, kwargs, "__iadd__", 1, "")?;
    extend_from(vm, &l, &args[1])?;
    Ok(args[0].clone())
}

fn list_mul(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list_slot(vm, args, "__mul__")?;
    wrapper_count(args, kwargs, "__mul__", 1, "")?;
    let other = &args[1];
    let n = match other {
        Value::Int(_) | Value::Bool(_) => arg_int(vm, other)?,
        Value::Instance(_) if vm.lookup_special(other, "__index__").is_none() => {
            return Ok(crate::runtime::objects::not_implemented());
        }
        _ => arg_int(vm, other)?,
    };
    vm.binary_op(BinOp::Mul, &Value::List(l), &Value::Int(n))
}

fn list_eq(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let l = recv_list_slot(vm, args, "__eq__")?;
    wrapper_count(args, kwargs, "__eq__", 1, "")?;
    match as_list(&args[1]) {
        Some(o) => Ok(Value::bool(vm.eq(&Value::List(l), &Value::List(o))?)),
        None => Ok(crate::runtime::objects::not_implemented()),
    }
}

// ---------------------------------------------------------------------------
// tuple methods.

fn tuple_index(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let t = recv_tuple(vm, args, "index", false)?;
    no_kw("tuple", "index", kwargs)?;
    positional("index", args.len() - 1, 1, 3)?;
    let x = &args[1];
    let len = t.items.len();
    let start = match args.get(2) {
        Some(v) => slice_index_arg(vm, v, len)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => slice_index_arg(vm, v, len)?,
        None => len,
    };
    for i in start..stop.min(len) {
        if same(vm, &t.items[i], x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let t = recv_tuple(vm, args, "count", false)?;
    exactly_one("tuple", "count", args, kwargs)?;
    let mut n = 0;
    for item in t.items.iter() {
        if same(vm, item, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_getitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let t = recv_tuple(vm, args, "__getitem__", true)?;
    wrapper_count(args, kwargs, "__getitem__", 1, "")?;
    vm.get_item(&Value::Tuple(t), &args[1])
}

fn tuple_len(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let t = recv_tuple(vm, args, "__len__", true)?;
    wrapper_count(args, kwargs, "__len__", 0, "")?;
    Ok(Value::Int(t.items.len() as i64))
}

fn tuple_contains(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let t = recv_tuple(vm, args, "__contains__", true)?;
    wrapper_count(args, kwargs, "__contains__", 1, "")?;
    for item in t.items.iter() {
        if same(vm, item, &args[1])? {
            return Ok(Value::Bool(B64::TRUE));
        }
    }
    Ok(Value::Bool(B64::FALSE))
}

fn tuple_iter(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let t = recv_tuple(vm, args, "__iter__", true)?;
    wrapper_count(args, kwargs, "__iter__", 0, "")?;
    Ok(new_iter(IterState::Seq { seq: Value::Tuple(t), index: 0 }))
}

fn tuple_add(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let t = recv_tuple(vm, args, "__add__", true)?;
    wrapper_count(args, kwargs, "__add__", 1, "")?;
    let other = &args[1];
    match as_tuple(other) {
        Some(o) => {
            let mut v = t.items.clone();
            v.extend(o.items.iter().cloned());
            Ok(Value::tuple(v))
        }
        None if matches!(other, Value::Instance(_)) => Ok(crate::runtime::objects::not_implemented()),
        None => Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", vm.type_of(other).name.as_str()))),
    }
}
