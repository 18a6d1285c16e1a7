//! The `collections` module: `deque` is native (a `VecDeque`); `Counter`,
//! `defaultdict`, `OrderedDict` and `namedtuple` are embedded Python with
//! native helpers (`_count_elements`, `_nt_new`, `_exec`).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::native::{bind, iter_value, native_class, new_native_instance, payload, run_source};
use crate::builtins::{add_method, arg_int, check_count, no_kwargs, set};
use crate::bytecode::CmpOp;
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

const SOURCE: &str = include_str!("collections.py");

/// Fills the module namespace.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) {
    crate::runtime::gc::register_payload::<Deque>();
    let cls = native_class("collections.deque");
    if cls.dict.get_str(&intern("__new__")).is_none() {
        let methods: &[(&'static str, NativeFn)] = &[
            ("__new__", deque_new),
            ("__init__", deque_init),
            ("append", append),
            ("appendleft", appendleft),
            ("pop", pop),
            ("popleft", popleft),
            ("extend", extend),
            ("extendleft", extendleft),
            ("rotate", rotate),
            ("clear", clear),
            ("copy", copy),
            ("__copy__", copy),
            ("count", count),
            ("index", index),
            ("insert", insert),
            ("remove", remove),
            ("reverse", reverse),
            ("__len__", len),
            ("__bool__", bool_),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__contains__", contains),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__imul__", imul),
        ];
        for (n, f) in methods {
            add_method(cls, n, *f);
        }
        set(&cls.dict, "__hash__", Value::None);
        let it = native_class("collections._deque_iterator");
        add_method(it, "__iter__", |_vm, a, _k| Ok(a[0].clone()));
        add_method(it, "__next__", |vm, a, _k| match vm.next(&a[0])? {
            Some(v) => Ok(v),
            None => Err(PyErr::with_args(&types().stop_iteration, vec![])),
        });
    }
    set(d, "deque", Value::Class(cls.clone()));
    crate::modules::add_fns(d, &[("_count_elements", count_elements), ("_nt_new", nt_new), ("_exec", exec), ("_deque_repr", deque_repr), ("_deque_eq", eq), ("_deque_ne", ne)]);
    run_source(vm, d, "<frozen collections>", SOURCE);
    for name in ["__repr__", "__eq__", "__ne__"] {
        if let Some(f) = d.get_str(&intern(&format!("_deque_{}", name))) {
            cls.dict.set_str(&intern(name), f);
        }
    }
    cls.modified();
}

use crate::vm::PyErr;

struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    /// Bumped on every mutation (iterators check it).
    state: Cell<u64>,
}

impl Deque {
    fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
    fn push_back(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        if let Some(m) = self.maxlen.get() {
            if items.len() >= m {
                items.pop_front();
            }
        }
        items.push_back(v);
        drop(items);
        self.touch();
    }
    fn push_front(&self, v: Value) {
        let mut items = self.items.borrow_mut();
        if self.maxlen.get() == Some(0) {
            return;
        }
        if let Some(m) = self.maxlen.get() {
            if items.len() >= m {
                items.pop_back();
            }
        }
        items.push_front(v);
        drop(items);
        self.touch();
    }
}

/// The cycle collector walks and clears a deque's items (a deque can hold
/// the objects that hold it).
impl crate::runtime::gc::Payload for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(visit);
        }
    }
    fn clear(&self) {
        let old = self.items.try_borrow_mut().map(|mut items| std::mem::take(&mut *items));
        drop(old);
        self.touch();
    }
}

fn dq(v: &Value) -> PyResult<&Deque> {
    payload::<Deque>(v).ok_or_else(|| type_error("descriptor requires a 'collections.deque' object"))
}

fn new_deque(cls: &Rc<Class>, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    new_native_instance(cls, Box::new(Deque { items: RefCell::new(items), maxlen: Cell::new(maxlen), state: Cell::new(0) }))
}

fn maxlen_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let m = arg_int(vm, v)?;
            if m < 0 {
                return Err(value_error("maxlen must be non-negative"));
            }
            Ok(Some(m as usize))
        }
    }
}

fn deque_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let cls = super::native::new_target(args, native_class("collections.deque"));
    let obj = new_deque(&cls, VecDeque::new(), None);
    let mut full = vec![obj.clone()];
    full.extend_from_slice(&args[1..]);
    deque_init(vm, &full, kwargs)?;
    Ok(obj)
}

fn deque_init(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let a = bind("deque", &args[1..], kwargs, &["iterable", "maxlen"], 0, 2)?;
    let maxlen = maxlen_arg(vm, &a[1])?;
    let d = dq(&args[0])?;
    d.maxlen.set(maxlen);
    d.items.borrow_mut().clear();
    d.touch();
    if let Some(it) = &a[0] {
        let items = vm.collect(it)?;
        let d = dq(&args[0])?;
        for v in items {
            d.push_back(v);
        }
    }
    if let Value::Instance(i) = &args[0] {
        i.set_attr(&intern("maxlen"), match maxlen {
            Some(m) => Value::Int(m as i64),
            None => Value::None,
        });
    }
    Ok(Value::None)
}

fn argn(name: &str, args: &[Value], kwargs: &[(Name, Value)], n: usize) -> PyResult<()> {
    no_kwargs(name, kwargs)?;
    check_count(name, &args[1..], n, n)
}

fn append(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("append", args, kwargs, 1)?;
    dq(&args[0])?.push_back(args[1].clone());
    Ok(Value::None)
}

fn appendleft(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("appendleft", args, kwargs, 1)?;
    dq(&args[0])?.push_front(args[1].clone());
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("pop", args, kwargs, 0)?;
    let d = dq(&args[0])?;
    let v = d.items.borrow_mut().pop_back();
    d.touch();
    v.ok_or_else(|| index_error("pop from an empty deque"))
}

fn popleft(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("popleft", args, kwargs, 0)?;
    let d = dq(&args[0])?;
    let v = d.items.borrow_mut().pop_front();
    d.touch();
    v.ok_or_else(|| index_error("pop from an empty deque"))
}

fn extend(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("extend", args, kwargs, 1)?;
    let items = vm.collect(&args[1])?;
    let d = dq(&args[0])?;
    for v in items {
        d.push_back(v);
    }
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("extendleft", args, kwargs, 1)?;
    let items = vm.collect(&args[1])?;
    let d = dq(&args[0])?;
    for v in items {
        d.push_front(v);
    }
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("rotate", kwargs)?;
    check_count("rotate", &args[1..], 0, 1)?;
    let n = match args.get(1) {
        Some(v) => arg_int(vm, v)?,
        None => 1,
    };
    let d = dq(&args[0])?;
    let mut items = d.items.borrow_mut();
    let len = items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
    drop(items);
    d.touch();
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("clear", args, kwargs, 0)?;
    let d = dq(&args[0])?;
    let old = std::mem::take(&mut *d.items.borrow_mut());
    d.touch();
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("copy", args, kwargs, 0)?;
    let d = dq(&args[0])?;
    let cls = vm.type_of(&args[0]);
    let obj = new_deque(&cls, d.items.borrow().clone(), d.maxlen.get());
    if let Value::Instance(i) = &obj {
        i.set_attr(&intern("maxlen"), d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64)));
    }
    Ok(obj)
}

fn snapshot(v: &Value) -> PyResult<Vec<Value>> {
    Ok(dq(v)?.items.borrow().iter().cloned().collect())
}

fn count(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("count", args, kwargs, 1)?;
    let mut n = 0;
    for v in snapshot(&args[0])? {
        if v.is(&args[1]) || vm.eq(&v, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    no_kwargs("index", kwargs)?;
    check_count("index", &args[1..], 1, 3)?;
    let items = snapshot(&args[0])?;
    let len = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match args.get(2) {
        Some(v) => norm(arg_int(vm, v)?),
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => norm(arg_int(vm, v)?),
        None => len,
    };
    for i in start..stop {
        let v = &items[i as usize];
        if v.is(&args[1]) || vm.eq(v, &args[1])? {
            return Ok(Value::Int(i));
        }
    }
    let r = vm.repr(&args[1])?;
    Err(value_error(format!("{} is not in deque", r)))
}

fn insert(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("insert", args, kwargs, 2)?;
    let i = arg_int(vm, &args[1])?;
    let d = dq(&args[0])?;
    let mut items = d.items.borrow_mut();
    if d.maxlen.get() == Some(items.len()) {
        return Err(index_error("deque already at its maximum size"));
    }
    let len = items.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(i as usize, args[2].clone());
    drop(items);
    d.touch();
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("remove", args, kwargs, 1)?;
    let items = snapshot(&args[0])?;
    for (i, v) in items.iter().enumerate() {
        if v.is(&args[1]) || vm.eq(v, &args[1])? {
            let d = dq(&args[0])?;
            if d.items.borrow().len() != items.len() {
                return Err(index_error("deque mutated during remove()."));
            }
            d.items.borrow_mut().remove(i);
            d.touch();
            return Ok(Value::None);
        }
    }
    Err(value_error("deque.remove(x): x not in deque"))
}

fn reverse(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("reverse", args, kwargs, 0)?;
    let d = dq(&args[0])?;
    d.items.borrow_mut().make_contiguous().reverse();
    d.touch();
    Ok(Value::None)
}

fn len(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::Int(dq(&args[0])?.items.borrow().len() as i64))
}

fn bool_(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::bool(!dq(&args[0])?.items.borrow().is_empty()))
}

fn position(vm: &mut Vm, d: &Deque, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::Instance(_) => arg_int(vm, key)?,
        _ => return Err(type_error(format!("sequence index must be integer, not '{}'", vm.type_of(key).name.as_str()))),
    };
    let len = d.items.borrow().len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("__getitem__", args, kwargs, 1)?;
    let d = dq(&args[0])?;
    let i = position(vm, d, &args[1])?;
    Ok(d.items.borrow()[i].clone())
}

fn setitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("__setitem__", args, kwargs, 2)?;
    let d = dq(&args[0])?;
    let i = position(vm, d, &args[1])?;
    let old = std::mem::replace(&mut d.items.borrow_mut()[i], args[2].clone());
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    argn("__delitem__", args, kwargs, 1)?;
    let d = dq(&args[0])?;
    let i = position(vm, d, &args[1])?;
    let old = d.items.borrow_mut().remove(i);
    d.touch();
    drop(old);
    Ok(Value::None)
}

/// The items of an exact `collections.deque`, in order, for collecting
/// (`tuple(d)`, `list(d)`, `sorted(d)`): one copy instead of an iterator
/// object and a native call per item. A subclass may override `__iter__`,
/// so only the exact type qualifies (a builtin type's methods cannot be
/// replaced).
pub fn exact_deque_items(v: &Value) -> Option<Vec<Value>> {
    let Value::Instance(inst) = v else { return None };
    let d = payload::<Deque>(v)?;
    if !Rc::ptr_eq(&inst.class, native_class("collections.deque")) {
        return None;
    }
    let items = d.items.borrow();
    Some(items.iter().cloned().collect())
}

struct DequeIter {
    deque: Value,
    index: usize,
    state: u64,
    rev: bool,
}
impl NativeIter for DequeIter {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        let d = dq(&self.deque)?;
        if d.state.get() != self.state {
            return Err(runtime_error("deque mutated during iteration"));
        }
        let items = d.items.borrow();
        if self.index >= items.len() {
            return Ok(None);
        }
        let i = if self.rev { items.len() - 1 - self.index } else { self.index };
        self.index += 1;
        Ok(Some(items[i].clone()))
    }
    fn class(&self) -> &'static Rc<Class> {
        native_class("collections._deque_iterator")
    }
}

fn iter(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = dq(&args[0])?;
    Ok(iter_value(DequeIter { deque: args[0].clone(), index: 0, state: d.state.get(), rev: false }))
}

fn reversed(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let d = dq(&args[0])?;
    Ok(iter_value(DequeIter { deque: args[0].clone(), index: 0, state: d.state.get(), rev: true }))
}

fn contains(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    for v in snapshot(&args[0])? {
        if v.is(&args[1]) || vm.eq(&v, &args[1])? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn not_implemented() -> Value {
    crate::runtime::objects::not_implemented()
}

fn compare(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    if payload::<Deque>(&args[1]).is_none() {
        return Ok(not_implemented());
    }
    let a = Value::list(snapshot(&args[0])?);
    let b = Value::list(snapshot(&args[1])?);
    vm.compare(op, &a, &b)
}

fn eq(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    compare(vm, args, CmpOp::Eq)
}
fn ne(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ne)
}
fn lt(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    compare(vm, args, CmpOp::Lt)
}
fn le(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    compare(vm, args, CmpOp::Le)
}
fn gt(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    compare(vm, args, CmpOp::Gt)
}
fn ge(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ge)
}

fn add(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    if payload::<Deque>(&args[1]).is_none() {
        return Err(type_error(format!("can only concatenate deque (not \"{}\") to deque", vm.type_of(&args[1]).name.as_str())));
    }
    let r = copy(vm, &args[..1], &[])?;
    extend(vm, &[r.clone(), args[1].clone()], &[])?;
    Ok(r)
}

fn iadd(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    extend(vm, args, &[])?;
    Ok(args[0].clone())
}

fn mul(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let r = copy(vm, &args[..1], &[])?;
    imul(vm, &[r.clone(), args[1].clone()], &[])?;
    Ok(r)
}

fn imul(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let n = arg_int(vm, &args[1])?;
    let items = snapshot(&args[0])?;
    let d = dq(&args[0])?;
    d.items.borrow_mut().clear();
    for _ in 0..n.max(0) {
        for v in &items {
            d.push_back(v.clone());
        }
    }
    d.touch();
    Ok(args[0].clone())
}

fn deque_repr(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("_deque_repr", args, 1, 1)?;
    let d = dq(&args[0])?;
    let maxlen = d.maxlen.get();
    let id = args[0].heap_ptr().unwrap_or(0);
    let name = vm.type_of(&args[0]).name.as_str().to_owned();
    if vm.repr_stack.contains(&id) {
        return Ok(Value::str("[...]"));
    }
    let items = snapshot(&args[0])?;
    vm.repr_stack.push(id);
    let r = vm.repr(&Value::list(items));
    vm.repr_stack.pop();
    let r = r?;
    Ok(Value::string(match maxlen {
        Some(m) => format!("{}({}, maxlen={})", name, r, m),
        None => format!("{}({})", name, r),
    }))
}

/// `_count_elements(mapping, iterable)`: counts into a dict (subclass).
fn count_elements(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("_count_elements", args, 2, 2)?;
    let dict = match &args[0] {
        Value::Dict(d) => d.clone(),
        Value::Instance(i) => match &i.native {
            NativeData::Dict(d) => d.clone(),
            _ => return Err(type_error("_count_elements expects a dict")),
        },
        _ => return Err(type_error("_count_elements expects a dict")),
    };
    let it = vm.get_iter(&args[1])?;
    while let Some(v) = vm.next(&it)? {
        let n = match vm.dict_get(&dict, &v)? {
            Some(Value::Int(n)) if n < i64::MAX => Value::Int(n + 1),
            Some(other) => vm.binary_op(crate::bytecode::BinOp::Add, &other, &Value::Int(1))?,
            None => Value::Int(1),
        };
        vm.dict_set(&dict, v, n)?;
    }
    Ok(Value::None)
}

/// `_nt_new(cls, values)`: a namedtuple instance: a tuple-subclass instance
/// holding `values`, with the fields also set directly as attributes.
fn nt_new(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (Value::Class(cls), Value::Tuple(t)) = (&args[0], &args[1]) else {
        return Err(type_error("_nt_new(cls, tuple)"));
    };
    if cls.native != NativeKind::Tuple {
        return Err(type_error("_nt_new() needs a tuple subclass"));
    }
    let fields = match cls.lookup(&intern("_fields")) {
        Some(Value::Tuple(f)) => f,
        _ => return Err(type_error("namedtuple class without _fields")),
    };
    let obj = Vm::instance_with(cls, NativeData::Value(args[1].clone()));
    if let Value::Instance(i) = &obj {
        for (name, v) in fields.items.iter().zip(t.items.iter()) {
            if let Value::Str(s) = name {
                i.set_attr(&intern(s.as_str()), v.clone());
            }
        }
    }
    Ok(obj)
}

/// `_exec(source, namespace)`: runs Python source in a dict.
fn exec(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (Value::Str(src), Value::Dict(ns)) = (&args[0], &args[1]) else {
        return Err(type_error("_exec(str, dict)"));
    };
    let code = crate::compiler::compile(src.as_str(), "<string>", crate::compiler::Mode::Exec)
        .map_err(|e| syntax_error(e.msg.clone()))?;
    ns.set_str(&intern("__builtins__"), Value::Module(Module::new_rc("builtins", vm.builtins.clone())));
    crate::run::run_code(vm, code, ns.clone())?;
    Ok(Value::None)
}
