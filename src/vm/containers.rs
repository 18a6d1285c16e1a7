//! Container protocol: subscripts, slices, `len`, and the dict and set
//! operations that may call Python `__eq__`/`__hash__`.

use std::rc::Rc;

use num_traits::ToPrimitive;

use super::errors::*;
use super::Vm;
use crate::bytecode::BinOp;
use crate::runtime::dict::{Lookup, Slot};
use crate::runtime::objects::*;
use crate::runtime::set::Probe;
use crate::runtime::str::{intern, static_name};
use crate::runtime::types::types;
use crate::runtime::value::Value;

/// True when equality of `k` with any key can be decided without Python code.
#[inline]
/// `d[key]` for an int or str key, when no Python code takes part (no
/// stored key of the probed hash needs Python-level equality): `Some` of the
/// value or of `None` for a missing key; `None` when Python code would decide.
/// What the `jit` tier's helpers call: it never runs Python code.
pub fn dict_get_native(d: &PyDict, key: &Value) -> Option<Option<Value>> {
    let h = int_or_str_hash(key)?;
    let t = d.table.borrow();
    match t.lookup(h, |k| stored_key_eq(k, key)) {
        Lookup::Found { ix, .. } => Some(Some(t.entries()[ix].value.clone())),
        Lookup::Vacant { .. } => Some(None),
        Lookup::Unknown => None,
    }
}

/// The hash of an int or str key, or of a tuple of ints and strs (grid
/// coordinates, memo pairs): the keys the native lookups below accept.
#[inline]
fn int_or_str_hash(key: &Value) -> Option<i64> {
    match key {
        Value::Int(i) => Some(crate::runtime::int::hash_i64(*i)),
        Value::Str(s) => Some(s.hash()),
        Value::Tuple(t) => flat_tuple_hash(&t.items),
        _ => None,
    }
}

/// The hash of a tuple whose items are all ints or strs (`None` otherwise),
/// the same as `hash(t)`. Out of line: the eval loop inlines the native
/// lookups, and its register allocation is sensitive to their size.
#[inline(never)]
fn flat_tuple_hash(items: &[Value]) -> Option<i64> {
    let mut acc = crate::vm::ops::TupleHash::new();
    for item in items {
        acc.fold(match item {
            Value::Int(i) => crate::runtime::int::hash_i64(*i),
            Value::Str(s) => s.hash(),
            _ => return None,
        });
    }
    Some(acc.finish(items.len()))
}

/// `key in container` when no Python code takes part: a dict's or set's
/// int or str key (no stored key of its hash compared by Python code), an
/// item of a list or tuple whose items are numbers, strs or None (or the
/// key itself), a str in a str. `None`: Python code would decide, or the
/// operation raises. What the `jit` tier's helpers call.
pub fn contains_native(container: &Value, key: &Value) -> Option<bool> {
    let scalar = |v: &Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None | Value::Str(_) | Value::BigInt(_));
    match container {
        Value::Dict(d) => dict_get_native(d, key).map(|v| v.is_some()),
        Value::Set(set) => {
            let h = int_or_str_hash(key)?;
            let mut mixed = false;
            match set.table.borrow().probe(h, |k| k.is(key) || native_eq_or_flag(k, key, &mut mixed)) {
                Probe::Found(_) if !mixed => Some(true),
                Probe::Vacant(_) if !mixed => Some(false),
                _ => None,
            }
        }
        Value::List(_) | Value::Tuple(_) if scalar(key) => {
            let scan = |items: &[Value]| -> Option<bool> {
                for item in items {
                    if item.is(key) {
                        return Some(true);
                    }
                    if !scalar(item) {
                        return None;
                    }
                    if native_key_eq(item, key) {
                        return Some(true);
                    }
                }
                Some(false)
            };
            match container {
                Value::List(l) => l.contains_fast(key).or_else(|| l.with_values(scan).flatten()),
                Value::Tuple(t) => scan(&t.items),
                _ => unreachable!("matched above"),
            }
        }
        Value::Str(s) => match key {
            Value::Str(sub) => Some(s.as_str().contains(sub.as_str())),
            _ => None,
        },
        _ => None,
    }
}

fn native_key(k: &Value) -> bool {
    match k {
        Value::Instance(_) => false,
        Value::Tuple(t) => t.items.iter().all(native_key),
        _ => true,
    }
}

/// `native_key_eq(k, key)` for a native stored key `k`; for any other `k`
/// false, noting in `mixed` that Python-level equality must decide.
#[inline]
pub(crate) fn native_eq_or_flag(k: &Value, key: &Value, mixed: &mut bool) -> bool {
    if native_key(k) {
        native_key_eq(k, key)
    } else {
        *mixed = true;
        false
    }
}

/// Equality of a stored dict key `k` with a native lookup key `key` (of the
/// same hash) when no Python code is needed: `None` when `k` is not native.
#[inline(always)]
fn stored_key_eq(k: &Value, key: &Value) -> Option<bool> {
    match (k, key) {
        (Value::Str(a), Value::Str(b)) => Some(**a == **b),
        (Value::Int(a), Value::Int(b)) => Some(a == b),
        _ if k.is(key) => Some(true),
        _ if native_key(k) => Some(native_key_eq(k, key)),
        _ => None,
    }
}

/// Equality for natively comparable keys (int/float/bool cross-type, str, tuples).
pub fn native_key_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => **x == **y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => (*x as f64) == y.get() && (y.get() as i64) == *x,
        (Value::Float(x), Value::Float(y)) => x.get() == y.get() || (x.get().is_nan() && y.get().is_nan() && x.get().to_bits() == y.get().to_bits()),
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => (x.get() as i64) == *y,
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => (x.get() as i64 as f64) == y.get(),
        (Value::BigInt(x), Value::BigInt(y)) => x == y,
        (Value::BigInt(x), Value::Float(y)) | (Value::Float(y), Value::BigInt(x)) => {
            crate::runtime::int::cmp_big_float(x, y.get()) == Some(std::cmp::Ordering::Equal)
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            // Ints and strs (coordinates, memo pairs) compare inline; other
            // items take the whole comparison.
            let item_eq = |p: &Value, q: &Value| match (p, q) {
                (Value::Int(m), Value::Int(n)) => m == n,
                (Value::Str(m), Value::Str(n)) => **m == **n,
                _ => native_key_eq(p, q),
            };
            std::ptr::eq(&**x, &**y)
                || (x.items.len() == y.items.len() && x.items.iter().zip(y.items.iter()).all(|(p, q)| item_eq(p, q)))
        }
        (Value::Set(x), Value::Set(y)) => {
            if x.len() != y.len() {
                return false;
            }
            let yt = y.table.borrow();
            x.table.borrow().iter().all(|(h, k)| matches!(yt.probe(h, |c| native_key_eq(c, k)), Probe::Found(_)))
        }
        (Value::Other(x), Value::Other(y)) if matches!((&**x, &**y), (Other::Bytes(_), Other::Bytes(_))) => match (&**x, &**y) {
            (Other::Bytes(p), Other::Bytes(q)) => p == q,
            _ => false,
        },
        _ => match (super::complex::as_complex(a), super::complex::as_complex(b)) {
            (Some(x), Some(y)) => x.0 == y.0 && x.1 == y.1,
            (Some(z), None) => z.1 == 0.0 && !matches!(b, Value::Other(_)) && native_key_eq(&Value::float(z.0), b),
            (None, Some(z)) => z.1 == 0.0 && !matches!(a, Value::Other(_)) && native_key_eq(a, &Value::float(z.0)),
            (None, None) => a.is(b),
        },
    }
}

/// The error for `xs[a:b:c] = seq` when `len(seq)` is not the slice's size.
fn extended_size_error(n: usize, count: usize) -> PyErr {
    value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", n, count))
}

/// `slice_indices` when every bound is an int or None (no Python code to
/// run, no error to raise); `None` otherwise, including a zero step.
#[inline]
pub fn int_slice_indices(s: &Slice, len: usize) -> Option<(i64, i64, i64, usize)> {
    let len = len as i64;
    let step = match s.step {
        Value::None => 1,
        Value::Int(i) if i != 0 => i,
        _ => return None,
    };
    let bound = |v: &Value, default: i64, lo: i64, hi: i64| -> Option<i64> {
        match *v {
            Value::None => Some(default),
            Value::Int(i) => Some(if i < 0 { i.saturating_add(len).max(lo) } else { i.min(hi) }),
            _ => None,
        }
    };
    let (start, stop) = if step < 0 {
        (bound(&s.start, len - 1, -1, len - 1)?, bound(&s.stop, -1, -1, len - 1)?)
    } else {
        (bound(&s.start, 0, 0, len)?, bound(&s.stop, len, 0, len)?)
    };
    let count = if step > 0 {
        if stop > start { ((stop - start - 1) / step + 1) as usize } else { 0 }
    } else if start > stop {
        ((start - stop - 1) as u64 / step.unsigned_abs() + 1) as usize
    } else {
        0
    };
    Some((start, stop, step, count))
}

impl Vm {
    /// Looks a key up in a dict.
    pub fn dict_get(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        if native_key(key) {
            let t = d.table.borrow();
            match t.lookup(h, |k| stored_key_eq(k, key)) {
                Lookup::Found { ix, .. } => return Ok(Some(t.entries()[ix].value.clone())),
                Lookup::Vacant { .. } => return Ok(None),
                Lookup::Unknown => {}
            }
        }
        self.dict_get_slow(d, key, h)
    }

    #[inline(never)]
    fn dict_get_slow(&mut self, d: &PyDict, key: &Value, h: i64) -> PyResult<Option<Value>> {
        Ok(match self.dict_find_slow(d, key, h)? {
            Some(ix) => d.table.borrow().entry(ix).map(|e| e.value.clone()),
            None => None,
        })
    }

    /// `key in d`.
    pub fn dict_contains(&mut self, d: &PyDict, key: &Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        if native_key(key) {
            match d.table.borrow().lookup(h, |k| stored_key_eq(k, key)) {
                Lookup::Found { .. } => return Ok(true),
                Lookup::Vacant { .. } => return Ok(false),
                Lookup::Unknown => {}
            }
        }
        Ok(self.dict_find_slow(d, key, h)?.is_some())
    }

    /// Entry index of `key` (hash `h`) in `d`.
    pub fn dict_find(&mut self, d: &PyDict, key: &Value, h: i64) -> PyResult<Option<usize>> {
        if native_key(key) {
            match d.table.borrow().lookup(h, |k| stored_key_eq(k, key)) {
                Lookup::Found { ix, .. } => return Ok(Some(ix)),
                Lookup::Vacant { .. } => return Ok(None),
                Lookup::Unknown => {}
            }
        }
        self.dict_find_slow(d, key, h)
    }

    /// [`Vm::dict_find`] comparing in probe order with Python-level
    /// equality, holding no borrow while `__eq__` runs. As CPython's
    /// `dictkeys_generic_lookup`: identity first, then equal hashes are
    /// compared; when the comparison resized or cleared the table or
    /// removed the compared entry, the lookup starts over.
    #[inline(never)]
    fn dict_find_slow(&mut self, d: &PyDict, key: &Value, h: i64) -> PyResult<Option<usize>> {
        'top: loop {
            let (generation, size) = {
                let t = d.table.borrow();
                (t.generation(), t.index_size())
            };
            if size == 0 {
                return Ok(None);
            }
            let mask = size - 1;
            let mut perturb = h as u64;
            let mut i = (h as u64 as usize) & mask;
            loop {
                let (ix, start) = {
                    let t = d.table.borrow();
                    match t.slot(i) {
                        Slot::Empty => return Ok(None),
                        Slot::Dummy => (usize::MAX, Value::Null),
                        Slot::Entry(ix) => {
                            let e = &t.entries()[ix];
                            if e.key.is(key) {
                                return Ok(Some(ix));
                            }
                            if e.hash == h {
                                (ix, e.key.clone())
                            } else {
                                (usize::MAX, Value::Null)
                            }
                        }
                    }
                };
                if ix != usize::MAX {
                    let equal = self.eq(&start, key)?;
                    let t = d.table.borrow();
                    let unchanged = t.generation() == generation && t.entries().get(ix).is_some_and(|e| e.key.is(&start));
                    if !unchanged {
                        continue 'top;
                    }
                    if equal {
                        return Ok(Some(ix));
                    }
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &PyDict, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        self.dict_set_hashed(d, key, h, value)
    }

    /// `d[key] = value` for a key whose hash `h` is known (merging from
    /// another dict uses the stored hashes, as CPython: no `__hash__` call).
    pub fn dict_set_hashed(&mut self, d: &PyDict, key: Value, h: i64, value: Value) -> PyResult<()> {
        if native_key(&key) {
            let mut t = d.table.borrow_mut();
            match t.lookup(h, |k| stored_key_eq(k, &key)) {
                Lookup::Found { ix, .. } => {
                    // CPython keeps the stored key and replaces the value.
                    let old = std::mem::replace(t.value_mut(ix), value);
                    drop(t);
                    drop(old);
                    return Ok(());
                }
                Lookup::Vacant { slot } => {
                    t.insert_vacant(slot, h, key, value);
                    drop(t);
                    d.bump();
                    return Ok(());
                }
                Lookup::Unknown => {}
            }
        }
        self.dict_set_slow(d, key, h, value)
    }

    #[inline(never)]
    fn dict_set_slow(&mut self, d: &PyDict, key: Value, h: i64, value: Value) -> PyResult<()> {
        match self.dict_find_slow(d, &key, h)? {
            Some(ix) => {
                let old = std::mem::replace(d.table.borrow_mut().value_mut(ix), value);
                drop(old);
            }
            None => {
                d.table.borrow_mut().insert_new(h, key, value);
                d.bump();
            }
        }
        Ok(())
    }

    /// `d.setdefault(key, default)`: the stored value, or `default` after
    /// storing it.
    pub fn dict_setdefault(&mut self, d: &PyDict, key: Value, default: Value) -> PyResult<Value> {
        let h = self.hash(&key)?;
        if native_key(&key) {
            let mut t = d.table.borrow_mut();
            match t.lookup(h, |k| stored_key_eq(k, &key)) {
                Lookup::Found { ix, .. } => return Ok(t.entries()[ix].value.clone()),
                Lookup::Vacant { slot } => {
                    t.insert_vacant(slot, h, key, default.clone());
                    drop(t);
                    d.bump();
                    return Ok(default);
                }
                Lookup::Unknown => {}
            }
        }
        match self.dict_find_slow(d, &key, h)? {
            Some(ix) => Ok(d.table.borrow().entries()[ix].value.clone()),
            None => {
                d.table.borrow_mut().insert_new(h, key, default.clone());
                d.bump();
                Ok(default)
            }
        }
    }

    /// `del d[key]`; returns the removed value or None when absent.
    pub fn dict_remove(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        if native_key(key) {
            let mut t = d.table.borrow_mut();
            match t.lookup(h, |k| stored_key_eq(k, key)) {
                Lookup::Found { ix, slot } => {
                    let (k, v) = t.remove_found(ix, slot);
                    drop(t);
                    d.bump();
                    drop(k);
                    return Ok(Some(v));
                }
                Lookup::Vacant { .. } => return Ok(None),
                Lookup::Unknown => {}
            }
        }
        match self.dict_find_slow(d, key, h)? {
            Some(ix) => {
                let (k, v) = d.table.borrow_mut().remove_at(ix);
                d.bump();
                drop(k);
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }

    /// `d.update(m)` for a mapping or iterable of pairs; with `strict`,
    /// duplicate keys are an error (`f(**a, **b)`).
    pub fn dict_update_from(&mut self, d: &PyDict, m: &Value, strict: bool) -> PyResult<()> {
        // From a dict, the stored hashes are used (no `__hash__` calls, as
        // CPython's `dict_merge`).
        let native = match m {
            Value::Dict(src) => Some(src),
            Value::Instance(i) => match &i.native {
                NativeData::Dict(src) => Some(src),
                _ => None,
            },
            _ => None,
        };
        if let Some(src) = native {
            for (h, k, v) in src.items_hashed() {
                if strict && self.dict_find(d, &k, h)?.is_some() {
                    let ks = self.repr(&k)?;
                    return Err(type_error(format!("got multiple values for keyword argument {}", ks)));
                }
                self.dict_set_hashed(d, k, h, v)?;
            }
            return Ok(());
        }
        let pairs: Vec<(Value, Value)> = if let Ok(keys) = self.get_attr(m, &intern("keys")) {
            let ks = self.call_value(&keys, &[], &[])?;
            let ks = self.collect(&ks)?;
            let mut out = Vec::new();
            for k in ks {
                let v = self.get_item(m, &k)?;
                out.push((k, v));
            }
            out
        } else {
            let items = self.collect(m)?;
            let mut out = Vec::new();
            for (n, it) in items.iter().enumerate() {
                let kv = self.collect(it)?;
                if kv.len() != 2 {
                    return Err(value_error(format!("dictionary update sequence element #{} has length {}; 2 is required", n, kv.len())));
                }
                out.push((kv[0].clone(), kv[1].clone()));
            }
            out
        };
        for (k, v) in pairs {
            if strict && self.dict_get(d, &k)?.is_some() {
                let ks = self.repr(&k)?;
                return Err(type_error(format!("got multiple values for keyword argument {}", ks)));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// Adds to a set.
    pub fn set_add(&mut self, s: &PySet, key: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        if native_key(&key) {
            let mut mixed = false;
            let mut t = s.table.borrow_mut();
            match t.probe(h, |k| k.is(&key) || native_eq_or_flag(k, &key, &mut mixed)) {
                // A key whose equality is Python code met first must be asked first,
                // as CPython's probe does.
                Probe::Found(_) if !mixed => return Ok(()),
                Probe::Vacant(slot) if !mixed => {
                    t.insert_at(slot, h, key);
                    return Ok(());
                }
                _ => {}
            }
        }
        if self.set_find(s, &key, h)?.is_none() {
            let mut t = s.table.borrow_mut();
            if let Probe::Vacant(slot) = t.probe(h, |k| k.is(&key)) {
                t.insert_at(slot, h, key);
            }
        }
        Ok(())
    }

    fn set_find(&mut self, s: &PySet, key: &Value, h: i64) -> PyResult<Option<usize>> {
        if native_key(key) {
            let mut mixed = false;
            let r = s.table.borrow().probe(h, |k| k.is(key) || native_eq_or_flag(k, key, &mut mixed));
            match r {
                // Found after a key whose equality is Python code: CPython asks that
                // key first, so the slow path below does too.
                Probe::Found(i) if !mixed => return Ok(Some(i)),
                Probe::Vacant(_) if !mixed => return Ok(None),
                _ => {}
            }
        }
        let cands = s.table.borrow().candidates(h);
        for i in cands {
            let k = s.table.borrow().slot(i).cloned().unwrap_or(Value::Null);
            if k.is_null() {
                continue;
            }
            if k.is(key) || self.eq(&k, key)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// `key in s`.
    pub fn set_contains(&mut self, s: &PySet, key: &Value) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                // `[1] in {..}` raises TypeError: unhashable type, as in CPython.
                return Err(e);
            }
        };
        Ok(self.set_find(s, key, h)?.is_some())
    }

    /// Removes a key from a set; false when absent.
    pub fn set_discard(&mut self, s: &PySet, key: &Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        match self.set_find(s, key, h)? {
            Some(i) => {
                s.table.borrow_mut().remove_at(i);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// True when every key of `a` is in `b`.
    pub fn set_is_subset(&mut self, a: &PySet, b: &PySet) -> PyResult<bool> {
        if a.len() > b.len() {
            return Ok(false);
        }
        let keys: Vec<Value> = a.table.borrow().iter().map(|(_, k)| k.clone()).collect();
        for k in keys {
            if !self.set_contains(b, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// A new set (or frozenset, following the left operand) from iterable items.
    pub fn new_set_from(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Rc<PySet>> {
        let s = crate::runtime::gc::new(PySet::new(frozen));
        for it in items {
            self.set_add(&s, it)?;
        }
        Ok(s)
    }

    /// Copy of a set's table into a new set (CPython's set_merge into empty).
    pub fn set_copy(&mut self, src: &PySet, frozen: bool) -> Rc<PySet> {
        let s = crate::runtime::gc::new(PySet::new(frozen));
        s.table.borrow_mut().merge_from(&src.table.borrow(), native_key_eq);
        s
    }

    /// `|`, `&`, `-`, `^` on sets, in CPython's iteration orders.
    pub fn set_binop(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (Value::Set(x), Value::Set(y)) = (a, b) else { unreachable!() };
        let frozen = x.frozen;
        let r = match op {
            BinOp::Or => {
                let r = self.set_copy(x, frozen);
                let ykeys: Vec<Value> = y.table.borrow().iter().map(|(_, k)| k.clone()).collect();
                if ykeys.iter().all(native_key) && r.table.borrow().iter().all(|(_, k)| native_key(k)) {
                    r.table.borrow_mut().merge_from(&y.table.borrow(), native_key_eq);
                } else {
                    for k in ykeys {
                        self.set_add(&r, k)?;
                    }
                }
                r
            }
            BinOp::And => {
                let r = crate::runtime::gc::new(PySet::new(frozen));
                let (small, big) = if y.len() > x.len() { (x, y) } else { (y, x) };
                let keys: Vec<Value> = small.table.borrow().iter().map(|(_, k)| k.clone()).collect();
                for k in keys {
                    if self.set_contains(big, &k)? {
                        self.set_add(&r, k)?;
                    }
                }
                r
            }
            BinOp::Sub => {
                let r = crate::runtime::gc::new(PySet::new(frozen));
                let keys: Vec<Value> = x.table.borrow().iter().map(|(_, k)| k.clone()).collect();
                for k in keys {
                    if !self.set_contains(y, &k)? {
                        self.set_add(&r, k)?;
                    }
                }
                r
            }
            _ => {
                let r = self.set_copy(x, frozen);
                let keys: Vec<Value> = y.table.borrow().iter().map(|(_, k)| k.clone()).collect();
                for k in keys {
                    if !self.set_discard(&r, &k)? {
                        self.set_add(&r, k)?;
                    }
                }
                r
            }
        };
        Ok(Value::Set(r))
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.len(),
            Value::Range(r) => r.len() as usize,
            Value::Other(o) => match &**o {
                Other::DictView { dict, .. } => dict.len(),
                Other::Bytes(b) => b.len(),
                Other::ByteArray(b) => b.borrow().len(),
                _ => return Err(self.no_len(v)),
            },
            Value::Instance(inst) => {
                if let Some(n) = super::ops::plain_value(inst, "__len__") {
                    return self.len(&n);
                }
                if let Some(m) = inst.class.lookup(&static_name("__len__")) {
                    let r = self.call_value(&m, std::slice::from_ref(v), &[])?;
                    return self.len_result(r);
                }
                match &inst.native {
                    NativeData::List(l) => l.len(),
                    NativeData::Dict(d) => d.len(),
                    NativeData::Value(Value::Tuple(t)) => t.items.len(),
                    _ => return Err(self.no_len(v)),
                }
            }
            Value::Class(c) => match self.call_meta(c, "__len__", &[])? {
                Some(r) => return self.len_result(r),
                None => return Err(self.no_len(v)),
            },
            _ => return Err(self.no_len(v)),
        })
    }

    /// The length a `__len__` method returned.
    pub(super) fn len_result(&self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Int(_) => Err(value_error("__len__() should return >= 0")),
            Value::Bool(b) => Ok(b.get() as usize),
            _ => Err(type_error(format!("'{}' object cannot be interpreted as an integer", self.type_of(&r).name.as_str()))),
        }
    }

    fn no_len(&self, v: &Value) -> PyErr {
        type_error(format!("object of type '{}' has no len()", self.type_of(v).name.as_str()))
    }

    /// Converts an index value (int, bool, `__index__`) to i64.
    pub fn to_index(&mut self, v: &Value, what: &str) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(b.get() as i64),
            Value::BigInt(b) => b.to_i64().ok_or_else(|| index_error(format!("cannot fit 'int' into an index-sized integer"))),
            Value::Instance(_) => {
                if let Some(n @ (Value::Int(_) | Value::BigInt(_))) = super::ops::native_value(v) {
                    return self.to_index(&n.clone(), what);
                }
                if let Some(m) = self.lookup_special(v, "__index__") {
                    let r = self.call_value(&m, std::slice::from_ref(v), &[])?;
                    return self.to_index(&r, what);
                }
                Err(type_error(format!("{} must be integers or slices, not {}", what, self.type_of(v).name.as_str())))
            }
            _ => Err(type_error(format!("{} must be integers or slices, not {}", what, self.type_of(v).name.as_str()))),
        }
    }

    /// Resolves slice bounds against a length: (start, stop, step, count).
    #[inline]
    pub fn slice_indices(&mut self, s: &Slice, len: usize) -> PyResult<(i64, i64, i64, usize)> {
        match int_slice_indices(s, len) {
            Some(r) => Ok(r),
            None => self.slice_indices_slow(s, len),
        }
    }

    /// [`Vm::slice_indices`] for bounds that may need `__index__`, big ints
    /// or an error.
    #[inline(never)]
    fn slice_indices_slow(&mut self, s: &Slice, len: usize) -> PyResult<(i64, i64, i64, usize)> {
        let len = len as i64;
        let step = match &s.step {
            Value::None => 1,
            v => self.to_index(v, "slice indices")?,
        };
        if step == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        let clamp = |v: i64, lo: i64, hi: i64| v.max(lo).min(hi);
        let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let start = match &s.start {
            Value::None => if step < 0 { hi } else { lo },
            v => {
                let i = self.slice_bound(v)?;
                if i < 0 { clamp(i + len, lo, hi) } else { clamp(i, lo, hi) }
            }
        };
        let stop = match &s.stop {
            Value::None => if step < 0 { lo } else { hi },
            v => {
                let i = self.slice_bound(v)?;
                if i < 0 { clamp(i + len, lo, hi) } else { clamp(i, lo, hi) }
            }
        };
        let count = if step > 0 {
            if stop > start { ((stop - start - 1) / step + 1) as usize } else { 0 }
        } else if start > stop {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        };
        Ok((start, stop, step, count))
    }

    fn slice_bound(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) { i64::MIN / 2 } else { i64::MAX / 2 }),
            _ => self.to_index(v, "slice indices").map_err(|_| type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    fn norm_index(&mut self, idx: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match idx {
            Value::Int(i) => *i,
            _ => self.to_index(idx, &format!("{} indices", what))?,
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(index_error(format!("{} index out of range", what)));
        }
        Ok(j as usize)
    }

    /// The index of a list store or `del`: CPython names the type error "list indices" and
    /// the range error "list assignment".
    fn list_store_index(&mut self, idx: &Value, len: usize) -> PyResult<usize> {
        let i = self.to_index(idx, "list indices")?;
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(index_error("list assignment index out of range"));
        }
        Ok(j as usize)
    }

    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Int(i) = key {
                    return l.get_index(*i).ok_or_else(|| index_error("list index out of range"));
                }
                if let Value::Slice(s) = key {
                    let (start, _, step, count) = self.slice_indices(s, l.len())?;
                    return Ok(Value::List(crate::runtime::gc::new(l.slice(start, step, count))));
                }
                let len = l.len();
                let j = self.norm_index(key, len, "list")?;
                l.get(j).ok_or_else(|| index_error("list index out of range"))
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    return Ok(Value::tuple(self.slice_vec(&t.items, s)?));
                }
                let j = self.norm_index(key, t.items.len(), "tuple")?;
                Ok(t.items[j].clone())
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    let (start, _, step, count) = self.slice_indices(sl, s.char_len())?;
                    if step == 1 {
                        return Ok(Value::str(s.substring(start as usize, start as usize + count)));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let mut out = String::with_capacity(count);
                    let mut i = start;
                    for _ in 0..count {
                        out.push(chars[i as usize]);
                        i += step;
                    }
                    return Ok(Value::string(out));
                }
                let indexable = match key {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
                    Value::Instance(_) => self.lookup_special(key, "__index__").is_some(),
                    _ => false,
                };
                if !indexable {
                    // CPython 3.11's wording for str differs from list and tuple.
                    return Err(type_error(format!("string indices must be integers, not '{}'", self.type_of(key).name.as_str())));
                }
                let j = self.norm_index(key, s.char_len(), "string")?;
                Ok(Value::char(s.char_at(j)))
            }
            Value::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(key_error(key.clone())),
            },
            Value::Range(r) => {
                if let Value::Slice(sl) = key {
                    let (start, _, step, count) = self.slice_indices(sl, r.len() as usize)?;
                    let nstart = r.start + start * r.step;
                    let nstep = r.step * step;
                    return Ok(Value::Range(Rc::new(Range { start: nstart, stop: nstart + nstep * count as i64, step: nstep })));
                }
                // CPython: "range indices must be ...", "range object index out of range"
                // (also for indexes beyond 64 bits).
                let i = match key {
                    Value::BigInt(_) => None,
                    _ => Some(self.to_index(key, "range indices")?),
                };
                let len = r.len();
                let j = i.map(|i| if i < 0 { i + len } else { i }).filter(|j| (0..len).contains(j));
                let Some(j) = j else {
                    return Err(index_error("range object index out of range"));
                };
                Ok(Value::Int(r.start + j * r.step))
            }
            Value::Instance(inst) => {
                if let Some(t) = super::ops::plain_value(inst, "__getitem__") {
                    return self.get_item(&t, key);
                }
                if let Some(m) = inst.class.lookup(&static_name("__getitem__")) {
                    // A dict subclass that keeps `dict.__getitem__` (Counter,
                    // defaultdict, ...): its lookup and `__missing__` below,
                    // without a call through the method object.
                    let inherits_dict_getitem = matches!(&inst.native, NativeData::Dict(_))
                        && matches!(&m, Value::Builtin(b) if b.owner == Some("dict") && b.name == "__getitem__");
                    if !inherits_dict_getitem {
                        return self.call_value(&m, &[obj.clone(), key.clone()], &[]);
                    }
                }
                match &inst.native {
                    NativeData::List(l) => self.get_item(&Value::List(l.clone()), key),
                    NativeData::Value(t @ Value::Tuple(_)) => self.get_item(&t.clone(), key),
                    NativeData::Dict(d) => {
                        let d = d.clone();
                        match self.dict_get(&d, key)? {
                            Some(v) => Ok(v),
                            None => {
                                if let Some(m) = inst.class.lookup(&static_name("__missing__")) {
                                    return self.call_value(&m, &[obj.clone(), key.clone()], &[]);
                                }
                                Err(key_error(key.clone()))
                            }
                        }
                    }
                    _ => Err(type_error(format!("'{}' object is not subscriptable", inst.class.name.as_str()))),
                }
            }
            Value::Class(c) => self.class_subscript(c, obj, key),
            Value::Other(o) if matches!(&**o, Other::Bytes(_) | Other::ByteArray(_)) => self.bytes_get_item(obj, key),
            _ => Err(type_error(format!("'{}' object is not subscriptable", self.type_of(obj).name.as_str()))),
        }
    }

    /// `Cls[key]`: the metaclass's `__getitem__`, else the class's
    /// `__class_getitem__`; builtin classes (`list[int]`) give themselves.
    fn class_subscript(&mut self, c: &Rc<Class>, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Some(v) = self.call_meta(c, "__getitem__", std::slice::from_ref(key))? {
            return Ok(v);
        }
        if let Some(f) = c.lookup(&static_name("__class_getitem__")) {
            let f = match &f {
                Value::Other(o) => match &**o {
                    Other::ClassMethod(f) => Value::BoundMethod(BoundMethod::new_rc(f.clone(), obj.clone())),
                    Other::StaticMethod(f) => f.clone(),
                    _ => f,
                },
                _ => f,
            };
            return self.call_value(&f, std::slice::from_ref(key), &[]);
        }
        if c.builtin {
            return Ok(obj.clone());
        }
        Err(type_error(format!("type '{}' is not subscriptable", c.name.as_str())))
    }

    /// The items of the source of a slice assignment (CPython's
    /// `PySequence_Fast`: a non-iterable source raises `TypeError(what)`).
    fn collect_assigned(&mut self, v: &Value, what: &str) -> PyResult<Vec<Value>> {
        if matches!(v, Value::List(_) | Value::Tuple(_) | Value::Range(_)) {
            return self.collect(v);
        }
        let it = self.get_iter(v).map_err(|e| if e.matches(&types().type_error) { type_error(what) } else { e })?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Items selected by a slice.
    pub fn slice_vec(&mut self, items: &[Value], s: &Slice) -> PyResult<Vec<Value>> {
        let (start, _, step, count) = self.slice_indices(s, items.len())?;
        if step == 1 {
            return Ok(items[start as usize..start as usize + count].to_vec());
        }
        let mut out = Vec::with_capacity(count);
        let mut i = start;
        for _ in 0..count {
            out.push(items[i as usize].clone());
            i += step;
        }
        Ok(out)
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Int(i) = key {
                    return l.set_index(i, value).map_err(|_| index_error("list assignment index out of range"));
                }
                if let Value::Slice(s) = &key {
                    // CPython's order: the bounds (maybe `__index__`) first,
                    // then the source (maybe an iterator running Python code).
                    let (start, stop, step, count) = self.slice_indices(s, l.len())?;
                    if let Value::List(src) = &value {
                        return l.assign_slice(start, stop, step, count, src).map_err(|n| extended_size_error(n, count));
                    }
                    let what = if step == 1 { "can only assign an iterable" } else { "must assign iterable to extended slice" };
                    let new_items = self.collect_assigned(&value, what)?;
                    if step == 1 {
                        l.splice(start as usize, stop.max(start) as usize, new_items);
                    } else {
                        if new_items.len() != count {
                            return Err(extended_size_error(new_items.len(), count));
                        }
                        let mut i = start;
                        for v in new_items {
                            drop(l.replace(i as usize, v));
                            i += step;
                        }
                    }
                    return Ok(());
                }
                let len = l.len();
                let j = self.list_store_index(&key, len)?;
                drop(l.replace(j, value));
                Ok(())
            }
            Value::Dict(d) => self.dict_set(d, key, value),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup(&static_name("__setitem__")) {
                    self.call_value(&m, &[obj.clone(), key, value], &[])?;
                    return Ok(());
                }
                match &inst.native {
                    NativeData::List(l) => self.set_item(&Value::List(l.clone()), key, value),
                    NativeData::Dict(d) => {
                        let d = d.clone();
                        self.dict_set(&d, key, value)
                    }
                    _ => Err(type_error(format!("'{}' object does not support item assignment", inst.class.name.as_str()))),
                }
            }
            Value::Other(o) if matches!(&**o, Other::ByteArray(_)) => match &**o {
                Other::ByteArray(cell) => self.bytearray_set_item(cell, key, value),
                _ => Ok(()),
            },
            _ => Err(type_error(format!("'{}' object does not support item assignment", self.type_of(obj).name.as_str()))),
        }
    }

    /// `del obj[key]`.
    pub fn del_item(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let len = l.len();
                    let (start, _, step, count) = self.slice_indices(s, len)?;
                    l.delete_slice(start, step, count);
                    return Ok(());
                }
                let len = l.len();
                let j = self.list_store_index(key, len)?;
                drop(l.remove(j));
                Ok(())
            }
            Value::Dict(d) => match self.dict_remove(d, key)? {
                Some(_) => Ok(()),
                None => Err(key_error(key.clone())),
            },
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup(&static_name("__delitem__")) {
                    self.call_value(&m, &[obj.clone(), key.clone()], &[])?;
                    return Ok(());
                }
                match &inst.native {
                    NativeData::List(l) => self.del_item(&Value::List(l.clone()), key),
                    NativeData::Dict(d) => self.del_item(&Value::Dict(d.clone()), key),
                    _ => Err(type_error(format!("'{}' object does not support item deletion", inst.class.name.as_str()))),
                }
            }
            Value::Other(o) if matches!(&**o, Other::ByteArray(_)) => match &**o {
                Other::ByteArray(cell) => {
                    let len = cell.borrow().len();
                    if let Value::Slice(s) = key {
                        let (start, _, step, count) = self.slice_indices(s, len)?;
                        let mut idx: Vec<usize> = (0..count).map(|k| (start + k as i64 * step) as usize).collect();
                        idx.sort_unstable();
                        let mut d = cell.borrow_mut();
                        for i in idx.into_iter().rev() {
                            d.remove(i);
                        }
                        return Ok(());
                    }
                    let j = self.norm_index(key, len, "bytearray")?;
                    cell.borrow_mut().remove(j);
                    Ok(())
                }
                _ => Ok(()),
            },
            _ => Err(type_error(format!("'{}' object does not support item deletion", self.type_of(obj).name.as_str()))),
        }
    }
}
