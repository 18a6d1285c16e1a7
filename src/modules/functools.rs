//! The `functools` module: `reduce`, the `lru_cache` wrapper and the
//! construction and call of `partial` are native; the rest of `partial`
//! (repr, pickling), `partialmethod`, `wraps`, `total_ordering`, `cmp_to_key`,
//! `cached_property`, `singledispatch` and the `lru_cache` decorator factory
//! are embedded Python.

use std::cell::Cell;
use std::rc::Rc;

use super::native::{native_class, new_native_instance, payload, run_source};
use crate::builtins::{add_method, check_count, set};
use crate::runtime::objects::*;
use crate::runtime::str::{intern, static_name};
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

const SOURCE: &str = include_str!("functools.py");

/// Fills the module namespace.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) {
    crate::runtime::gc::register_payload::<Lru>();
    crate::modules::add_fns(d, &[("reduce", reduce)]);
    let cls = native_class("functools._lru_cache_wrapper");
    if cls.dict.get_str(&intern("__new__")).is_none() {
        add_method(cls, "__new__", lru_new);
        add_method(cls, "__call__", lru_call);
        add_method(cls, "__get__", lru_get);
        add_method(cls, "cache_info", lru_info);
        add_method(cls, "cache_clear", lru_clear);
        add_method(cls, "cache_parameters", lru_params);
    }
    set(d, "_lru_cache_wrapper", Value::Class(cls.clone()));
    run_source(vm, d, "<frozen functools>", SOURCE);
    install_partial(d);
}

/// `partial` is built and called natively, as CPython's C type is: a call
/// through it costs one native step instead of a Python frame that builds
/// and spreads an argument list and a keyword dict. Its class, repr and
/// pickling stay in the embedded source.
fn install_partial(d: &PyDict) {
    if let Some(Value::Class(cls)) = d.get_str(&intern("partial")) {
        add_method(&cls, "__call__", partial_call);
        // A static method, as a `__new__` written in Python is.
        let new = Value::Builtin(Rc::new(Builtin { name: "__new__", func: partial_new, owner: Some("partial") }));
        cls.dict.set_str(&intern("__new__"), Value::Other(Rc::new(Other::StaticMethod(new))));
        cls.modified();
    }
}

/// `partial.__new__(cls, func, /, *args, **keywords)`. A partial of a plain
/// partial (one called by [`partial_call`], with no attributes beyond its
/// fields) collapses into one level.
fn partial_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Class(cls)) => cls,
        Some(other) => return Err(type_error(format!("functools.partial.__new__(X): X is not a type object ({})", vm.type_of(other).name.as_str()))),
        None => return Err(type_error("functools.partial.__new__(): not enough arguments")),
    };
    if !std::iter::once(cls).chain(cls.mro.iter()).any(|c| defines_partial_call(c)) {
        let name = cls.name.as_str();
        return Err(type_error(format!("functools.partial.__new__({name}): {name} is not a subtype of functools.partial")));
    }
    let Some(target) = args.get(1) else {
        return Err(type_error("type 'partial' takes at least one argument"));
    };
    if !crate::builtins::is_callable(target) {
        return Err(type_error("the first argument must be callable"));
    }
    let keywords = crate::runtime::gc::new(PyDict::new());
    let (func, bound) = match plain_partial(target) {
        Some((func, inner_args, inner_keywords)) => {
            for (k, v) in inner_keywords.items() {
                vm.dict_set(&keywords, k, v)?;
            }
            (func, inner_args.items.iter().chain(&args[2..]).cloned().collect())
        }
        None => (target.clone(), args[2..].to_vec()),
    };
    for (k, v) in kwargs {
        keywords.set_str(k, v.clone());
    }
    let obj = vm.new_instance(cls);
    if let Value::Instance(inst) = &obj {
        inst.set_attr(&static_name("func"), func);
        inst.set_attr(&static_name("args"), Value::tuple(bound));
        inst.set_attr(&static_name("keywords"), Value::Dict(keywords));
    }
    Ok(obj)
}

/// True for the class whose own `__call__` is [`partial_call`]: `partial`.
fn defines_partial_call(cls: &Class) -> bool {
    is_partial_call(cls.dict.get_str(&static_name("__call__")))
}

/// True when `call` (a `__call__` found) is [`partial_call`].
fn is_partial_call(call: Option<Value>) -> bool {
    matches!(call, Some(Value::Builtin(b)) if std::ptr::fn_addr_eq(b.func, partial_call as NativeFn))
}

/// The function, positional tuple and keyword dict of `v` when it is a
/// partial that a new partial may flatten: called by [`partial_call`] and
/// carrying no instance attributes beyond the three fields.
fn plain_partial(v: &Value) -> Option<(Value, Rc<PyTuple>, Rc<PyDict>)> {
    let Value::Instance(inst) = v else { return None };
    if !is_partial_call(inst.class.lookup(&static_name("__call__"))) {
        return None;
    }
    let only_fields = |name: &crate::runtime::str::PyStr| matches!(name.as_str(), "func" | "args" | "keywords");
    {
        let attrs = inst.attrs.borrow();
        let plain = match &attrs.dict {
            Some(d) => d.keys().iter().all(|k| matches!(k, Value::Str(s) if only_fields(s))),
            None => attrs.shape.keys.iter().all(|k| only_fields(k)),
        };
        if !plain {
            return None;
        }
    }
    match (inst.get_attr(&static_name("func"))?, inst.get_attr(&static_name("args"))?, inst.get_attr(&static_name("keywords"))?) {
        (func, Value::Tuple(args), Value::Dict(keywords)) => Some((func, args, keywords)),
        _ => None,
    }
}

/// `partial.__call__(self, /, *args, **keywords)`: the function called with
/// the stored positional arguments then `args`, and the stored keywords
/// updated by `keywords`.
fn partial_call(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let Some(this) = args.first() else {
        return Err(type_error("descriptor '__call__' of 'functools.partial' object needs an argument"));
    };
    let func = partial_field(vm, this, "func")?;
    let stored_args = partial_field(vm, this, "args")?;
    let stored_keywords = partial_field(vm, this, "keywords")?;
    let more = &args[1..];
    let collected;
    let positional: &[Value] = match &stored_args {
        Value::Tuple(t) if t.items.is_empty() => more,
        Value::Tuple(t) => {
            collected = t.items.iter().chain(more).cloned().collect::<Vec<Value>>();
            &collected
        }
        _ => return Err(type_error("partial.args must be a tuple")),
    };
    let keywords = match &stored_keywords {
        Value::Dict(d) if d.len() == 0 => None,
        Value::Dict(d) => {
            let Some(mut merged) = crate::vm::keyword_pairs(d) else {
                return Err(type_error("keywords must be strings"));
            };
            for (name, value) in kwargs {
                match merged.iter_mut().find(|(k, _)| k.as_str() == name.as_str()) {
                    Some(slot) => slot.1 = value.clone(),
                    None => merged.push((name.clone(), value.clone())),
                }
            }
            Some(merged)
        }
        _ => return Err(type_error("partial.keywords must be a dict")),
    };
    vm.call_value(&func, positional, keywords.as_deref().unwrap_or(kwargs))
}

/// A stored field of a partial (read off the instance directly when it is
/// there, as it is unless a subclass got in the way).
fn partial_field(vm: &mut Vm, this: &Value, name: &'static str) -> PyResult<Value> {
    let name = static_name(name);
    if let Value::Instance(inst) = this {
        if let Some(v) = inst.get_attr(&name) {
            return Ok(v);
        }
    }
    vm.get_attr(this, &name)
}

fn reduce(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs("reduce", kwargs)?;
    if args.len() < 2 || args.len() > 3 {
        return Err(type_error(format!("reduce expected {} arguments, got {}", if args.len() < 2 { "at least 2" } else { "at most 3" }, args.len())));
    }
    let it = match vm.get_iter(&args[1]) {
        Ok(it) => it,
        Err(e) if e.matches(&types().type_error) => {
            return Err(type_error(format!("reduce() arg 2 must support iteration")));
        }
        Err(e) => return Err(e),
    };
    let mut acc = match args.get(2) {
        Some(v) => v.clone(),
        None => match vm.next(&it)? {
            Some(v) => v,
            None => return Err(type_error("reduce() of empty iterable with no initial value")),
        },
    };
    while let Some(v) = vm.next(&it)? {
        acc = vm.call_value(&args[0], &[acc, v], &[])?;
    }
    Ok(acc)
}

struct Lru {
    func: Value,
    cache: Rc<PyDict>,
    maxsize: Option<usize>,
    maxsize_value: Value,
    typed: bool,
    info_type: Value,
    marker: Value,
    hits: Cell<i64>,
    misses: Cell<i64>,
}

/// The cycle collector walks a cache wrapper's function and cache (a cached
/// method's results can hold the object it was called on); the cache dict
/// is cleared as a dict of its own.
impl crate::runtime::gc::Payload for Lru {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        crate::runtime::gc::visit_rc(&self.cache, visit);
        visit(&self.info_type);
        visit(&self.marker);
    }
    fn clear(&self) {}
}

fn lru_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::no_kwargs("_lru_cache_wrapper", kwargs)?;
    check_count("_lru_cache_wrapper", &args[1..], 4, 4)?;
    let maxsize_value = args[2].clone();
    let maxsize = match &maxsize_value {
        Value::None => None,
        Value::Int(i) => Some((*i).max(0) as usize),
        Value::Bool(b) => Some(b.get() as usize),
        _ => return Err(type_error("maxsize should be integer or None")),
    };
    let typed = vm.truthy(&args[3])?;
    let lru = Lru {
        func: args[1].clone(),
        cache: crate::runtime::gc::new(PyDict::new()),
        maxsize,
        maxsize_value,
        typed,
        info_type: args[4].clone(),
        marker: Value::Class(native_class("functools._lru_cache_wrapper").clone()),
        hits: Cell::new(0),
        misses: Cell::new(0),
    };
    Ok(new_native_instance(native_class("functools._lru_cache_wrapper"), Box::new(lru)))
}

fn lru_of<'a>(v: &'a Value) -> PyResult<&'a Lru> {
    payload::<Lru>(v).ok_or_else(|| type_error("descriptor requires a '_lru_cache_wrapper' object"))
}

fn make_key(vm: &mut Vm, lru: &Lru, args: &[Value], kwargs: &[(Name, Value)]) -> Value {
    if kwargs.is_empty() && args.len() == 1 && !lru.typed && matches!(args[0], Value::Int(_) | Value::Str(_)) {
        return args[0].clone();
    }
    let mut key: Vec<Value> = args.to_vec();
    if !kwargs.is_empty() {
        key.push(lru.marker.clone());
        for (k, v) in kwargs {
            key.push(Value::Str(k.clone()));
            key.push(v.clone());
        }
    }
    if lru.typed {
        for a in args {
            key.push(Value::Class(vm.type_of(a)));
        }
        for (_, v) in kwargs {
            key.push(Value::Class(vm.type_of(v)));
        }
    }
    Value::tuple(key)
}

fn lru_call(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let lru = lru_of(&args[0])?;
    let call_args = &args[1..];
    if lru.maxsize == Some(0) {
        lru.misses.set(lru.misses.get() + 1);
        return vm.call_value(&lru.func, call_args, kwargs);
    }
    let key = make_key(vm, lru, call_args, kwargs);
    let cache = lru.cache.clone();
    if let Some(v) = vm.dict_get(&cache, &key)? {
        lru.hits.set(lru.hits.get() + 1);
        if lru.maxsize.is_some() {
            // Move to the most recently used end.
            vm.dict_remove(&cache, &key)?;
            vm.dict_set(&cache, key, v.clone())?;
        }
        return Ok(v);
    }
    lru.misses.set(lru.misses.get() + 1);
    let func = lru.func.clone();
    let maxsize = lru.maxsize;
    let result = vm.call_value(&func, call_args, kwargs)?;
    if vm.dict_get(&cache, &key)?.is_some() {
        // A recursive call already cached it.
        return Ok(result);
    }
    if let Some(m) = maxsize {
        while cache.len() >= m {
            let first = cache.table.borrow().iter().next().map(|(k, _)| k.clone());
            match first {
                Some(k) => {
                    vm.dict_remove(&cache, &k)?;
                }
                None => break,
            }
        }
    }
    vm.dict_set(&cache, key, result.clone())?;
    Ok(result)
}

fn lru_get(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match args.get(1) {
        None | Some(Value::None) => Ok(args[0].clone()),
        Some(obj) => Ok(Value::BoundMethod(BoundMethod::new_rc(args[0].clone(), obj.clone()))),
    }
}

fn lru_info(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let lru = lru_of(&args[0])?;
    let vals = [Value::Int(lru.hits.get()), Value::Int(lru.misses.get()), lru.maxsize_value.clone(), Value::Int(lru.cache.len() as i64)];
    let t = lru.info_type.clone();
    vm.call_value(&t, &vals, &[])
}

fn lru_clear(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let lru = lru_of(&args[0])?;
    lru.hits.set(0);
    lru.misses.set(0);
    *lru.cache.table.borrow_mut() = crate::runtime::dict::DictTable::new();
    lru.cache.bump();
    Ok(Value::None)
}

fn lru_params(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let lru = lru_of(&args[0])?;
    let d = PyDict::new();
    set(&d, "maxsize", lru.maxsize_value.clone());
    set(&d, "typed", Value::bool(lru.typed));
    Ok(Value::Dict(crate::runtime::gc::new(d)))
}
