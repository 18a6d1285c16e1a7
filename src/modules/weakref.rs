//! `_weakref`: the weak reference type (`weakref.ref`, alias
//! `weakref.ReferenceType`) and the functions that look at a referent's weak
//! references. `weakref` (weakref.py, embedded) builds proxies,
//! `WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet`, `WeakMethod` and
//! `finalize` on top of it. The referent side lives in
//! `crate::runtime::weakref`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::{add_method, check_count, set};
use crate::runtime::gc;
use crate::runtime::objects::*;
use crate::runtime::types::{new_class_raw, types};
use crate::runtime::value::Value;
use crate::runtime::weakref::{self as weak, WeakRefState};
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

thread_local! {
    /// `weakref.ReferenceType`, once made.
    static REF_CLASS: RefCell<Option<Rc<Class>>> = const { RefCell::new(None) };
}

/// `weakref.ReferenceType` (made on first use; subclassable).
fn ref_class() -> Rc<Class> {
    if let Some(c) = REF_CLASS.with(|c| c.borrow().clone()) {
        return c;
    }
    let cls = new_class_raw("ReferenceType", &[&types().object], NativeKind::Any, false);
    set(&cls.dict, "__module__", Value::str("weakref"));
    for (name, f) in [
        ("__new__", ref_new as NativeFn),
        ("__init__", ref_init),
        ("__call__", ref_call),
        ("__hash__", ref_hash),
        ("__eq__", ref_eq),
        ("__ne__", ref_ne),
        ("__repr__", ref_repr),
        ("__class_getitem__", ref_class_getitem),
    ] {
        add_method(&cls, name, f);
    }
    // `__new__` is a static method, `__callback__` a read-only attribute.
    let newf = cls.dict.get_str(&crate::runtime::str::intern("__new__")).unwrap_or(Value::None);
    set(&cls.dict, "__new__", Value::Other(Rc::new(Other::StaticMethod(newf))));
    let getter = Value::Builtin(Rc::new(Builtin { name: "__callback__", func: ref_callback, owner: Some("weakref.ReferenceType") }));
    set(&cls.dict, "__callback__", Value::Other(Rc::new(Other::Property { fget: getter, fset: Value::None, fdel: Value::None, doc: Value::None })));
    cls.modified();
    gc::register_payload::<WeakRefState>();
    REF_CLASS.with(|c| *c.borrow_mut() = Some(cls.clone()));
    cls
}

impl gc::Payload for WeakRefState {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(cb) = self.callback.try_borrow() {
            visit(&cb);
        }
    }
    fn clear(&self) {
        let old = self.callback.try_borrow_mut().map(|mut cb| std::mem::replace(&mut *cb, Value::None));
        drop(old);
    }
}

/// Fills the `_weakref` namespace.
pub fn fill(d: &PyDict) {
    let cls = ref_class();
    set(d, "ref", Value::Class(cls.clone()));
    set(d, "ReferenceType", Value::Class(cls));
    super::add_fns(d, &[("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs), ("_remove_dead_weakref", remove_dead_weakref), ("_bind", bind), ("_report", report)]);
}

/// The `TypeError` CPython raises for an object that cannot be weakly
/// referenced, or `None` when `v` can be.
fn refusal(vm: &Vm, v: &Value) -> Option<PyErr> {
    let allowed = match v {
        Value::Instance(i) => {
            // Instances of builtin exception classes have no weak reference
            // slot; a class with `__slots__` needs `__weakref__` among them.
            let exact_builtin = i.class.builtin;
            let slots_ok = i.class.slots.as_ref().is_none_or(|s| s.iter().any(|n| n.as_str() == "__weakref__"));
            !exact_builtin && slots_ok
        }
        _ => weak::weakrefable_kind(v),
    };
    (!allowed).then(|| type_error(format!("cannot create weak reference to '{}' object", vm.type_of(v).name.as_str())))
}

/// `ref.__new__(cls, obj, callback=None)`.
fn ref_new(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.first() else {
        return Err(type_error("ReferenceType.__new__(X): X is not a type object"));
    };
    let rest = &args[1..];
    if !kwargs.is_empty() {
        return Err(type_error("ref() takes no keyword arguments"));
    }
    if rest.is_empty() || rest.len() > 2 {
        return Err(type_error(format!("__new__ expected at most 2 arguments, got {}", rest.len())));
    }
    let referent = &rest[0];
    let callback = rest.get(1).cloned().unwrap_or(Value::None);
    if let Some(e) = refusal(vm, referent) {
        return Err(e);
    }
    new_ref(cls, referent, callback)
}

/// A new weak reference of class `cls` to `referent` (the shared basic one
/// for `weakref.ref(obj)` without a callback, as CPython).
fn new_ref(cls: &Rc<Class>, referent: &Value, callback: Value) -> PyResult<Value> {
    let addr = gc::Entry::of(referent).words()[1] as usize;
    let exact = Rc::ptr_eq(cls, &ref_class());
    if callback.is_none() && exact {
        if let Some(existing) = weak::basic_at(addr, false) {
            return Ok(Value::Instance(existing));
        }
    }
    if !callback.is_none() {
        gc::state().exit_work = true;
    }
    let Some(state) = WeakRefState::new(referent, callback, false, exact) else {
        return Err(type_error("cannot create weak reference"));
    };
    let attrs = Attrs::new(cls.root_shape.clone());
    let wr = Instance::new_rc(cls.clone(), attrs, NativeData::Any(Box::new(state)));
    weak::register(addr, &wr);
    Ok(Value::Instance(wr))
}

fn ref_init(_vm: &mut Vm, _args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(Value::None)
}

fn this<'a>(args: &'a [Value], what: &str) -> PyResult<&'a WeakRefState> {
    args.first()
        .and_then(weak::state_of)
        .ok_or_else(|| type_error(format!("descriptor '{}' requires a 'weakref.ReferenceType' object", what)))
}

fn ref_call(_vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = this(args, "__call__")?;
    if args.len() > 1 || !kwargs.is_empty() {
        return Err(type_error(format!("weakref() takes 0 positional arguments but {} were given", args.len() - 1)));
    }
    Ok(s.get().unwrap_or(Value::None))
}

fn ref_callback(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = this(args, "__callback__")?;
    let cb = s.callback.borrow().clone();
    Ok(cb)
}

fn ref_hash(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = this(args, "__hash__")?;
    if let Some(h) = s.hash.get() {
        return Ok(Value::Int(h));
    }
    let Some(obj) = s.get() else { return Err(type_error("weak object has gone away")) };
    let h = vm.hash(&obj)?;
    s.hash.set(Some(h));
    Ok(Value::Int(h))
}

/// `==` of weak references: their referents', while both live; identity
/// once either died.
fn ref_equal(vm: &mut Vm, args: &[Value]) -> PyResult<Option<bool>> {
    check_count("__eq__", args, 2, 2)?;
    let (Some(a), Some(b)) = (weak::state_of(&args[0]), weak::state_of(&args[1])) else { return Ok(None) };
    match (a.get(), b.get()) {
        (Some(x), Some(y)) => Ok(Some(vm.eq(&x, &y)?)),
        _ => Ok(Some(args[0].is(&args[1]))),
    }
}

fn ref_eq(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(match ref_equal(vm, args)? {
        Some(r) => Value::bool(r),
        None => Value::Other(Rc::new(Other::NotImplemented)),
    })
}

fn ref_ne(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(match ref_equal(vm, args)? {
        Some(r) => Value::bool(!r),
        None => Value::Other(Rc::new(Other::NotImplemented)),
    })
}

fn ref_repr(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let s = this(args, "__repr__")?;
    let me = args[0].heap_ptr().unwrap_or(0);
    let Some(obj) = s.get() else { return Ok(Value::string(format!("<weakref at {:#x}; dead>", me))) };
    let tname = vm.type_of(&obj).name.as_str().to_owned();
    let at = obj.heap_ptr().unwrap_or(0);
    let name = match vm.get_attr(&obj, &crate::runtime::str::intern("__name__")) {
        Ok(Value::Str(n)) => Some(n.as_str().to_owned()),
        _ => None,
    };
    Ok(Value::string(match name {
        Some(n) => format!("<weakref at {:#x}; to '{}' at {:#x} ({})>", me, tname, at, n),
        None => format!("<weakref at {:#x}; to '{}' at {:#x}>", me, tname, at),
    }))
}

fn ref_class_getitem(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn getweakrefcount(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("getweakrefcount", args, 1, 1)?;
    Ok(Value::Int(weak::count_of(&args[0]) as i64))
}

fn getweakrefs(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("getweakrefs", args, 1, 1)?;
    Ok(Value::list(weak::refs_of(&args[0])))
}

/// `_remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead
/// weak reference.
fn remove_dead_weakref(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("_remove_dead_weakref", args, 2, 2)?;
    let Value::Dict(d) = &args[0] else { return Err(type_error("_remove_dead_weakref() argument 1 must be dict")) };
    if let Some(v) = vm.dict_get(d, &args[1])? {
        if weak::state_of(&v).is_some_and(|s| s.get().is_none()) {
            vm.dict_remove(d, &args[1])?;
        }
    }
    Ok(Value::None)
}

/// `_bind(func, obj)`: `func` bound to `obj` (what `WeakMethod` gives back).
fn bind(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("_bind", args, 2, 2)?;
    Ok(Value::BoundMethod(BoundMethod::new_rc(args[0].clone(), args[1].clone())))
}

/// `_report(exc)`: prints an exception's traceback to stderr, as an uncaught
/// one (what CPython's `sys.excepthook` does for a failing finalizer at exit).
fn report(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    check_count("_report", args, 1, 1)?;
    if let Value::Instance(exc) = &args[0] {
        let text = vm.format_exception(&PyErr { exc: exc.clone() });
        vm.write_stderr(&text);
    }
    Ok(Value::None)
}
