//! Class-dict entries through which Python code sees what some builtin types
//! support (collections.abc's one-method ABCs look for a method in the class
//! dicts): `__call__` on functions, methods and builtins, `__reversed__` on
//! dicts and their views, and `__hash__ = None` on the (unhashable) dict views.

use super::add_method;
use crate::runtime::str::intern;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::runtime::objects::Name;
use crate::vm::errors::*;
use crate::vm::{PyResult, Vm};

/// Adds the entries.
pub fn register() {
    let t = types();
    for cls in [&t.function, &t.builtin_function, &t.method] {
        add_method(cls, "__call__", call_self);
    }
    for cls in [&t.dict, &t.dict_keys, &t.dict_values, &t.dict_items] {
        add_method(cls, "__reversed__", reversed_self);
    }
    for cls in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        cls.dict.set_str(&intern("__hash__"), Value::None);
        cls.modified();
    }
}

/// `f.__call__(*args, **kwargs)`.
fn call_self(vm: &mut Vm, args: &[Value], kwargs: &[(Name, Value)]) -> PyResult<Value> {
    let Some((f, rest)) = args.split_first() else {
        return Err(type_error("descriptor '__call__' needs an argument"));
    };
    vm.call_value(f, rest, kwargs)
}

/// `d.__reversed__()`: what `reversed(d)` gives.
fn reversed_self(vm: &mut Vm, args: &[Value], _kwargs: &[(Name, Value)]) -> PyResult<Value> {
    crate::builtins::check_count("__reversed__", args, 1, 1)?;
    let reversed = vm.builtins.get_str(&intern("reversed")).ok_or_else(|| name_error("reversed"))?;
    vm.call_value(&reversed, args, &[])
}
