//! The `heapq` module, following CPython 3.11's `_heapqmodule.c` (and
//! `heapq.py` for `merge`, `nlargest`, `nsmallest`) step for step, so heaps
//! end up in the same order and `__lt__` is called on the same pairs.

use std::cmp::Ordering;
use std::rc::Rc;

use super::add_fns;
use crate::builtins::{arg_int, sort_values};
use crate::bytecode::CmpOp;
use crate::runtime::objects::*;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::iter::new_iter;
use crate::vm::{PyResult, Vm};

/// Fills the module namespace.
pub fn fill(d: &PyDict) {
    add_fns(
        d,
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapify", heapify),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("_heappop_max", heappop_max),
            ("_heapify_max", heapify_max),
            ("_heapreplace_max", heapreplace_max),
            ("merge", merge),
            ("nlargest", nlargest),
            ("nsmallest", nsmallest),
        ],
    );
    let all = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"];
    crate::builtins::set(d, "__all__", Value::list(all.iter().map(|s| Value::str(s)).collect()));
}

// ---------------------------------------------------------------------------
// Comparisons.

/// Ordering of values whose comparison runs no Python code (ints, floats
/// other than NaN, strs, and tuples of those); `None` otherwise.
#[inline]
pub(super) fn fast_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.get().partial_cmp(&y.get()),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => (*x as f64).partial_cmp(&y.get()),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => x.get().partial_cmp(&(*y as f64)),
        (Value::Str(x), Value::Str(y)) => Some(x.as_str().cmp(y.as_str())),
        (Value::Tuple(x), Value::Tuple(y)) => {
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                match fast_cmp(p, q)? {
                    Ordering::Equal => continue,
                    o => return Some(o),
                }
            }
            Some(x.items.len().cmp(&y.items.len()))
        }
        _ => None,
    }
}

/// `a < b` as a bool (`PyObject_RichCompareBool(a, b, Py_LT)`).
#[inline]
pub(super) fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(o) = fast_cmp(a, b) {
        return Ok(o == Ordering::Less);
    }
    let r = vm.compare(CmpOp::Lt, a, b)?;
    match r {
        Value::Bool(b) => Ok(b.get()),
        _ => vm.truthy(&r),
    }
}

// ---------------------------------------------------------------------------
// Sifting on a list (re-borrowed around every comparison, which may run
// Python code that touches the list, as CPython re-reads its array).

fn changed() -> PyErr {
    runtime_error("list changed size during iteration")
}

/// Compares `items[i]` and `items[j]` (`max` swaps the operands).
#[inline]
fn less_at(vm: &mut Vm, list: &PyList, i: usize, j: usize, max: bool) -> PyResult<bool> {
    let (Some(a), Some(b)) = (list.get(i), list.get(j)) else { return Err(changed()) };
    let (a, b) = if max { (b, a) } else { (a, b) };
    if let Some(o) = fast_cmp(&a, &b) {
        return Ok(o == Ordering::Less);
    }
    lt(vm, &a, &b)
}

/// `siftdown` on the payloads of a compact number list (see
/// [`PyList::with_numbers`]); `max` flips the order.
fn siftdown_raw(data: &mut [u64], startpos: usize, mut pos: usize, max: bool, lt: fn(u64, u64) -> bool) {
    let item = data[pos];
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let parent = data[parentpos];
        let less = if max { lt(parent, item) } else { lt(item, parent) };
        if !less {
            break;
        }
        data[pos] = parent;
        pos = parentpos;
    }
    data[pos] = item;
}

/// `siftup` on the payloads of a compact number list.
fn siftup_raw(data: &mut [u64], mut pos: usize, max: bool, lt: fn(u64, u64) -> bool) {
    let endpos = data.len();
    let startpos = pos;
    let item = data[pos];
    let mut childpos = 2 * pos + 1;
    while childpos < endpos {
        let right = childpos + 1;
        if right < endpos {
            let (a, b) = (data[childpos], data[right]);
            let less = if max { lt(b, a) } else { lt(a, b) };
            if !less {
                childpos = right;
            }
        }
        data[pos] = data[childpos];
        pos = childpos;
        childpos = 2 * pos + 1;
    }
    data[pos] = item;
    siftdown_raw(data, startpos, pos, max, lt);
}

fn siftdown(vm: &mut Vm, list: &PyList, startpos: usize, mut pos: usize, max: bool) -> PyResult<()> {
    if list.with_numbers(|data, lt| siftdown_raw(data, startpos, pos, max, lt)).is_some() {
        return Ok(());
    }
    let size = list.len();
    debug_assert!(pos < size);
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let cmp = less_at(vm, list, pos, parentpos, max)?;
        if size != list.len() {
            return Err(changed());
        }
        if !cmp {
            break;
        }
        list.swap(parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

fn siftup(vm: &mut Vm, list: &PyList, mut pos: usize, max: bool) -> PyResult<()> {
    if list.with_numbers(|data, lt| siftup_raw(data, pos, max, lt)).is_some() {
        return Ok(());
    }
    let endpos = list.len();
    let startpos = pos;
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let cmp = less_at(vm, list, childpos, childpos + 1, max)?;
            childpos += (!cmp) as usize;
            if endpos != list.len() {
                return Err(changed());
            }
        }
        list.swap(childpos, pos);
        pos = childpos;
    }
    siftdown(vm, list, startpos, pos, max)
}

fn keep_top_bit(mut n: usize) -> usize {
    let mut i = 0;
    while n > 1 {
        n >>= 1;
        i += 1;
    }
    n << i
}

fn heapify_list(vm: &mut Vm, list: &PyList, max: bool) -> PyResult<()> {
    let n = list.len();
    if n > 2500 {
        // CPython's cache-friendly order for big heaps.
        let m = n >> 1;
        let leftmost = keep_top_bit(m + 1) - 1;
        let mhalf = m >> 1;
        let run = |vm: &mut Vm, i: usize| -> PyResult<()> {
            let mut j = i;
            loop {
                siftup(vm, list, j, max)?;
                if j & 1 == 0 {
                    break;
                }
                j >>= 1;
            }
            Ok(())
        };
        for i in (mhalf..leftmost).rev() {
            run(vm, i)?;
        }
        for i in (leftmost..m).rev() {
            run(vm, i)?;
        }
        return Ok(());
    }
    for i in (0..n >> 1).rev() {
        siftup(vm, list, i, max)?;
    }
    Ok(())
}

fn heappop_list(vm: &mut Vm, list: &PyList, max: bool) -> PyResult<Value> {
    let Some(last) = list.pop() else { return Err(index_error("index out of range")) };
    if list.is_empty() {
        return Ok(last);
    }
    let Some(ret) = list.replace(0, last) else { return Err(index_error("index out of range")) };
    siftup(vm, list, 0, max)?;
    Ok(ret)
}

fn heapreplace_list(vm: &mut Vm, list: &PyList, item: Value, max: bool) -> PyResult<Value> {
    let Some(ret) = list.replace(0, item) else { return Err(index_error("index out of range")) };
    siftup(vm, list, 0, max)?;
    Ok(ret)
}

// ---------------------------------------------------------------------------
// Module functions.

fn list_arg(vm: &Vm, v: &Value, fname: &str, nth: bool) -> PyResult<Rc<PyList>> {
    match v {
        Value::List(l) => Ok(l.clone()),
        Value::Instance(i) => match &i.native {
            NativeData::List(l) => Ok(l.clone()),
            _ => Err(list_type_error(vm, v, fname, nth)),
        },
        _ => Err(list_type_error(vm, v, fname, nth)),
    }
}

fn list_type_error(vm: &Vm, v: &Value, fname: &str, nth: bool) -> PyErr {
    let tn = vm.type_of(v).name.as_str().to_owned();
    if nth {
        type_error(format!("{}() argument 1 must be list, not {}", fname, tn))
    } else {
        type_error(format!("{}() argument must be list, not {}", fname, tn))
    }
}

fn two_args<'a>(fname: &str, args: &'a [Value], kwargs: &[(Name, Value)]) -> PyResult<(&'a Value, &'a Value)> {
    if !kwargs.is_empty() {
        return Err(type_error(format!("_heapq.{}() takes no keyword arguments", fname)));
    }
    if args.len() != 2 {
        return Err(type_error(format!("{} expected 2 arguments, got {}", fname, args.len())));
    }
    Ok((&args[0], &args[1]))
}

fn one_arg<'a>(fname: &str, args: &'a [Value], kwargs: &[(Name, Value)]) -> PyResult<&'a Value> {
    if !kwargs.is_empty() {
        return Err(type_error(format!("_heapq.{}() takes no keyword arguments", fname)));
    }
    if args.len() != 1 {
        return Err(type_error(format!("_heapq.{}() takes exactly one argument ({} given)", fname, args.len())));
    }
    Ok(&args[0])
}

fn heappush(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (h, item) = two_args("heappush", args, kwargs)?;
    let list = list_arg(vm, h, "heappush", true)?;
    list.push(item.clone());
    let n = list.len();
    siftdown(vm, &list, 0, n - 1, false)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let h = one_arg("heappop", args, kwargs)?;
    let list = list_arg(vm, h, "heappop", false)?;
    heappop_list(vm, &list, false)
}

fn heappop_max(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let h = one_arg("_heappop_max", args, kwargs)?;
    let list = list_arg(vm, h, "_heappop_max", false)?;
    heappop_list(vm, &list, true)
}

fn heapify(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let h = one_arg("heapify", args, kwargs)?;
    let list = list_arg(vm, h, "heapify", false)?;
    heapify_list(vm, &list, false)?;
    Ok(Value::None)
}

fn heapify_max(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let h = one_arg("_heapify_max", args, kwargs)?;
    let list = list_arg(vm, h, "_heapify_max", false)?;
    heapify_list(vm, &list, true)?;
    Ok(Value::None)
}

fn heapreplace(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (h, item) = two_args("heapreplace", args, kwargs)?;
    let list = list_arg(vm, h, "heapreplace", true)?;
    heapreplace_list(vm, &list, item.clone(), false)
}

fn heapreplace_max(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (h, item) = two_args("_heapreplace_max", args, kwargs)?;
    let list = list_arg(vm, h, "_heapreplace_max", true)?;
    heapreplace_list(vm, &list, item.clone(), true)
}

fn heappushpop(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (h, item) = two_args("heappushpop", args, kwargs)?;
    let list = list_arg(vm, h, "heappushpop", true)?;
    let top = match list.get(0) {
        None => return Ok(item.clone()),
        Some(t) => t,
    };
    if !lt(vm, &top, item)? {
        return Ok(item.clone());
    }
    let Some(ret) = list.replace(0, item.clone()) else { return Err(index_error("index out of range")) };
    siftup(vm, &list, 0, false)?;
    Ok(ret)
}

// ---------------------------------------------------------------------------
// nlargest / nsmallest (heapq.py).

/// Binds `(n, iterable, key=None)` like the Python definition.
fn n_iter_key(fname: &str, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<(Value, Value, Value)> {
    let names = ["n", "iterable", "key"];
    if args.len() > 3 {
        return Err(type_error(format!("{}() takes from 2 to 3 positional arguments but {} were given", fname, args.len())));
    }
    let mut out: Vec<Option<Value>> = vec![None; 3];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!("{}() got multiple values for argument '{}'", fname, k.as_str())));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k.as_str()))),
        }
    }
    let missing: Vec<String> = (0..2).filter(|&i| out[i].is_none()).map(|i| format!("'{}'", names[i])).collect();
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            fname,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            missing.join(" and ")
        )));
    }
    Ok((out[0].take().unwrap(), out[1].take().unwrap(), out[2].take().unwrap_or(Value::None)))
}

fn nlargest(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (n, iterable, key) = n_iter_key("nlargest", args, kwargs)?;
    n_best(vm, n, iterable, key, true)
}

fn nsmallest(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (n, iterable, key) = n_iter_key("nsmallest", args, kwargs)?;
    n_best(vm, n, iterable, key, false)
}

/// `nlargest` (`largest`) / `nsmallest` as in heapq.py.
fn n_best(vm: &mut Vm, nv: Value, iterable: Value, key: Value, largest: bool) -> PyResult<Value> {
    let has_key = !key.is_none();
    if vm.eq(&nv, &Value::Int(1))? {
        // min()/max() with a key and a sentinel default.
        let it = vm.get_iter(&iterable)?;
        let mut best: Option<(Value, Value)> = None;
        while let Some(x) = vm.next(&it)? {
            let k = if has_key { vm.call_value(&key, std::slice::from_ref(&x), &[])? } else { x.clone() };
            let better = match &best {
                None => true,
                Some((bk, _)) => {
                    let op = if largest { CmpOp::Gt } else { CmpOp::Lt };
                    let r = match fast_cmp(&k, bk) {
                        Some(o) => o == if largest { Ordering::Greater } else { Ordering::Less },
                        None => {
                            let r = vm.compare(op, &k, bk)?;
                            vm.truthy(&r)?
                        }
                    };
                    r
                }
            };
            if better {
                best = Some((k, x));
            }
        }
        return Ok(Value::list(best.map(|(_, x)| vec![x]).unwrap_or_default()));
    }
    match vm.len(&iterable) {
        Ok(size) => {
            let r = vm.compare(CmpOp::Ge, &nv, &Value::Int(size as i64))?;
            if vm.truthy(&r)? {
                let mut items = vm.collect(&iterable)?;
                let kf = if has_key { Some(&key) } else { None };
                sort_values(vm, &mut items, kf, largest)?;
                let n = arg_int(vm, &nv)?;
                items.truncate(n.max(0) as usize);
                return Ok(Value::list(items));
            }
        }
        Err(e) if e.matches(&types().type_error) || e.matches(&types().attribute_error) => {}
        Err(e) => return Err(e),
    }
    let n = arg_int(vm, &nv)?;
    let it = vm.get_iter(&iterable)?;
    // result = [(key(elem), i, elem) ...] with i counting up (nsmallest) or
    // down (nlargest), or [(elem, i) ...] without a key.
    let entry = |vm: &mut Vm, x: Value, order: i64| -> PyResult<(Value, Value)> {
        if has_key {
            let k = vm.call_value(&key, std::slice::from_ref(&x), &[])?;
            Ok((k.clone(), Value::tuple(vec![k, Value::Int(order), x])))
        } else {
            Ok((x.clone(), Value::tuple(vec![x, Value::Int(order)])))
        }
    };
    let mut result = Vec::new();
    for i in 0..n.max(0) {
        match vm.next(&it)? {
            Some(x) => {
                let order = if largest { -i } else { i };
                result.push(entry(vm, x, order)?.1);
            }
            None => break,
        }
    }
    if result.is_empty() {
        return Ok(Value::list(result));
    }
    let heap = crate::runtime::gc::new(PyList::new(result));
    // nsmallest keeps a max-heap of the best so far, nlargest a min-heap.
    heapify_list(vm, &heap, !largest)?;
    let top_key = |heap: &PyList| -> Value {
        match heap.get(0) {
            Some(Value::Tuple(t)) => t.items[0].clone(),
            v => v.unwrap_or(Value::None),
        }
    };
    let mut top = top_key(&heap);
    let mut order = if largest { -n } else { n };
    while let Some(x) = vm.next(&it)? {
        let k = if has_key { vm.call_value(&key, std::slice::from_ref(&x), &[])? } else { x.clone() };
        let better = if largest { lt(vm, &top, &k)? } else { lt(vm, &k, &top)? };
        if better {
            let e = if has_key { Value::tuple(vec![k, Value::Int(order), x]) } else { Value::tuple(vec![x, Value::Int(order)]) };
            heapreplace_list(vm, &heap, e, !largest)?;
            top = top_key(&heap);
            order += if largest { -1 } else { 1 };
        }
    }
    let mut items = heap.snapshot();
    sort_values(vm, &mut items, None, largest)?;
    let pick = if has_key { 2 } else { 0 };
    let out = items
        .into_iter()
        .map(|e| match e {
            Value::Tuple(t) => t.items[pick].clone(),
            v => v,
        })
        .collect();
    Ok(Value::list(out))
}

// ---------------------------------------------------------------------------
// merge (a lazy generator, as heapq.py's).

struct Merge {
    iterables: Vec<Value>,
    key: Value,
    reverse: bool,
    phase: Phase,
    /// Heap of `(key, order)` tuples (`order * direction` as in heapq.py).
    heap: Rc<PyList>,
    /// Current value and iterator of each input, by `abs(order)`.
    inputs: Vec<(Value, Value)>,
}

enum Phase {
    Init,
    /// `h[0]` was just yielded: advance its input next.
    Yielded,
    /// One input left: `yield from` it.
    Tail(Value),
    Done,
}

impl Merge {
    fn entry(&self, vm: &mut Vm, value: &Value, ix: usize) -> PyResult<Value> {
        let k = if self.key.is_none() { value.clone() } else { vm.call_value(&self.key, std::slice::from_ref(value), &[])? };
        let order = if self.reverse { -(ix as i64) } else { ix as i64 };
        Ok(Value::tuple(vec![k, Value::Int(order)]))
    }

    fn top_index(&self) -> usize {
        match self.heap.get(0) {
            Some(Value::Tuple(t)) => match t.items[1] {
                Value::Int(o) => o.unsigned_abs() as usize,
                _ => 0,
            },
            _ => 0,
        }
    }

    fn step(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            match std::mem::replace(&mut self.phase, Phase::Done) {
                Phase::Done => return Ok(None),
                Phase::Tail(it) => {
                    let r = vm.next(&it)?;
                    if r.is_some() {
                        self.phase = Phase::Tail(it);
                    }
                    return Ok(r);
                }
                Phase::Init => {
                    let iterables = std::mem::take(&mut self.iterables);
                    for (ix, src) in iterables.iter().enumerate() {
                        let it = vm.get_iter(src)?;
                        match vm.next(&it)? {
                            Some(v) => {
                                let e = self.entry(vm, &v, ix)?;
                                self.heap.push(e);
                                while self.inputs.len() < ix {
                                    self.inputs.push((Value::None, Value::None));
                                }
                                self.inputs.push((v, it));
                            }
                            None => {}
                        }
                    }
                    heapify_list(vm, &self.heap, self.reverse)?;
                }
                Phase::Yielded => {
                    let ix = self.top_index();
                    let it = self.inputs[ix].1.clone();
                    match vm.next(&it)? {
                        Some(v) => {
                            let e = self.entry(vm, &v, ix)?;
                            self.inputs[ix].0 = v;
                            heapreplace_list(vm, &self.heap, e, self.reverse)?;
                        }
                        None => {
                            heappop_list(vm, &self.heap, self.reverse)?;
                        }
                    }
                }
            }
            let len = self.heap.len();
            if len == 0 {
                return Ok(None);
            }
            let ix = self.top_index();
            let v = self.inputs[ix].0.clone();
            self.phase = if len > 1 { Phase::Yielded } else { Phase::Tail(self.inputs[ix].1.clone()) };
            return Ok(Some(v));
        }
    }
}

impl NativeIter for Merge {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let r = self.step(vm);
        if r.is_err() {
            self.phase = Phase::Done;
        }
        r
    }
    fn class(&self) -> &'static Rc<Class> {
        &types().generator
    }
}

fn merge(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in kwargs {
        match k.as_str() {
            "key" => key = v.clone(),
            "reverse" => reverse = vm.truthy(v)?,
            other => return Err(type_error(format!("merge() got an unexpected keyword argument '{}'", other))),
        }
    }
    Ok(new_iter(IterState::Native(Box::new(Merge {
        iterables: args.to_vec(),
        key,
        reverse,
        phase: Phase::Init,
        heap: crate::runtime::gc::new(PyList::new(Vec::new())),
        inputs: Vec::new(),
    }))))
}
