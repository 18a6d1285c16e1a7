//! Methods of `set` and `frozenset`, following CPython 3.11's `setobject.c`
//! closely enough that results iterate in the same order.
//!
//! No table borrow is held across a call into the VM (hashing and equality
//! may run Python code).

use std::rc::Rc;

use super::add_method;
use super::list_methods::{descr_error, exactly_one, no_args, no_kw, positional, receiver, slot_descr_error, wrapper_count};
use crate::bytecode::BinOp;
use crate::runtime::objects::*;
use crate::runtime::set::Probe;
use crate::vm::{native_eq_or_flag, native_key_eq};
use crate::runtime::types::types;
use crate::runtime::value::{B64, Value};
use crate::vm::errors::*;
use crate::vm::iter::new_iter;
use crate::vm::{PyResult, Vm};

/// Generates one native function per owner type (`set` / `frozenset`) so
/// argument errors name the right type.
macro_rules! per_owner {
    ($($imp:ident => $set_fn:ident, $fs_fn:ident;)*) => {
        $(
            fn $set_fn(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
                $imp(vm, args, kwargs, "set")
            }
            fn $fs_fn(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
                $imp(vm, args, kwargs, "frozenset")
            }
        )*
    };
}

per_owner! {
    copy_impl => set_copy_m, fs_copy_m;
    union_impl => set_union, fs_union;
    intersection_impl => set_intersection, fs_intersection;
    difference_impl => set_difference, fs_difference;
    symmetric_difference_impl => set_symmetric_difference, fs_symmetric_difference;
    issubset_impl => set_issubset, fs_issubset;
    issuperset_impl => set_issuperset, fs_issuperset;
    isdisjoint_impl => set_isdisjoint, fs_isdisjoint;
    contains_impl => set_contains_m, fs_contains_m;
    len_impl => set_len_m, fs_len_m;
    iter_impl => set_iter_m, fs_iter_m;
    or_impl => set_or, fs_or;
    and_impl => set_and, fs_and;
    sub_impl => set_sub, fs_sub;
    xor_impl => set_xor, fs_xor;
    ror_impl => set_ror, fs_ror;
    rand_impl => set_rand, fs_rand;
    rsub_impl => set_rsub, fs_rsub;
    rxor_impl => set_rxor, fs_rxor;
}

/// Registers the methods of `set` and `frozenset`.
pub fn register() {
    let t = types();
    let s = &t.set;
    add_method(s, "add", add);
    add_method(s, "remove", remove);
    add_method(s, "discard", discard);
    add_method(s, "pop", pop);
    add_method(s, "clear", clear);
    add_method(s, "update", update);
    add_method(s, "intersection_update", intersection_update);
    add_method(s, "difference_update", difference_update);
    add_method(s, "symmetric_difference_update", symmetric_difference_update);
    add_method(s, "__init__", set_init);
    add_method(s, "copy", set_copy_m);
    add_method(s, "union", set_union);
    add_method(s, "intersection", set_intersection);
    add_method(s, "difference", set_difference);
    add_method(s, "symmetric_difference", set_symmetric_difference);
    add_method(s, "issubset", set_issubset);
    add_method(s, "issuperset", set_issuperset);
    add_method(s, "isdisjoint", set_isdisjoint);
    add_method(s, "__contains__", set_contains_m);
    add_method(s, "__len__", set_len_m);
    add_method(s, "__iter__", set_iter_m);
    add_method(s, "__or__", set_or);
    add_method(s, "__and__", set_and);
    add_method(s, "__sub__", set_sub);
    add_method(s, "__xor__", set_xor);
    add_method(s, "__ror__", set_ror);
    add_method(s, "__rand__", set_rand);
    add_method(s, "__rsub__", set_rsub);
    add_method(s, "__rxor__", set_rxor);
    add_method(s, "__ior__", set_ior);
    add_method(s, "__iand__", set_iand);
    add_method(s, "__isub__", set_isub);
    add_method(s, "__ixor__", set_ixor);
    s.dict.set_str(&crate::runtime::str::static_name("__hash__"), Value::None);

    let f = &t.frozenset;
    add_method(f, "copy", fs_copy_m);
    add_method(f, "union", fs_union);
    add_method(f, "intersection", fs_intersection);
    add_method(f, "difference", fs_difference);
    add_method(f, "symmetric_difference", fs_symmetric_difference);
    add_method(f, "issubset", fs_issubset);
    add_method(f, "issuperset", fs_issuperset);
    add_method(f, "isdisjoint", fs_isdisjoint);
    add_method(f, "__contains__", fs_contains_m);
    add_method(f, "__len__", fs_len_m);
    add_method(f, "__iter__", fs_iter_m);
    add_method(f, "__or__", fs_or);
    add_method(f, "__and__", fs_and);
    add_method(f, "__sub__", fs_sub);
    add_method(f, "__xor__", fs_xor);
    add_method(f, "__ror__", fs_ror);
    add_method(f, "__rand__", fs_rand);
    add_method(f, "__rsub__", fs_rsub);
    add_method(f, "__rxor__", fs_rxor);
}

// ---------------------------------------------------------------------------
// Receivers and helpers.

/// The set behind a `set`/`frozenset` value or a subclass instance.
fn as_set(v: &Value) -> Option<Rc<PySet>> {
    match v {
        Value::Set(s) => Some(s.clone()),
        Value::Instance(i) => match &i.native {
            NativeData::Value(Value::Set(s)) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The receiver of a method of `owner` ("set" or "frozenset").
fn recv(vm: &Vm, args: &[Value], method: &str, owner: &str) -> PyResult<Rc<PySet>> {
    let v = receiver(args, owner, method)?;
    match as_set(v) {
        Some(s) if s.frozen == (owner == "frozenset") => Ok(s),
        _ => Err(descr_error(vm, method, owner, v)),
    }
}

/// The receiver of a slot wrapper (`__init__`, `__len__`, `__iter__`).
fn recv_slot(vm: &Vm, args: &[Value], method: &str, owner: &str) -> PyResult<Rc<PySet>> {
    let v = receiver(args, owner, method)?;
    match as_set(v) {
        Some(s) if s.frozen == (owner == "frozenset") => Ok(s),
        _ => Err(slot_descr_error(vm, method, owner, v)),
    }
}

/// Snapshot of a set's keys in table (iteration) order.
fn keys_of(s: &PySet) -> Vec<Value> {
    s.table.borrow().iter().map(|(_, k)| k.clone()).collect()
}

/// True when comparing `k` with other keys never runs Python code.
/// Inline for the common scalar keys; containers are walked out of line.
#[inline]
fn native_key(k: &Value) -> bool {
    match k {
        Value::Instance(_) => false,
        Value::Tuple(_) | Value::Set(_) => native_container_key(k),
        _ => true,
    }
}

/// [`native_key`] for a tuple or a frozenset: every item is native.
fn native_container_key(k: &Value) -> bool {
    match k {
        Value::Tuple(t) => t.items.iter().all(native_key),
        Value::Set(s) => s.table.borrow().iter().all(|(_, k)| native_key(k)),
        _ => native_key(k),
    }
}

/// A new, empty set of the base type of `like` (`make_new_set_basetype`).
fn new_like(like: &PySet) -> Rc<PySet> {
    crate::runtime::gc::new(PySet::new(like.frozen))
}

/// CPython's `set_merge`: adds every key of `src` to `dst`.
fn merge(vm: &mut Vm, dst: &Rc<PySet>, src: &Rc<PySet>) -> PyResult<()> {
    if Rc::ptr_eq(dst, src) || src.is_empty() {
        return Ok(());
    }
    // The table merge compares keys while both tables are borrowed, so no Python
    // `__eq__` may run there: keys are compared only when their hashes are equal,
    // and the first comparison Python code would decide (a key that is not native
    // on either side) stops the merge; that key and the rest are added one by one,
    // which is what CPython does with each of them anyway.
    let stopped = {
        let s = src.table.borrow();
        let mut d = dst.table.borrow_mut();
        d.merge_from_until(&s, |a, b| {
            if a.is(b) {
                Some(true)
            } else if native_key(a) && native_key(b) {
                Some(native_key_eq(a, b))
            } else {
                None
            }
        })
    };
    let Some(from) = stopped else { return Ok(()) };
    let rest = src.table.borrow().keys_from(from);
    for k in rest {
        vm.set_add(dst, k)?;
    }
    Ok(())
}

/// CPython's `set_update_internal`: adds the items of any iterable.
fn update_internal(vm: &mut Vm, dst: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return merge(vm, dst, &o);
    }
    if let Value::Dict(d) = other {
        let n = d.len();
        {
            let mut t = dst.table.borrow_mut();
            let used = t.len();
            if (used + n) * 5 >= t.mask() * 3 {
                t.resize((used + n) * 2);
            }
        }
        for k in d.keys() {
            vm.set_add(dst, k)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.next(&it)? {
        vm.set_add(dst, x)?;
    }
    Ok(())
}

/// A new set (base type of `like`) holding the items of `other`.
fn new_set_from(vm: &mut Vm, like: &PySet, other: &Value) -> PyResult<Rc<PySet>> {
    let r = new_like(like);
    update_internal(vm, &r, other)?;
    Ok(r)
}

/// `set_copy`: a new set of the base type with the same keys.
fn copy_of(vm: &mut Vm, s: &PySet) -> Rc<PySet> {
    vm.set_copy(s, s.frozen)
}

/// A set key argument converted the way `remove`/`discard`/`__contains__`
/// retry it: an unhashable `set` is looked up as a `frozenset`.
fn frozen_key(vm: &mut Vm, key: &Value, err: PyErr) -> PyResult<Value> {
    match as_set(key) {
        Some(k) if !k.frozen && err.matches(&types().type_error) => Ok(Value::Set(vm.set_copy(&k, true))),
        _ => Err(err),
    }
}

/// Removes `key`; `Ok(false)` when absent (with the frozenset retry).
fn discard_key(vm: &mut Vm, s: &PySet, key: &Value) -> PyResult<bool> {
    match vm.set_discard(s, key) {
        Ok(found) => Ok(found),
        Err(e) => {
            let k = frozen_key(vm, key, e)?;
            vm.set_discard(s, &k)
        }
    }
}

/// Removes all keys, dropping the old table outside the borrow.
fn clear_set(s: &PySet) {
    let old = std::mem::take(&mut *s.table.borrow_mut());
    drop(old);
}

/// Replaces `s`'s contents with `t`'s (`set_swap_bodies`).
fn swap_bodies(s: &PySet, t: &PySet) {
    if std::ptr::eq(s, t) {
        return;
    }
    std::mem::swap(&mut *s.table.borrow_mut(), &mut *t.table.borrow_mut());
}

/// A new set of the base type of `like` holding the keys of `src` that are
/// in `other` (`keep_found`) or not in it, in `src`'s order — the loop of
/// CPython's set-with-set intersection and difference — when deciding that
/// needs no Python code: every key of `src`, and every stored key its probe
/// in `other` meets, compares natively. Then the tables are read in place,
/// with the stored hashes (no snapshot of the keys, no hashing again).
/// `None` (with no code run and nothing changed) otherwise.
fn filter_natively(like: &PySet, src: &PySet, other: &PySet, keep_found: bool) -> Option<Rc<PySet>> {
    let result = new_like(like);
    {
        let (s, o) = (src.table.borrow(), other.table.borrow());
        let mut r = result.table.borrow_mut();
        for (h, k) in s.iter() {
            if !native_key(k) {
                return None;
            }
            let mut mixed = false;
            let found = matches!(o.probe(h, |c| c.is(k) || native_eq_or_flag(c, k, &mut mixed)), Probe::Found(_));
            if mixed {
                return None;
            }
            if found == keep_found {
                // The keys of `src` are distinct: no comparison needed to add one.
                if let Probe::Vacant(slot) = r.probe(h, |_| false) {
                    r.insert_at(slot, h, k.clone());
                }
            }
        }
    }
    Some(result)
}

/// `set_intersection(so, other)`.
fn intersection(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    if let Some(o) = as_set(other) {
        if Rc::ptr_eq(so, &o) {
            return Ok(copy_of(vm, so));
        }
        let (big, small) = if o.len() > so.len() { (o, so.clone()) } else { (so.clone(), o) };
        if let Some(result) = filter_natively(so, &small, &big, true) {
            return Ok(result);
        }
        let result = new_like(so);
        for k in keys_of(&small) {
            if vm.set_contains(&big, &k)? {
                vm.set_add(&result, k)?;
            }
        }
        return Ok(result);
    }
    let result = new_like(so);
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if vm.set_contains(so, &k)? {
            vm.set_add(&result, k)?;
            if result.len() >= so.len() {
                break;
            }
        }
    }
    Ok(result)
}

/// `set_intersection_multi`.
fn intersection_multi(vm: &mut Vm, so: &Rc<PySet>, others: &[Value]) -> PyResult<Rc<PySet>> {
    if others.is_empty() {
        return Ok(copy_of(vm, so));
    }
    let mut result = so.clone();
    for other in others {
        result = intersection(vm, &result, other)?;
    }
    Ok(result)
}

/// `set_difference_update_internal`.
fn difference_update_internal(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        if Rc::ptr_eq(so, &o) {
            clear_set(so);
            return Ok(());
        }
        let o = if (o.len() >> 3) > so.len() { intersection(vm, so, other)? } else { o };
        for k in keys_of(&o) {
            vm.set_discard(so, &k)?;
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(k) = vm.next(&it)? {
            vm.set_discard(so, &k)?;
        }
    }
    // "If more than 1/4th are dummies, then resize them away" (CPython's rule, on every
    // dummy in the table: counting only this call's removals let a set that loses a few
    // items at a time fill up with dummies, and every probe and iteration slow down).
    let mut t = so.table.borrow_mut();
    if t.dummies() > t.mask() / 4 {
        let used = t.len();
        t.resize(if used > 50000 { used * 2 } else { used * 4 });
    }
    Ok(())
}

/// `set_difference(so, other)`.
fn difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let other_set = as_set(other);
    let other_size = match (&other_set, other) {
        (Some(o), _) => o.len(),
        (None, Value::Dict(d)) => d.len(),
        _ => usize::MAX,
    };
    if other_size == usize::MAX || (so.len() >> 2) > other_size {
        let result = copy_of(vm, so);
        difference_update_internal(vm, &result, other)?;
        return Ok(result);
    }
    if let Some(o) = &other_set {
        if let Some(result) = filter_natively(so, so, o, false) {
            return Ok(result);
        }
    }
    let result = new_like(so);
    for k in keys_of(so) {
        let present = match (&other_set, other) {
            (Some(o), _) => vm.set_contains(o, &k)?,
            (None, Value::Dict(d)) => vm.dict_get(d, &k)?.is_some(),
            _ => false,
        };
        if !present {
            vm.set_add(&result, k)?;
        }
    }
    Ok(result)
}

/// `set_symmetric_difference_update(so, other)`.
fn symmetric_difference_update_internal(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    let otherset = match as_set(other) {
        Some(o) if Rc::ptr_eq(so, &o) => {
            clear_set(so);
            return Ok(());
        }
        Some(o) => o,
        None => {
            if let Value::Dict(d) = other {
                for k in d.keys() {
                    if !vm.set_discard(so, &k)? {
                        vm.set_add(so, k)?;
                    }
                }
                return Ok(());
            }
            new_set_from(vm, so, other)?
        }
    };
    for k in keys_of(&otherset) {
        if !vm.set_discard(so, &k)? {
            vm.set_add(so, k)?;
        }
    }
    Ok(())
}

/// `set_issubset(so, other)`.
fn issubset(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    let o = match as_set(other) {
        Some(o) => o,
        None => {
            let tmp = crate::runtime::gc::new(PySet::new(false));
            update_internal(vm, &tmp, other)?;
            tmp
        }
    };
    if so.len() > o.len() {
        return Ok(false);
    }
    for k in keys_of(so) {
        if !vm.set_contains(&o, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ---------------------------------------------------------------------------
// Methods of `set` only.

fn add(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "add", "set")?;
    exactly_one("set", "add", args, kwargs)?;
    vm.set_add(&s, args[1].clone())?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "remove", "set")?;
    exactly_one("set", "remove", args, kwargs)?;
    if discard_key(vm, &s, &args[1])? {
        Ok(Value::None)
    } else {
        Err(key_error(args[1].clone()))
    }
}

fn discard(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "discard", "set")?;
    exactly_one("set", "discard", args, kwargs)?;
    discard_key(vm, &s, &args[1])?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "pop", "set")?;
    no_args("set", "pop", args, kwargs)?;
    let k = s.table.borrow_mut().pop_first();
    k.ok_or_else(|| key_error(Value::str("pop from an empty set")))
}

fn clear(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "clear", "set")?;
    no_args("set", "clear", args, kwargs)?;
    clear_set(&s);
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "update", "set")?;
    no_kw("set", "update", kwargs)?;
    for other in &args[1..] {
        update_internal(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "intersection_update", "set")?;
    no_kw("set", "intersection_update", kwargs)?;
    let tmp = intersection_multi(vm, &s, &args[1..])?;
    swap_bodies(&s, &tmp);
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "difference_update", "set")?;
    no_kw("set", "difference_update", kwargs)?;
    for other in &args[1..] {
        difference_update_internal(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv(vm, args, "symmetric_difference_update", "set")?;
    exactly_one("set", "symmetric_difference_update", args, kwargs)?;
    symmetric_difference_update_internal(vm, &s, &args[1])?;
    Ok(Value::None)
}

fn set_init(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = recv_slot(vm, args, "__init__", "set")?;
    if !kwargs.is_empty() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    let tname = vm.type_of(&args[0]).name.as_str().to_owned();
    positional(&tname, args.len() - 1, 0, 1)?;
    clear_set(&s);
    if let Some(src) = args.get(1) {
        update_internal(vm, &s, src)?;
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------------------
// Methods shared by `set` and `frozenset` (see `per_owner!`).

fn copy_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    let s = recv(vm, args, "copy", owner)?;
    no_args(owner, "copy", args, kwargs)?;
    if s.frozen && matches!(args[0], Value::Set(_)) {
        return Ok(args[0].clone());
    }
    Ok(Value::Set(copy_of(vm, &s)))
}

fn union_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    let s = recv(vm, args, "union", owner)?;
    no_kw(owner, "union", kwargs)?;
    let result = copy_of(vm, &s);
    for other in &args[1..] {
        if matches!(as_set(other), Some(o) if Rc::ptr_eq(&o, &s)) {
            continue;
        }
        update_internal(vm, &result, other)?;
    }
    Ok(Value::Set(result))
}

fn intersection_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    let s = recv(vm, args, "intersection", owner)?;
    no_kw(owner, "intersection", kwargs)?;
    Ok(Value::Set(intersection_multi(vm, &s, &args[1..])?))
}

fn difference_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    let s = recv(vm, args, "difference", owner)?;
    no_kw(owner, "difference", kwargs)?;
    let Some(first) = args.get(1) else {
        return Ok(Value::Set(copy_of(vm, &s)));
    };
    let result = difference(vm, &s, first)?;
    for other in &args[2..] {
        difference_update_internal(vm, &result, other)?;
    }
    Ok(Value::Set(result))
}

fn symmetric_difference_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    let s = recv(vm, args, "symmetric_difference", owner)?;
    exactly_one(owner, "symmetric_difference", args, kwargs)?;
    let result = new_set_from(vm, &s, &args[1])?;
    symmetric_difference_update_internal(vm, &result, &Value::Set(s))?;
    Ok(Value::Set(result))
}

fn issubset_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    let s = recv(vm, args, "issubset", owner)?;
    exactly_one(owner, "issubset", args, kwargs)?;
    Ok(Value::bool(issubset(vm, &s, &args[1])?))
}

fn issuperset_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    let s = recv(vm, args, "issuperset", owner)?;
    exactly_one(owner, "issuperset", args, kwargs)?;
    let other = &args[1];
    if let Some(o) = as_set(other) {
        return Ok(Value::bool(issubset(vm, &o, &Value::Set(s))?));
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if !vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(B64::FALSE));
        }
    }
    Ok(Value::Bool(B64::TRUE))
}

fn isdisjoint_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    let s = recv(vm, args, "isdisjoint", owner)?;
    exactly_one(owner, "isdisjoint", args, kwargs)?;
    let other = &args[1];
    if let Value::Set(o) = other {
        if Rc::ptr_eq(o, &s) {
            return Ok(Value::bool(s.is_empty()));
        }
        let (big, small) = if o.len() > s.len() { (o.clone(), s.clone()) } else { (s.clone(), o.clone()) };
        for k in keys_of(&small) {
            if vm.set_contains(&big, &k)? {
                return Ok(Value::Bool(B64::FALSE));
            }
        }
        return Ok(Value::Bool(B64::TRUE));
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(B64::FALSE));
        }
    }
    Ok(Value::Bool(B64::TRUE))
}

fn contains_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    let s = recv(vm, args, "__contains__", owner)?;
    exactly_one(owner, "__contains__", args, kwargs)?;
    Ok(Value::bool(contains_key(vm, &s, &args[1])?))
}

/// `key in s` (CPython's `set_contains`): an unhashable `set` key is looked
/// up again as a `frozenset`, so `{1, 2} in {frozenset({1, 2})}` is true.
pub fn contains_key(vm: &mut Vm, s: &PySet, key: &Value) -> PyResult<bool> {
    match vm.set_contains(s, key) {
        Ok(b) => Ok(b),
        Err(e) => {
            let k = frozen_key(vm, key, e)?;
            vm.set_contains(s, &k)
        }
    }
}

fn len_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    let s = recv_slot(vm, args, "__len__", owner)?;
    wrapper_count(args, kwargs, "__len__", 0, "")?;
    Ok(Value::Int(s.len() as i64))
}

fn iter_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    let s = recv_slot(vm, args, "__iter__", owner)?;
    wrapper_count(args, kwargs, "__iter__", 0, "")?;
    let len = s.len();
    Ok(new_iter(IterState::Set { set: s, index: 0, len }))
}

// ---------------------------------------------------------------------------
// Operators (`set.__or__` and friends), with CPython's algorithms so results
// iterate in CPython's order. `a | b` is `set_or(a, b)`, whose result takes
// the base type of the left operand.

/// `a <op> b` for two sets, as CPython's `set_or`/`set_and`/`set_sub`/`set_xor`.
fn set_operator(vm: &mut Vm, op: char, a: &Rc<PySet>, b: &Rc<PySet>) -> PyResult<Rc<PySet>> {
    let bv = Value::Set(b.clone());
    match op {
        '|' => {
            let result = copy_of(vm, a);
            if !Rc::ptr_eq(a, b) {
                update_internal(vm, &result, &bv)?;
            }
            Ok(result)
        }
        '&' => intersection(vm, a, &bv),
        '-' => difference(vm, a, &bv),
        _ => {
            let result = new_set_from(vm, a, &bv)?;
            symmetric_difference_update_internal(vm, &result, &Value::Set(a.clone()))?;
            Ok(result)
        }
    }
}

fn binary_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str, method: &str, op: char, reflected: bool) -> PyResult<Value> {
    let s = recv_slot(vm, args, method, owner)?;
    wrapper_count(args, kwargs, method, 1, "")?;
    let Some(o) = as_set(&args[1]) else {
        return Ok(crate::runtime::objects::not_implemented());
    };
    let r = if reflected { set_operator(vm, op, &o, &s)? } else { set_operator(vm, op, &s, &o)? };
    Ok(Value::Set(r))
}

fn or_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    binary_impl(vm, args, kwargs, owner, "__or__", '|', false)
}

fn and_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    binary_impl(vm, args, kwargs, owner, "__and__", '&', false)
}

fn sub_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    binary_impl(vm, args, kwargs, owner, "__sub__", '-', false)
}

fn xor_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    binary_impl(vm, args, kwargs, owner, "__xor__", '^', false)
}

fn ror_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    binary_impl(vm, args, kwargs, owner, "__ror__", '|', true)
}

fn rand_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    binary_impl(vm, args, kwargs, owner, "__rand__", '&', true)
}

fn rsub_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    binary_impl(vm, args, kwargs, owner, "__rsub__", '-', true)
}

fn rxor_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], owner: &str) -> PyResult<Value> {
    binary_impl(vm, args, kwargs, owner, "__rxor__", '^', true)
}

/// `a <op> b` (`inplace`: `a <op>= b`) for two exact sets or frozensets, as
/// the operator protocol runs it through `set.__or__`/`set.__ior__` and
/// friends (exact builtin types: nothing can override them), without the
/// method lookup and call (`BINARY_OP_SET`). An in-place operator mutates a
/// set on the left and returns it; a frozenset on the left gets a new one.
pub fn exact_set_operator(vm: &mut Vm, op: BinOp, inplace: bool, a: &Rc<PySet>, b: &Rc<PySet>) -> PyResult<Value> {
    let op = match op {
        BinOp::Or => '|',
        BinOp::And => '&',
        BinOp::Sub => '-',
        _ => '^',
    };
    if !(inplace && !a.frozen) {
        return Ok(Value::Set(set_operator(vm, op, a, b)?));
    }
    update_in_place(vm, op, a, &Value::Set(b.clone()))?;
    Ok(Value::Set(a.clone()))
}

/// `s <op>= other` on the set `s` itself (`other` a set or frozenset).
fn update_in_place(vm: &mut Vm, op: char, s: &Rc<PySet>, other: &Value) -> PyResult<()> {
    match op {
        '|' => update_internal(vm, s, other),
        '&' => {
            let tmp = intersection(vm, s, other)?;
            swap_bodies(s, &tmp);
            Ok(())
        }
        '-' => difference_update_internal(vm, s, other),
        _ => symmetric_difference_update_internal(vm, s, other),
    }
}

/// `a <op>= b` in place (CPython's `set_ior`/`set_iand`/`set_isub`/`set_ixor`);
/// returns the receiver, or NotImplemented when `b` is not a set.
fn inplace_impl(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)], method: &str, op: char) -> PyResult<Value> {
    let s = recv_slot(vm, args, method, "set")?;
    wrapper_count(args, kwargs, method, 1, "")?;
    let other = &args[1];
    if as_set(other).is_none() {
        return Ok(crate::runtime::objects::not_implemented());
    }
    update_in_place(vm, op, &s, other)?;
    Ok(args[0].clone())
}

fn set_ior(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    inplace_impl(vm, args, kwargs, "__ior__", '|')
}

fn set_iand(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    inplace_impl(vm, args, kwargs, "__iand__", '&')
}

fn set_isub(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    inplace_impl(vm, args, kwargs, "__isub__", '-')
}

fn set_ixor(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    inplace_impl(vm, args, kwargs, "__ixor__", '^')
}
