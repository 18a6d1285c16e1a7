//! `decimal`: CPython's C `_decimal` stands behind it there; here the whole
//! module is embedded Python (decimal.py, on Python ints), with one native
//! helper giving its types what C types have: the dotted type name that
//! messages show (`'decimal.Decimal'`), and attributes that cannot be set.

use std::cell::RefCell;
use std::rc::Rc;

use super::native::run_embedded;
use crate::builtins::builtin_fn;
use crate::runtime::objects::*;
use crate::runtime::str::intern;
use crate::runtime::value::Value;
use crate::vm::errors::type_error;
use crate::vm::{PyResult, Vm};

thread_local! {
    /// The classes `_builtin_type` made (addresses), which Python classes may
    /// subclass with plain instances (see [`is_embedded_builtin`]).
    static MADE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// True for a builtin type written in embedded Python (decimal's): its
/// instances are plain, so a subclass's are too.
pub fn is_embedded_builtin(cls: &Class) -> bool {
    MADE.with(|m| m.borrow().contains(&(cls as *const Class as usize)))
}

/// `_builtin_type(cls, name)`: a copy of class `cls` flagged builtin and
/// named `name` ("decimal.Decimal"; `__name__` stays the last part).
fn builtin_type(_vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let (Some(Value::Class(cls)), Some(Value::Str(name))) = (args.first(), args.get(1)) else {
        return Err(type_error("_builtin_type() takes a class and a name"));
    };
    let dict = PyDict::new();
    for (k, v) in cls.dict.items() {
        if let Value::Str(s) = &k {
            dict.set_str(&intern(s.as_str()), v);
        }
    }
    let made = Class::create(ClassSpec {
        name: intern(name.as_str()),
        qualname: cls.qualname.clone(),
        bases: cls.bases.clone(),
        mro: cls.mro.clone(),
        dict,
        native: cls.native,
        slots: cls.slots.clone(),
        builtin: true,
        metaclass: cls.metaclass.clone(),
    });
    MADE.with(|m| m.borrow_mut().push(Rc::as_ptr(&made) as usize));
    Ok(Value::Class(made))
}

/// `_new(cls)`: a new plain instance of `cls` (`object.__new__`, which
/// refuses builtin types, for decimal's own).
fn new_instance(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(cls)) => Ok(vm.new_instance(cls)),
        _ => Err(type_error("_new() takes a class")),
    }
}

/// Fills the `decimal` module namespace. Its frames are hidden from
/// tracebacks, as the C module has none.
pub fn fill(vm: &mut Vm, d: &Rc<PyDict>) {
    d.set_str(&intern("_builtin_type"), builtin_fn("_builtin_type", builtin_type));
    d.set_str(&intern("_new"), builtin_fn("_new", new_instance));
    run_embedded(vm, d, "<frozen decimal>", include_str!("decimal.py"), true);
    d.del_str(&intern("_builtin_type"));
}
