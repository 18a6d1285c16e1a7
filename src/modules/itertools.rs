//! The `itertools` module: lazy native iterators (state machines over
//! [`NativeIter`]).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::native::{bind, iter_value, native_class};
use crate::builtins::{add_method, arg_int, check_count, no_kwargs, set};
use crate::bytecode::BinOp;
use crate::runtime::objects::*;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

const CTORS: &[(&str, &'static str, NativeFn)] = &[
    ("count", "itertools.count", count_new),
    ("cycle", "itertools.cycle", cycle_new),
    ("repeat", "itertools.repeat", repeat_new),
    ("accumulate", "itertools.accumulate", accumulate_new),
    ("chain", "itertools.chain", chain_new),
    ("compress", "itertools.compress", compress_new),
    ("dropwhile", "itertools.dropwhile", dropwhile_new),
    ("takewhile", "itertools.takewhile", takewhile_new),
    ("filterfalse", "itertools.filterfalse", filterfalse_new),
    ("groupby", "itertools.groupby", groupby_new),
    ("islice", "itertools.islice", islice_new),
    ("starmap", "itertools.starmap", starmap_new),
    ("zip_longest", "itertools.zip_longest", zip_longest_new),
    ("product", "itertools.product", product_new),
    ("permutations", "itertools.permutations", permutations_new),
    ("combinations", "itertools.combinations", combinations_new),
    ("combinations_with_replacement", "itertools.combinations_with_replacement", cwr_new),
    ("pairwise", "itertools.pairwise", pairwise_new),
];

/// Fills the module namespace.
pub fn fill(d: &PyDict) {
    for (name, key, f) in CTORS {
        let cls = native_class(key);
        if cls.dict.get_str(&crate::runtime::str::intern("__new__")).is_none() {
            add_method(cls, "__new__", *f);
            add_method(cls, "__iter__", iter_self);
            add_method(cls, "__next__", next_m);
        }
        set(d, name, Value::Class(cls.clone()));
    }
    let chain = native_class("itertools.chain");
    set(&chain.dict, "from_iterable", crate::builtins::builtin_fn("from_iterable", chain_from_iterable));
    chain.modified();
    for key in ["itertools._grouper", "itertools._tee"] {
        let c = native_class(key);
        add_method(c, "__iter__", iter_self);
        add_method(c, "__next__", next_m);
    }
    crate::modules::add_fns(d, &[("tee", tee)]);
}

fn iter_self(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn next_m(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args(&crate::runtime::types::types().stop_iteration, vec![])),
    }
}

use crate::vm::PyErr;

macro_rules! class_of {
    ($key:literal) => {
        fn class(&self) -> &'static Rc<Class> {
            native_class($key)
        }
    };
}

// ---- count ----

struct Count {
    cur: Value,
    step: Value,
}
impl NativeIter for Count {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let v = self.cur.clone();
        self.cur = match (&self.cur, &self.step) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            _ => vm.binary_op(BinOp::Add, &self.cur, &self.step)?,
        };
        Ok(Some(v))
    }
    class_of!("itertools.count");
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_) | Value::Instance(_))
}

fn count_new(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("count", &args[1..], kwargs, &["start", "step"], 0, 2)?;
    let start = a[0].clone().unwrap_or(Value::Int(0));
    let step = a[1].clone().unwrap_or(Value::Int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(type_error("a number is required"));
    }
    Ok(iter_value(Count { cur: start, step }))
}

// ---- cycle ----

struct Cycle {
    it: Option<Value>,
    saved: Vec<Value>,
    index: usize,
}
impl NativeIter for Cycle {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(it) = &self.it {
            match vm.next(it)? {
                Some(v) => {
                    self.saved.push(v.clone());
                    return Ok(Some(v));
                }
                None => self.it = None,
            }
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let v = self.saved[self.index].clone();
        self.index = (self.index + 1) % self.saved.len();
        Ok(Some(v))
    }
    class_of!("itertools.cycle");
}

fn cycle_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("cycle", kwargs)?;
    check_count("cycle", &args[1..], 1, 1)?;
    let it = vm.get_iter(&args[1])?;
    Ok(iter_value(Cycle { it: Some(it), saved: Vec::new(), index: 0 }))
}

// ---- repeat ----

struct Repeat {
    obj: Value,
    left: Option<i64>,
}
impl NativeIter for Repeat {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        match &mut self.left {
            None => Ok(Some(self.obj.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.obj.clone()))
            }
        }
    }
    class_of!("itertools.repeat");
}

fn repeat_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("repeat", &args[1..], kwargs, &["object", "times"], 1, 2)?;
    let left = match &a[1] {
        None => None,
        Some(t) => Some(arg_int(vm, t)?.max(0)),
    };
    Ok(iter_value(Repeat { obj: a[0].clone().unwrap(), left }))
}

// ---- accumulate ----

struct Accumulate {
    it: Value,
    func: Value,
    total: Option<Value>,
    initial: Option<Value>,
}
impl NativeIter for Accumulate {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if let Some(init) = self.initial.take() {
            self.total = Some(init.clone());
            return Ok(Some(init));
        }
        let Some(v) = vm.next(&self.it)? else { return Ok(None) };
        let t = match self.total.take() {
            None => v,
            Some(t) => {
                if self.func.is_none() {
                    vm.binary_op(BinOp::Add, &t, &v)?
                } else {
                    vm.call_value(&self.func, &[t, v], &[])?
                }
            }
        };
        self.total = Some(t.clone());
        Ok(Some(t))
    }
    class_of!("itertools.accumulate");
}

fn accumulate_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("accumulate", &args[1..], kwargs, &["iterable", "func", "initial"], 1, 2)?;
    let it = vm.get_iter(a[0].as_ref().unwrap())?;
    let initial = a[2].clone().filter(|v| !v.is_none());
    Ok(iter_value(Accumulate { it, func: a[1].clone().unwrap_or(Value::None), total: None, initial }))
}

// ---- chain ----

struct Chain {
    /// Iterator over the iterables.
    source: Option<Value>,
    active: Option<Value>,
}
impl NativeIter for Chain {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            if let Some(a) = &self.active {
                if let Some(v) = vm.next(a)? {
                    return Ok(Some(v));
                }
                self.active = None;
            }
            let Some(src) = &self.source else { return Ok(None) };
            match vm.next(src)? {
                Some(iterable) => self.active = Some(vm.get_iter(&iterable)?),
                None => {
                    self.source = None;
                    return Ok(None);
                }
            }
        }
    }
    class_of!("itertools.chain");
}

fn chain_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("chain", kwargs)?;
    let src = vm.get_iter(&Value::tuple(args[1..].to_vec()))?;
    Ok(iter_value(Chain { source: Some(src), active: None }))
}

fn chain_from_iterable(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("from_iterable", kwargs)?;
    let args = if matches!(args.first(), Some(Value::Class(_))) { &args[1..] } else { args };
    check_count("from_iterable", args, 1, 1)?;
    let src = vm.get_iter(&args[0])?;
    Ok(iter_value(Chain { source: Some(src), active: None }))
}

// ---- compress ----

struct Compress {
    data: Value,
    sel: Value,
}
impl NativeIter for Compress {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(d) = vm.next(&self.data)? else { return Ok(None) };
            let Some(s) = vm.next(&self.sel)? else { return Ok(None) };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        }
    }
    class_of!("itertools.compress");
}

fn compress_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("compress", &args[1..], kwargs, &["data", "selectors"], 2, 2)?;
    let data = vm.get_iter(a[0].as_ref().unwrap())?;
    let sel = vm.get_iter(a[1].as_ref().unwrap())?;
    Ok(iter_value(Compress { data, sel }))
}

// ---- dropwhile / takewhile / filterfalse ----

struct PredIter {
    pred: Value,
    it: Value,
    /// 0 dropwhile (still dropping), 1 dropwhile (passing through), 2 takewhile, 3 takewhile done, 4 filterfalse
    mode: u8,
}
impl NativeIter for PredIter {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        loop {
            if self.mode == 3 {
                return Ok(None);
            }
            let Some(v) = vm.next(&self.it)? else { return Ok(None) };
            if self.mode == 1 {
                return Ok(Some(v));
            }
            let t = if self.mode == 4 && self.pred.is_none() {
                vm.truthy(&v)?
            } else {
                let r = vm.call_value(&self.pred, std::slice::from_ref(&v), &[])?;
                vm.truthy(&r)?
            };
            match self.mode {
                0 => {
                    if !t {
                        self.mode = 1;
                        return Ok(Some(v));
                    }
                }
                2 => {
                    if t {
                        return Ok(Some(v));
                    }
                    self.mode = 3;
                    return Ok(None);
                }
                _ => {
                    if !t {
                        return Ok(Some(v));
                    }
                }
            }
        }
    }
    fn class(&self) -> &'static Rc<Class> {
        native_class(match self.mode {
            0 | 1 => "itertools.dropwhile",
            2 | 3 => "itertools.takewhile",
            _ => "itertools.filterfalse",
        })
    }
}

fn pred_new(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Name, Value)], mode: u8) -> PyResult<Value> {
    no_kwargs(name, kwargs)?;
    let args = &args[1..];
    if args.len() != 2 {
        return Err(type_error(format!("{} expected 2 arguments, got {}", name, args.len())));
    }
    let it = vm.get_iter(&args[1])?;
    Ok(iter_value(PredIter { pred: args[0].clone(), it, mode }))
}

fn dropwhile_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    pred_new(vm, "dropwhile", args, kwargs, 0)
}
fn takewhile_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    pred_new(vm, "takewhile", args, kwargs, 2)
}
fn filterfalse_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    pred_new(vm, "filterfalse", args, kwargs, 4)
}

// ---- groupby ----

struct GroupState {
    it: Value,
    key: Value,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    id: u64,
    done: bool,
}

struct GroupBy(Rc<RefCell<GroupState>>);

fn keyed(vm: &mut Vm, key: &Value, v: &Value) -> PyResult<Value> {
    if key.is_none() {
        Ok(v.clone())
    } else {
        vm.call_value(key, std::slice::from_ref(v), &[])
    }
}

/// Advances the shared iterator: false when exhausted.
fn group_step(vm: &mut Vm, st: &Rc<RefCell<GroupState>>) -> PyResult<bool> {
    let (it, key) = {
        let s = st.borrow();
        (s.it.clone(), s.key.clone())
    };
    let Some(v) = vm.next(&it)? else {
        st.borrow_mut().done = true;
        return Ok(false);
    };
    let k = keyed(vm, &key, &v)?;
    let mut s = st.borrow_mut();
    s.currvalue = Some(v);
    s.currkey = Some(k);
    Ok(true)
}

fn keys_equal(vm: &mut Vm, a: &Option<Value>, b: &Option<Value>) -> PyResult<bool> {
    match (a, b) {
        (Some(a), Some(b)) => vm.eq(a, b),
        _ => Ok(false),
    }
}

impl NativeIter for GroupBy {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let st = self.0.clone();
        {
            let mut s = st.borrow_mut();
            if s.done {
                return Ok(None);
            }
            s.id += 1;
        }
        loop {
            let (tk, ck) = {
                let s = st.borrow();
                (s.tgtkey.clone(), s.currkey.clone())
            };
            if ck.is_some() && !keys_equal(vm, &ck, &tk)? {
                break;
            }
            if !group_step(vm, &st)? {
                return Ok(None);
            }
        }
        let (key, id) = {
            let mut s = st.borrow_mut();
            s.tgtkey = s.currkey.clone();
            (s.currkey.clone().unwrap(), s.id)
        };
        let grouper = iter_value(Grouper { st, tgtkey: key.clone(), id, started: false });
        Ok(Some(Value::tuple(vec![key, grouper])))
    }
    class_of!("itertools.groupby");
}

struct Grouper {
    st: Rc<RefCell<GroupState>>,
    tgtkey: Value,
    id: u64,
    started: bool,
}
impl NativeIter for Grouper {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.st.borrow().id != self.id {
            return Ok(None);
        }
        if self.started {
            if self.st.borrow().done || !group_step(vm, &self.st)? {
                return Ok(None);
            }
        }
        self.started = true;
        let (ck, cv) = {
            let s = self.st.borrow();
            if s.done {
                return Ok(None);
            }
            (s.currkey.clone(), s.currvalue.clone())
        };
        if !keys_equal(vm, &ck, &Some(self.tgtkey.clone()))? {
            return Ok(None);
        }
        Ok(cv)
    }
    class_of!("itertools._grouper");
}

fn groupby_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("groupby", &args[1..], kwargs, &["iterable", "key"], 1, 2)?;
    let it = vm.get_iter(a[0].as_ref().unwrap())?;
    let st = GroupState { it, key: a[1].clone().unwrap_or(Value::None), tgtkey: None, currkey: None, currvalue: None, id: 0, done: false };
    Ok(iter_value(GroupBy(Rc::new(RefCell::new(st)))))
}

// ---- islice ----

struct ISlice {
    it: Option<Value>,
    next: usize,
    stop: Option<usize>,
    step: usize,
    pos: usize,
}
impl NativeIter for ISlice {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it.clone() else { return Ok(None) };
        while self.pos < self.next {
            if let Some(stop) = self.stop {
                if self.pos >= stop {
                    self.it = None;
                    return Ok(None);
                }
            }
            if vm.next(&it)?.is_none() {
                self.it = None;
                return Ok(None);
            }
            self.pos += 1;
        }
        if let Some(stop) = self.stop {
            if self.pos >= stop {
                self.it = None;
                return Ok(None);
            }
        }
        match vm.next(&it)? {
            Some(v) => {
                self.pos += 1;
                self.next = self.next.saturating_add(self.step);
                if let Some(stop) = self.stop {
                    self.next = self.next.min(stop);
                }
                Ok(Some(v))
            }
            None => {
                self.it = None;
                Ok(None)
            }
        }
    }
    class_of!("itertools.islice");
}

fn slice_arg(vm: &mut Vm, v: &Value, msg: &str) -> PyResult<Option<usize>> {
    if v.is_none() {
        return Ok(None);
    }
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Instance(_) => match arg_int(vm, v) {
            Ok(i) if i >= 0 => Ok(Some(i as usize)),
            _ => Err(value_error(msg.to_owned())),
        },
        _ => Err(value_error(msg.to_owned())),
    }
}

fn islice_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("islice", kwargs)?;
    let args = &args[1..];
    if args.len() < 2 || args.len() > 4 {
        return Err(type_error(format!(
            "islice expected {} arguments, got {}",
            if args.len() < 2 { "at least 2" } else { "at most 4" },
            args.len()
        )));
    }
    let it = vm.get_iter(&args[0])?;
    let idx_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (start, stop, step) = if args.len() == 2 {
        (0, slice_arg(vm, &args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")?, 1)
    } else {
        let start = slice_arg(vm, &args[1], idx_msg)?.unwrap_or(0);
        let stop = slice_arg(vm, &args[2], idx_msg)?;
        let step = match args.get(3) {
            None => 1,
            Some(v) if v.is_none() => 1,
            Some(v) => match slice_arg(vm, v, "Step for islice() must be a positive integer or None.") {
                Ok(Some(s)) if s >= 1 => s,
                _ => return Err(value_error("Step for islice() must be a positive integer or None.")),
            },
        };
        (start, stop, step)
    };
    let next = match stop {
        Some(s) => start.min(s),
        None => start,
    };
    Ok(iter_value(ISlice { it: Some(it), next, stop, step, pos: 0 }))
}

// ---- starmap ----

struct StarMap {
    func: Value,
    it: Value,
}
impl NativeIter for StarMap {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(v) = vm.next(&self.it)? else { return Ok(None) };
        let args = match &v {
            Value::Tuple(t) => t.items.clone(),
            _ => vm.collect(&v)?,
        };
        vm.call_value(&self.func, &args, &[]).map(Some)
    }
    class_of!("itertools.starmap");
}

fn starmap_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("starmap", kwargs)?;
    let args = &args[1..];
    if args.len() != 2 {
        return Err(type_error(format!("starmap expected 2 arguments, got {}", args.len())));
    }
    let it = vm.get_iter(&args[1])?;
    Ok(iter_value(StarMap { func: args[0].clone(), it }))
}

// ---- tee ----

struct TeeShared {
    it: Value,
    buf: VecDeque<Value>,
    /// Index (in the whole stream) of `buf[0]`.
    base: usize,
    positions: Vec<usize>,
    done: bool,
}

struct Tee {
    shared: Rc<RefCell<TeeShared>>,
    slot: usize,
}
impl NativeIter for Tee {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let (pos, avail, it) = {
            let s = self.shared.borrow();
            let pos = s.positions[self.slot];
            (pos, s.base + s.buf.len(), s.it.clone())
        };
        if pos >= avail {
            if self.shared.borrow().done {
                return Ok(None);
            }
            match vm.next(&it)? {
                Some(v) => self.shared.borrow_mut().buf.push_back(v),
                None => {
                    self.shared.borrow_mut().done = true;
                    return Ok(None);
                }
            }
        }
        let mut s = self.shared.borrow_mut();
        let v = s.buf[pos - s.base].clone();
        s.positions[self.slot] = pos + 1;
        let min = s.positions.iter().copied().min().unwrap_or(0);
        while s.base < min && !s.buf.is_empty() {
            s.buf.pop_front();
            s.base += 1;
        }
        Ok(Some(v))
    }
    class_of!("itertools._tee");
}

fn tee(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("tee", kwargs)?;
    check_count("tee", args, 1, 2)?;
    let n = match args.get(1) {
        Some(v) => arg_int(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(value_error("n must be >= 0"));
    }
    let it = vm.get_iter(&args[0])?;
    let shared = Rc::new(RefCell::new(TeeShared { it, buf: VecDeque::new(), base: 0, positions: vec![0; n as usize], done: false }));
    let items = (0..n as usize).map(|slot| iter_value(Tee { shared: shared.clone(), slot })).collect();
    Ok(Value::tuple(items))
}

// ---- zip_longest ----

struct ZipLongest {
    its: Vec<Option<Value>>,
    active: usize,
    fill: Value,
}
impl NativeIter for ZipLongest {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.active == 0 {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(self.its.len());
        for i in 0..self.its.len() {
            let v = match self.its[i].clone() {
                None => self.fill.clone(),
                Some(it) => match vm.next(&it)? {
                    Some(v) => v,
                    None => {
                        self.its[i] = None;
                        self.active -= 1;
                        if self.active == 0 {
                            return Ok(None);
                        }
                        self.fill.clone()
                    }
                },
            };
            out.push(v);
        }
        Ok(Some(Value::tuple(out)))
    }
    class_of!("itertools.zip_longest");
}

fn zip_longest_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let mut fill = Value::None;
    for (k, v) in kwargs {
        if k.as_str() == "fillvalue" {
            fill = v.clone();
        } else {
            return Err(type_error("zip_longest() got an unexpected keyword argument '".to_owned() + k.as_str() + "'"));
        }
    }
    let mut its = Vec::new();
    for (i, a) in args[1..].iter().enumerate() {
        match vm.get_iter(a) {
            Ok(it) => its.push(Some(it)),
            Err(e) if e.matches(&crate::runtime::types::types().type_error) => {
                return Err(type_error(format!("zip_longest argument #{} must support iteration", i + 1)))
            }
            Err(e) => return Err(e),
        }
    }
    let active = its.len();
    Ok(iter_value(ZipLongest { its, active, fill }))
}

// ---- combinatorics ----

struct Product {
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    first: bool,
    done: bool,
}
impl NativeIter for Product {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if self.first {
            self.first = false;
            if self.pools.iter().any(|p| p.is_empty()) {
                self.done = true;
                return Ok(None);
            }
        } else {
            let mut i = self.pools.len();
            loop {
                if i == 0 {
                    self.done = true;
                    return Ok(None);
                }
                i -= 1;
                self.indices[i] += 1;
                if self.indices[i] < self.pools[i].len() {
                    break;
                }
                self.indices[i] = 0;
            }
        }
        Ok(Some(Value::tuple(self.indices.iter().enumerate().map(|(p, &ix)| self.pools[p][ix].clone()).collect())))
    }
    class_of!("itertools.product");
}

fn product_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let mut repeat = 1i64;
    for (k, v) in kwargs {
        if k.as_str() == "repeat" {
            repeat = arg_int(vm, v)?;
        } else {
            return Err(type_error(format!("product() got an unexpected keyword argument '{}'", k.as_str())));
        }
    }
    if repeat < 0 {
        return Err(value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::new();
    for a in &args[1..] {
        base.push(vm.collect(a)?);
    }
    let mut pools = Vec::new();
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let n = pools.len();
    Ok(iter_value(Product { pools, indices: vec![0; n], first: true, done: false }))
}

struct Permutations {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    first: bool,
    done: bool,
}
impl NativeIter for Permutations {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let n = self.pool.len();
        let r = self.r;
        if self.done {
            return Ok(None);
        }
        if self.first {
            self.first = false;
            if r > n {
                self.done = true;
                return Ok(None);
            }
        } else {
            let mut found = false;
            for i in (0..r).rev() {
                self.cycles[i] -= 1;
                if self.cycles[i] == 0 {
                    let x = self.indices.remove(i);
                    self.indices.push(x);
                    self.cycles[i] = n - i;
                } else {
                    let j = self.cycles[i];
                    self.indices.swap(i, n - j);
                    found = true;
                    break;
                }
            }
            if !found {
                self.done = true;
                return Ok(None);
            }
        }
        Ok(Some(Value::tuple(self.indices[..r].iter().map(|&i| self.pool[i].clone()).collect())))
    }
    class_of!("itertools.permutations");
}

fn r_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let r = arg_int(vm, v)?;
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    Ok(r as usize)
}

fn permutations_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("permutations", &args[1..], kwargs, &["iterable", "r"], 1, 2)?;
    let pool = vm.collect(a[0].as_ref().unwrap())?;
    let n = pool.len();
    let r = match &a[1] {
        Some(v) if !v.is_none() => r_arg(vm, v)?,
        _ => n,
    };
    let cycles = if r <= n { (0..r).map(|i| n - i).collect() } else { Vec::new() };
    Ok(iter_value(Permutations { pool, r, indices: (0..n).collect(), cycles, first: true, done: false }))
}

struct Combinations {
    pool: Vec<Value>,
    r: usize,
    indices: Vec<usize>,
    first: bool,
    done: bool,
    replace: bool,
}
impl NativeIter for Combinations {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let n = self.pool.len();
        let r = self.r;
        if self.done {
            return Ok(None);
        }
        if self.first {
            self.first = false;
            if (!self.replace && r > n) || (self.replace && n == 0 && r > 0) {
                self.done = true;
                return Ok(None);
            }
        } else if self.replace {
            let mut i = r;
            loop {
                if i == 0 {
                    self.done = true;
                    return Ok(None);
                }
                i -= 1;
                if self.indices[i] != n - 1 {
                    break;
                }
            }
            let v = self.indices[i] + 1;
            for j in i..r {
                self.indices[j] = v;
            }
        } else {
            let mut i = r;
            loop {
                if i == 0 {
                    self.done = true;
                    return Ok(None);
                }
                i -= 1;
                if self.indices[i] != i + n - r {
                    break;
                }
            }
            self.indices[i] += 1;
            for j in i + 1..r {
                self.indices[j] = self.indices[j - 1] + 1;
            }
        }
        Ok(Some(Value::tuple(self.indices.iter().map(|&i| self.pool[i].clone()).collect())))
    }
    fn class(&self) -> &'static Rc<Class> {
        native_class(if self.replace { "itertools.combinations_with_replacement" } else { "itertools.combinations" })
    }
}

fn comb_new(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Name, Value)], replace: bool) -> PyResult<Value> {
    let a = bind(name, &args[1..], kwargs, &["iterable", "r"], 2, 2)?;
    let pool = vm.collect(a[0].as_ref().unwrap())?;
    let r = r_arg(vm, a[1].as_ref().unwrap())?;
    let indices = if replace { vec![0; r] } else { (0..r).collect() };
    Ok(iter_value(Combinations { pool, r, indices, first: true, done: false, replace }))
}

fn combinations_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    comb_new(vm, "combinations", args, kwargs, false)
}
fn cwr_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    comb_new(vm, "combinations_with_replacement", args, kwargs, true)
}

// ---- pairwise ----

struct Pairwise {
    it: Option<Value>,
    last: Option<Value>,
}
impl NativeIter for Pairwise {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it.clone() else { return Ok(None) };
        if self.last.is_none() {
            match vm.next(&it)? {
                Some(v) => self.last = Some(v),
                None => {
                    self.it = None;
                    return Ok(None);
                }
            }
        }
        match vm.next(&it)? {
            Some(v) => {
                let a = self.last.replace(v.clone()).unwrap();
                Ok(Some(Value::tuple(vec![a, v])))
            }
            None => {
                self.it = None;
                self.last = None;
                Ok(None)
            }
        }
    }
    class_of!("itertools.pairwise");
}

fn pairwise_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("pairwise", kwargs)?;
    check_count("pairwise", &args[1..], 1, 1)?;
    let it = vm.get_iter(&args[1])?;
    Ok(iter_value(Pairwise { it: Some(it), last: None }))
}
